package org.quartierwerk.app.internal.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartierwerk.model.Ausgabenkategorie;
import org.quartierwerk.model.Ausgabeposition;
import org.quartierwerk.model.Bewilligungsstatus;
import org.quartierwerk.model.Finanzierungsanteil;
import org.quartierwerk.model.Finanzierungsplan;
import org.quartierwerk.model.Laufzeit;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.QuartierwerkFactory;
import org.quartierwerk.model.QuartierwerkPackage.Literals;
import org.quartierwerk.model.Statusereignis;
import org.quartierwerk.model.Teildatum;
import org.quartierwerk.model.Tranche;

/** Page Finanzierung: sums per year, the Bewilligungsstatus and the Quelle chosen from the plan or the catalogue. */
class FinanzierungSeiteTest {

	private final Editorbank bank = new Editorbank("Editortest Finanzierung");

	@AfterEach
	void close() throws Exception {
		bank.close();
	}

	@Test
	void summenJeJahrStatusUndQuelleAusDemKatalog() throws Exception {
		PraxisbeispielEditor editor = bank.oeffneNeu("Quartiersmanagement Sonnenh\u00FCgel");
		FinanzierungSeite seite = editor.finanzierung();
		editor.selectFinanzierung();
		bank.settle();
		Composite flaeche = (Composite) seite.control();
		Praxisbeispiel beispiel = editor.beispiel();

		ausgabe(editor, "Personal Quartiersmanagement", "2023", "1.000");
		ausgabe(editor, "Miete Treffpunkt", "2024", "500");
		ausgabe(editor, "Fahrtkosten Ehrenamt", "", "200");
		Finanzierungsplan plan = beispiel.getFinanzierungsplan();
		Ausgabeposition fahrtkosten = plan.getAusgaben().get(2);
		assertFalse(fahrtkosten.isSetKategorie() || fahrtkosten.getZuwendungsfaehig() != null, "a new Ausgabe starts open");
		assertEquals(List.of("", ""), List.of(seite.ausgaben.getTable().getItem(2).getText(3), seite.ausgaben.getTable().getItem(2).getText(4)));
		bank.waehle(seite.ausgaben, fahrtkosten, 3, "Sachausgaben");
		bank.waehle(seite.ausgaben, fahrtkosten, 4, "nein");
		assertEquals(Ausgabenkategorie.SACH, fahrtkosten.getKategorie());
		assertEquals(Boolean.FALSE, fahrtkosten.getZuwendungsfaehig());
		assertEquals("nein", seite.ausgaben.getTable().getItem(2).getText(4));

		bank.klicke(flaeche, "&Finanzierung hinzuf\u00FCgen");
		Finanzierungsanteil stadt2023 = plan.getAnteile().get(0);
		bank.waehle(seite.anteile, stadt2023, 0, "Kommunaler Zuschuss (aus dem Katalog)");
		assertEquals(1, plan.getQuellen().size(), "the catalogue's source is copied into the plan");
		assertEquals("kommune-zuschuss", plan.getQuellen().get(0).getId());
		assertSame(plan.getQuellen().get(0), stadt2023.getQuelle());
		bank.undo(editor);
		assertEquals(List.of(), plan.getQuellen(), "one step takes back the copy and the choice");
		assertNull(stadt2023.getQuelle());
		bank.redo(editor);
		assertSame(plan.getQuellen().get(0), stadt2023.getQuelle());
		bank.tippe(seite.anteile, stadt2023, 1, "2023");
		bank.tippe(seite.anteile, stadt2023, 2, "800");
		bank.waehle(seite.anteile, stadt2023, 3, "bewilligt");

		bank.klicke(flaeche, "&Finanzierung hinzuf\u00FCgen");
		Finanzierungsanteil stadt2024 = plan.getAnteile().get(1);
		bank.waehle(seite.anteile, stadt2024, 0, "Kommunaler Zuschuss");
		assertEquals(1, plan.getQuellen().size(), "a source of the plan is only referred to");
		bank.tippe(seite.anteile, stadt2024, 1, "2024");
		bank.tippe(seite.anteile, stadt2024, 2, "500");
		bank.waehle(seite.anteile, stadt2024, 3, "abgelehnt");
		assertEquals(Bewilligungsstatus.ABGELEHNT, stadt2024.getStatus());

		assertEquals(List.of(
				List.of("2023", "1.000,00 \u20AC", "800,00 \u20AC", "-200,00 \u20AC"),
				List.of("2024", "500,00 \u20AC", "0,00 \u20AC", "-500,00 \u20AC"),
				List.of("ohne Jahr", "200,00 \u20AC", "0,00 \u20AC", "-200,00 \u20AC")), zeilen(seite), "a rejected share does not count");
		bank.waehle(seite.anteile, stadt2024, 3, "bewilligt");
		assertEquals(List.of("2024", "500,00 \u20AC", "500,00 \u20AC", "0,00 \u20AC"), zeilen(seite).get(1));
		Color rot = bank.display.getSystemColor(SWT.COLOR_DARK_RED);
		assertEquals(rot, seite.jahre.getTable().getItem(0).getForeground(3), "a gap in red");
		assertNotEquals(rot, seite.jahre.getTable().getItem(1).getForeground(3), "a balanced year not");
		// the sums per year lie below the selected share's Tranchen: focused, the page scrolls them into view
		seite.jahre.getControl().setFocus();
		bank.screenshot("editor-finanzierung-jahre.png");
		bank.undo(editor);
		assertEquals("0,00 \u20AC", zeilen(seite).get(1).get(2), "undo: rejected again");

		editor.save();
		Finanzierungsplan geladen = bank.store.load("Editortest Finanzierung").getFinanzierungsplan();
		assertEquals(Boolean.FALSE, geladen.getAusgaben().get(2).getZuwendungsfaehig());
		assertNull(geladen.getAusgaben().get(0).getZuwendungsfaehig(), "not chosen: nicht angegeben");
		assertEquals(Bewilligungsstatus.BEWILLIGT, geladen.getAnteile().get(0).getStatus());
		assertEquals(Bewilligungsstatus.ABGELEHNT, geladen.getAnteile().get(1).getStatus());
		assertEquals("Kommunaler Zuschuss", geladen.getAnteile().get(1).getQuelle().getName());
		assertSame(geladen.getQuellen().get(0), geladen.getAnteile().get(0).getQuelle());
		assertSame(geladen.getQuellen().get(0), geladen.getAnteile().get(1).getQuelle());
	}

