package org.quartierwerk.app.internal.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.eclipse.swt.widgets.Composite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartierwerk.model.Kennzahl;
import org.quartierwerk.model.Messwert;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.QuartierwerkFactory;
import org.quartierwerk.model.Teildatum;
import org.quartierwerk.model.Wirkungsstufe;
import org.quartierwerk.model.Ziel;
import org.quartierwerk.model.Zielebene;
import org.quartierwerk.model.Zieltyp;

/** Page Ziele & Wirkung: the Zielpyramide, Kennzahlen with Istwerte and Zielerreichung, the texts; undo, save, reload. */
class ZieleSeiteTest {

	private final Editorbank bank = new Editorbank("Editortest Ziele");

	@AfterEach
	void close() throws Exception {
		bank.close();
	}

	@Test
	void zielpyramideKennzahlenUndIstwerteWerdenBearbeitetGespeichertUndGeladen() throws Exception {
		PraxisbeispielEditor editor = bank.oeffneNeu("Selbstbestimmt wohnen im Quartier Galgenhalde");
		ZieleSeite seite = editor.ziele();
		Composite flaeche = (Composite) seite.control();
		editor.seiten().setSelection(1);
		bank.settle();
		assertEquals("Ziele & Wirkung", editor.seiten().getItem(1).getText().replace("&&", "&"));

		bank.klicke(flaeche, "&Ziel hinzuf\u00FCgen");
		Praxisbeispiel beispiel = editor.beispiel();
		assertEquals(1, beispiel.getZiele().size());
		Ziel leitziel = beispiel.getZiele().get(0);
		assertEquals(Zielebene.LEITZIEL, leitziel.getEbene());
		bank.tippe(seite.ziele, leitziel, 0, "\u00C4ltere Menschen bleiben selbstbestimmt im Quartier wohnen");
		bank.waehle(seite.ziele, leitziel, 2, "Wirkungsziel");
		bank.waehle(seite.ziele, leitziel, 7, "Impact");
		assertEquals(Wirkungsstufe.IMPACT, leitziel.getWirkungsstufe());
		bank.waehle(seite.ziele, leitziel, 1, "Produktgruppenziel");
		assertEquals(Zielebene.PRODUKTGRUPPENZIEL, leitziel.getEbene());
		bank.waehle(seite.ziele, leitziel, 1, "Leitziel");
		bank.waehle(seite.ziele, leitziel, 3, "ja");
		bank.waehle(seite.ziele, leitziel, 4, "nein");
		bank.waehle(seite.ziele, leitziel, 6, "ja");
		assertEquals("\u00C4ltere Menschen bleiben selbstbestimmt im Quartier wohnen", leitziel.getTitel());
		assertEquals(Zieltyp.WIRKUNGSZIEL, leitziel.getTyp());
		assertEquals(Boolean.TRUE, leitziel.getSpezifisch());
		assertEquals(Boolean.FALSE, leitziel.getMessbar());
		assertEquals(Boolean.TRUE, leitziel.getRealistisch());
		assertNull(leitziel.getErreichbar(), "what the user did not choose stays nicht angegeben");
		assertEquals("ja", seite.ziele.getTree().getItem(0).getText(3));
		assertEquals("nein", seite.ziele.getTree().getItem(0).getText(4));
		assertEquals("", seite.ziele.getTree().getItem(0).getText(5));
		// a recorded yes/no and choice can be taken back to "nicht angegeben"
		bank.waehle(seite.ziele, leitziel, 4, "nicht angegeben");
		assertNull(leitziel.getMessbar());
		bank.waehle(seite.ziele, leitziel, 2, "nicht angegeben");
		assertFalse(leitziel.isSetTyp());
		assertEquals("", seite.ziele.getTree().getItem(0).getText(2));
		bank.waehle(seite.ziele, leitziel, 2, "Wirkungsziel");

		// the Leitziel is selected after adding it, so the Unterziel goes below it, one level lower
		bank.klicke(flaeche, "&Unterziel hinzuf\u00FCgen");
		Ziel teilziel = leitziel.getUnterziele().get(0);
		assertEquals(Zielebene.TEILZIEL, teilziel.getEbene());
		bank.tippe(seite.ziele, teilziel, 0, "Eine verl\u00E4ssliche Nachbarschaftshilfe aufbauen");
		bank.waehle(seite.ziele, teilziel, 2, "Leistungsziel");

		bank.klicke(flaeche, "&Kennzahl hinzuf\u00FCgen");
		Kennzahl kennzahl = teilziel.getKennzahlen().get(0);
		bank.tippe(seite.kennzahlen, kennzahl, 0, "Aktive Nachbarschaftshelferinnen und -helfer");
		bank.tippe(seite.kennzahlen, kennzahl, 1, "Personen");
		bank.tippe(seite.kennzahlen, kennzahl, 2, "4");
		bank.tippe(seite.kennzahlen, kennzahl, 3, "20");
		bank.tippe(seite.kennzahlen, kennzahl, 3, "zwanzig"); // no number: the Zielwert stays
		assertEquals(new BigDecimal("20"), kennzahl.getZielwert());
		bank.tippe(seite.kennzahlen, kennzahl, 6, "2022");
		bank.tippe(seite.kennzahlen, kennzahl, 7, "2025-12");
		bank.tippe(seite.kennzahlen, kennzahl, 7, "Ende 2025"); // no date: the Zieldatum stays
		assertEquals(Teildatum.jahr(2022), kennzahl.getAusgangsdatum());
		assertEquals(Teildatum.monat(2025, 12), kennzahl.getZieldatum());
		assertEquals("", seite.kennzahlen.getTable().getItem(0).getText(5), "no Istwert, no Zielerreichung");

		seite.istDatum.setText("2023-12");
		seite.istWert.setText("8");
		bank.klicke(flaeche, "&Istwert erfassen");
		seite.istDatum.setText("2024-06");
		seite.istWert.setText("12");
		seite.istQuelle.setText("Helferkartei");
		bank.klicke(flaeche, "&Istwert erfassen");
		assertEquals(2, kennzahl.getIstwerte().size());
		assertNull(kennzahl.getIstwerte().get(0).getQuelle());
		Messwert juni = kennzahl.getIstwerte().get(1);
		assertEquals(Teildatum.monat(2024, 6), juni.getDatum());
		assertEquals("Helferkartei", juni.getQuelle());
		assertEquals("12 (2024-06)", seite.kennzahlen.getTable().getItem(0).getText(4));
		assertEquals("50 %", seite.kennzahlen.getTable().getItem(0).getText(5), "(12 − 4) / (20 − 4)");

		// the whole series of the chosen Kennzahl: a table to edit, a chart, and the chart in words
		Messwertreihe reihe = seite.messwerte;
		assertEquals(2, reihe.tabelle.getTable().getItemCount());
		assertEquals("2023-12", reihe.tabelle.getTable().getItem(0).getText(0));
		assertEquals("12", reihe.tabelle.getTable().getItem(1).getText(1));
		bank.tippe(reihe.tabelle, kennzahl.getIstwerte().get(0), 2, "Helferkartei");
		assertEquals("Helferkartei", kennzahl.getIstwerte().get(0).getQuelle());
		bank.tippe(reihe.tabelle, kennzahl.getIstwerte().get(0), 1, "acht"); // no number: the value stays
		assertEquals(new BigDecimal("8"), kennzahl.getIstwerte().get(0).getWert());
		assertEquals("Ausgangswert 4 (2022); Messwerte 8 (2023-12), 12 (2024-06); Zielwert 20 (2025-12)",
				reihe.bild.beschreibung());
		assertTrue(gezeichneteSerienpunkte(reihe) > 20, "the series is drawn in the selection colour");
		bank.undo(editor); // the Quelle typed into the table
		assertNull(kennzahl.getIstwerte().get(0).getQuelle());

		bank.tippe(seite.zieleText, "Die Bewohnerinnen und Bewohner sollen so lange wie m\u00F6glich in ihrer Wohnung bleiben k\u00F6nnen.");
		bank.tippe(seite.wirkungserfolge, "Nach einem Jahr helfen zw\u00F6lf Nachbarinnen und Nachbarn regelm\u00E4\u00DFig.");
		assertTrue(bank.part.isDirty());
		bank.screenshot("editor-ziele.png");

		bank.undo(editor); // the Wirkungserfolge
		bank.undo(editor); // the Ziele text
		bank.undo(editor); // the June value
		assertEquals(1, kennzahl.getIstwerte().size());
		assertEquals(1, seite.messwerte.tabelle.getTable().getItemCount(), "the table follows the undo");
		assertEquals("Ausgangswert 4 (2022); Messwerte 8 (2023-12); Zielwert 20 (2025-12)", seite.messwerte.bild.beschreibung());
		assertEquals("8 (2023-12)", seite.kennzahlen.getTable().getItem(0).getText(4));
		assertEquals("25 %", seite.kennzahlen.getTable().getItem(0).getText(5));
		assertEquals("", seite.zieleText.getText(), "the field follows the undo");
		bank.redo(editor);
		bank.redo(editor);
		assertEquals("50 %", seite.kennzahlen.getTable().getItem(0).getText(5));

		// a Messwert removed from the series, and back with undo
		seite.messwerte.waehle(kennzahl.getIstwerte().get(0));
		bank.klicke(flaeche, "&Messwert entfernen");
		assertEquals(1, kennzahl.getIstwerte().size());
		assertEquals("Ausgangswert 4 (2022); Messwerte 12 (2024-06); Zielwert 20 (2025-12)", seite.messwerte.bild.beschreibung());
		bank.undo(editor);
		assertEquals(2, kennzahl.getIstwerte().size());
		assertEquals(2, seite.messwerte.tabelle.getTable().getItemCount());

		editor.save();
		assertFalse(bank.part.isDirty());
		Praxisbeispiel geladen = bank.store.load("Editortest Ziele");
		Ziel geladenesTeilziel = geladen.getZiele().get(0).getUnterziele().get(0);
		assertEquals("Eine verl\u00E4ssliche Nachbarschaftshilfe aufbauen", geladenesTeilziel.getTitel());
		assertEquals(Zieltyp.LEISTUNGSZIEL, geladenesTeilziel.getTyp());
		Kennzahl geladeneKennzahl = geladenesTeilziel.getKennzahlen().get(0);
		assertEquals(new BigDecimal("4"), geladeneKennzahl.getAusgangswert());
		assertEquals(2, geladeneKennzahl.getIstwerte().size());
		assertEquals(new BigDecimal("50.0"), Zielerreichung.prozent(geladeneKennzahl));
		assertTrue(geladen.getZieleText().startsWith("Die Bewohnerinnen"));

		// reopened, the tree shows the saved pyramid
		PraxisbeispielEditor wieder = bank.oeffne();
		wieder.ziele().ziele.expandAll();
		assertEquals("Eine verl\u00E4ssliche Nachbarschaftshilfe aufbauen",
				wieder.ziele().ziele.getTree().getItem(0).getItem(0).getText(0));
		assertEquals("Teilziel", wieder.ziele().ziele.getTree().getItem(0).getItem(0).getText(1));
	}

