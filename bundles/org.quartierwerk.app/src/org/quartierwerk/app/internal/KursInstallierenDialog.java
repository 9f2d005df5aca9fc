package org.quartierwerk.app.internal;

import java.net.URI;
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
import org.quartierwerk.courses.installer.CourseInstaller;

/**
 * Kurse → Kurs installieren…: asks for the course repository (folder, ZIP file or address) and whether the trainer
 * trusts content that is unsigned or signed by an unknown key. The installation itself runs afterwards with progress.
 */
public final class KursInstallierenDialog extends TitleAreaDialog {

	private final Messages texte;
	private Text verzeichnis;
	private Button vertrauen;
	private URI repository;
	private boolean trust;

	public KursInstallierenDialog(Shell parent, Messages texte) {
		super(parent);
		this.texte = texte;
	}

	/** The chosen repository; empty until the dialog was confirmed. */
	public Optional<URI> repository() {
		return Optional.ofNullable(repository);
	}

	/** Whether the trainer trusts the content explicitly. */
	public boolean trust() {
		return trust;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(texte.kursInstallierenTitel);
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
		repository = CourseInstaller.repository(verzeichnis.getText().strip()).orElse(null);
		trust = vertrauen.getSelection();
		super.okPressed();
	}

	/** The OK button only for a repository that exists; the message says what is missing. */
	private void pruefe() {
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok == null) {
			return;
		}
		String eingabe = verzeichnis.getText().strip();
		boolean gueltig = !eingabe.isEmpty() && CourseInstaller.repository(eingabe).isPresent();
		ok.setEnabled(gueltig);
		if (eingabe.isEmpty()) {
			setErrorMessage(null);
			setMessage(texte.kursInstallierenHinweis);
		} else {
			setErrorMessage(gueltig ? null : texte.kursInstallierenFehlt);
		}
	}

	/** For tests: the widgets a user types into and ticks. */
	Text verzeichnisFeld() {
		return verzeichnis;
	}

	Button vertrauenFeld() {
		return vertrauen;
	}

	Button installierenKnopf() {
		return getButton(IDialogConstants.OK_ID);
	}
}
