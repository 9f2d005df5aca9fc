package org.quartierwerk.app.internal.editor;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.quartierwerk.app.internal.basis.Messages;
import org.quartierwerk.app.internal.basis.Zugaenglich;
import org.quartierwerk.model.Arbeitsschritt;
import org.quartierwerk.model.Kennzahl;
import org.quartierwerk.model.Messwert;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.QuartierwerkFactory;
import org.quartierwerk.model.QuartierwerkPackage.Literals;
import org.quartierwerk.model.Teildatum;
import org.quartierwerk.model.Wirkungsstufe;
import org.quartierwerk.model.Ziel;
import org.quartierwerk.model.Zielebene;
import org.quartierwerk.model.Zieltyp;

/**
 * Page Ziele &amp; Wirkung: the Zielpyramide as a tree (Leitziele, Teilziele, Maßnahmenziele, each SMART or not), the
 * Kennzahlen of the chosen Ziel with their latest Istwert and how far the Ziel is reached, the chosen Kennzahl's
 * Messwerte as a table and a chart ({@link Messwertreihe}), the Einsparungen with
 * Präventionsfaktor and Netto-Konsolidierung ({@link Einsparungen}), and the texts about goals and impact.
 */
final class ZieleSeite {

	private final Praxisbeispiel beispiel;
	private final EditingDomain domain;
	private final Messages texte;
	private final Composite seite;
	final TreeViewer ziele;
	final TableViewer kennzahlen;
	final Text istDatum;
	final Text istWert;
	final Text istQuelle;
	final Label hinweis;
	final Messwertreihe messwerte;
	final Einsparungen einsparungen;
	final Text zieleText;
	final Text wirkungserfolge;

	ZieleSeite(Composite parent, Praxisbeispiel beispiel, EditingDomain domain, DataBindingContext bindings, Messages texte) {
		this.beispiel = beispiel;
		this.domain = domain;
		this.texte = texte;
		seite = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(seite);

		Felder.ueberschrift(seite, texte.zielePyramide);
		ziele = new TreeViewer(seite, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		ziele.getTree().setHeaderVisible(true);
		ziele.getTree().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).indent(8, 0).span(2, 1).hint(SWT.DEFAULT, 150).applyTo(ziele.getControl());
		Zugaenglich.benenneNachLabel(ziele.getControl());
		ziele.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object eingabe) {
				return ((Praxisbeispiel) eingabe).getZiele().toArray();
			}

			@Override
			public Object[] getChildren(Object ziel) {
				return ((Ziel) ziel).getUnterziele().toArray();
			}

			@Override
			public Object getParent(Object ziel) {
				return ((EObject) ziel).eContainer() instanceof Ziel oben ? oben : null;
			}

