package org.quartierwerk.app.internal.praxisbeispiele;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.quartierwerk.app.internal.basis.Zugaenglich;

/** The navigator's search box: searches {@value #VERZOEGERUNG_MS} ms after the last keystroke, not at each one. */
final class Suchfeld {

	/** Delay between the last keystroke in the search box and the search. */
	static final int VERZOEGERUNG_MS = 250;

	final Text text;

	Suchfeld(Composite parent, String hinweis, Runnable suchen) {
		text = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		text.setMessage(hinweis);
		// without a name of its own GTK announces its English default ("Search") – the hint is no name either
		Zugaenglich.benenne(text, hinweis);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(text);
		text.addModifyListener(e -> {
			text.getDisplay().timerExec(-1, suchen);
			text.getDisplay().timerExec(VERZOEGERUNG_MS, suchen);
		});
	}

	String text() {
		return text.getText();
	}
}
