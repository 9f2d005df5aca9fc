package org.quartierwerk.bench.bare;

import jakarta.annotation.PostConstruct;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** The one part of the bare application: a label, so the window has something to draw. */
public class BarePart {

	@PostConstruct
	void createControls(Composite parent) {
		parent.setLayout(new FillLayout());
		new Label(parent, SWT.NONE).setText("Bare e4 part");
	}
}
