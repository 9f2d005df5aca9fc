package org.quartierwerk.app.internal.editor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.databinding.swt.typed.WidgetProperties;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.quartierwerk.app.internal.basis.Messages;
import org.quartierwerk.app.internal.basis.Zugaenglich;
import org.quartierwerk.model.Akteurstyp;
import org.quartierwerk.model.Bezeichnungen;
import org.quartierwerk.model.Finanzierungsquelle;
import org.quartierwerk.model.Hilfemixsektor;
import org.quartierwerk.model.Kooperation;
import org.quartierwerk.model.Kooperationsform;
import org.quartierwerk.model.Organisation;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.QuartierwerkFactory;
import org.quartierwerk.model.QuartierwerkPackage.Literals;
import org.quartierwerk.model.Stelle;

/**
 * Page Kooperation: the Träger and the partners. Träger and partners are Organisationen of the project (its
 * {@code organisationen} contain them, the Träger and each Kooperation refer to them), so a new Träger or partner is
 * added there in the same command, and a partner no one refers to any more leaves with its Kooperation.
 */
final class KooperationSeite {

	private final Praxisbeispiel beispiel;
	private final EditingDomain domain;
	private final Messages texte;
	private final Composite seite;
	private final Spalten spalten;
	final Text traegerName;
	final Text traegerRechtsform;
	final ComboViewer traegerAkteurstyp;
	final Text traegerAnsprechperson;
	final TableViewer partner;
	final TableViewer stellen;
	private final Map<Text, EStructuralFeature> traegerFelder;
	private boolean aktualisiert;

