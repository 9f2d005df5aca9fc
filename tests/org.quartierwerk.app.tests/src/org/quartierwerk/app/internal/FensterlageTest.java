package org.quartierwerk.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartierwerk.app.internal.basis.Einstellungen;
import org.quartierwerk.testing.Arbeitsbereich;

/**
 * The main window in the running workbench with real SWT: 1200 × 800 in the middle of the screen on the first start,
 * the application icon in all its sizes, the place and size it was closed with on the next start, and the first start's
 * place again when the remembered one is on no monitor.
 */
class FensterlageTest {

	private final Arbeitsbereich arbeitsbereich = Arbeitsbereich.derLaufzeit();
	private Path einstellungen;

	@BeforeEach
	void ersterStart() throws Exception {
		einstellungen = arbeitsbereich.ordner().resolve(Einstellungen.DATEI);
		Files.deleteIfExists(einstellungen);
	}

	@AfterEach
	void aufraeumen() {
		arbeitsbereich.close();
	}

	@Test
	void theFirstStartOpensASensibleSizeWithTheIconAndTheNextStartWhereTheWindowWasClosed() throws Exception {
		Rectangle bildschirm = Display.getDefault().getPrimaryMonitor().getClientArea();
		try (RunningWorkbench werkbank = RunningWorkbench.start()) {
			Rectangle lage = werkbank.shell().getBounds();
			assertEquals(new Rectangle(bildschirm.x + (bildschirm.width - 1200) / 2, bildschirm.y + (bildschirm.height - 800) / 2, 1200, 800),
					lage, "1200 × 800 centred on a " + bildschirm.width + " × " + bildschirm.height + " screen");
			List<Integer> groessen = Arrays.stream(werkbank.shell().getImages()).map(Image::getBounds).map(b -> b.width).toList();
			assertEquals(List.of(16, 32, 48, 64, 128, 256), groessen, "the application icon in every size");
			UiTesting.screenshot(werkbank.shell(), "fenster-erster-start.png");

			werkbank.shell().setBounds(60, 50, 900, 640);
			werkbank.settle();
		}
		assertTrue(Files.readString(einstellungen, StandardCharsets.UTF_8).contains("fenster=60,50,900,640"),
				"the place is saved when the window closes");
		try (RunningWorkbench werkbank = RunningWorkbench.start()) {
			assertEquals(new Rectangle(60, 50, 900, 640), werkbank.shell().getBounds(), "opened where it was closed");
		}
	}

	@Test
	void aRememberedPlaceNoMonitorShowsIsNotUsed() throws Exception {
		Files.createDirectories(einstellungen.getParent());
		Files.writeString(einstellungen, "fenster=6000,4000,900,640\n", StandardCharsets.UTF_8);
		try (RunningWorkbench werkbank = RunningWorkbench.start()) {
			Rectangle lage = werkbank.shell().getBounds();
			assertEquals(1200, lage.width, lage::toString);
			assertTrue(werkbank.display().getPrimaryMonitor().getClientArea().contains(lage.x, lage.y), "on the screen: " + lage);
		}
	}
}
