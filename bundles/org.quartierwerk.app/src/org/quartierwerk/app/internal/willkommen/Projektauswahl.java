package org.quartierwerk.app.internal.willkommen;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.quartierwerk.app.internal.basis.Eingabedialog;
import org.quartierwerk.app.internal.basis.Messages;
import org.quartierwerk.app.internal.basis.Zugaenglich;

/** Which project a Förderantrag is for, when no project is open: the workspace's projects by name, the first chosen. */
final class Projektauswahl extends Eingabedialog {

	private final Messages texte;
	private final List<String> namen;
	org.eclipse.swt.widgets.List liste;
	private String projekt;

	Projektauswahl(Shell shell, Messages texte, List<String> namen) {
		super(shell, texte.willkommenProjektWaehlen, 1);
		this.texte = texte;
		this.namen = List.copyOf(namen);
	}

	@Override
	protected String hinweis() {
		return texte.willkommenProjektWaehlenHinweis;
	}

	@Override
	protected void fuelle(Composite inhalt) {
		new Label(inhalt, SWT.NONE).setText(texte.willkommenProjekt);
		liste = new org.eclipse.swt.widgets.List(inhalt, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL);
		liste.setItems(namen.toArray(String[]::new));
		liste.select(0);
		Zugaenglich.benenne(liste, texte.willkommenProjekt);
		GridDataFactory.fillDefaults().grab(true, true).hint(420, 240).applyTo(liste);
		// Enter or a double click in the list chooses, as OK does
		liste.addListener(SWT.DefaultSelection, e -> okPressed());
	}

	@Override
	protected void okPressed() {
		int gewaehlt = liste.getSelectionIndex();
		projekt = gewaehlt < 0 ? null : namen.get(gewaehlt);
		super.okPressed();
	}

	/** The project chosen, after OK. */
	String projekt() {
		return projekt;
	}
}