	KooperationSeite(Composite parent, Praxisbeispiel beispiel, EditingDomain domain, Messages texte) {
		this.beispiel = beispiel;
		this.domain = domain;
		this.texte = texte;
		seite = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(seite);

		Felder.ueberschrift(seite, texte.kooperationTraeger);
		traegerName = Felder.text(seite, texte.feldName, false);
		traegerRechtsform = Felder.text(seite, texte.feldRechtsform, false);
		Label label = new Label(seite, SWT.NONE);
		label.setText(texte.feldAkteurstyp);
		traegerAkteurstyp = new ComboViewer(seite, SWT.READ_ONLY | SWT.DROP_DOWN);
		traegerAkteurstyp.setContentProvider(ArrayContentProvider.getInstance());
		traegerAkteurstyp.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return element == Spalten.NICHT_ANGEGEBEN ? texte.nichtAngegeben : Bezeichnungen.von((Akteurstyp) element);
			}
		});
		List<Object> akteurstypen = new ArrayList<>(List.of(Spalten.NICHT_ANGEGEBEN));
		akteurstypen.addAll(Akteurstyp.VALUES);
		traegerAkteurstyp.setInput(akteurstypen);
		GridDataFactory.fillDefaults().grab(true, false).indent(8, 0).applyTo(traegerAkteurstyp.getControl());
		Zugaenglich.benenne(traegerAkteurstyp.getControl(), label);
		traegerAkteurstyp.addSelectionChangedListener(e -> {
			Object gewaehlt = e.getStructuredSelection().getFirstElement();
			if (!aktualisiert && gewaehlt instanceof Akteurstyp typ) {
				setzeTraeger(Literals.ORGANISATION__AKTEURSTYP, typ);
			} else if (!aktualisiert && gewaehlt == Spalten.NICHT_ANGEGEBEN && beispiel.getTraeger() != null) {
				setzeTraeger(Literals.ORGANISATION__AKTEURSTYP, SetCommand.UNSET_VALUE);
			}
		});
		traegerAnsprechperson = Felder.text(seite, texte.feldAnsprechperson, false);
		traegerFelder = Map.of(traegerName, Literals.ORGANISATION__NAME, traegerRechtsform, Literals.ORGANISATION__RECHTSFORM,
				traegerAnsprechperson, Literals.ORGANISATION__ANSPRECHPERSON);
		traegerFelder.forEach(this::verbinde);

		Felder.ueberschrift(seite, texte.kooperationPartner);
		partner = Felder.tabelle(seite, 120);
		spalten = new Spalten(partner, domain, texte);
		spalten.text(texte.spalteName, 200, KooperationSeite::partnerVon, Literals.ORGANISATION__NAME,
				wert -> wert == null ? "" : wert.toString(), text -> text.isEmpty() ? Spalten.UNLESBAR : text);
		spalten.auswahl(texte.spalteAkteurstyp, 150, KooperationSeite::partnerVon, Literals.ORGANISATION__AKTEURSTYP,
				Akteurstyp.VALUES);
		spalten.text(texte.spalteRolle, 170, Literals.KOOPERATION__ROLLE);
		spalten.auswahl(texte.spalteKooperationsform, 200, Literals.KOOPERATION__FORM, Kooperationsform.VALUES);
		spalten.auswahl(texte.spalteSektor, 150, KooperationSeite::partnerVon, Literals.ORGANISATION__SEKTOR, Hilfemixsektor.VALUES);
		// a partner that shares the Trägerschaft (Trägerverbund); the Träger above is the federführende
		List<Object> janein = List.of(Boolean.TRUE, Boolean.FALSE);
		spalten.auswahl(texte.spalteMittraeger, 90, zeile -> janein, w -> Boolean.TRUE.equals(w) ? texte.ja : texte.nein,
				zeile -> partnerVon(zeile) == null ? null : beispiel.getWeitereTraeger().contains(partnerVon(zeile)),
				(zeile, neu) -> mittraeger((Organisation) partnerVon(zeile), Boolean.TRUE.equals(neu)));
		partner.setInput(beispiel.getKooperationen());
		Composite knoepfe = Felder.leiste(seite);
		Felder.knopf(knoepfe, texte.partnerHinzufuegen, this::partnerHinzufuegen);
		Felder.knopf(knoepfe, texte.zeileEntfernen, () -> entferne(partner.getStructuredSelection().toList()));

		Felder.ueberschrift(seite, texte.kooperationPersonal);
		stellen = Felder.tabelle(seite, 100);
		Spalten stellenSpalten = new Spalten(stellen, domain, texte);
		stellenSpalten.text(texte.spalteFunktion, 220, Literals.STELLE__FUNKTION);
		stellenSpalten.text(texte.spalteUmfang, 120, zeile -> (EObject) zeile, Literals.STELLE__UMFANG_PROZENT, Spalten::zahl, Spalten::leseZahl);
		stellenSpalten.text(texte.spalteVollzeitaequivalente, 120, zeile -> (EObject) zeile, Literals.STELLE__VOLLZEITAEQUIVALENT, Spalten::zahl,
				Spalten::leseZahl);
		stellenSpalten.text(texte.spaltePersonen, 80, zeile -> (EObject) zeile, Literals.STELLE__PERSONEN,
				wert -> wert == null ? "" : wert.toString(), KooperationSeite::leseAnzahl);
		stellenSpalten.janein(texte.spalteEhrenamtlich, 110, Literals.STELLE__EHRENAMTLICH);
		stellenSpalten.auswahl(texte.spalteFinanziertDurch, 220, zeile -> quellenauswahl(),
				w -> w == Spalten.NICHT_ANGEGEBEN ? texte.nichtAngegeben : ((Finanzierungsquelle) w).getName(),
				zeile -> Objects.requireNonNullElse(((Stelle) zeile).getFinanziertDurch(), Spalten.NICHT_ANGEGEBEN),
				(zeile, neu) -> stellenSpalten.setze((Stelle) zeile, Literals.STELLE__FINANZIERT_DURCH, neu == Spalten.NICHT_ANGEGEBEN ? null : neu));
		stellen.setInput(beispiel.getStellen());
		Composite stellenKnoepfe = Felder.leiste(seite);
		Felder.knopf(stellenKnoepfe, texte.stelleHinzufuegen, this::stelleHinzufuegen);
		Felder.knopf(stellenKnoepfe, texte.stelleEntfernen, () -> {
			if (!stellen.getStructuredSelection().isEmpty()) {
				domain.getCommandStack().execute(RemoveCommand.create(domain, stellen.getStructuredSelection().toList()));
			}
		});
		aktualisiere();
	}

	Control control() {
		return seite;
	}

	void aktualisiere() {
		Organisation traeger = beispiel.getTraeger();
		aktualisiert = true;
		try {
			traegerFelder.forEach((text, feature) -> {
				String wert = traeger == null || traeger.eGet(feature) == null ? "" : (String) traeger.eGet(feature);
				if (!wert.equals(text.getText())) {
					text.setText(wert);
				}
			});
			traegerAkteurstyp.setSelection(new StructuredSelection(
					traeger == null || !traeger.isSetAkteurstyp() ? Spalten.NICHT_ANGEGEBEN : traeger.getAkteurstyp()));
		} finally {
			aktualisiert = false;
		}
		partner.refresh();
		stellen.refresh();
	}

	/** A whole number of persons as typed; empty is none, anything else changes nothing. */
	private static Object leseAnzahl(String text) {
		if (text.isEmpty()) {
			return null;
		}
		try {
			return Integer.valueOf(text);
		} catch (NumberFormatException e) {
			return Spalten.UNLESBAR;
		}
	}

	/** "nicht angegeben" and the sources of the project's Finanzierungsplan. */
	private List<Object> quellenauswahl() {
		List<Object> auswahl = new ArrayList<>(List.of(Spalten.NICHT_ANGEGEBEN));
		if (beispiel.getFinanzierungsplan() != null) {
			auswahl.addAll(beispiel.getFinanzierungsplan().getQuellen());
		}
		return auswahl;
	}

	private void mittraeger(Organisation partner, boolean ja) {
		if (partner != null) {
			domain.getCommandStack().execute(ja ? AddCommand.create(domain, beispiel, Literals.PRAXISBEISPIEL__WEITERE_TRAEGER, partner)
					: RemoveCommand.create(domain, beispiel, Literals.PRAXISBEISPIEL__WEITERE_TRAEGER, partner));
		}
	}

	private void stelleHinzufuegen() {
		Stelle stelle = QuartierwerkFactory.eINSTANCE.createStelle();
		stelle.setFunktion(texte.neueStelle);
		domain.getCommandStack().execute(AddCommand.create(domain, beispiel, Literals.PRAXISBEISPIEL__STELLEN, stelle));
		stellen.refresh();
		stellen.setSelection(new StructuredSelection(stelle), true);
	}

	/** Selects the Kooperation of a row object or of a partner Organisation; false when the object is no row here. */
	boolean waehle(EObject objekt) {
		Object zeile = objekt instanceof Kooperation ? objekt
				: beispiel.getKooperationen().stream().filter(k -> k.getPartner() == objekt).findFirst().orElse(null);
		if (zeile == null) {
			return false;
		}
		partner.setSelection(new StructuredSelection(zeile), true);
		return true;
	}

	private static EObject partnerVon(Object kooperation) {
		return ((Kooperation) kooperation).getPartner();
	}

	/** Typing into a Träger field is one command after a pause; into an empty Träger it creates the Träger. */
	@SuppressWarnings("unchecked")
	private void verbinde(Text text, EStructuralFeature feature) {
		IObservableValue<String> eingabe = WidgetProperties.text(SWT.Modify).observeDelayed(Felder.VERZOEGERUNG_MS, text);
		eingabe.addValueChangeListener(e -> {
			if (!aktualisiert && !text.isDisposed()) {
				String wert = e.diff.getNewValue();
				setzeTraeger(feature, wert == null || wert.isEmpty() ? null : wert);
			}
		});
	}

	private void setzeTraeger(EStructuralFeature feature, Object wert) {
		Organisation traeger = beispiel.getTraeger();
		if (traeger != null) {
			spalten.setze(traeger, feature, wert);
			return;
		}
		if (wert == null) {
			return;
		}
		Organisation neu = QuartierwerkFactory.eINSTANCE.createOrganisation();
		CompoundCommand anlegen = new CompoundCommand(texte.kooperationTraeger);
		anlegen.append(AddCommand.create(domain, beispiel, Literals.PRAXISBEISPIEL__ORGANISATIONEN, neu));
		anlegen.append(SetCommand.create(domain, beispiel, Literals.PRAXISBEISPIEL__TRAEGER, neu));
		anlegen.append(SetCommand.create(domain, neu, feature, wert));
		domain.getCommandStack().execute(anlegen);
	}

	private void partnerHinzufuegen() {
		Organisation organisation = QuartierwerkFactory.eINSTANCE.createOrganisation();
		organisation.setName(texte.neuerPartner);
		Kooperation kooperation = QuartierwerkFactory.eINSTANCE.createKooperation();
		kooperation.setPartner(organisation);
		CompoundCommand hinzufuegen = new CompoundCommand(texte.partnerHinzufuegen);
		hinzufuegen.append(AddCommand.create(domain, beispiel, Literals.PRAXISBEISPIEL__ORGANISATIONEN, organisation));
		hinzufuegen.append(AddCommand.create(domain, beispiel, Literals.PRAXISBEISPIEL__KOOPERATIONEN, kooperation));
		domain.getCommandStack().execute(hinzufuegen);
		partner.refresh();
		partner.setSelection(new StructuredSelection(kooperation), true);
	}

	/** Removes Kooperationen, and their partners when neither the Träger nor another Kooperation refers to them. */
	private void entferne(List<?> kooperationen) {
		if (kooperationen.isEmpty()) {
			return;
		}
		Set<Organisation> verwaist = new HashSet<>();
		for (Object zeile : kooperationen) {
			Organisation organisation = ((Kooperation) zeile).getPartner();
			boolean verwendet = organisation == beispiel.getTraeger() || beispiel.getKooperationen().stream()
					.anyMatch(k -> !kooperationen.contains(k) && Objects.equals(k.getPartner(), organisation));
			if (organisation != null && !verwendet && beispiel.getOrganisationen().contains(organisation)) {
				verwaist.add(organisation);
			}
		}
		CompoundCommand entfernen = new CompoundCommand(texte.zeileEntfernen);
		entfernen.append(RemoveCommand.create(domain, beispiel, Literals.PRAXISBEISPIEL__KOOPERATIONEN, kooperationen));
		List<Organisation> mittraeger = verwaist.stream().filter(beispiel.getWeitereTraeger()::contains).toList();
		if (!mittraeger.isEmpty()) {
			entfernen.append(RemoveCommand.create(domain, beispiel, Literals.PRAXISBEISPIEL__WEITERE_TRAEGER, mittraeger));
		}
		if (!verwaist.isEmpty()) {
			entfernen.append(RemoveCommand.create(domain, beispiel, Literals.PRAXISBEISPIEL__ORGANISATIONEN, verwaist));
		}
		domain.getCommandStack().execute(entfernen);
	}
}
