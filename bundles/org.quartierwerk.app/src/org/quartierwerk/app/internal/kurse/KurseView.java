package org.quartierwerk.app.internal.kurse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.EventObject;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTreeViewer;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.ICheckStateProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.quartierwerk.app.internal.Kursinstallation;
import org.quartierwerk.app.internal.basis.Messages;
import org.quartierwerk.app.internal.berichte.Berichterstellung;
import org.quartierwerk.app.internal.editor.PraxisbeispielEditor;
import org.quartierwerk.core.PraxisbeispielStore;
import org.quartierwerk.core.StoreException;
import org.quartierwerk.core.WorkspaceLocator;
import org.quartierwerk.courses.Anforderungspruefung;
import org.quartierwerk.courses.Checkliste;
import org.quartierwerk.courses.CourseRegistry;
import org.quartierwerk.courses.Kurs;
import org.quartierwerk.courses.Kursarbeit;
import org.quartierwerk.courses.Kursberichtsdaten;
import org.quartierwerk.courses.Modul;
import org.quartierwerk.courses.Modulfortschritt;
import org.quartierwerk.courses.Pruefpunkt;
import org.quartierwerk.courses.Punktergebnis;
import org.quartierwerk.courses.Teilnahme;
import org.quartierwerk.courses.TeilnahmeStore;
import org.quartierwerk.courses.installer.CourseInstaller;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.reports.Berichtsformat;
import org.quartierwerk.reports.Berichtsvorlage;
import org.quartierwerk.reports.ReportService;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The Kurse view: the installed courses and, for one course and Praxisprojekt, the participant's Teilnahme – modules and
 * checklist points ticked off and saved at once, what is still missing for the certificate, the certificate itself,
 * and installing and removing courses.
 * <p>
 * Größe: not yet split; its parts (course and Praxisbeispiel choice, the Teilnahme tree, what is still open, the
 * course actions) move into classes of their own together with the move onto the course service (issue 16).
 */
public final class KurseView {

	/** Element id of the view in Application.e4xmi. */
	public static final String PART_ID = "org.quartierwerk.app.part.kurse";
	/** The command behind Kurse → Kurs installieren…. */
	static final String KURS_INSTALLIEREN = "org.quartierwerk.app.command.kursInstallieren";

	/** A heading in the tree: the modules, or one checklist, with its entries. */
	record Abschnitt(String titel, List<EObject> eintraege) {
	}

	/** From the context when there, else the OSGi service, as the installer below. */
	@Inject
	@Optional
	private CourseRegistry registry;

	@Inject
	@Optional
	@Service
	private TeilnahmeStore teilnahmen;

	@Inject
	@Service
	private PraxisbeispielStore store;

	@Inject
	@Service
	private WorkspaceLocator workspace;

	@Inject
	@Optional
	@Service
	private ReportService reports;

	/** Absent where p2 is not part of the installation. */
	@Inject
	@Optional
	private CourseInstaller installer;

	@Inject
	@Optional
	private ECommandService befehle;

	@Inject
	@Optional
	private EHandlerService handler;

	@Inject
	@Optional
	private IWorkbench workbench;

	@Inject
	@Translation
	private Messages texte;

	Rueckfragen rueckfragen = Rueckfragen.DIALOGE;

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
	private CommandStack beobachtet;
	private final CommandStackListener projektGeaendert = this::projektGeaendert;
	Button zertifikat;
	Button deinstallieren;
	Button installieren;

	private Teilnahme teilnahme;
	private MPart editorPart;

