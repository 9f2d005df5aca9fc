package org.quartierwerk.app.internal.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartierwerk.model.Ausgabenkategorie;
import org.quartierwerk.model.Ausgabeposition;
import org.quartierwerk.model.Bewilligungsstatus;
import org.quartierwerk.model.Finanzierungsanteil;
import org.quartierwerk.model.Finanzierungsplan;
import org.quartierwerk.model.Praxisbeispiel;

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
