package org.quartierwerk.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.quartierwerk.app.internal.basis.Messages;
import org.quartierwerk.courses.CourseException;
import org.quartierwerk.courses.CourseService;
import org.quartierwerk.courses.installer.CourseInstaller;
import org.quartierwerk.courses.installer.InstallException;
import org.quartierwerk.testing.Bedingung;
import org.quartierwerk.testing.Dienste;

/**
 * Kurse → Kurs installieren… with real SWT under Xvfb: the dialog's checks (through the course service) and choices,
 * and the install with progress through the course service and a stand-in for p2.
 */
class KursInstallierenTest {

	private final Display display = Display.getDefault();
	private final Shell shell = new Shell(display);
	private final Messages texte = texte();
	private final CourseService kurse = Dienste.warte(CourseService.class);
	private ServiceRegistration<CourseInstaller> registrierung;

	@TempDir
	Path scratch;

	@AfterEach
	void close() {
		if (registrierung != null) {
			registrierung.unregister();
		}
		shell.dispose();
	}

	@Test
	void theDialogAcceptsOnlyAnExistingRepositoryAndPassesTheTrustChoice() throws Exception {
		KursInstallierenDialog dialog = new KursInstallierenDialog(shell, kurse, texte);
		dialog.setBlockOnOpen(false);
		dialog.open();
		Button ok = dialog.installierenKnopf();
		assertEquals("Kurs installieren", dialog.getShell().getText());
		assertEquals("&Installieren", ok.getText());
		assertFalse(ok.isEnabled(), "nothing chosen yet");
		assertNull(dialog.getErrorMessage());

		dialog.verzeichnisFeld().setText(scratch.resolve("gibt-es-nicht.zip").toString());
		assertFalse(ok.isEnabled());
		assertEquals("Dieses Kursverzeichnis gibt es nicht (erwartet: Ordner, ZIP-Datei oder Adresse).", dialog.getErrorMessage());

		Path zip = Files.write(scratch.resolve("kurse.zip"), new byte[] { 'P', 'K' });
		dialog.verzeichnisFeld().setText(zip.toString());
		assertTrue(ok.isEnabled());
		assertNull(dialog.getErrorMessage());
		dialog.vertrauenFeld().setSelection(true);
		settle();
		screenshot(dialog.getShell(), "kurs-installieren.png");

		ok.notifyListeners(SWT.Selection, new Event());
		assertEquals(zip.toString(), dialog.verzeichnis().orElseThrow(), "the repository as typed, which messages name");
		assertFalse(dialog.unverschluesselt());
		assertTrue(dialog.vertrauen());
		assertTrue(dialog.getShell() == null || dialog.getShell().isDisposed(), "the dialog closed");
	}

	@Test
	void aPlainHttpAddressNeedsTheExplicitPermissionAndStaysAsTyped() throws Exception {
		KursInstallierenDialog dialog = new KursInstallierenDialog(shell, kurse, texte);
		dialog.setBlockOnOpen(false);
		dialog.open();
		Button ok = dialog.installierenKnopf();
		assertEquals("Unverschlüsselte Verbindung (http://) erlauben – nur in einem Netz, dem Sie vertrauen",
				dialog.unverschluesseltFeld().getText());
		assertFalse(dialog.unverschluesseltFeld().getSelection(), "refused unless the trainer ticks it");

		String adresse = "http://kurse.quartierwerk.test/biq/";
		dialog.verzeichnisFeld().setText(adresse);
		assertFalse(ok.isEnabled());
		assertEquals("Diese Adresse ist unverschlüsselt (http://): unterwegs können andere die Kurse mitlesen und verändern. "
				+ "Nehmen Sie die https://-Adresse oder erlauben Sie http:// unten ausdrücklich.",
				dialog.getErrorMessage());
		settle();
		screenshot(dialog.getShell(), "kurs-installieren-http.png");

		dialog.unverschluesseltFeld().setSelection(true);
		dialog.unverschluesseltFeld().notifyListeners(SWT.Selection, new Event());
		assertTrue(ok.isEnabled());
		assertNull(dialog.getErrorMessage());

		ok.notifyListeners(SWT.Selection, new Event());
		assertEquals(adresse, dialog.verzeichnis().orElseThrow(), "as given, never changed to https");
		assertTrue(dialog.unverschluesselt());
		assertFalse(dialog.vertrauen());
	}

