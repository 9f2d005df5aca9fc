package org.quartierwerk.app.internal.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Control;
import org.quartierwerk.model.Finanzierungsanteil;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.QuartierwerkPackage.Literals;

/**
 * Where the editor's pages show a Praxisbeispiel: the control of each feature (the Titel of the project, the Name of
 * the Träger) and of each class shown as rows, with how to select a row. The editor uses it to show a field or row
 * (for the Probleme view) and to mark the controls whose fields or rows have errors.
 */
final class Feldorte {

	/**
	 * Where a page shows a feature, or objects of a class as rows; {@code zeilencontrol}, where not null, gives each
	 * object a control of its own (the rows of the page Good Practice are not a table).
	 */
	private record Ort(CTabItem seite, Control control, Supplier<EObject> besitzer, Predicate<EObject> waehle,
			Function<EObject, Control> zeilencontrol) {
	}

	/** A place found for an object: with the row to select, or null for a field. */
	private record Treffer(Ort ort, EObject zeile) {
		Control control() {
			return zeile != null && ort.zeilencontrol() != null ? ort.zeilencontrol().apply(zeile) : ort.control();
		}
	}

	private final Map<EStructuralFeature, Ort> felder = new HashMap<>();
	private final Map<EClass, Ort> zeilen = new HashMap<>();
	/** The error markers at the pages' controls, made when first needed. */
	private final Map<Control, ControlDecoration> markierungen = new HashMap<>();