	/**
	 * Amounts over five years in Tranchen (issue 17): a grant of 250.000 € over 2012–2016 entered as one share with five
	 * Tranchen, its Statusverlauf with dates and Aktenzeichen, its Anschlussfinanzierung; the sums per year, the
	 * Förderquote per funder and year and the chart follow, each step can be undone, a contradiction is marked.
	 */
	@Test
	void fuenfJahreInTranchenMitStatusverlaufQuoteUndDiagramm() throws Exception {
		PraxisbeispielEditor editor = bank.oeffneNeu("Quartier im Wandel");
		FinanzierungSeite seite = editor.finanzierung();
		editor.selectFinanzierung();
		bank.settle();
		Composite flaeche = (Composite) seite.control();
		assertEquals(List.of(), seite.diagramm.summen(), "nothing recorded, nothing drawn");
		for (int jahr = 2012; jahr <= 2016; jahr++) {
			ausgabe(editor, "Personal " + jahr, String.valueOf(jahr), "50.000");
		}
		Finanzierungsplan plan = editor.beispiel().getFinanzierungsplan();
		bank.klicke(flaeche, "&Finanzierung hinzuf\u00FCgen");
		Finanzierungsanteil zuschuss = plan.getAnteile().get(0);
		bank.waehle(seite.anteile, zuschuss, 0, "Kommunaler Zuschuss (aus dem Katalog)");
		bank.tippe(seite.anteile, zuschuss, 2, "250.000");
		seite.anteile.setSelection(new StructuredSelection(zuschuss), true);
		bank.settle();
		assertSame(zuschuss, seite.verlauf.anteil());
		assertEquals("Gew\u00E4hlt: Kommunaler Zuschuss", seite.verlauf.gewaehlt.getText());
		assertEquals(List.of("ohne Jahr", "0,00 \u20AC", "250.000,00 \u20AC", "250.000,00 \u20AC"), zeilen(seite).get(5),
				"not yet in Tranchen: without a year");

		for (int jahr = 2012; jahr <= 2016; jahr++) {
			bank.klicke(flaeche, "&Tranche hinzuf\u00FCgen");
			Tranche tranche = zuschuss.getTranchen().get(jahr - 2012);
			bank.tippe(seite.verlauf.tranchen, tranche, 0, String.valueOf(jahr));
			bank.tippe(seite.verlauf.tranchen, tranche, 1, "50.000");
		}
		assertEquals(5, zuschuss.getTranchen().size());
		assertEquals(List.of("2014", "50.000,00 \u20AC", "50.000,00 \u20AC", "0,00 \u20AC"), zeilen(seite).get(2));
		assertEquals(5, zeilen(seite).size(), "every euro in a year: no row without a year");
		assertEquals(List.of(2012, 2013, 2014, 2015, 2016), seite.diagramm.summen().stream().map(j -> j.jahr()).toList());
		assertEquals(List.of("Kommunaler Zuschuss", "gesamt", "250.000,00 \u20AC", "100 %"), quote(seite, 0));
		assertEquals(List.of("Kommunaler Zuschuss", "2013", "50.000,00 \u20AC", "100 %"), quote(seite, 2));

		bank.undo(editor);
		assertNull(zuschuss.getTranchen().get(4).getBetrag(), "undo takes back the last Tranche's Betrag");
		assertEquals(List.of("ohne Jahr", "0,00 \u20AC", "50.000,00 \u20AC", "50.000,00 \u20AC"), zeilen(seite).get(5));
		assertEquals(1, seite.verlauf.quoten.getTable().getItemCount(), "not all in years: the quote only in total");
		bank.redo(editor);
		assertEquals(5, zeilen(seite).size());

		// the chart draws what the table says: each year's two bars, in their colours; a year short of money has the lower
		// Finanzierung bar (2016 after the undo of its Tranche's Betrag had none)
		bank.tippe(seite.verlauf.tranchen, zuschuss.getTranchen().get(4), 1, "25.000");
		Rectangle ausgaben2016 = seite.diagramm.balken(4, false);
		Rectangle finanzierung2016 = seite.diagramm.balken(4, true);
		assertTrue(finanzierung2016.height > 0 && finanzierung2016.height < ausgaben2016.height, ausgaben2016 + " " + finanzierung2016);
		assertEquals(seite.diagramm.balken(3, false).height, seite.diagramm.balken(3, true).height, "2015 is balanced");
		Image bild = new Image(bank.display, seite.diagramm.flaeche.getClientArea().width, seite.diagramm.flaeche.getClientArea().height);
		GC gc = new GC(bild);
		try {
			seite.diagramm.zeichne(gc);
			ImageData daten = bild.getImageData();
			assertEquals(seite.diagramm.farbe(false).getRGB(), farbe(daten, ausgaben2016), "the Ausgaben bar is drawn");
			assertEquals(seite.diagramm.farbe(true).getRGB(), farbe(daten, finanzierung2016), "the Finanzierung bar is drawn");
			RGB hintergrund = bank.display.getSystemColor(SWT.COLOR_LIST_BACKGROUND).getRGB();
			assertEquals(hintergrund, farbe(daten, new Rectangle(finanzierung2016.x, ausgaben2016.y, finanzierung2016.width, 2)),
					"above the lower bar: nothing drawn");
		} finally {
			gc.dispose();
			bild.dispose();
		}

		bank.klicke(flaeche, "&Statusereignis hinzuf\u00FCgen");
		Statusereignis beantragt = zuschuss.getStatusverlauf().get(0);
		assertFalse(beantragt.isSetStatus(), "a new event starts open");
		bank.waehle(seite.verlauf.statusverlauf, beantragt, 0, "beantragt");
		bank.tippe(seite.verlauf.statusverlauf, beantragt, 1, "2011-06");
		bank.tippe(seite.verlauf.statusverlauf, beantragt, 2, "AZ 41-5.2/17");
		bank.klicke(flaeche, "&Statusereignis hinzuf\u00FCgen");
		Statusereignis bewilligt = zuschuss.getStatusverlauf().get(1);
		bank.waehle(seite.verlauf.statusverlauf, bewilligt, 0, "Verwendungsnachweis erbracht");
		bank.tippe(seite.verlauf.statusverlauf, bewilligt, 1, "17.03.2017");
		assertNull(bewilligt.getDatum(), "a date that cannot be read is not taken");
		bank.tippe(seite.verlauf.statusverlauf, bewilligt, 1, "2017-03");
		assertEquals(Teildatum.valueOf("2017-03"), bewilligt.getDatum());
		assertEquals("Verwendungsnachweis erbracht", seite.verlauf.statusverlauf.getTable().getItem(1).getText(0));

		// the funding ends 2016, the project is open-ended: a Warnung at the shares until the Anschlussfinanzierung is named
		Laufzeit offen = QuartierwerkFactory.eINSTANCE.createLaufzeit();
		offen.setBeginn(Teildatum.valueOf("2012"));
		offen.setOffen(true);
		editor.domain().getCommandStack().execute(
				SetCommand.create(editor.domain(), editor.beispiel(), Literals.PRAXISBEISPIEL__LAUFZEIT, offen));
		bank.settle();
		ControlDecoration markierung = editor.markierung(seite.anteile.getControl());
		assertTrue(markierung != null && markierung.isVisible());
		assertTrue(markierung.getDescriptionText().contains("keine Anschlussfinanzierung genannt"), markierung.getDescriptionText());
		bank.tippe(seite.verlauf.anschluss, "Regelf\u00F6rderung der Stadt ab 2017");
		assertEquals("Regelf\u00F6rderung der Stadt ab 2017", zuschuss.getAnschlussfinanzierung());
		assertFalse(markierung.isVisible(), "named: the mark goes");
		bank.undo(editor);
		assertNull(zuschuss.getAnschlussfinanzierung());
		assertEquals("", seite.verlauf.anschluss.getText(), "undo empties the field");
		assertTrue(markierung.isVisible());
		bank.redo(editor);
		bank.tippe(seite.verlauf.tranchen, zuschuss.getTranchen().get(4), 1, "50.000");

		// Tranchen above the share's Betrag contradict it: a Fehler at the shares
		bank.tippe(seite.anteile, zuschuss, 2, "200.000");
		assertTrue(markierung.isVisible());
		assertSame(dekoration(FieldDecorationRegistry.DEC_ERROR), markierung.getImage());
		assertTrue(markierung.getDescriptionText().contains("Die Tranchen ergeben zusammen 250.000,00"), markierung.getDescriptionText());
		bank.undo(editor);
		assertFalse(markierung.isVisible());

		// the shares and the selected one's Tranchen and Statusverlauf, then the sums, the quotes and the chart
		ScrolledComposite blatt = (ScrolledComposite) flaeche.getParent();
		blatt.setOrigin(0, seite.anteile.getControl().getBounds().y - 30);
		bank.screenshot("editor-finanzierung-tranchen.png");
		blatt.setOrigin(0, seite.diagramm.flaeche.getBounds().y + Jahresdiagramm.HOEHE - blatt.getClientArea().height + 40);
		bank.screenshot("editor-finanzierung-diagramm.png");
		editor.save();
		Finanzierungsanteil geladen = bank.store.load("Editortest Finanzierung").getFinanzierungsplan().getAnteile().get(0);
		assertEquals(List.of(2012, 2013, 2014, 2015, 2016), geladen.getTranchen().stream().map(Tranche::getJahr).toList());
		assertEquals("AZ 41-5.2/17", geladen.getStatusverlauf().get(0).getAktenzeichen());
		assertEquals(Bewilligungsstatus.VERWENDUNGSNACHWEIS_ERBRACHT, geladen.getStatusverlauf().get(1).getStatus());
		assertFalse(geladen.isSetStatus(), "the status is the history's, not recorded twice");
		assertEquals("Regelf\u00F6rderung der Stadt ab 2017", geladen.getAnschlussfinanzierung());
	}

