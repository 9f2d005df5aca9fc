package org.quartierwerk.app.internal;

import java.nio.file.Path;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.osgi.framework.Version;
import org.quartierwerk.app.internal.basis.Messages;
import org.quartierwerk.app.internal.basis.Zugaenglich;

/**
 * Hilfe → Über Quartierwerk: name, version, purpose and the facts a support request needs (Java, workspace),
 * in a read-only text field so that they can be copied.
 */
final class UeberDialog extends Dialog {

	private final Messages texte;
	private final String angaben;

	UeberDialog(Shell parent, Messages texte, Version version, Path arbeitsbereich) {
		super(parent);
		this.texte = texte;
		this.angaben = angaben(texte, version, arbeitsbereich);
	}

	/** The text of the dialog's details, one fact per line. */
	static String angaben(Messages texte, Version version, Path arbeitsbereich) {
		return Messages.format(texte.ueberAngaben, anzeigeVersion(version), version.toString(),
				System.getProperty("java.vendor", "?") + " " + Runtime.version(), arbeitsbereich == null ? "–" : arbeitsbereich);
	}

	/** Major.minor.micro, without the build qualifier that follows in the details. */
	static String anzeigeVersion(Version version) {
		return version.getMajor() + "." + version.getMinor() + "." + version.getMicro();
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(texte.ueberTitel);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().margins(12, 12).spacing(8, 10).applyTo(area);
		Label name = new Label(area, SWT.NONE);
		name.setText(texte.ueberName);
		name.setFont(JFaceResources.getHeaderFont());
		Label zweck = new Label(area, SWT.WRAP);
		zweck.setText(texte.ueberZweck);
		GridDataFactory.fillDefaults().grab(true, false).hint(460, SWT.DEFAULT).applyTo(zweck);
		Text details = new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.BORDER);
		details.setText(angaben);
		Zugaenglich.benenne(details, texte.zugangUeberAngaben);
		GridDataFactory.fillDefaults().grab(true, true).hint(460, SWT.DEFAULT).applyTo(details);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, texte.schliessen, true);
	}

	/** The facts shown, for tests and for copying. */
	String angaben() {
		return angaben;
	}
}
