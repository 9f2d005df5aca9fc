package org.quartierwerk.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartierwerk.core.DurableFile;
import org.quartierwerk.core.InputFiles;
import org.quartierwerk.core.StoreException;
import org.quartierwerk.core.WorkspaceLocator;
import org.quartierwerk.core.WriteException;

/** The one write path, bounded reading and the rule that outputs stay out of the workspace, on real files. */
class DateienTest {

	@TempDir
	Path folder;

	@Test
	void aFailingProducerLeavesThePreviousFileAndNoTemporaryFile() throws Exception {
		Path ziel = Files.writeString(folder.resolve("bericht.pdf"), "alt");
		IllegalStateException fehler = assertThrows(IllegalStateException.class, () -> DurableFile.write(ziel, false, out -> {
			out.write("halb".getBytes(StandardCharsets.UTF_8));
			throw new IllegalStateException("Vorlage kaputt");
		}));
		assertEquals("Vorlage kaputt", fehler.getMessage());
		assertEquals("alt", Files.readString(ziel));
		assertEquals(List.of(ziel), dateien(), "a temporary file was left");
	}

	@Test
	void aTargetThatIsAFolderIsRefusedInGerman() throws Exception {
		Path ordner = Files.createDirectories(folder.resolve("bericht.pdf"));
		WriteException fehler = assertThrows(WriteException.class, () -> DurableFile.replace(ordner, new byte[] { 1 }, false));
		assertEquals(ordner + " konnte nicht geschrieben werden: " + ordner + " ist ein Ordner. Geben Sie einen Dateinamen an. "
				+ "Es wurde nichts geschrieben.", fehler.getMessage());
		assertEquals(List.of(ordner), dateien());
	}

	@Test
	void aMissingFolderIsCreatedAndAReadOnlyFolderIsNamed() throws Exception {
		Path neu = folder.resolve("neu/unter/bericht.pdf");
		DurableFile.replace(neu, "x".getBytes(StandardCharsets.UTF_8), false);
		assertEquals("x", Files.readString(neu));
		Path gesperrt = Files.createDirectories(folder.resolve("gesperrt"));
		Path unterGesperrt = gesperrt.resolve("bericht.pdf");
		Files.writeString(unterGesperrt, "alt");
		Files.setPosixFilePermissions(gesperrt, PosixFilePermissions.fromString("r-xr-xr-x"));
		try {
			if (Files.isWritable(gesperrt)) {
				return; // root may write anyway; the product test covers read-only file systems
			}
			WriteException fehler = assertThrows(WriteException.class, () -> DurableFile.replace(unterGesperrt, new byte[0], false));
			assertTrue(fehler.getMessage().contains("Sie dürfen im Ordner " + gesperrt + " nicht schreiben."), fehler.getMessage());
			assertEquals("alt", Files.readString(unterGesperrt));
		} finally {
			Files.setPosixFilePermissions(gesperrt, PosixFilePermissions.fromString("rwxr-xr-x"));
		}
	}

	@Test
	void newFilesGetTheUmasksPermissionsAndReplacedFilesKeepTheirs() throws Exception {
		Path gewoehnlich = Files.createFile(folder.resolve("gewoehnlich"));
		Path neu = folder.resolve("neu.csv");
		DurableFile.replace(neu, "a;b".getBytes(StandardCharsets.UTF_8), false);
		assertEquals(Files.getPosixFilePermissions(gewoehnlich), Files.getPosixFilePermissions(neu),
				"a new file does not get the permissions the umask gives");

		Path geteilt = Files.writeString(folder.resolve("geteilt.pdf"), "alt");
		Files.setPosixFilePermissions(geteilt, PosixFilePermissions.fromString("rw-rw-r--"));
		DurableFile.replace(geteilt, "neu".getBytes(StandardCharsets.UTF_8), true);
		assertEquals(PosixFilePermissions.fromString("rw-rw-r--"), Files.getPosixFilePermissions(geteilt));
		assertEquals("alt", Files.readString(DurableFile.backupOf(geteilt)));
	}

	@Test
	void inputIsReadUpToItsLimitAndDevicesNotAtAll() throws Exception {
		Path klein = Files.writeString(folder.resolve("klein.json"), "[]");
		assertArrayEquals("[]".getBytes(StandardCharsets.UTF_8), InputFiles.read(klein, 16, "einen Import"));
		Path gross = Files.write(folder.resolve("gross.json"), new byte[17]);
		StoreException zuGross = assertThrows(StoreException.class, () -> InputFiles.read(gross, 16, "einen Import"));
		assertTrue(zuGross.getMessage().startsWith(gross + " ist mit 1 MB zu groß für einen Import"), zuGross.getMessage());
		StoreException geraet = assertThrows(StoreException.class, () -> InputFiles.read(Path.of("/dev/zero"), 16, "einen Import"));
		assertEquals("/dev/zero ist ein Gerät, keine Datei, und wird nicht gelesen. Geben Sie eine Datei an.", geraet.getMessage());
		StoreException strom = assertThrows(StoreException.class,
				() -> InputFiles.read(new java.io.ByteArrayInputStream(new byte[100]), "Die Standardeingabe", 16, "einen Import"));
		assertTrue(strom.getMessage().startsWith("Die Standardeingabe ist zu groß für einen Import"), strom.getMessage());
		StoreException fehlt = assertThrows(StoreException.class, () -> InputFiles.read(folder.resolve("fehlt"), 16, "x"));
		assertEquals("Die Datei " + folder.resolve("fehlt") + " gibt es nicht.", fehlt.getMessage());
	}

	@Test
	void outputsThatResolveIntoTheWorkspaceAreRefused() throws Exception {
		Path workspace = Files.createDirectories(folder.resolve("arbeitsbereich"));
		WorkspaceLocator locator = () -> workspace;
		Path link = Files.createSymbolicLink(folder.resolve("link"), workspace);
		for (Path innen : List.of(workspace.resolve("Projekt.xmi"), workspace.resolve(".metadata/x"), link.resolve("neu/bericht.pdf"),
				folder.resolve("anderswo/../arbeitsbereich/x.pdf"), workspace, link)) {
			StoreException fehler = assertThrows(StoreException.class, () -> locator.outsideWorkspace(innen), innen::toString);
			assertTrue(fehler.getMessage().contains("liegt im Arbeitsbereich " + workspace), fehler.getMessage());
		}
		for (Path aussen : List.of(folder.resolve("arbeitsbereich-berichte/x.pdf"), folder.resolve("x.pdf"))) {
			assertEquals(aussen, locator.outsideWorkspace(aussen));
		}
	}

	private List<Path> dateien() throws IOException {
		try (Stream<Path> alle = Files.list(folder)) {
			return alle.sorted().toList();
		}
	}
}
