package org.quartierwerk.app.internal.willkommen;

import java.io.IOException;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.quartierwerk.app.internal.basis.Einstellungen;
import org.quartierwerk.app.internal.basis.Messages;
import org.quartierwerk.app.internal.basis.Zugaenglich;
import org.quartierwerk.core.WorkspaceLocator;

import jakarta.annotation.PostConstruct;

/**
 * The Willkommen page in the editor area: what Quartierwerk is for, for whom, and the first steps as buttons – an
 * example, an own project with the assistant, a Förderantrag, a course. Plain SWT (no browser), every step a button
 * reachable with Tab and by its mnemonic, each with its explanation as accessible description. "Beim Start anzeigen"
 * decides whether the page opens when the workbench starts.
 */
public final class WillkommenPart {

	public static final String PART_ID = "org.quartierwerk.app.part.willkommen";
	/** Setting in {@link Einstellungen}: the page opens at the start; on unless the user turned it off. */
	public static final String BEIM_START = "willkommen.beimStart";
	private static final int BREITE = 680;

	private Composite inhalt;
	Button beispiel;
	Button anlegen;
	Button antrag;
	Button kurs;
	Button beimStart;

	@PostConstruct
	void erstelle(Composite parent, @Translation Messages texte, @Service WorkspaceLocator workspace, IEclipseContext context) {
		Willkommensaktionen aktionen = ContextInjectionFactory.make(Willkommensaktionen.class, context);
		ScrolledComposite rollen = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		rollen.setShowFocusedControl(true); // Tab to "Beim Start anzeigen" at the foot scrolls it into view
		inhalt = new Composite(rollen, SWT.NONE);
		GridLayoutFactory.swtDefaults().margins(24, 20).spacing(12, 8).numColumns(2).applyTo(inhalt);

		Label titel = text(texte.willkommenTitel, 2);
		titel.setFont(JFaceResources.getHeaderFont());
		text(texte.willkommenZweck, 2);
		ueberschrift(texte.willkommenErsteSchritte);
		beispiel = schritt(texte.willkommenBeispiel, texte.willkommenBeispielText);
		anlegen = schritt(texte.willkommenAnlegen, texte.willkommenAnlegenText);
		antrag = schritt(texte.willkommenAntrag, texte.willkommenAntragText);
		kurs = schritt(texte.willkommenKurs, texte.willkommenKursText);
		beispiel.addListener(SWT.Selection, e -> aktionen.beispielAnsehen());
		anlegen.addListener(SWT.Selection, e -> aktionen.praxisbeispielAnlegen());
		antrag.addListener(SWT.Selection, e -> aktionen.foerderantragErstellen());
		kurs.addListener(SWT.Selection, e -> aktionen.kursInstallieren());
		ueberschrift(texte.willkommenRollen);
		rolle(texte.willkommenRolleTeilnehmende, texte.willkommenRolleTeilnehmendeText);
		rolle(texte.willkommenRolleKursleitung, texte.willkommenRolleKursleitungText);
		rolle(texte.willkommenRolleTraeger, texte.willkommenRolleTraegerText);

		beimStart = new Button(inhalt, SWT.CHECK);
		beimStart.setText(texte.willkommenBeimStart);
		GridDataFactory.fillDefaults().span(2, 1).indent(0, 16).applyTo(beimStart);
		Einstellungen einstellungen = einstellungen(workspace);
		beimStart.setSelection(einstellungen == null || einstellungen.schalter(BEIM_START, true));
		beimStart.addListener(SWT.Selection, e -> {
			try {
				Einstellungen aktuell = einstellungen(workspace);
				if (aktuell == null) {
					throw new IOException(texte.willkommenEinstellungFehlt);
				}
				aktuell.setze(BEIM_START, Boolean.toString(beimStart.getSelection()));
			} catch (IOException fehler) {
				MessageDialog.openError(beimStart.getShell(), texte.willkommenPart, Messages.format(texte.willkommenEinstellungNichtGespeichert,
						fehler.getMessage()));
			}
		});

		rollen.setContent(inhalt);
		rollen.setExpandHorizontal(true);
		rollen.setExpandVertical(true);
		rollen.setMinSize(inhalt.computeSize(SWT.DEFAULT, SWT.DEFAULT));
	}

	@Focus
	void fokus() {
		beispiel.setFocus();
	}

	private Label text(String text, int spalten) {
		Label label = new Label(inhalt, SWT.WRAP);
		label.setText(text);
		GridDataFactory.fillDefaults().span(spalten, 1).hint(spalten == 2 ? BREITE : BREITE - 200, SWT.DEFAULT).applyTo(label);
		return label;
	}

	private void ueberschrift(String text) {
		Label label = new Label(inhalt, SWT.NONE);
		label.setText(text);
		label.setFont(JFaceResources.getBannerFont());
		GridDataFactory.fillDefaults().span(2, 1).indent(0, 14).applyTo(label);
	}

	private void rolle(String rolle, String beschreibung) {
		Label name = new Label(inhalt, SWT.NONE);
		name.setText(rolle);
		name.setFont(JFaceResources.getBannerFont());
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(name);
		text(beschreibung, 1);
	}

	private Button schritt(String beschriftung, String erklaerung) {
		Button knopf = new Button(inhalt, SWT.PUSH);
		knopf.setText(beschriftung);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(knopf);
		Zugaenglich.beschreibe(knopf, erklaerung);
		text(erklaerung, 1);
		return knopf;
	}

	private static Einstellungen einstellungen(WorkspaceLocator workspace) {
		try {
			return Einstellungen.von(workspace.folder());
		} catch (IOException e) {
			return null;
		}
	}
}