			@Override
			public boolean hasChildren(Object ziel) {
				return !((Ziel) ziel).getUnterziele().isEmpty();
			}
		});
		Spalten zielSpalten = new Spalten(ziele, domain, texte);
		zielSpalten.text(texte.spalteTitel, 380, Literals.ZIEL__TITEL);
		zielSpalten.auswahl(texte.spalteEbene, 130, Literals.ZIEL__EBENE, Zielebene.VALUES);
		zielSpalten.auswahl(texte.spalteTyp, 120, Literals.ZIEL__TYP, Zieltyp.VALUES);
		zielSpalten.janein(texte.spalteSpezifisch, 34, Literals.ZIEL__SPEZIFISCH);
		zielSpalten.janein(texte.spalteMessbar, 34, Literals.ZIEL__MESSBAR);
		zielSpalten.janein(texte.spalteErreichbar, 34, Literals.ZIEL__ERREICHBAR);
		zielSpalten.janein(texte.spalteRealistisch, 34, Literals.ZIEL__REALISTISCH);
		zielSpalten.auswahl(texte.spalteWirkungsstufe, 110, Literals.ZIEL__WIRKUNGSSTUFE, Wirkungsstufe.VALUES);
		ziele.getTree().getColumn(3).setToolTipText(texte.smartSpezifisch);
		ziele.getTree().getColumn(4).setToolTipText(texte.smartMessbar);
		ziele.getTree().getColumn(5).setToolTipText(texte.smartErreichbar);
		ziele.getTree().getColumn(6).setToolTipText(texte.smartRealistisch);
		ziele.setInput(beispiel);
		Composite zielKnoepfe = Felder.leiste(seite);
		Felder.knopf(zielKnoepfe, texte.zielHinzufuegen, this::zielHinzufuegen);
		Felder.knopf(zielKnoepfe, texte.unterzielHinzufuegen, this::unterzielHinzufuegen);
		Felder.knopf(zielKnoepfe, texte.zeileEntfernen, () -> entferne(ziele.getStructuredSelection().toList()));

		Felder.ueberschrift(seite, texte.zieleKennzahlen);
		kennzahlen = Felder.tabelle(seite, 90);
		kennzahlen.setContentProvider(
				(IStructuredContentProvider) ziel -> ziel instanceof Ziel z ? z.getKennzahlen().toArray()
						: new Object[0]);
		Spalten kennzahlSpalten = new Spalten(kennzahlen, domain, texte);
		kennzahlSpalten.text(texte.spalteIndikator, 220, Literals.KENNZAHL__INDIKATOR);
		kennzahlSpalten.text(texte.spalteEinheit, 80, Literals.KENNZAHL__EINHEIT);
		Messwertreihe.zahlSpalte(kennzahlSpalten, texte.spalteAusgangswert, Literals.KENNZAHL__AUSGANGSWERT);
		Messwertreihe.zahlSpalte(kennzahlSpalten, texte.spalteZielwert, Literals.KENNZAHL__ZIELWERT);
		kennzahlSpalten.anzeige(texte.spalteIstwert, 130, k -> Zielerreichung.istwertText(Zielerreichung.letzterIstwert((Kennzahl) k)));
		kennzahlSpalten.anzeige(texte.spalteZielerreichung, 110, k -> {
			BigDecimal prozent = Zielerreichung.prozent((Kennzahl) k);
			return prozent == null ? "" : Spalten.zahl(prozent) + " %";
		});
		Messwertreihe.datumSpalte(kennzahlSpalten, texte.spalteAusgangsdatum, Literals.KENNZAHL__AUSGANGSDATUM);
		Messwertreihe.datumSpalte(kennzahlSpalten, texte.spalteZieldatum, Literals.KENNZAHL__ZIELDATUM);
		Composite kennzahlKnoepfe = Felder.leiste(seite);
		Felder.knopf(kennzahlKnoepfe, texte.kennzahlHinzufuegen, this::kennzahlHinzufuegen);
		Felder.knopf(kennzahlKnoepfe, texte.kennzahlEntfernen, () -> entferne(kennzahlen.getStructuredSelection().toList()));
		new Label(kennzahlKnoepfe, SWT.NONE).setText(texte.feldIstDatum);
		istDatum = new Text(kennzahlKnoepfe, SWT.BORDER);
		istDatum.setText(LocalDate.now().toString());
		Zugaenglich.benenneNachLabel(istDatum);
		new Label(kennzahlKnoepfe, SWT.NONE).setText(texte.feldIstWert);
		istWert = new Text(kennzahlKnoepfe, SWT.BORDER);
		istWert.setLayoutData(new RowData(80, SWT.DEFAULT));
		Zugaenglich.benenneNachLabel(istWert);
		new Label(kennzahlKnoepfe, SWT.NONE).setText(texte.feldIstQuelle);
		istQuelle = new Text(kennzahlKnoepfe, SWT.BORDER);
		istQuelle.setLayoutData(new RowData(160, SWT.DEFAULT));
		Zugaenglich.benenneNachLabel(istQuelle);
		Felder.knopf(kennzahlKnoepfe, texte.istwertErfassen, this::istwertErfassen);
		hinweis = new Label(seite, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).indent(8, 0).span(2, 1).applyTo(hinweis);
		messwerte = new Messwertreihe(seite, domain, texte);
		ziele.addSelectionChangedListener(e -> {
			kennzahlen.setInput(gewaehltesZiel());
			messwerte.zeige(gewaehlteKennzahl());
		});
		kennzahlen.addSelectionChangedListener(e -> messwerte.zeige(gewaehlteKennzahl()));
		einsparungen = new Einsparungen(seite, beispiel, domain, texte);

		zieleText = Felder.text(seite, texte.feldZieleText, true);
		Felder.binde(bindings, zieleText, domain, beispiel, Literals.PRAXISBEISPIEL__ZIELE_TEXT);
		wirkungserfolge = Felder.text(seite, texte.feldWirkungserfolge, true);
		Felder.binde(bindings, wirkungserfolge, domain, beispiel, Literals.PRAXISBEISPIEL__WIRKUNGSERFOLGE);
	}

	Control control() {
		return seite;
	}

	void aktualisiere() {
		ziele.refresh();
		kennzahlen.setInput(gewaehltesZiel());
		kennzahlen.refresh();
		messwerte.aktualisiere();
		einsparungen.aktualisiere();
	}

	/** Selects a Ziel, the Kennzahl (of a Messwert) with its Ziel, or an Einsparung; false when the object is not on this page. */
	boolean waehle(EObject objekt) {
		if (einsparungen.waehle(objekt)) {
			return true;
		}
		EObject zeile = objekt instanceof Messwert ? objekt.eContainer() : objekt;
		if (zeile instanceof Ziel ziel) {
			ziele.setSelection(new StructuredSelection(ziel), true);
			return true;
		}
		if (zeile instanceof Kennzahl kennzahl && kennzahl.eContainer() instanceof Ziel ziel) {
			ziele.setSelection(new StructuredSelection(ziel), true);
			kennzahlen.setSelection(new StructuredSelection(kennzahl), true);
			if (objekt instanceof Messwert messwert) {
				messwerte.waehle(messwert);
			}
			return true;
		}
		return false;
	}

	private Kennzahl gewaehlteKennzahl() {
		return kennzahlen.getStructuredSelection().getFirstElement() instanceof Kennzahl kennzahl ? kennzahl : null;
	}

	private Ziel gewaehltesZiel() {
		return ziele.getStructuredSelection().getFirstElement() instanceof Ziel ziel ? ziel : null;
	}

	private void zielHinzufuegen() {
		Ziel neu = QuartierwerkFactory.eINSTANCE.createZiel();
		neu.setTitel(texte.neuesZiel);
		neu.setEbene(Zielebene.LEITZIEL);
		domain.getCommandStack().execute(AddCommand.create(domain, beispiel, Literals.PRAXISBEISPIEL__ZIELE, neu));
		zeige(neu);
	}

	/** A Teilziel under a Leitziel, a Maßnahmenziel under anything lower. */
	private void unterzielHinzufuegen() {
		Ziel oben = gewaehltesZiel();
		if (oben == null) {
			hinweis.setText(texte.zielZuerstWaehlen);
			return;
		}
		Ziel neu = QuartierwerkFactory.eINSTANCE.createZiel();
		neu.setTitel(texte.neuesZiel);
		if (oben.isSetEbene()) {
			neu.setEbene(oben.getEbene() == Zielebene.LEITZIEL ? Zielebene.TEILZIEL : Zielebene.MASSNAHMENZIEL);
		}
		domain.getCommandStack().execute(AddCommand.create(domain, oben, Literals.ZIEL__UNTERZIELE, neu));
		zeige(neu);
	}

	private void kennzahlHinzufuegen() {
		Ziel ziel = gewaehltesZiel();
		if (ziel == null) {
			hinweis.setText(texte.zielZuerstWaehlen);
			return;
		}
		Kennzahl neu = QuartierwerkFactory.eINSTANCE.createKennzahl();
		neu.setIndikator(texte.neueKennzahl);
		domain.getCommandStack().execute(AddCommand.create(domain, ziel, Literals.ZIEL__KENNZAHLEN, neu));
		kennzahlen.refresh();
		kennzahlen.setSelection(new StructuredSelection(neu), true);
	}

	/** Adds a Messwert with the date and value typed beside the button to the chosen Kennzahl. */
	private void istwertErfassen() {
		List<?> gewaehlt = kennzahlen.getStructuredSelection().toList();
		Object wert = Spalten.leseZahl(istWert.getText());
		Teildatum datum;
		try {
			datum = Teildatum.valueOf(istDatum.getText());
		} catch (IllegalArgumentException e) {
			hinweis.setText(e.getMessage());
			return;
		}
		if (gewaehlt.size() != 1) {
			hinweis.setText(texte.kennzahlZuerstWaehlen);
			return;
		}
		if (!(wert instanceof BigDecimal zahl)) {
			hinweis.setText(texte.istwertUnlesbar);
			return;
		}
		Messwert messwert = QuartierwerkFactory.eINSTANCE.createMesswert();
		messwert.setDatum(datum);
		messwert.setWert(zahl);
		if (!istQuelle.getText().isBlank()) {
			messwert.setQuelle(istQuelle.getText().strip());
		}
		domain.getCommandStack().execute(AddCommand.create(domain, gewaehlt.get(0), Literals.KENNZAHL__ISTWERTE, messwert));
		hinweis.setText("");
		istWert.setText("");
		kennzahlen.refresh();
		messwerte.aktualisiere();
	}

	/** Removes Ziele or Kennzahlen; an Arbeitsschritt that served a removed Ziel serves none then, in the same step. */
	private void entferne(List<?> zeilen) {
		if (zeilen.isEmpty()) {
			return;
		}
		CompoundCommand entfernen = new CompoundCommand(texte.zeileEntfernen);
		for (Arbeitsschritt schritt : beispiel.getArbeitsschritte()) {
			if (schritt.getZiel() != null && zeilen.stream().anyMatch(z -> EcoreUtil.isAncestor((EObject) z, schritt.getZiel()))) {
				entfernen.append(SetCommand.create(domain, schritt, Literals.ARBEITSSCHRITT__ZIEL, null));
			}
		}
		entfernen.append(RemoveCommand.create(domain, zeilen));
		domain.getCommandStack().execute(entfernen);
	}

	private void zeige(Ziel neu) {
		hinweis.setText("");
		ziele.refresh();
		ziele.setSelection(new StructuredSelection(neu), true);
	}
}
