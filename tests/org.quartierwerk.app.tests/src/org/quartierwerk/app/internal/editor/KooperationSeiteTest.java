package org.quartierwerk.app.internal.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartierwerk.model.Akteurstyp;
import org.quartierwerk.model.Finanzierungsplan;
import org.quartierwerk.model.Finanzierungsquelle;
import org.quartierwerk.model.Hilfemixsektor;
import org.quartierwerk.model.Kooperation;
import org.quartierwerk.model.Kooperationsform;
import org.quartierwerk.model.Organisation;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.QuartierwerkFactory;
import org.quartierwerk.model.QuartierwerkPackage.Literals;
import org.quartierwerk.model.Stelle;
import org.quartierwerk.model.validierung.Validierung;

/** Page Kooperation: the Träger made by typing, the partners as Organisationen of the project, undo, save, reload. */
class KooperationSeiteTest {

	private final Editorbank bank = new Editorbank("Editortest Kooperation");

	@AfterEach
	void close() throws Exception {
		bank.close();
	}

	@Test
	void traegerUndPartnerSindOrganisationenDesPraxisbeispiels() throws Exception {
		PraxisbeispielEditor editor = bank.oeffneNeu("Netzwerk Nachbarschaft Kirchberg");
		KooperationSeite seite = editor.kooperation();
		editor.seiten().setSelection(3);
		Praxisbeispiel beispiel = editor.beispiel();

		bank.tippe(seite.traegerName, "Gemeinde Kirchberg");
		Organisation traeger = beispiel.getTraeger();
		assertEquals("Gemeinde Kirchberg", traeger.getName());
		assertEquals(List.of(traeger), beispiel.getOrganisationen(), "the Träger is one of the project's Organisationen");
		bank.tippe(seite.traegerRechtsform, "K\u00F6rperschaft des \u00F6ffentlichen Rechts");
		bank.waehle(seite.traegerAkteurstyp.getCombo(), "Kommune");
		bank.tippe(seite.traegerAnsprechperson, "Frau Maier, Seniorenbeauftragte");
		assertEquals(Akteurstyp.KOMMUNE, traeger.getAkteurstyp());

		Composite flaeche = (Composite) seite.control();
		bank.klicke(flaeche, "Partner &hinzuf\u00FCgen");
		Kooperation kooperation = beispiel.getKooperationen().get(0);
		bank.tippe(seite.partner, kooperation, 0, "Diakonisches Werk im Landkreis");
		bank.waehle(seite.partner, kooperation, 1, "Wohlfahrtsverband");
		bank.tippe(seite.partner, kooperation, 2, "Beratung und Schulung der Ehrenamtlichen");
		bank.waehle(seite.partner, kooperation, 3, "Schriftliche Kooperationsvereinbarung");
		bank.waehle(seite.partner, kooperation, 4, "Gesellschaftliche Assoziationen");
		bank.waehle(seite.partner, kooperation, 5, "ja");
		Organisation diakonie = kooperation.getPartner();
		assertEquals(List.of(diakonie), beispiel.getWeitereTraeger(), "a Mitträger of the Trägerverbund");
		assertEquals(Hilfemixsektor.GESELLSCHAFTLICHE_ASSOZIATIONEN, diakonie.getSektor());
		assertEquals("Diakonisches Werk im Landkreis", diakonie.getName());
		assertEquals(Akteurstyp.WOHLFAHRTSVERBAND, diakonie.getAkteurstyp());
		assertEquals(Kooperationsform.SCHRIFTLICHE_KOOPERATIONSVEREINBARUNG, kooperation.getForm());
		assertTrue(beispiel.getOrganisationen().contains(diakonie), "the partner is contained in the project");
		assertTrue(Validierung.meldungen(Validierung.pruefe(beispiel), Diagnostic.ERROR).stream().noneMatch(m -> m.contains("Verweis")),
				"no reference to an Organisation outside the project");
		bank.screenshot("editor-kooperation.png");

		seite.partner.getTable().setSelection(0);
		seite.partner.getTable().notifyListeners(SWT.Selection, new Event());
		bank.klicke(flaeche, "Ent&fernen");
		assertTrue(beispiel.getKooperationen().isEmpty());
		assertEquals(List.of(traeger), beispiel.getOrganisationen(), "the partner no one refers to goes too");
		assertTrue(beispiel.getWeitereTraeger().isEmpty(), "and so does its Mitträgerschaft, no reference is left dangling");
		bank.undo(editor);
		assertSame(diakonie, beispiel.getKooperationen().get(0).getPartner());
		assertEquals(List.of(diakonie), beispiel.getWeitereTraeger());
		assertTrue(beispiel.getOrganisationen().contains(diakonie));

		editor.save();
		Praxisbeispiel geladen = bank.store.load("Editortest Kooperation");
		assertEquals("Gemeinde Kirchberg", geladen.getTraeger().getName());
		assertEquals("Frau Maier, Seniorenbeauftragte", geladen.getTraeger().getAnsprechperson());
		assertEquals("Diakonisches Werk im Landkreis", geladen.getKooperationen().get(0).getPartner().getName());
		assertEquals("Beratung und Schulung der Ehrenamtlichen", geladen.getKooperationen().get(0).getRolle());
		assertEquals(List.of(geladen.getKooperationen().get(0).getPartner()), geladen.getWeitereTraeger());
		PraxisbeispielEditor wieder = bank.oeffne();
		assertEquals("Gemeinde Kirchberg", wieder.kooperation().traegerName.getText());
		assertEquals("Kommune", wieder.kooperation().traegerAkteurstyp.getCombo().getText());
	}

