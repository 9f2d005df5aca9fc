package org.quartierwerk.app.internal.veroeffentlichen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.eclipse.e4.ui.model.application.ui.menu.MHandledMenuItem;
import org.eclipse.e4.ui.model.application.ui.menu.MMenu;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuElement;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartierwerk.app.internal.Dialogbedienung;
import org.quartierwerk.app.internal.RunningWorkbench;
import org.quartierwerk.app.internal.UiTesting;
import org.quartierwerk.core.PraxisbeispielStore;
import org.quartierwerk.exchange.Exchange;
import org.quartierwerk.model.Adresse;
import org.quartierwerk.model.Akteurstyp;
import org.quartierwerk.model.Organisation;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.QuartierwerkFactory;
import org.quartierwerk.publishing.Publishing;
import org.quartierwerk.publishing.Publishing.Aenderung;
import org.quartierwerk.publishing.Publishing.Projektaenderungen;
import org.quartierwerk.publishing.Publishing.Vorschau;
import org.quartierwerk.testing.Arbeitsbereich;
import org.quartierwerk.testing.Dienste;

/**
 * Datei → Veröffentlichen… in the running workbench, on the 13 shipped examples and a project that names a person, a
 * phone number and e-mail addresses: the dialog shows the publishing service's preview row by row, a project whose check
 * box is cleared is not on the site, the opener (standing in for the system browser) receives the site's index.html,
 * and a leak or an occupied folder is said in German and leaves no output. Screenshots:
 * target/screenshots/veroeffentlichen-*.png.
 */
class VeroeffentlichenTest {

	private static final String BEFEHL = "org.quartierwerk.app.command.veroeffentlichen";
	private static final String PERSONEN = "Veröffentlichung in der Werkbank";

	private final Arbeitsbereich arbeitsbereich = Arbeitsbereich.derLaufzeit();
	private final PraxisbeispielStore store = Dienste.warte(PraxisbeispielStore.class);
	private final Exchange exchange = Dienste.warte(Exchange.class);
	private final Publishing publishing = Dienste.warte(Publishing.class);

	@TempDir
	Path ausgabe;

	@AfterEach
	void aufraeumen() {
		arbeitsbereich.close();
	}

	/** A project with an Ansprechperson (name, phone, e-mail) and, with {@code leck}, an address written out in words. */
	private void mitPersonen(boolean leck) throws Exception {
		QuartierwerkFactory f = QuartierwerkFactory.eINSTANCE;
		Praxisbeispiel p = f.createPraxisbeispiel();
		p.setTitel("Nachbarschaftstreff Lindenhof");
		Organisation verein = f.createOrganisation();
		verein.setName("Stadtteilverein Lindenhof e.V.");
		verein.setAkteurstyp(Akteurstyp.VEREIN);
		Adresse adresse = f.createAdresse();
		adresse.setStrasse("Lindenstraße 5");
		adresse.setOrt("Ravensburg");
		verein.setAdresse(adresse);
		verein.setAnsprechperson("Frau Anna Beispiel, Tel. 0751 3612345, info@lindenhof-verein.de");
		p.getOrganisationen().add(verein);
		p.setTraeger(verein);
		p.setKurzbeschreibung("Anna Beispiel gründete den Treff."
				+ (leck ? " Post an info at lindenhof-verein punkt de." : " Erreichbar unter info@lindenhof-verein.de."));
		store.save(PERSONEN, p);
	}

	private List<String> beispiele() throws Exception {
		return exchange.addToWorkspace(exchange.dstgbBeispiele()).stream().map(Exchange.Uebernahme::name).toList();
	}

