package org.quartierwerk.app.internal.basis;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

/**
 * What the workbench's input dialogs share: the heading as window title and title, a hint below it, and the fields
 * in a grid of labels and inputs; OK is enabled only while the input is complete.
 */
public abstract class Eingabedialog extends TitleAreaDialog {

	private final String ueberschrift;
	private final int spalten;

	/** @param spalten columns of the grid the fields go into (a label and its input take one each) */
	protected Eingabedialog(Shell shell, String ueberschrift, int spalten) {
		super(shell);
		this.ueberschrift = ueberschrift;
		this.spalten = spalten;
	}

	/** The hint below the title. */
	protected abstract String hinweis();

	/** Adds the fields to the grid. */
	protected abstract void fuelle(Composite inhalt);

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(ueberschrift);
	}

	@Override
	protected Control createContents(Composite parent) {
		Control inhalte = super.createContents(parent);
		Zugaenglich.benenneTitelbereich((Composite) inhalte);
		return inhalte;
	}

	@Override
	protected final Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(ueberschrift);
		setMessage(hinweis());
		Composite inhalt = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(inhalt);
		GridLayoutFactory.swtDefaults().numColumns(spalten).applyTo(inhalt);
		fuelle(inhalt);
		return area;
	}

	/** The OK button; null before the button bar is made. */
	protected Button ok() {
		return getButton(IDialogConstants.OK_ID);
	}
}