	/** The Personal: Stellen with Umfang, Vollzeitäquivalenten, Personen and ehrenamtlich, marked where implausible. */
	@Test
	void personalMitVollzeitaequivalentenUndPersonen() throws Exception {
		PraxisbeispielEditor editor = bank.oeffneNeu("Quartiersb\u00FCro Kirchberg");
		KooperationSeite seite = editor.kooperation();
		editor.seiten().setSelection(3);
		bank.settle();
		Composite flaeche = (Composite) seite.control();
		bank.klicke(flaeche, "&Stelle hinzuf\u00FCgen");
		Praxisbeispiel beispiel = editor.beispiel();
		Stelle stelle = beispiel.getStellen().get(0);
		bank.tippe(seite.stellen, stelle, 0, "Quartiersmanagement");
		bank.tippe(seite.stellen, stelle, 1, "75");
		bank.tippe(seite.stellen, stelle, 2, "1,5");
		bank.tippe(seite.stellen, stelle, 3, "2");
		bank.tippe(seite.stellen, stelle, 3, "zwei"); // no number: stays 2
		bank.waehle(seite.stellen, stelle, 4, "nein");
		assertEquals("", seite.stellen.getTable().getItem(0).getText(5), "finanziert durch: nicht angegeben");
		Finanzierungsquelle kommune = QuartierwerkFactory.eINSTANCE.createFinanzierungsquelle();
		kommune.setName("Kommunaler Zuschuss");
		Finanzierungsplan plan = QuartierwerkFactory.eINSTANCE.createFinanzierungsplan();
		plan.getQuellen().add(kommune);
		editor.domain().getCommandStack().execute(SetCommand.create(editor.domain(), beispiel, Literals.PRAXISBEISPIEL__FINANZIERUNGSPLAN, plan));
		bank.settle();
		bank.waehle(seite.stellen, stelle, 5, "Kommunaler Zuschuss");
		assertSame(kommune, stelle.getFinanziertDurch());
		assertEquals("Quartiersmanagement", stelle.getFunktion());
		assertEquals(0, new BigDecimal("1.5").compareTo(stelle.getVollzeitaequivalent()));
		assertEquals(Integer.valueOf(2), stelle.getPersonen());
		assertEquals(Boolean.FALSE, stelle.getEhrenamtlich());
		assertEquals("1,5", seite.stellen.getTable().getItem(0).getText(2));

		bank.tippe(seite.stellen, stelle, 3, "0");
		bank.settle();
		ControlDecoration markierung = editor.markierung(seite.stellen.getControl());
		assertTrue(markierung != null && markierung.isVisible() && markierung.getDescriptionText().contains("mindestens einer Person"),
				"an implausible Stelle is marked at the table");
		bank.undo(editor);
		assertEquals(Integer.valueOf(2), stelle.getPersonen());

		editor.save();
		Stelle geladen = bank.store.load("Editortest Kooperation").getStellen().get(0);
		assertEquals(Integer.valueOf(2), geladen.getPersonen());
		assertEquals(Boolean.FALSE, geladen.getEhrenamtlich());
		assertEquals("Kommunaler Zuschuss", geladen.getFinanziertDurch().getName());
	}

	@Test
	void derErsteBuchstabeImLeerenTraegerIstEinSchrittDenRueckgaengigGanzZuruecknimmt() throws Exception {
		PraxisbeispielEditor editor = bank.oeffneNeu("Dorfladen Hohenfels");
		KooperationSeite seite = editor.kooperation();
		editor.seiten().setSelection(3);
		bank.tippe(seite.traegerAnsprechperson, "Herr Huber");
		Praxisbeispiel beispiel = editor.beispiel();
		assertEquals("Herr Huber", beispiel.getTraeger().getAnsprechperson());
		bank.undo(editor);
		assertNull(beispiel.getTraeger());
		assertTrue(beispiel.getOrganisationen().isEmpty());
		assertEquals("", seite.traegerAnsprechperson.getText(), "the field follows the undo");
		bank.verlasse(seite.traegerAnsprechperson);
		assertNull(beispiel.getTraeger(), "emptying the field made no new Träger");
		bank.redo(editor);
		assertEquals("Herr Huber", seite.traegerAnsprechperson.getText());
	}
}
