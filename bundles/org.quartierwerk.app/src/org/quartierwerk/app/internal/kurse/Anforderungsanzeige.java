package org.quartierwerk.app.internal.kurse;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.quartierwerk.app.internal.basis.Messages;

/**
 * "Noch offen für das Zertifikat" (or just "Noch offen" for a course without one): the requirements of the course the
 * Teilnahme does not meet yet, or that all are met.
 */
final class Anforderungsanzeige {

	private final Messages texte;
	final Label titel;
	final Text offen;

	Anforderungsanzeige(Composite inhalt, Messages texte) {
		this.texte = texte;
		titel = new Label(inhalt, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(200, SWT.DEFAULT).applyTo(titel);
		offen = new Text(inhalt, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(200, 90).applyTo(offen);
	}

	/**
	 * @param mitTeilnahme   whether there is a Teilnahme; without one nothing is shown
	 * @param mitZertifikat  whether the course issues a certificate
	 * @param fehlt          the requirements not met, each as "Anforderung: Befund"
	 */
	void zeige(boolean mitTeilnahme, boolean mitZertifikat, List<String> fehlt) {
		offen.setText(fehlt.stream().map(f -> "• " + f).collect(Collectors.joining("\n")));
		String allesErfuellt = mitZertifikat ? texte.kurseAllesErfuellt : texte.kurseAllesErfuelltOhneZertifikat;
		titel.setText(!mitTeilnahme ? "" : fehlt.isEmpty() ? allesErfuellt : mitZertifikat ? texte.kurseOffen : texte.kurseOffenOhneZertifikat);
		offen.setVisible(!fehlt.isEmpty());
	}
}
