package org.quartierwerk.app.internal.praxisbeispiele;

import java.util.function.Predicate;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.quartierwerk.app.internal.basis.Eingabedialog;
import org.quartierwerk.app.internal.basis.Messages;
import org.quartierwerk.app.internal.basis.Zugaenglich;

/**
 * Asks the title of a new or renamed project and shows the file name derived from it; OK only while that name is
 * free (or the project's own).
 */
public final class TitelDialog extends Eingabedialog {

	private final Messages texte;
	private final String hinweis;
	private final String vorschlag;
	private final Predicate<String> vergeben;
	private Text titelFeld;
	private Label dateiFeld;
	private String titel;
	private String fehler;

	/** {@code vergeben} tells whether a file name is taken by another project. */
	public TitelDialog(Shell shell, Messages texte, String ueberschrift, String hinweis, String vorschlag, Predicate<String> vergeben) {
		super(shell, ueberschrift, 2);
		this.texte = texte;
		this.hinweis = hinweis;
		this.vorschlag = vorschlag;
		this.vergeben = vergeben;
	}

	@Override
	protected String hinweis() {
		return hinweis;
	}

	@Override
	protected void fuelle(Composite inhalt) {
		new Label(inhalt, SWT.NONE).setText(texte.projektTitel);
		titelFeld = new Text(inhalt, SWT.BORDER);
		Zugaenglich.benenneNachLabel(titelFeld);
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(titelFeld);
		new Label(inhalt, SWT.NONE).setText(texte.projektDatei);
		dateiFeld = new Label(inhalt, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(dateiFeld);
		titelFeld.setText(vorschlag == null ? "" : vorschlag);
		titelFeld.selectAll();
		titelFeld.addModifyListener(e -> pruefe());
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		pruefe();
	}

	private void pruefe() {
		String name = Praxisbeispieloperationen.dateiname(titelFeld.getText());
		dateiFeld.setText(name + ".xmi");
		String fehler = titelFeld.getText().isBlank() ? texte.projektTitelFehlt
				: vergeben.test(name) ? Messages.format(texte.projektNameVergeben, name) : null;
		this.fehler = fehler;
		setErrorMessage(fehler);
		if (ok() != null) {
			ok().setEnabled(fehler == null);
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
		return ok();
	}
}