	@Test
	void theDialogShowsThePreviewAnExcludedProjectIsNotOnTheSiteAndTheSiteOpens() throws Exception {
		List<String> beispiele = beispiele();
		assertEquals(13, beispiele.size());
		mitPersonen(false);
		Vorschau erwartet = publishing.vorschau(List.of());
		List<String> alle = erwartet.projekte().stream().map(Projektaenderungen::projekt).toList();
		assertTrue(alle.containsAll(beispiele) && alle.contains(PERSONEN), alle::toString);
		String ohne = beispiele.get(2);
		String ohneTitel = store.load(ohne).getTitel();
		Path website = ausgabe.resolve("website");
		List<Path> geoeffnet = new ArrayList<>();
		Predicate<Path> oeffner = geoeffnet::add;
		String[] meldung = new String[1];

		try (RunningWorkbench werkbank = RunningWorkbench.start()) {
			MMenu datei = (MMenu) werkbank.application().getChildren().get(0).getMainMenu().getChildren().stream()
					.filter(m -> "org.quartierwerk.app.menu.datei".equals(m.getElementId())).findFirst().orElseThrow();
			List<String> eintraege = datei.getChildren().stream().map(MMenuElement::getElementId).toList();
			assertEquals(List.of("org.quartierwerk.app.menuitem.speichern", "org.quartierwerk.app.menuitem.veroeffentlichen",
					"org.quartierwerk.app.menuseparator.veroeffentlichen", "org.quartierwerk.app.menuitem.beenden"),
					eintraege.subList(eintraege.size() - 4, eintraege.size()), "Datei → Veröffentlichen… before Beenden");
			MHandledMenuItem eintrag = (MHandledMenuItem) datei.getChildren().get(eintraege.indexOf("org.quartierwerk.app.menuitem.veroeffentlichen"));
			assertEquals(BEFEHL, eintrag.getCommand().getElementId());
			assertEquals("%command.veroeffentlichen", eintrag.getLabel());
			assertTrue(werkbank.canExecute(BEFEHL), "Datei → Veröffentlichen… is enabled");
			werkbank.application().getContext().set(VeroeffentlichenHandler.OEFFNER, oeffner);

			Dialogbedienung.nacheinander(werkbank, () -> werkbank.execute(BEFEHL), (Shell dialog) -> {
				assertEquals("Veröffentlichen", dialog.getText());
				Table projekte = RunningWorkbench.find(dialog, Table.class, t -> (t.getStyle() & SWT.CHECK) != 0);
				Table aenderungen = RunningWorkbench.find(dialog, Table.class, t -> (t.getStyle() & SWT.CHECK) == 0);
				assertEquals(alle, Stream.of(projekte.getItems()).map(i -> i.getText(0)).toList(), "every project, in the service's order");
				int mitAenderungen = 0;
				for (int i = 0; i < projekte.getItemCount(); i++) {
					Projektaenderungen projekt = erwartet.projekte().get(i);
					TableItem zeile = projekte.getItem(i);
					assertTrue(zeile.getChecked(), "checked at first: " + projekt.projekt());
					assertEquals(projekt.aenderungen().isEmpty() ? "keine personenbezogenen Angaben gefunden"
							: String.valueOf(projekt.aenderungen().size()), zeile.getText(1), projekt.projekt());
					projekte.setSelection(i);
					Event auswahl = new Event();
					auswahl.item = zeile;
					projekte.notifyListeners(SWT.Selection, auswahl);
					List<List<String>> gezeigt = Stream.of(aenderungen.getItems())
							.map(z -> List.of(z.getText(0), z.getText(1), z.getText(2))).toList();
					List<List<String>> soll = projekt.aenderungen().stream().map(VeroeffentlichenTest::zeile).toList();
					assertEquals(soll, gezeigt, "the changes of " + projekt.projekt());
					mitAenderungen += soll.isEmpty() ? 0 : 1;
				}
				assertTrue(mitAenderungen > 0, "the preview has changes to show");
				assertTrue(Dialogbedienung.texte(dialog).contains("Die Leckprüfung sucht nach " + erwartet.gesuchteAngaben()
						+ " bekannten personenbezogenen Angaben."), () -> Dialogbedienung.texte(dialog));

				projekte.setSelection(alle.indexOf(PERSONEN));
				projekte.notifyListeners(SWT.Selection, new Event());
				bild(dialog, "veroeffentlichen-dialog.png");

				TableItem ausgeschlossen = projekte.getItem(alle.indexOf(ohne));
				ausgeschlossen.setChecked(false);
				Event haken = new Event();
				haken.item = ausgeschlossen;
				haken.detail = SWT.CHECK;
				projekte.notifyListeners(SWT.Selection, haken);
				Dialogbedienung.textNach(dialog, "&Ziel:").setText(website.toString());
				Dialogbedienung.klicke(Dialogbedienung.knopf(dialog, "&Veröffentlichen"));
			}, (Shell frage) -> {
				meldung[0] = Dialogbedienung.texte(frage).strip();
				bild(frage, "veroeffentlichen-fertig.png");
				Dialogbedienung.klicke(Dialogbedienung.knopf(frage, "Im &Browser öffnen"));
			});
		}

		Path index = website.resolve("index.html");
		assertEquals(List.of(index), geoeffnet, "the opener receives the site's index.html");
		assertTrue(meldung[0].contains((alle.size() - 1) + " Praxisbeispiel(e) ohne personenbezogene Angaben als Webauftritt veröffentlicht")
				&& meldung[0].contains(index.toString()) && meldung[0].contains("Leckprüfung bestanden"), meldung[0]);
		String startseite = Files.readString(index, StandardCharsets.UTF_8) + Files.readString(website.resolve("daten.js"), StandardCharsets.UTF_8);
		assertFalse(startseite.contains(ohneTitel), "the excluded project is not on the site: " + ohneTitel);
		try (Stream<Path> seiten = Files.list(website.resolve("projekte"))) {
			assertEquals(alle.size() - 1, seiten.count(), "one page per published project");
		}
		for (String titel : List.of(store.load(beispiele.get(0)).getTitel(), "Nachbarschaftstreff Lindenhof")) {
			assertTrue(startseite.contains(titel), titel);
		}
		assertFalse(startseite.contains("Anna Beispiel") || startseite.contains("3612345"), "no person on the index");
	}

