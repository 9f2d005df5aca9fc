package org.quartierwerk.app.internal.kurse;

import java.util.List;

import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.CheckboxTreeViewer;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.quartierwerk.app.internal.basis.Messages;
import org.quartierwerk.core.PraxisbeispielStore;
import org.quartierwerk.courses.CourseException;
import org.quartierwerk.courses.CourseService;
import org.quartierwerk.courses.model.Checkliste;
import org.quartierwerk.courses.model.Kurs;
import org.quartierwerk.courses.model.Teilnahme;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The Kurse view: the installed courses and, for one course and Praxisprojekt, the participant's Teilnahme – modules and
 * checklist points (the course's and the Vorgaben der Kursleitung) ticked off and saved at once, what is still missing,
 * the certificate itself (only for a course that declares one),
 * and installing and removing courses. The part wires its pieces: {@link Kursauswahl}, {@link Teilnahmebaum},
 * {@link Anforderungsanzeige} and {@link Kursaktionen}; every course rule is in the {@link CourseService}.
 */
public final class KurseView {

	/** Element id of the view in Application.e4xmi. */
	public static final String PART_ID = "org.quartierwerk.app.part.kurse";
	/** The command behind Kurse → Kurs installieren…. */
	static final String KURS_INSTALLIEREN = "org.quartierwerk.app.command.kursInstallieren";

	/** From the context when there, else the OSGi service. */
	@Inject
	@Optional
	CourseService kurse;

	@Inject
	@Service
	private PraxisbeispielStore store;

	@Inject
	@Optional
	ECommandService befehle;

	@Inject
	@Optional
	EHandlerService handler;

	@Inject
	@Optional
	IWorkbench workbench;

	@Inject
	@Translation
	Messages texte;

	Rueckfragen rueckfragen = Rueckfragen.dialoge(() -> texte);
	final Kursauswahl auswahl = new Kursauswahl(this::zeigeTeilnahme);

	private StackLayout stapel;
	Composite leer;
	Composite inhalt;
	Button installierenLeer;
	ComboViewer kurs;
	ComboViewer projekt;
	Label teilnahmeText;
	Button anlegen;
	CheckboxTreeViewer punkte;
	Label offenTitel;
	Text offen;
	Button zertifikat;
	Button deinstallieren;
	Button installieren;

	private Teilnahmebaum baum;
	private Anforderungsanzeige anzeige;
	private Kursaktionen aktionen;
	private Teilnahme teilnahme;

	@PostConstruct
	public void createControls(Composite parent) {
		stapel = new StackLayout();
		parent.setLayout(stapel);

		leer = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(leer);
		Label erklaerung = new Label(leer, SWT.WRAP);
		erklaerung.setText(texte.kurseLeer);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(erklaerung);
		installierenLeer = Kursaktionen.knopf(leer, texte.kurseInstallieren, () -> aktionen.installiere());

		inhalt = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(inhalt);
		auswahl.erstelle(inhalt, texte);
		kurs = auswahl.kurs;
		projekt = auswahl.projekt;
		teilnahmeText = new Label(inhalt, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(200, SWT.DEFAULT).applyTo(teilnahmeText);
		anlegen = Kursaktionen.knopf(inhalt, texte.kurseTeilnahmeAnlegen, () -> aktionen.legeAn());
		GridDataFactory.swtDefaults().span(2, 1).applyTo(anlegen);
		baum = new Teilnahmebaum(inhalt, texte, (element, erledigt) -> aktionen.hake(element, erledigt));
		punkte = baum.punkte;
		anzeige = new Anforderungsanzeige(inhalt, texte);
		offenTitel = anzeige.titel;
		offen = anzeige.offen;
		aktionen = new Kursaktionen(this, inhalt);
		zertifikat = aktionen.zertifikat;
		deinstallieren = aktionen.deinstallieren;
		installieren = aktionen.installieren;

		zeige();
	}

	/** The project of the Praxisbeispiel editor that becomes active is the one the courses are done for. */
	@Inject
	@Optional
	public void aktiv(@Named(IServiceConstants.ACTIVE_PART) MPart part) {
		auswahl.folge(part);
	}

	@PreDestroy
	public void dispose() {
		auswahl.dispose();
	}

	@Focus
	public void setFocus() {
		zeige(); // courses may have come or gone, projects been added
		(stapel.topControl == leer ? installierenLeer : kurs.getControl()).setFocus();
	}

	/** Courses and projects again, keeping the choices where they still exist. */
	void zeige() {
		List<Kurs> liste = kurse == null ? List.of() : kurse.kurse();
		stapel.topControl = liste.isEmpty() ? leer : inhalt;
		installierenLeer.setEnabled(befehle != null && handler != null);
		installieren.setEnabled(installierenLeer.getEnabled());
		if (!liste.isEmpty()) {
			auswahl.setze(liste, Kursauswahl.namen(store));
		}
		zeigeTeilnahme();
		leer.getParent().layout(true, true);
	}

	/** The Teilnahme of the chosen course and project, its modules and points, and what is still missing. */
	void zeigeTeilnahme() {
		Kurs gewaehlt = auswahl.kurs();
		String name = auswahl.projekt();
		teilnahme = null;
		String fehler = null;
		List<Checkliste> checklisten = gewaehlt == null ? List.of() : gewaehlt.getChecklisten();
		List<String> fehlt = List.of();
		if (gewaehlt != null && kurse != null) {
			try {
				checklisten = kurse.checklisten(gewaehlt);
				teilnahme = name == null ? null : kurse.teilnahme(gewaehlt.getId(), name).orElse(null);
				fehlt = teilnahme == null ? List.of() : kurse.offen(teilnahme, auswahl.editorKopie(name));
			} catch (CourseException e) {
				fehler = e.getMessage();
				teilnahme = null;
			}
		}
		teilnahmeText.setText(fehler != null ? fehler
				: name == null ? texte.kurseKeinProjekt
				: teilnahme == null ? texte.kurseKeineTeilnahme
				: Messages.format(texte.kurseTeilnahme, teilnahme.getTeilnehmende()));
		anlegen.setVisible(gewaehlt != null && name != null && teilnahme == null && fehler == null);
		((GridData) anlegen.getLayoutData()).exclude = !anlegen.getVisible();

		baum.zeige(kurse, gewaehlt, checklisten, teilnahme);
		boolean mitZertifikat = gewaehlt != null && kurse != null && kurse.vergibtZertifikat(gewaehlt);
		anzeige.zeige(teilnahme != null, mitZertifikat, fehlt);
		// a course whose source states no certificate has no certificate action at all
		zertifikat.setVisible(mitZertifikat);
		((RowData) zertifikat.getLayoutData()).exclude = !mitZertifikat;
		zertifikat.setEnabled(mitZertifikat && teilnahme != null && fehlt.isEmpty() && kurse.zertifikatsvorlage(gewaehlt).isPresent());
		deinstallieren.setEnabled(gewaehlt != null);
		inhalt.layout(true, true);
	}

	Teilnahme teilnahme() {
		return teilnahme;
	}

	Shell shell() {
		return inhalt.getShell();
	}
}
