package org.quartierwerk.app.internal.basis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartierwerk.app.internal.UiTesting;

/** Questions and text inputs carry the workbench's German buttons, not JFace's English "Yes", "No", "Cancel". */
class FragenTest {

	private final Display display = Display.getDefault();
	private final Shell haupt = new Shell(display);
	private final Messages texte = UiTesting.germanTexts();

	@AfterEach
	void close() {
		haupt.dispose();
	}

	@Test
	void aQuestionIsAnsweredWithJaOrNein() {
		List<String> knoepfe = new ArrayList<>();
		boolean ja = beantworte(() -> Fragen.jaNein(haupt, texte, "Kurs installiert", "Jetzt neu starten?"), knoepfe, "&Ja");
		assertTrue(ja);
		assertEquals(java.util.Set.of("&Ja", "&Nein"), java.util.Set.copyOf(knoepfe), "the order on the screen is the desktop's");
		assertFalse(beantworte(() -> Fragen.jaNein(haupt, texte, "Kurs installiert", "Jetzt neu starten?"), new ArrayList<>(), "&Nein"));
	}

	@Test
	void anInputCanBeCancelledInGerman() {
		List<String> knoepfe = new ArrayList<>();
		String eingabe = beantworte(() -> Fragen.eingabe(haupt, texte, "Teilnahme anlegen", "Name:", t -> null), knoepfe, "Abbrechen");
		assertNull(eingabe);
		assertTrue(knoepfe.contains("Abbrechen"), knoepfe::toString);
		assertFalse(knoepfe.contains("Cancel"), knoepfe::toString);
	}

	/** Opens the dialog, notes its buttons and presses the one with this text. */
	private <T> T beantworte(Supplier<T> frage, List<String> knoepfe, String druecke) {
		Runnable[] suche = new Runnable[1];
		suche[0] = () -> {
			for (Shell shell : display.getShells()) {
				if (shell != haupt && shell.isVisible() && shell.getData() instanceof Window) {
					List<Button> alle = new ArrayList<>();
					sammle(shell, alle);
					alle.forEach(b -> knoepfe.add(b.getText()));
					alle.stream().filter(b -> b.getText().equals(druecke)).findFirst().orElseThrow()
							.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
					return;
				}
			}
			display.timerExec(50, suche[0]);
		};
		display.timerExec(50, suche[0]);
		return frage.get();
	}

	private static void sammle(Composite teil, List<Button> knoepfe) {
		for (Control kind : teil.getChildren()) {
			if (kind instanceof Button knopf && (knopf.getStyle() & SWT.PUSH) != 0) {
				knoepfe.add(knopf);
			} else if (kind instanceof Composite innen) {
				sammle(innen, knoepfe);
			}
		}
	}
}
