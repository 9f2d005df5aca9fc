package org.quartierwerk.app.internal.sammlung;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.quartierwerk.app.internal.basis.Zugaenglich;

/** Sammlung → Teilen…: the collection's address and who commits (name, e-mail); Teilen only when all three are given. */
final class TeilenDialog extends Dialog {

	private Text adresse;
	private Text name;
	private Text email;
	private String[] werte;

	TeilenDialog(Shell parent) {
		super(parent);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Texte.teilenTitel);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite flaeche = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(flaeche);
		Label hinweis = new Label(flaeche, SWT.WRAP);
		hinweis.setText(Texte.teilenHinweis);
		GridDataFactory.fillDefaults().span(2, 1).hint(520, SWT.DEFAULT).applyTo(hinweis);
		adresse = feld(flaeche, Texte.teilenAdresse);
		name = feld(flaeche, Texte.teilenName);
		email = feld(flaeche, Texte.teilenEmail);
		return flaeche;
	}

	private Text feld(Composite flaeche, String beschriftung) {
		new Label(flaeche, SWT.NONE).setText(beschriftung);
		Text text = new Text(flaeche, SWT.BORDER | SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
		Zugaenglich.benenne(text, beschriftung);
		text.addModifyListener(e -> pruefe());
		return text;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Texte.teilenOk, true);
		createButton(parent, IDialogConstants.CANCEL_ID, Texte.abbrechen, false);
		pruefe();
	}

	private void pruefe() {
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(!adresse.getText().isBlank() && !name.getText().isBlank() && !email.getText().isBlank());
		}
	}

	@Override
	protected void okPressed() {
		werte = new String[] { adresse.getText().strip(), name.getText().strip(), email.getText().strip() };
		super.okPressed();
	}

	String adresse() {
		return werte[0];
	}

	String name() {
		return werte[1];
	}

	String email() {
		return werte[2];
	}
}