	@PostConstruct
	public void createControls(Composite parent) {
		stapel = new StackLayout();
		parent.setLayout(stapel);

		leer = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(leer);
		Label erklaerung = new Label(leer, SWT.WRAP);
		erklaerung.setText(texte.kurseLeer);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(erklaerung);
		installierenLeer = knopf(leer, texte.kurseInstallieren, this::installiere);

		inhalt = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(inhalt);
		kurs = auswahl(texte.kurseKurs, element -> ((Kurs) element).getTitel());
		projekt = auswahl(texte.kursePraxisprojekt, String::valueOf);
		kurs.addSelectionChangedListener(e -> zeigeTeilnahme());
		projekt.addSelectionChangedListener(e -> zeigeTeilnahme());

		teilnahmeText = new Label(inhalt, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(200, SWT.DEFAULT).applyTo(teilnahmeText);
		anlegen = knopf(inhalt, texte.kurseTeilnahmeAnlegen, this::legeAn);
		GridDataFactory.swtDefaults().span(2, 1).applyTo(anlegen);

		punkte = new CheckboxTreeViewer(inhalt, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(200, 160).applyTo(punkte.getControl());
		punkte.setContentProvider(new Gliederung());
		punkte.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return beschrifte(element);
			}
		});
		punkte.setCheckStateProvider(new ICheckStateProvider() {
			@Override
			public boolean isChecked(Object element) {
				return element instanceof Abschnitt abschnitt ? abschnitt.eintraege().stream().anyMatch(KurseView.this::erledigt)
						: erledigt(element);
			}

			@Override
			public boolean isGrayed(Object element) {
				return element instanceof Abschnitt abschnitt && !abschnitt.eintraege().stream().allMatch(KurseView.this::erledigt);
			}
		});
		punkte.addCheckStateListener(e -> hake(e.getElement(), e.getChecked()));

