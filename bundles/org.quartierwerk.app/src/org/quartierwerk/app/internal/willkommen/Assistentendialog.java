package org.quartierwerk.app.internal.willkommen;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.quartierwerk.app.internal.basis.Messages;
import org.quartierwerk.app.internal.basis.Zugaenglich;

/** JFace's wizard dialog with German buttons: JFace itself brings only English ones. */
final class Assistentendialog extends WizardDialog {

	private final Messages texte;

	Assistentendialog(Shell shell, IWizard assistent, Messages texte) {
		super(shell, assistent);
		this.texte = texte;
	}

	@Override
	protected Control createContents(Composite parent) {
		Control inhalte = super.createContents(parent);
		Zugaenglich.benenneTitelbereich((Composite) inhalte);
		return inhalte;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		beschrifte(IDialogConstants.BACK_ID, texte.assistentZurueck);
		beschrifte(IDialogConstants.NEXT_ID, texte.assistentWeiter);
		beschrifte(IDialogConstants.FINISH_ID, texte.assistentAnlegen);
		beschrifte(IDialogConstants.CANCEL_ID, texte.abbrechen);
	}

	private void beschrifte(int id, String text) {
		Button knopf = getButton(id);
		if (knopf != null) {
			knopf.setText(text);
		}
	}
}
