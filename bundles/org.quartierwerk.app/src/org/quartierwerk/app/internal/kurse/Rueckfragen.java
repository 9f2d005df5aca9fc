package org.quartierwerk.app.internal.kurse;

import java.nio.file.Path;

import org.eclipse.jface.dialogs.IInputValidator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/** What the Kurse view asks the user or hands to the desktop; by default with dialogs, in tests answered directly. */
interface Rueckfragen {

	/** A name typed by the user; null when cancelled. */
	String eingabe(Shell shell, String titel, String frage);

	boolean bestaetigt(Shell shell, String titel, String frage);

	/** The file chosen to save to, starting from the proposal; null when cancelled. */
	Path speichernUnter(Shell shell, Path vorschlag);

	void melde(Shell shell, String titel, String meldung, boolean fehler);

	/** Opens a written file in the system's viewer; false when there is none. */
	boolean oeffne(Path datei);

	/** The real dialogs. */
	Rueckfragen DIALOGE = new Rueckfragen() {
		@Override
		public String eingabe(Shell shell, String titel, String frage) {
			IInputValidator nichtLeer = text -> text.isBlank() ? "" : null;
			InputDialog dialog = new InputDialog(shell, titel, frage, "", nichtLeer);
			return dialog.open() == Window.OK ? dialog.getValue().strip() : null;
		}

		@Override
		public boolean bestaetigt(Shell shell, String titel, String frage) {
			return MessageDialog.openQuestion(shell, titel, frage);
		}

		@Override
		public Path speichernUnter(Shell shell, Path vorschlag) {
			FileDialog dialog = new FileDialog(shell, SWT.SAVE);
			dialog.setOverwrite(true);
			dialog.setFilterPath(vorschlag.getParent().toString());
			dialog.setFileName(vorschlag.getFileName().toString());
			String gewaehlt = dialog.open();
			return gewaehlt == null ? null : Path.of(gewaehlt);
		}

		@Override
		public void melde(Shell shell, String titel, String meldung, boolean fehler) {
			if (fehler) {
				MessageDialog.openError(shell, titel, meldung);
			} else {
				MessageDialog.openInformation(shell, titel, meldung);
			}
		}

		@Override
		public boolean oeffne(Path datei) {
			return Program.launch(datei.toString());
		}
	};
}
