package org.quartierwerk.app.internal.praxisbeispiele;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.quartierwerk.app.internal.basis.Messages;
import org.quartierwerk.app.internal.basis.Zugaenglich;
import org.quartierwerk.catalog.Katalog;
import org.quartierwerk.model.Beteiligung;
import org.quartierwerk.model.Bezeichnungen;
import org.quartierwerk.model.Bundesland;
import org.quartierwerk.model.Finanzierungsart;
import org.quartierwerk.model.GoodPracticeKriterium;
import org.quartierwerk.model.Herausforderung;
import org.quartierwerk.model.Partizipationsmodell;
import org.quartierwerk.model.Partizipationsstufe;
import org.quartierwerk.model.analyse.Sammlung.Facetten;

/**
 * The navigator's grouping and its five facet filters (Herausforderung, Bundesland, Partizipationsstufe,
 * Finanzierungsart, Good-Practice-Kriterium erfüllt), each "Alle" at first; a change runs {@code geaendert}.
 */
final class Facettenfilter {

	final ComboViewer gruppierung;
	final ComboViewer herausforderung;
	final ComboViewer bundesland;
	final ComboViewer stufe;
	final ComboViewer finanzierungsart;
	final ComboViewer goodPractice;
	private final Messages messages;
	private final Runnable geaendert;

	Facettenfilter(Composite parent, Messages messages, Runnable geaendert) {
		this.messages = messages;
		this.geaendert = geaendert;
		gruppierung = combo(parent, messages.navigatorGruppierung, Arrays.asList(Gruppierung.values()), g -> switch ((Gruppierung) g) {
		case KEINE -> messages.gruppierungKeine;
		case HERAUSFORDERUNG -> messages.gruppierungHerausforderung;
		case BUNDESLAND -> messages.gruppierungBundesland;
		case PARTIZIPATIONSSTUFE -> messages.gruppierungPartizipationsstufe;
		case FINANZIERUNGSART -> messages.gruppierungFinanzierungsart;
		case GOOD_PRACTICE -> messages.gruppierungGoodPractice;
		});
		herausforderung = filter(parent, messages.filterHerausforderung, Arrays.asList(Herausforderung.values()));
		bundesland = filter(parent, messages.filterBundesland, Arrays.asList(Bundesland.values()));
		stufe = filter(parent, messages.filterPartizipationsstufe, List.of());
		finanzierungsart = filter(parent, messages.filterFinanzierungsart, Arrays.asList(Finanzierungsart.values()));
		goodPractice = filter(parent, messages.filterGoodPractice, Arrays.asList(GoodPracticeKriterium.values()));
	}

	Gruppierung gruppierung() {
		return (Gruppierung) gewaehlt(gruppierung);
	}

	/** The chosen facets with the search text. */
	Facetten facetten(String suchtext) {
		return new Facetten(auswahl(bundesland, Bundesland.class), auswahl(herausforderung, Herausforderung.class),
				auswahl(finanzierungsart, Finanzierungsart.class),
				gewaehlt(stufe) instanceof Partizipationsstufe s ? Set.of(s.getId()) : Set.of(),
				auswahl(goodPractice, GoodPracticeKriterium.class), suchtext);
	}

	/** The Stufen of the installed models and of the read projects, by id; the chosen one stays chosen if still there. */
	void aktualisiereStufen(Katalog katalog, Praxisbeispielbestand bestand) {
		Map<String, Partizipationsstufe> stufen = new LinkedHashMap<>();
		if (katalog != null) {
			katalog.partizipationsmodelle().stream().map(Partizipationsmodell::getStufen).flatMap(List::stream)
					.forEach(s -> stufen.putIfAbsent(s.getId(), s));
		}
		if (bestand != null) {
			bestand.projekte().stream().flatMap(p -> p.beispiel().getBeteiligungen().stream()).map(Beteiligung::getStufe)
					.filter(Objects::nonNull).forEach(s -> stufen.putIfAbsent(s.getId(), s));
		}
		Object gewaehlt = gewaehlt(stufe);
		List<Object> werte = new ArrayList<>();
		werte.add(messages.filterAlle);
		werte.addAll(stufen.values());
		stufe.setInput(werte);
		Object wieder = gewaehlt instanceof Partizipationsstufe s && stufen.containsKey(s.getId()) ? stufen.get(s.getId())
				: messages.filterAlle;
		stufe.setSelection(new StructuredSelection(wieder));
	}

	private static <T> Set<T> auswahl(ComboViewer combo, Class<T> typ) {
		Object gewaehlt = gewaehlt(combo);
		return typ.isInstance(gewaehlt) ? Set.of(typ.cast(gewaehlt)) : Set.of();
	}

	private static Object gewaehlt(ComboViewer combo) {
		return combo.getStructuredSelection().getFirstElement();
	}

	private ComboViewer combo(Composite parent, String text, List<?> werte, Function<Object, String> namen) {
		Label label = new Label(parent, SWT.NONE);
		label.setText(text);
		ComboViewer combo = new ComboViewer(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		Zugaenglich.benenne(combo.getControl(), label);
		combo.setContentProvider(ArrayContentProvider.getInstance());
		combo.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return namen.apply(element);
			}
		});
		combo.setInput(werte);
		combo.setSelection(new StructuredSelection(werte.isEmpty() ? messages.filterAlle : werte.get(0)));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(combo.getControl());
		combo.addSelectionChangedListener(e -> geaendert.run());
		return combo;
	}

	private ComboViewer filter(Composite parent, String text, List<?> literale) {
		List<Object> werte = new ArrayList<>();
		werte.add(messages.filterAlle);
		werte.addAll(literale);
		return combo(parent, text, werte, element -> element instanceof Enumerator literal ? Bezeichnungen.von(literal)
				: element instanceof Partizipationsstufe s ? (s.getName() == null ? s.getId() : s.getName()) : String.valueOf(element));
	}
}
