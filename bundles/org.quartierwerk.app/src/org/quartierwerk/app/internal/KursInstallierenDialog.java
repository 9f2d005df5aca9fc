package org.quartierwerk.app.internal;

import java.util.Optional;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.quartierwerk.app.internal.basis.Messages;
import org.quartierwerk.app.internal.basis.Zugaenglich;
import org.quartierwerk.courses.CourseException;
import org.quartierwerk.courses.CourseService;

/**
 * Kurse → Kurs installieren…: asks for the course repository (folder, ZIP file or address), whether the trainer
 * trusts content that is unsigned or signed by an unknown key, and whether an unencrypted http:// address may be read
 * (refused unless ticked). The installation itself runs afterwards with progress.
 */
public final class KursInstallierenDialog extends TitleAreaDialog {

	private final CourseService kurse;
	private final Messages texte;
	private Text verzeichnis;
	private Button vertrauen;
	private Button unverschluesselt;
	private String gewaehlt;
	private boolean vertraut;
	private boolean http;

	public KursInstallierenDialog(Shell parent, CourseService kurse, Messages texte) {
		super(parent);
		this.kurse = kurse;
		this.texte = texte;
	}

	/** The chosen course repository as typed; empty until the dialog was confirmed. */
	public Optional<String> verzeichnis() {
		return Optional.ofNullable(gewaehlt);
	}

	/** Whether the trainer trusts the content explicitly. */
	public boolean vertrauen() {
		return vertraut;
	}

	/** Whether the trainer allows a plain http:// address explicitly. */
	public boolean unverschluesselt() {
		return http;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(texte.kursInstallierenTitel);
	}

	@Override
	protected Control createContents(Composite parent) {
		Control inhalte = super.createContents(parent);
		Zugaenglich.benenneTitelbereich((Composite) inhalte);
		return inhalte;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(texte.kursInstallierenTitel);
		setMessage(texte.kursInstallierenHinweis);
		Composite area = (Composite) super.createDialogArea(parent);
		Composite inhalt = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(4).applyTo(inhalt);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(inhalt);

		Label label = new Label(inhalt, SWT.NONE);
		label.setText(texte.kursInstallierenVerzeichnis);
		verzeichnis = new Text(inhalt, SWT.BORDER);
		Zugaenglich.benenne(verzeichnis, label);
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(verzeichnis);
		verzeichnis.addModifyListener(e -> pruefe());
		Button ordner = new Button(inhalt, SWT.PUSH);
		ordner.setText(texte.kursInstallierenOrdner);
		ordner.addListener(SWT.Selection, e -> {
			DirectoryDialog dialog = new DirectoryDialog(getShell());
			String gewaehlt = dialog.open();
			if (gewaehlt != null) {
				verzeichnis.setText(gewaehlt);
			}
		});
		Button zip = new Button(inhalt, SWT.PUSH);
		zip.setText(texte.kursInstallierenZip);
		zip.addListener(SWT.Selection, e -> {
			FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
			dialog.setFilterExtensions(new String[] { "*.zip", "*" });
			String gewaehlt = dialog.open();
			if (gewaehlt != null) {
				verzeichnis.setText(gewaehlt);
			}
		});

		vertrauen = new Button(inhalt, SWT.CHECK);
		vertrauen.setText(texte.kursInstallierenVertrauen);
		GridDataFactory.fillDefaults().span(4, 1).indent(0, 8).applyTo(vertrauen);
		unverschluesselt = new Button(inhalt, SWT.CHECK);
		unverschluesselt.setText(texte.kursInstallierenUnverschluesselt);
		unverschluesselt.addListener(SWT.Selection, e -> pruefe());
		GridDataFactory.fillDefaults().span(4, 1).applyTo(unverschluesselt);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, texte.kursInstallierenOk, true);
		createButton(parent, IDialogConstants.CANCEL_ID, texte.abbrechen, false);
		pruefe();
	}

	@Override
	protected void okPressed() {
		try {
			kurse.pruefeVerzeichnis(verzeichnis.getText(), unverschluesselt.getSelection());
		} catch (CourseException e) {
			pruefe();
			return;
		}
		gewaehlt = verzeichnis.getText().strip();
		vertraut = vertrauen.getSelection();
		http = unverschluesselt.getSelection();
		super.okPressed();
	}

	/**
	 * The OK button only for a repository that exists and, if it is a plain http:// address, only with the explicit
	 * permission; the message says what is missing.
	 */
	private void pruefe() {
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok == null) {
			return;
		}
		String eingabe = verzeichnis.getText().strip();
		if (eingabe.isEmpty()) {
			ok.setEnabled(false);
			setErrorMessage(null);
			setMessage(texte.kursInstallierenHinweis);
			return;
		}
		try {
			kurse.pruefeVerzeichnis(eingabe, unverschluesselt.getSelection());
			ok.setEnabled(true);
			setErrorMessage(null);
		} catch (CourseException e) {
			ok.setEnabled(false);
			setErrorMessage(switch (e.grund()) {
			case NICHT_GEFUNDEN -> texte.kursInstallierenFehlt;
			case UNVERSCHLUESSELT -> texte.kursInstallierenUnverschluesseltFehlt;
			default -> e.getMessage();
			});
		}
	}

	/** For tests: the widgets a user types into and ticks. */
	Text verzeichnisFeld() {
		return verzeichnis;
	}

	Button vertrauenFeld() {
		return vertrauen;
	}

	Button unverschluesseltFeld() {
		return unverschluesselt;
	}

	Button installierenKnopf() {
		return getButton(IDialogConstants.OK_ID);
	}
}
