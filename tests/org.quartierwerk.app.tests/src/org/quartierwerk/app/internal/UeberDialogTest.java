package org.quartierwerk.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

/** Hilfe → Über Quartierwerk names the installed version, the Java runtime and the workspace, copyable. */
class UeberDialogTest {

	@Test
	void namesVersionJavaAndWorkspace() throws Exception {
		Display display = Display.getDefault();
		Shell shell = new Shell(display);
		Version version = FrameworkUtil.getBundle(UeberHandler.class).getVersion();
		UeberDialog dialog = new UeberDialog(shell, UiTesting.germanTexts(), version, Path.of("/home/gisela/Quartier"));
		dialog.setBlockOnOpen(false);
		try {
			dialog.open();
			UiTesting.settle(display);
			assertEquals("Über Quartierwerk", dialog.getShell().getText());
			Text details = findText(dialog.getShell());
			String angaben = details.getText();
			assertTrue(angaben.startsWith("Version " + version.getMajor() + "." + version.getMinor() + "." + version.getMicro()
					+ " (Build " + version + ")"), angaben);
			assertTrue(angaben.contains("Java: ") && angaben.contains(String.valueOf(Runtime.version().feature())), angaben);
			assertTrue(angaben.contains("Arbeitsbereich: /home/gisela/Quartier"), angaben);
			assertTrue((details.getStyle() & org.eclipse.swt.SWT.READ_ONLY) != 0, "the details can be copied, not changed");
			UiTesting.screenshot(dialog.getShell(), "ueber.png");
		} finally {
			dialog.close();
			shell.dispose();
		}
	}

	private static Text findText(org.eclipse.swt.widgets.Composite parent) {
		for (var child : parent.getChildren()) {
			if (child instanceof Text text) {
				return text;
			}
			if (child instanceof org.eclipse.swt.widgets.Composite composite) {
				Text found = findText(composite);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