	/** The places of the editor's eight pages, in the order of its tabs. */
	static Feldorte von(Praxisbeispiel beispiel, PraxisbeispielEditor editor) {
		CTabFolder seiten = editor.seiten();
		CTabItem steckbriefSeite = seiten.getItem(0);
		CTabItem zieleSeite = seiten.getItem(1);
		CTabItem arbeitsschritteSeite = seiten.getItem(2);
		CTabItem kooperationSeite = seiten.getItem(3);
		CTabItem beteiligungSeite = seiten.getItem(4);
		CTabItem finanzierungSeite = seiten.getItem(5);
		CTabItem goodPracticeSeite = seiten.getItem(6);
		CTabItem orteSeite = seiten.getItem(7);
		SteckbriefSeite steckbrief = editor.steckbrief();
		ZieleSeite ziele = editor.ziele();
		ArbeitsschritteSeite arbeitsschritte = editor.arbeitsschritte();
		KooperationSeite kooperation = editor.kooperation();
		BeteiligungSeite beteiligung = editor.beteiligung();
		FinanzierungSeite finanzierung = editor.finanzierung();
		GoodPracticeSeite goodPractice = editor.goodPractice();
		OrteSeite orteUndVerweise = editor.orteSeite();
		Supplier<EObject> projekt = () -> beispiel;
		Supplier<EObject> traeger = beispiel::getTraeger;
		Supplier<EObject> plan = beispiel::getFinanzierungsplan;
		Feldorte orte = new Feldorte();
		orte.feld(steckbriefSeite, steckbrief.titel, projekt, Literals.PRAXISBEISPIEL__TITEL);
		orte.feld(steckbriefSeite, steckbrief.kurzbeschreibung, projekt, Literals.PRAXISBEISPIEL__KURZBESCHREIBUNG);
		orte.feld(steckbriefSeite, steckbrief.herausforderung.getControl(), projekt, Literals.PRAXISBEISPIEL__HERAUSFORDERUNG);
		orte.feld(steckbriefSeite, steckbrief.unterthema, projekt, Literals.PRAXISBEISPIEL__UNTERTHEMA);
		orte.feld(steckbriefSeite, steckbrief.bundesland.getControl(), projekt, Literals.PRAXISBEISPIEL__BUNDESLAND);
		orte.feld(zieleSeite, ziele.ziele.getControl(), projekt, Literals.PRAXISBEISPIEL__ZIELE);
		orte.feld(zieleSeite, ziele.zieleText, projekt, Literals.PRAXISBEISPIEL__ZIELE_TEXT);
		orte.feld(zieleSeite, ziele.wirkungserfolge, projekt, Literals.PRAXISBEISPIEL__WIRKUNGSERFOLGE);
		orte.zeile(zieleSeite, ziele.ziele.getControl(), Literals.ZIEL, ziele::waehle);
		orte.zeile(zieleSeite, ziele.kennzahlen.getControl(), Literals.KENNZAHL, ziele::waehle);
		orte.zeile(zieleSeite, ziele.kennzahlen.getControl(), Literals.MESSWERT, ziele::waehle);
		orte.feld(zieleSeite, ziele.einsparungen.tabelle.getControl(), projekt, Literals.PRAXISBEISPIEL__EINSPARUNGEN);
		orte.zeile(zieleSeite, ziele.einsparungen.tabelle.getControl(), Literals.EINSPARUNG, ziele::waehle);
		orte.feld(arbeitsschritteSeite, arbeitsschritte.schritte.getControl(), projekt, Literals.PRAXISBEISPIEL__ARBEITSSCHRITTE);
		orte.feld(arbeitsschritteSeite, arbeitsschritte.arbeitsschritteText, projekt, Literals.PRAXISBEISPIEL__ARBEITSSCHRITTE_TEXT);
		orte.zeile(arbeitsschritteSeite, arbeitsschritte.schritte.getControl(), Literals.ARBEITSSCHRITT, waehle(arbeitsschritte.schritte));
		orte.feld(kooperationSeite, kooperation.traegerName, projekt, Literals.PRAXISBEISPIEL__TRAEGER);
		orte.feld(kooperationSeite, kooperation.traegerName, traeger, Literals.ORGANISATION__NAME);
		orte.feld(kooperationSeite, kooperation.traegerRechtsform, traeger, Literals.ORGANISATION__RECHTSFORM);
		orte.feld(kooperationSeite, kooperation.traegerAkteurstyp.getControl(), traeger, Literals.ORGANISATION__AKTEURSTYP);
		orte.feld(kooperationSeite, kooperation.traegerAnsprechperson, traeger, Literals.ORGANISATION__ANSPRECHPERSON);
		orte.feld(kooperationSeite, kooperation.partner.getControl(), projekt, Literals.PRAXISBEISPIEL__KOOPERATIONEN);
		orte.feld(kooperationSeite, kooperation.partner.getControl(), projekt, Literals.PRAXISBEISPIEL__WEITERE_TRAEGER);
		orte.zeile(kooperationSeite, kooperation.partner.getControl(), Literals.KOOPERATION, kooperation::waehle);
		orte.zeile(kooperationSeite, kooperation.partner.getControl(), Literals.ORGANISATION, kooperation::waehle);
		orte.feld(kooperationSeite, kooperation.stellen.getControl(), projekt, Literals.PRAXISBEISPIEL__STELLEN);
		orte.zeile(kooperationSeite, kooperation.stellen.getControl(), Literals.STELLE, waehle(kooperation.stellen));
		orte.feld(beteiligungSeite, beteiligung.matrix, projekt, Literals.PRAXISBEISPIEL__BETEILIGUNGEN);
		orte.feld(beteiligungSeite, beteiligung.beteiligungText, projekt, Literals.PRAXISBEISPIEL__BETEILIGUNG_TEXT);
		orte.zeile(beteiligungSeite, beteiligung.beteiligungen.getControl(), Literals.BETEILIGUNG, waehle(beteiligung.beteiligungen));
		orte.feld(finanzierungSeite, finanzierung.ausgaben.getControl(), plan, Literals.FINANZIERUNGSPLAN__AUSGABEN);
		orte.feld(finanzierungSeite, finanzierung.anteile.getControl(), plan, Literals.FINANZIERUNGSPLAN__ANTEILE);
		orte.zeile(finanzierungSeite, finanzierung.ausgaben.getControl(), Literals.AUSGABEPOSITION, waehle(finanzierung.ausgaben));
		orte.zeile(finanzierungSeite, finanzierung.anteile.getControl(), Literals.FINANZIERUNGSANTEIL, waehle(finanzierung.anteile));
		// a Tranche or a Statusereignis is shown with its share: marked at the shares' table (the tables below show only
		// the selected share's rows), shown by selecting its share and then its row below
		Predicate<EObject> trancheOderEreignis = zeile -> waehle(finanzierung.anteile).test(zeile.eContainer())
				&& finanzierung.verlauf.waehle(zeile);
		orte.zeile(finanzierungSeite, finanzierung.anteile.getControl(), Literals.TRANCHE, trancheOderEreignis);
		orte.zeile(finanzierungSeite, finanzierung.anteile.getControl(), Literals.STATUSEREIGNIS, trancheOderEreignis);
		orte.zeile(finanzierungSeite, finanzierung.anteile.getControl(), Literals.FINANZIERUNGSQUELLE, quelle -> {
			Object anteil = finanzierung.anteile.getInput() instanceof List<?> anteile
					? anteile.stream().filter(a -> ((Finanzierungsanteil) a).getQuelle() == quelle).findFirst().orElse(null)
					: null;
			return anteil != null && waehle(finanzierung.anteile).test((EObject) anteil);
		});
		orte.feld(orteSeite, orteUndVerweise.orte.getControl(), projekt, Literals.PRAXISBEISPIEL__QUARTIER);
		orte.feld(orteSeite, orteUndVerweise.orte.getControl(), projekt, Literals.PRAXISBEISPIEL__WEITERE_ORTE);
		orte.zeile(orteSeite, orteUndVerweise.orte.getControl(), Literals.QUARTIER, orteUndVerweise::waehle);
		orte.feld(orteSeite, orteUndVerweise.verweise.getControl(), projekt, Literals.PRAXISBEISPIEL__VERWEISE);
		orte.zeile(orteSeite, orteUndVerweise.verweise.getControl(), Literals.PROJEKTVERWEIS, orteUndVerweise::waehle);
		orte.zeilen.put(Literals.KRITERIUMSBEWERTUNG, new Ort(goodPracticeSeite, goodPractice.control(), null, zeile -> true,
				goodPractice::control));
		return orte;
	}