	@Test
	void theInstallationRunsOffTheUiThreadWithProgressAndReportsARefusal() {
		Protokoll installer = new Protokoll();
		registrierung = FrameworkUtil.getBundle(KursInstallierenTest.class).getBundleContext().registerService(CourseInstaller.class,
				installer, new Hashtable<>(Map.of(Constants.SERVICE_RANKING, Integer.MAX_VALUE)));
		Bedingung.warteBis(kurse::installierbar, Duration.ofSeconds(10), () -> "the course service did not take the installer");

		Kursinstallation.Ausgang erfolg = Kursinstallation.installiere(shell, kurse, scratch.toString(), false, true);
		assertTrue(erfolg.erfolgreich(), erfolg::toString);
		assertEquals("Kurs Test", erfolg.ergebnis().features().get(0).name());
		assertEquals(List.of("install " + scratch.toUri() + " trust=true"), installer.schritte, "the folder as p2 reads it");
		assertTrue(installer.mitFortschritt, "p2 reports to the progress dialog's monitor");
		assertNotNull(installer.thread);
		assertNotEquals(display.getThread(), installer.thread, "p2 must not block the user interface");

		installer.ablehnen = true;
		Kursinstallation.Ausgang abgelehnt = Kursinstallation.installiere(shell, kurse, scratch.toString(), false, false);
		assertFalse(abgelehnt.erfolgreich());
		assertEquals("Die Kurse aus „kurse“ wurden nicht installiert: ihr Inhalt ist nicht signiert.", abgelehnt.fehler());
		assertEquals(CourseException.Grund.UNSIGNIERT, abgelehnt.grund());
		assertEquals("Die Kurse aus „kurse“ wurden nicht installiert: ihr Inhalt ist nicht signiert.\n\n"
				+ "Wenn Sie der Quelle vertrauen, setzen Sie beim nächsten Versuch das Häkchen „Ich vertraue diesem Kursverzeichnis“.",
				KursInstallierenHandler.fehlermeldung(abgelehnt, texte), "the dialog says how to give the permission");
	}

	/** Stands in for p2 here (the test runtime is no p2 installation; the product tests install with the real one). */
	private static final class Protokoll implements CourseInstaller {
		final List<String> schritte = new ArrayList<>();
		volatile Thread thread;
		volatile boolean mitFortschritt;
		boolean ablehnen;

		@Override
		public Result install(Repository repository, List<String> featureIds, boolean trust, IProgressMonitor monitor)
				throws InstallException {
			thread = Thread.currentThread();
			if (ablehnen) {
				throw new InstallException(InstallException.Reason.UNSIGNED,
						"Die Kurse aus „kurse“ wurden nicht installiert: ihr Inhalt ist nicht signiert.");
			}
			schritte.add("install " + repository.location() + " trust=" + trust);
			mitFortschritt = monitor != null;
			monitor.beginTask("Kursdateien laden", 1);
			monitor.worked(1);
			return new Result(List.of(new CourseFeature("org.quartierwerk.course.test.feature", "Kurs Test", "1.0.0")), false);
		}

		@Override
		public List<CourseFeature> offered(Repository repository, IProgressMonitor monitor) {
			return List.of();
		}

		@Override
		public List<CourseFeature> installed() {
			return List.of();
		}

		@Override
		public Result uninstall(String featureId, IProgressMonitor monitor) {
			return new Result(List.of(), false);
		}

		@Override
		public List<Publisher> trustedPublishers() {
			return List.of();
		}

		@Override
		public Publisher trustPublisher(Path certificate) {
			throw new UnsupportedOperationException();
		}
	}

	private static Messages texte() {
		return UiTesting.germanTexts();
	}

	private void settle() {
		UiTesting.settle(display);
	}

	private void screenshot(Shell window, String name) throws Exception {
		UiTesting.screenshot(window, name);
	}
}