	@Test
	void aLeakIsSaidInGermanAndNoFolderIsLeft() throws Exception {
		mitPersonen(true);
		Path website = ausgabe.resolve("website");
		String meldung = veroeffentlicheMitFehler(website, "veroeffentlichen-leck.png");
		// the address written out in words is no address for the rules: index, search data and project page hold it
		assertTrue(meldung.startsWith("Der Webauftritt enthielt noch 3 personenbezogene Angabe(n); keine seiner Dateien wurde behalten, "
				+ website + " wurde nicht angelegt."), meldung);
		assertTrue(meldung.contains("E-Mail-Adresse „info@lindenhof-verein.de“ (erfasst im Praxisbeispiel „" + PERSONEN + "“"), meldung);
		assertTrue(meldung.contains("mit seinem Häkchen im Dialog Veröffentlichen"), meldung);
		assertFalse(Files.exists(website), "no site");
		try (Stream<Path> reste = Files.list(ausgabe)) {
			assertEquals(List.of(), reste.toList(), "nothing is left beside it");
		}
	}

	@Test
	void anOccupiedFolderIsSaidInGermanAndKeepsItsFiles() throws Exception {
		mitPersonen(false);
		Path website = Files.createDirectories(ausgabe.resolve("website"));
		Files.writeString(website.resolve("eigene.txt"), "meins");
		String meldung = veroeffentlicheMitFehler(website, "veroeffentlichen-belegt.png");
		assertTrue(meldung.startsWith("Der Ordner " + website + " ist nicht leer und kein früherer Webauftritt von Quartierwerk. "
				+ "Nennen Sie einen neuen oder leeren Ordner für den Webauftritt"), meldung);
		try (Stream<Path> inhalt = Files.list(website)) {
			assertEquals(List.of(website.resolve("eigene.txt")), inhalt.toList(), "the folder is as it was");
		}
		assertEquals("meins", Files.readString(website.resolve("eigene.txt")));
	}

	/** Publishes every project as a site into {@code website} through the dialog; the error dialog's text. */
	private static String veroeffentlicheMitFehler(Path website, String bildname) {
		String[] meldung = new String[1];
		try (RunningWorkbench werkbank = RunningWorkbench.start()) {
			Predicate<Path> keinOeffner = seite -> {
				throw new AssertionError("nothing to open after a failure");
			};
			werkbank.application().getContext().set(VeroeffentlichenHandler.OEFFNER, keinOeffner);
			Dialogbedienung.nacheinander(werkbank, () -> werkbank.execute(BEFEHL), (Shell dialog) -> {
				Dialogbedienung.textNach(dialog, "&Ziel:").setText(website.toString());
				Dialogbedienung.klicke(Dialogbedienung.knopf(dialog, "&Veröffentlichen"));
			}, (Shell fehler) -> {
				assertEquals("Veröffentlichen", fehler.getText());
				meldung[0] = Dialogbedienung.texte(fehler).strip();
				bild(fehler, bildname);
				Dialogbedienung.klicke(fehler.getDefaultButton());
			});
		}
		return meldung[0];
	}

	private static void bild(Shell shell, String name) {
		try {
			UiTesting.screenshot(shell, name);
		} catch (Exception e) {
			throw new AssertionError("screenshot " + name, e);
		}
	}

	/** A change as the dialog shows it: field, what was there (one line), what stands there now. */
	private static List<String> zeile(Aenderung aenderung) {
		return List.of(aenderung.feld(), aenderung.bisher().strip().replaceAll("\\s+", " "),
				aenderung.ersatz().isEmpty() ? "entfernt" : aenderung.ersatz());
	}
}
