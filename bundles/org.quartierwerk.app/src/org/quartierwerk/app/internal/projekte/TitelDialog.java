package org.quartierwerk.app.internal.projekte;

import java.util.function.Predicate;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.quartierwerk.app.internal.Messages;

/**
 * Asks the title of a new or renamed project and shows the file name derived from it; OK only while that name is
 * free (or the project's own).
 */
public final class TitelDialog extends TitleAreaDialog {

	private final Messages texte;
	private final String ueberschrift;
	private final String hinweis;
	private final String vorschlag;
	private final Predicate<String> vergeben;
	private Text titelFeld;
	private Label dateiFeld;
	private String titel;
	private String fehler;

	/** {@code vergeben} tells whether a file name is taken by another project. */
	public TitelDialog(Shell shell, Messages texte, String ueberschrift, String hinweis, String vorschlag, Predicate<String> vergeben) {
		super(shell);
		this.texte = texte;
		this.ueberschrift = ueberschrift;
		this.hinweis = hinweis;
		this.vorschlag = vorschlag;
		this.vergeben = vergeben;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(ueberschrift);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(ueberschrift);
		setMessage(hinweis);
		Composite inhalt = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(inhalt);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(inhalt);
		new Label(inhalt, SWT.NONE).setText(texte.projektTitel);
		titelFeld = new Text(inhalt, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(titelFeld);
		new Label(inhalt, SWT.NONE).setText(texte.projektDatei);
		dateiFeld = new Label(inhalt, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(dateiFeld);
		titelFeld.setText(vorschlag == null ? "" : vorschlag);
		titelFeld.selectAll();
		titelFeld.addModifyListener(e -> pruefe());
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		pruefe();
	}

	private void pruefe() {
		String name = Projektoperationen.dateiname(titelFeld.getText());
		dateiFeld.setText(name + ".xmi");
		String fehler = titelFeld.getText().isBlank() ? texte.projektTitelFehlt
				: vergeben.test(name) ? Messages.format(texte.projektNameVergeben, name) : null;
		this.fehler = fehler;
		setErrorMessage(fehler);
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok != null) {
			ok.setEnabled(fehler == null);
		}
	}

	@Override
	protected void okPressed() {
		titel = titelFeld.getText().strip();
		super.okPressed();
	}

	/** The title entered, after OK. */
	public String titel() {
		return titel;
	}

	/** Why OK is disabled, or null. */
	String fehler() {
		return fehler;
	}

	Text titelFeld() {
		return titelFeld;
	}

	Button okKnopf() {
		return getButton(IDialogConstants.OK_ID);
	}
}