	private static List<String> quote(FinanzierungSeite seite, int zeile) {
		TableItem item = seite.verlauf.quoten.getTable().getItem(zeile);
		return List.of(item.getText(0), item.getText(1), item.getText(2), item.getText(3));
	}

	/** The colour in the middle of a bar, as drawn on the screen. */
	private static RGB farbe(ImageData daten, Rectangle balken) {
		return daten.palette.getRGB(daten.getPixel(balken.x + balken.width / 2, balken.y + balken.height / 2));
	}

	private static Image dekoration(String id) {
		return FieldDecorationRegistry.getDefault().getFieldDecoration(id).getImage();
	}

	/** An Ausgabe added with the button and filled in the table's cells. */
	private void ausgabe(PraxisbeispielEditor editor, String bezeichnung, String jahr, String betrag) {
		FinanzierungSeite seite = editor.finanzierung();
		bank.klicke((Composite) seite.control(), "&Ausgabe hinzuf\u00FCgen");
		List<Ausgabeposition> ausgaben = editor.beispiel().getFinanzierungsplan().getAusgaben();
		Ausgabeposition neu = ausgaben.get(ausgaben.size() - 1);
		bank.tippe(seite.ausgaben, neu, 0, bezeichnung);
		bank.tippe(seite.ausgaben, neu, 1, jahr);
		bank.tippe(seite.ausgaben, neu, 2, betrag);
	}

	private static List<List<String>> zeilen(FinanzierungSeite seite) {
		return Arrays.stream(seite.jahre.getTable().getItems())
				.map(item -> List.of(item.getText(0), item.getText(1), item.getText(2), item.getText(3))).toList();
	}
}