	/** A Messwert without a date has no place on the time axis: the description names it instead; unset values say so. */
	@Test
	void dasBildNenntWasEsNichtZeichnet() {
		Kennzahl kennzahl = QuartierwerkFactory.eINSTANCE.createKennzahl();
		Messwert ohneDatum = QuartierwerkFactory.eINSTANCE.createMesswert();
		ohneDatum.setWert(new BigDecimal("412"));
		kennzahl.getIstwerte().add(ohneDatum);
		org.quartierwerk.app.internal.basis.Messages texte = org.quartierwerk.app.internal.UiTesting.germanTexts();
		assertEquals("Ausgangswert nicht angegeben; 1 Messwert(e) ohne Datum nicht eingezeichnet; Zielwert nicht angegeben",
				Messwertbild.beschreibung(kennzahl, texte));
		assertNull(Messwertbild.Diagramm.von(kennzahl, new org.eclipse.swt.graphics.Rectangle(0, 0, 400, 120)), "nothing to draw");
	}

	/** Pixels in the selection colour, in which only the series is drawn, when the chart paints into an image. */
	private int gezeichneteSerienpunkte(Messwertreihe reihe) {
		org.eclipse.swt.widgets.Display display = reihe.bild.flaeche.getDisplay();
		org.eclipse.swt.graphics.Image bild = new org.eclipse.swt.graphics.Image(display, 360, 120);
		try {
			org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(bild);
			reihe.bild.zeichne(gc, bild.getBounds());
			gc.dispose();
			org.eclipse.swt.graphics.ImageData daten = bild.getImageData();
			org.eclipse.swt.graphics.RGB serie = display.getSystemColor(org.eclipse.swt.SWT.COLOR_LIST_SELECTION).getRGB();
			int treffer = 0;
			for (int y = 0; y < daten.height; y++) {
				for (int x = 0; x < daten.width; x++) {
					if (daten.palette.getRGB(daten.getPixel(x, y)).equals(serie)) {
						treffer++;
					}
				}
			}
			return treffer;
		} finally {
			bild.dispose();
		}
	}

	@Test
	void zielerreichungIstLeerWoSieNichtBerechnetWerdenKann() {
		Kennzahl kennzahl = QuartierwerkFactory.eINSTANCE.createKennzahl();
		kennzahl.setAusgangswert(new BigDecimal("10"));
		kennzahl.setZielwert(new BigDecimal("10"));
		Messwert wert = QuartierwerkFactory.eINSTANCE.createMesswert();
		wert.setWert(new BigDecimal("12"));
		kennzahl.getIstwerte().add(wert);
		assertEquals(null, Zielerreichung.prozent(kennzahl), "Zielwert = Ausgangswert");
		kennzahl.setZielwert(new BigDecimal("6"));
		assertEquals(new BigDecimal("-50.0"), Zielerreichung.prozent(kennzahl), "a falling target counts the other way");
		kennzahl.setAusgangswert(null);
		assertEquals(null, Zielerreichung.prozent(kennzahl), "no Ausgangswert");
	}
}