		offenTitel = new Label(inhalt, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(200, SWT.DEFAULT).applyTo(offenTitel);
		offen = new Text(inhalt, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(200, 90).applyTo(offen);

		Composite leiste = new Composite(inhalt, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(200, SWT.DEFAULT).applyTo(leiste);
		RowLayout fluss = new RowLayout();
		fluss.marginLeft = fluss.marginTop = fluss.marginRight = fluss.marginBottom = 0;
		leiste.setLayout(fluss);
		zertifikat = knopf(leiste, texte.kurseZertifikat, this::erstelleZertifikat);
		deinstallieren = knopf(leiste, texte.kurseDeinstallieren, this::deinstalliere);
		installieren = knopf(leiste, texte.kurseInstallieren, this::installiere);

		zeige();
	}

	/** The project of the Praxisbeispiel editor that becomes active is the one the courses are done for. */
	@Inject
	@Optional
	public void aktiv(@Named(IServiceConstants.ACTIVE_PART) MPart part) {
		if (part != null && PraxisbeispielEditor.PART_ID.equals(part.getElementId())
				&& part.getObject() instanceof PraxisbeispielEditor editor && editor.projekt() != null) {
			editorPart = part;
			beobachte(editor.domain() == null ? null : editor.domain().getCommandStack());
			if (projekt != null && !projekt.getControl().isDisposed()) {
				projekt.setSelection(new StructuredSelection(editor.projekt()));
			}
		}
	}

	/**
	 * What is missing follows the edits in the active editor at once (e.g. a Beteiligung added), not only when the
	 * view gets the focus again.
	 */
	private void beobachte(CommandStack stapel) {
		if (beobachtet != null) {
			beobachtet.removeCommandStackListener(projektGeaendert);
		}
		beobachtet = stapel;
		if (stapel != null) {
			stapel.addCommandStackListener(projektGeaendert);
		}
	}

	private void projektGeaendert(EventObject ereignis) {
		if (inhalt != null && !inhalt.isDisposed()) {
			inhalt.getDisplay().asyncExec(() -> {
				if (!inhalt.isDisposed() && teilnahme != null) {
					zeigeTeilnahme();
				}
			});
		}
	}

	@PreDestroy
	public void dispose() {
		beobachte(null);
	}

	@Focus
	public void setFocus() {
		zeige(); // courses may have come or gone, projects been added
		(stapel.topControl == leer ? installierenLeer : kurs.getControl()).setFocus();
	}

	/** Courses and projects again, keeping the choices where they still exist. */
	void zeige() {
		List<Kurs> kurse = registry == null ? List.of() : registry.kurse();
		stapel.topControl = kurse.isEmpty() ? leer : inhalt;
		installierenLeer.setEnabled(befehle != null && handler != null);
		installieren.setEnabled(installierenLeer.getEnabled());
		if (!kurse.isEmpty()) {
			Object kursVorher = kurs.getStructuredSelection().getFirstElement();
			kurs.setInput(kurse);
			String kursId = kursVorher instanceof Kurs k ? k.getId() : null;
			kurs.setSelection(new StructuredSelection(kurse.stream().filter(k -> k.getId().equals(kursId)).findFirst().orElse(kurse.get(0))));

			Object projektVorher = projekt.getStructuredSelection().getFirstElement();
			List<String> namen = projektnamen();
			projekt.setInput(namen);
			String vorschlag = projektVorher != null && namen.contains(projektVorher) ? (String) projektVorher : editorProjekt();
			if (vorschlag == null || !namen.contains(vorschlag)) {
				vorschlag = namen.isEmpty() ? null : namen.get(0);
			}
			projekt.setSelection(vorschlag == null ? StructuredSelection.EMPTY : new StructuredSelection(vorschlag));
		}
		zeigeTeilnahme();
		leer.getParent().layout(true, true);
	}

	/** The Teilnahme of the chosen course and project, its modules and points, and what is still missing. */
	void zeigeTeilnahme() {
		Kurs gewaehlt = gewaehlterKurs();
		String name = gewaehltesProjekt();
		teilnahme = null;
		String fehler = null;
		if (gewaehlt != null && name != null && teilnahmen != null) {
			try {
				teilnahme = teilnahmen.teilnahme(gewaehlt.getId(), name).orElse(null);
			} catch (StoreException e) {
				fehler = e.getMessage();
			}
		}
		teilnahmeText.setText(fehler != null ? fehler
				: name == null ? texte.kurseKeinProjekt
				: teilnahme == null ? texte.kurseKeineTeilnahme
				: Messages.format(texte.kurseTeilnahme, teilnahme.getTeilnehmende()));
		anlegen.setVisible(gewaehlt != null && name != null && teilnahme == null && fehler == null && teilnahmen != null);
		((GridData) anlegen.getLayoutData()).exclude = !anlegen.getVisible();

		punkte.setInput(gewaehlt == null ? List.of() : gliederung(gewaehlt));
		punkte.expandAll();
		punkte.getControl().setEnabled(teilnahme != null);

		List<String> fehlt = teilnahme == null ? List.of() : Anforderungspruefung.offen(Anforderungspruefung.pruefe(teilnahme, praxisprojekt(name)));
		offen.setText(fehlt.stream().map(f -> "• " + f).collect(Collectors.joining("\n")));
		offenTitel.setText(teilnahme == null ? "" : fehlt.isEmpty() ? texte.kurseAllesErfuellt : texte.kurseOffen);
		offen.setVisible(!fehlt.isEmpty());
		zertifikat.setEnabled(teilnahme != null && fehlt.isEmpty() && zertifikatsvorlage(gewaehlt) != null);
		deinstallieren.setEnabled(gewaehlt != null);
		inhalt.layout(true, true);
	}

	private void hake(Object element, boolean erledigt) {
		if (teilnahme == null || element instanceof Abschnitt) {
			punkte.refresh(); // a heading is not ticked itself
			return;
		}
		Date heute = new Date();
		if (element instanceof Modul modul) {
			if (erledigt) {
				Kursarbeit.modulAbschliessen(teilnahme, modul, heute);
			} else {
				Modulfortschritt fortschritt = Kursarbeit.fortschritt(teilnahme, modul);
				fortschritt.setAbgeschlossen(false);
				fortschritt.setAbgeschlossenAm(null);
			}
		} else if (element instanceof Pruefpunkt punkt) {
			if (erledigt) {
				Kursarbeit.punktErledigen(teilnahme, punkt, List.of(), null, heute);
			} else {
				Punktergebnis ergebnis = Kursarbeit.ergebnis(teilnahme, punkt);
				ergebnis.setErledigt(false);
				ergebnis.setErledigtAm(null);
			}
		}
		speichere();
		zeigeTeilnahme();
	}

	private void legeAn() {
		Kurs gewaehlt = gewaehlterKurs();
		String name = gewaehltesProjekt();
		String teilnehmende = rueckfragen.eingabe(shell(), texte.kurseTeilnahmeTitel,
				Messages.format(texte.kurseTeilnehmendeFrage, gewaehlt.getTitel(), name));
		if (teilnehmende == null || teilnehmende.isBlank()) {
			return;
		}
		teilnahme = Kursarbeit.neueTeilnahme(gewaehlt, teilnehmende.strip(), name);
		speichere();
		zeigeTeilnahme();
	}

	private void speichere() {
		try {
			teilnahmen.save(teilnahme);
		} catch (StoreException e) {
			rueckfragen.melde(shell(), texte.kurseTitel, Messages.format(texte.kurseSpeichernFehler, e.getMessage()), true);
		}
	}

	/** Renders the course's certificate for the Teilnahme off the UI thread, then opens it. */
	private void erstelleZertifikat() {
		Kurs gewaehlt = gewaehlterKurs();
		Berichtsvorlage vorlage = zertifikatsvorlage(gewaehlt);
		Praxisbeispiel beispiel = praxisprojekt(teilnahme.getPraxisprojekt());
		if (vorlage == null || beispiel == null) {
			return;
		}
		String vorschlag = (vorlage.titel() + " " + teilnahme.getTeilnehmende()).replaceAll("[\\\\/:*?\"<>|]", "-") + ".pdf";
		Path ziel = rueckfragen.speichernUnter(shell(), Path.of(System.getProperty("user.home"), vorschlag));
		if (ziel == null) {
			return;
		}
		try {
			workspace.outsideWorkspace(ziel);
		} catch (StoreException e) {
			rueckfragen.melde(shell(), texte.kurseZertifikatTitel, e.getMessage(), true);
			return;
		}
		String dateiname = ziel.getFileName().toString();
		Berichtsformat format = Berichtsformat.von(dateiname.substring(dateiname.lastIndexOf('.') + 1))
				.filter(vorlage.formate()::contains).orElse(Berichtsformat.PDF);
		if (teilnahme.getZertifikatErteiltAm() == null) {
			teilnahme.setZertifikatErteiltAm(new Date());
			speichere();
		}
		Berichterstellung.Ausgang ausgang = Berichterstellung.erstelle(shell(), reports, vorlage, beispiel,
				Map.of(Kursberichtsdaten.APP_CONTEXT_KEY, new Kursberichtsdaten(teilnahme, beispiel)), format, ziel,
				Messages.format(texte.kurseZertifikatLaeuft, teilnahme.getTeilnehmende()));
		if (!ausgang.erfolgreich()) {
			rueckfragen.melde(shell(), texte.kurseZertifikatTitel, ausgang.fehler(), true);
		} else if (!rueckfragen.oeffne(ziel)) {
			rueckfragen.melde(shell(), texte.kurseZertifikatTitel, Messages.format(texte.berichtGeschrieben, ziel), false);
		}
	}

	/** Removes the course's feature with p2 after asking; the Teilnahme files stay in the workspace. */
	private void deinstalliere() {
		Kurs gewaehlt = gewaehlterKurs();
		if (installer == null) {
			rueckfragen.melde(shell(), texte.kurseDeinstallierenTitel, texte.kursInstallierenNichtVerfuegbar, true);
			return;
		}
		if (!rueckfragen.bestaetigt(shell(), texte.kurseDeinstallierenTitel,
				Messages.format(texte.kurseDeinstallierenFrage, gewaehlt.getTitel()))) {
			return;
		}
		// a course is installed as the feature of the bundle that contributes it, as in "quartierwerk kurs uninstall"
		String feature = registry.bundle(gewaehlt.getId()).map(bundle -> bundle + ".feature")
				.orElse(CourseInstaller.FEATURE_PREFIX + gewaehlt.getId() + ".feature");
		Kursinstallation.Ausgang ausgang = Kursinstallation.deinstalliere(shell(), installer, feature);
		if (!ausgang.erfolgreich()) {
			rueckfragen.melde(shell(), texte.kurseDeinstallierenTitel, ausgang.fehler(), true);
		} else if (ausgang.result().restartNeeded()) {
			if (rueckfragen.bestaetigt(shell(), texte.kurseDeinstallierenTitel,
					Messages.format(texte.kurseDeinstalliertNeustart, gewaehlt.getTitel())) && workbench != null) {
				workbench.restart();
			}
		} else {
			rueckfragen.melde(shell(), texte.kurseDeinstallierenTitel, Messages.format(texte.kurseDeinstalliert, gewaehlt.getTitel()),
					false);
		}
		zeige();
	}

	/** Runs Kurse → Kurs installieren…, then shows what came. */
	private void installiere() {
		if (befehle != null && handler != null) {
			ParameterizedCommand befehl = befehle.createCommand(KURS_INSTALLIEREN, null);
			handler.executeHandler(befehl);
		}
		zeige();
	}

	private boolean erledigt(Object element) {
		if (teilnahme == null) {
			return false;
		}
		if (element instanceof Modul modul) {
			return teilnahme.getFortschritte().stream().anyMatch(f -> f.getModul() == modul && f.isAbgeschlossen());
		}
		Punktergebnis ergebnis = element instanceof Pruefpunkt punkt ? Kursarbeit.ergebnisOderNull(teilnahme, punkt) : null;
		return ergebnis != null && ergebnis.isErledigt();
	}

	private String beschrifte(Object element) {
		if (element instanceof Abschnitt abschnitt) {
			return abschnitt.titel();
		}
		if (element instanceof Modul modul) {
			return modul.getTitel() + (modul.getStunden() == null ? "" : " (" + Messages.format(texte.kurseStunden, modul.getStunden()) + ")");
		}
		Pruefpunkt punkt = (Pruefpunkt) element;
		return punkt.getFrage() + (punkt.isPflicht() ? "" : " " + texte.kurseFreiwillig);
	}

	private List<Abschnitt> gliederung(Kurs kurs) {
		List<Abschnitt> abschnitte = new ArrayList<>();
		abschnitte.add(new Abschnitt(texte.kurseModule, List.copyOf(kurs.getModule())));
		for (Checkliste liste : kurs.getChecklisten()) {
			abschnitte.add(new Abschnitt(liste.getTitel(), List.copyOf(liste.getPunkte())));
		}
		return abschnitte;
	}

	private Berichtsvorlage zertifikatsvorlage(Kurs kurs) {
		if (reports == null || kurs == null) {
			return null;
		}
		return reports.vorlagen().stream().filter(v -> v.kurs().equals(kurs.getId()) && v.id().contains("zertifikat")).findFirst()
				.orElse(null);
	}

	/** The project as in its open editor (unsaved changes count), else as saved; null when it is not in the workspace. */
	private Praxisbeispiel praxisprojekt(String name) {
		if (name == null) {
			return null;
		}
		if (editorPart != null && editorPart.getObject() instanceof PraxisbeispielEditor editor && name.equals(editor.projekt())
				&& editor.praxisbeispiel() != null) {
			return editor.praxisbeispiel();
		}
		try {
			return store.names().contains(name) ? store.load(name) : null;
		} catch (StoreException e) {
			return null;
		}
	}

	private List<String> projektnamen() {
		try {
			return store.names();
		} catch (StoreException e) {
			return List.of();
		}
	}

	private String editorProjekt() {
		return editorPart != null && editorPart.getObject() instanceof PraxisbeispielEditor editor ? editor.projekt() : null;
	}

	private Kurs gewaehlterKurs() {
		return kurs.getStructuredSelection().getFirstElement() instanceof Kurs k ? k : null;
	}

	private String gewaehltesProjekt() {
		return projekt.getStructuredSelection().getFirstElement() instanceof String name ? name : null;
	}

	private Shell shell() {
		return inhalt.getShell();
	}

	private ComboViewer auswahl(String beschriftung, Function<Object, String> text) {
		Label label = new Label(inhalt, SWT.NONE);
		label.setText(beschriftung);
		ComboViewer viewer = new ComboViewer(inhalt, SWT.READ_ONLY);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return Objects.toString(text.apply(element), "");
			}
		});
		GridDataFactory.fillDefaults().grab(true, false).applyTo(viewer.getControl());
		return viewer;
	}

	private static Button knopf(Composite parent, String text, Runnable aktion) {
		Button knopf = new Button(parent, SWT.PUSH);
		knopf.setText(text);
		knopf.addListener(SWT.Selection, e -> aktion.run());
		if (parent.getLayout() instanceof GridLayout) {
			GridDataFactory.swtDefaults().applyTo(knopf);
		}
		return knopf;
	}

	private static final class Gliederung implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return ((List<?>) input).toArray();
		}

		@Override
		public Object[] getChildren(Object element) {
			return element instanceof Abschnitt abschnitt ? abschnitt.eintraege().toArray() : new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof Abschnitt;
		}
	}
}