	/**
	 * Shows a field or row: selects the page that shows it, the object's row where it is one, and focuses the control.
	 *
	 * @return false when no page shows the object or feature
	 */
	boolean zeige(CTabFolder seiten, EObject objekt, EStructuralFeature feld) {
		Treffer treffer = finde(objekt, feld);
		if (treffer == null || treffer.zeile() != null && !treffer.ort().waehle().test(treffer.zeile())) {
			return false;
		}
		seiten.setSelection(treffer.ort().seite());
		treffer.control().setFocus();
		return true;
	}

	/**
	 * Marks each control whose field or rows have Fehler or Warnungen, with the icon of the worst and all messages as its
	 * tooltip; the others lose their marks. Hinweise are left to the Probleme view.
	 */
	void markiere(Diagnostic befunde) {
		Map<Control, List<String>> meldungen = new LinkedHashMap<>();
		Map<Control, Integer> schwere = new HashMap<>();
		for (Diagnostic befund : befunde.getChildren()) {
			List<?> daten = befund.getData();
			if (befund.getSeverity() >= Diagnostic.WARNING && !daten.isEmpty() && daten.get(0) instanceof EObject objekt) {
				Treffer treffer = finde(objekt, daten.size() > 1 && daten.get(1) instanceof EStructuralFeature f ? f : null);
				if (treffer != null) {
					meldungen.computeIfAbsent(treffer.control(), c -> new ArrayList<>()).add(befund.getMessage());
					schwere.merge(treffer.control(), befund.getSeverity(), Math::max);
				}
			}
		}
		markierungen.forEach((control, markierung) -> {
			if (!meldungen.containsKey(control)) {
				markierung.hide();
			}
		});
		meldungen.forEach((control, texte) -> {
			ControlDecoration markierung = markierungen.computeIfAbsent(control, c -> new ControlDecoration(c, SWT.LEFT | SWT.TOP));
			markierung.setImage(FieldDecorationRegistry.getDefault().getFieldDecoration(
					schwere.get(control) >= Diagnostic.ERROR ? FieldDecorationRegistry.DEC_ERROR : FieldDecorationRegistry.DEC_WARNING)
					.getImage());
			markierung.setDescriptionText(String.join("\n", texte));
			markierung.show();
		});
	}

	/** The marker of Fehler or Warnungen at a control of the pages, or null when it never had one. */
	ControlDecoration markierung(Control control) {
		return markierungen.get(control);
	}

	private void feld(CTabItem seite, Control control, Supplier<EObject> besitzer, EStructuralFeature feature) {
		felder.put(feature, new Ort(seite, control, besitzer, null, null));
	}

	private void zeile(CTabItem seite, Control control, EClass klasse, Predicate<EObject> waehle) {
		zeilen.put(klasse, new Ort(seite, control, null, waehle, null));
	}

	private static Predicate<EObject> waehle(StructuredViewer viewer) {
		return zeile -> {
			viewer.setSelection(new StructuredSelection(zeile), true);
			return !viewer.getStructuredSelection().isEmpty();
		};
	}

	/** The field of the object's feature, else the row of the object or of the nearest object containing it. */
	private Treffer finde(EObject objekt, EStructuralFeature feld) {
		Ort ort = feld == null ? null : felder.get(feld);
		if (ort != null && ort.besitzer().get() == objekt) {
			return new Treffer(ort, null);
		}
		for (EObject zeile = objekt; zeile != null; zeile = zeile.eContainer()) {
			Ort zeilenOrt = zeilen.get(zeile.eClass());
			if (zeilenOrt != null) {
				return new Treffer(zeilenOrt, zeile);
			}
		}
		return null;
	}
}
