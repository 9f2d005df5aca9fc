package org.quartierwerk.app.internal.kurse;

import java.nio.file.Path;
import java.util.function.Supplier;

import org.eclipse.jface.dialogs.IInputValidator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.quartierwerk.app.internal.basis.Fragen;
import org.quartierwerk.app.internal.basis.Messages;

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

	/** The real dialogs, with the workbench's texts as they are when a dialog opens. */
	static Rueckfragen dialoge(Supplier<Messages> texte) {
		return new Rueckfragen() {
			@Override
			public String eingabe(Shell shell, String titel, String frage) {
				IInputValidator nichtLeer = text -> text.isBlank() ? "" : null;
				String eingabe = Fragen.eingabe(shell, texte.get(), titel, frage, nichtLeer);
				return eingabe == null ? null : eingabe.strip();
			}

			@Override
			public boolean bestaetigt(Shell shell, String titel, String frage) {
				return Fragen.jaNein(shell, texte.get(), titel, frage);
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
}
