package org.quartierwerk.app.internal.editor;

import java.util.EventObject;
import java.util.List;
import java.util.Map;

import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.databinding.swt.DisplayRealm;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.quartierwerk.app.internal.basis.Hilfeseite;
import org.quartierwerk.app.internal.basis.Messages;
import org.quartierwerk.app.internal.basis.Rueckgaengigbar;
import org.quartierwerk.catalog.Katalog;
import org.quartierwerk.core.PraxisbeispielStore;
import org.quartierwerk.core.StoreException;
import org.quartierwerk.model.Partizipationsmodell;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.validierung.Validierung;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The editor of one Praxisbeispiel, a part with one page per section of the DStGB Steckbrief. Every change goes
 * through the EMF command stack of its editing domain: undo and redo, and the part is dirty until saved.
 * The part's persisted state {@value #PROJEKT} names the project in the workspace.
 * <p>
 * Größe: the part's life cycle (load, pages, dirty state, save, Prüfung) and the accessors the pages' tests use;
 * each page lives in a class of its own, what stays here is the wiring of the eight of them.
 */
public final class PraxisbeispielEditor {

	/** Key of the part's persisted state that holds the project's name in the workspace. */
	public static final String PROJEKT = "projekt";
	/** Element id of the editor parts; one part per project. */
	public static final String PART_ID = "org.quartierwerk.app.part.praxisbeispiel";

	@Inject
	private MPart part;

	@Inject
	@Service
	private PraxisbeispielStore store;

	@Inject
	@Optional
	@Service
	private Katalog katalog;

	@Inject
	@Translation
	private Messages texte;

	@Inject
	private IEclipseContext context;

	private String name;
	private Praxisbeispiel beispiel;
	private EditingDomain domain;
	private Rueckgaengigbar verlauf;
	private DataBindingContext bindings;
	private Label meldung;
	private CTabFolder seiten;
	private SteckbriefSeite steckbrief;
	private ZieleSeite ziele;
	private ArbeitsschritteSeite arbeitsschritte;
	private KooperationSeite kooperation;
	private BeteiligungSeite beteiligung;
	private FinanzierungSeite finanzierung;
	private CTabItem finanzierungSeite;
	private GoodPracticeSeite goodPractice;
	private OrteSeite orteSeite;
	private Verweisziele verweisziele;
	private Feldorte orte;
	private final CommandStackListener aenderungen = this::geaendert;

	@PostConstruct
	public void createControls(Composite parent) {
		name = part.getPersistedState().get(PROJEKT);
		GridLayoutFactory.fillDefaults().applyTo(parent);
		meldung = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).indent(6, 4).applyTo(meldung);
		try {
			beispiel = store.load(name);
		} catch (StoreException e) {
			meldung.setText(e.getMessage());
			return;
		}
		BasicCommandStack stapel = new BasicCommandStack();
		domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), stapel);
		stapel.addCommandStackListener(aenderungen);
		verlauf = Rueckgaengigbar.von(stapel);
		context.set(Rueckgaengigbar.class, verlauf);
		// the workbench runs in the display's realm, but the editor does not rely on it
		bindings = new DataBindingContext(DisplayRealm.getRealm(parent.getDisplay()));

		seiten = new CTabFolder(parent, SWT.BOTTOM | SWT.FLAT);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(seiten);
		steckbrief = new SteckbriefSeite(blatt(), beispiel, domain, bindings, texte);
		CTabItem steckbriefSeite = reiter(texte.editorSteckbrief, steckbrief.control(), "steckbrief");
		ziele = new ZieleSeite(blatt(), beispiel, domain, bindings, texte);
		reiter(texte.editorZiele, ziele.control(), "ziele");
		arbeitsschritte = new ArbeitsschritteSeite(blatt(), beispiel, domain, bindings, texte);
		reiter(texte.editorArbeitsschritte, arbeitsschritte.control(), "arbeitsschritte");
		kooperation = new KooperationSeite(blatt(), beispiel, domain, texte);
		reiter(texte.editorKooperation, kooperation.control(), "kooperation");
		beteiligung = new BeteiligungSeite(blatt(), beispiel, domain, bindings, texte,
				katalog == null ? List.of() : katalog.partizipationsmodelle());
		reiter(texte.editorBeteiligung, beteiligung.control(), "beteiligung");
		finanzierung = new FinanzierungSeite(blatt(), beispiel, domain, texte, katalog == null ? List.of() : katalog.finanzierungsquellen());
		finanzierungSeite = reiter(texte.editorFinanzierung, finanzierung.control(), "finanzierung");
		goodPractice = new GoodPracticeSeite(blatt(), beispiel, domain, texte);
		reiter(texte.editorGoodPractice, goodPractice.control(), "good-practice");
		verweisziele = new Verweisziele(store);
		orteSeite = new OrteSeite(blatt(), beispiel, name, domain, texte, verweisziele, new OrteSeite.Oeffner() {
			@Override
			public void oeffne(String projekt) {
				EditorOeffner.oeffne(projekt, context.get(EPartService.class), context.get(EModelService.class),
						context.get(MApplication.class));
			}

			@Override
			public void pruefe() {
				PraxisbeispielEditor.this.pruefe();
			}

			@Override
			public Praxisbeispiel offen(String projekt) {
				EPartService parts = context.get(EPartService.class);
				for (MPart editor : parts == null ? List.<MPart>of() : parts.getParts()) {
					if (PART_ID.equals(editor.getElementId()) && projekt.equals(editor.getPersistedState().get(PROJEKT))
							&& editor.getObject() instanceof PraxisbeispielEditor offen) {
						return offen.praxisbeispiel();
					}
				}
				return null;
			}
		}, text -> {
			meldung.setText(text);
			meldung.getParent().layout(true, true);
		});
		reiter(texte.editorOrte, orteSeite.control(), "orte");
		seiten.setSelection(steckbriefSeite);

		// where zeige and the error marks find the fields and rows
		orte = Feldorte.von(beispiel, this);
		beschrifte();
		pruefe();
	}

	/** The tab shows the project's title as edited, or its name in the workspace while it has none. */
	private void beschrifte() {
		part.setLabel(beispiel.getTitel() == null || beispiel.getTitel().isBlank() ? name : beispiel.getTitel());
	}

	@Persist
	public void save() throws StoreException {
		store.save(name, beispiel);
		((BasicCommandStack) domain.getCommandStack()).saveIsDone();
		part.setDirty(false);
	}

	@Focus
	public void setFocus() {
		(seiten != null ? seiten : meldung).setFocus();
	}

	@PreDestroy
	public void dispose() {
		if (domain != null) {
			domain.getCommandStack().removeCommandStackListener(aenderungen);
		}
		if (bindings != null) {
			bindings.dispose();
		}
	}

	/** The project's editing domain. */
	public EditingDomain domain() {
		return domain;
	}

	/** The history of the project's changes, for Bearbeiten → Rückgängig and Wiederholen; null when it could not be read. */
	public Rueckgaengigbar verlauf() {
		return verlauf;
	}

	Praxisbeispiel beispiel() {
		return beispiel;
	}

	/** The project as edited, unsaved changes included; null when it could not be read. */
	public Praxisbeispiel praxisbeispiel() {
		return beispiel;
	}

	/** The project's name in the workspace. */
	public String projekt() {
		return name;
	}

	/**
	 * Shows a field or row of the project: selects the page that shows it, the object's row where it is one, and
	 * focuses the control, e.g. for an entry of the Probleme view.
	 *
	 * @param objekt the project or an object in it
	 * @param feld   the object's feature meant, or null for the object itself
	 * @return false when no page shows the object or feature
	 */
	public boolean zeige(EObject objekt, EStructuralFeature feld) {
		if (seiten == null || objekt == null) {
			return false;
		}
		return orte.zeige(seiten, objekt, feld);
	}

	SteckbriefSeite steckbrief() {
		return steckbrief;
	}

	void selectFinanzierung() {
		seiten.setSelection(finanzierungSeite);
	}

	CTabFolder seiten() {
		return seiten;
	}

	ZieleSeite ziele() {
		return ziele;
	}

	ArbeitsschritteSeite arbeitsschritte() {
		return arbeitsschritte;
	}

	KooperationSeite kooperation() {
		return kooperation;
	}

	BeteiligungSeite beteiligung() {
		return beteiligung;
	}

	FinanzierungSeite finanzierung() {
		return finanzierung;
	}

	GoodPracticeSeite goodPractice() {
		return goodPractice;
	}

	OrteSeite orteSeite() {
		return orteSeite;
	}

	DataBindingContext bindings() {
		return bindings;
	}

	Label meldung() {
		return meldung;
	}

	/** The error marker at a control of the pages, or null when it never had one. */
	ControlDecoration markierung(Control control) {
		return orte.markierung(control);
	}

	/**
	 * A scrolling sheet for one page: a small window scrolls the page instead of squeezing its tables to nothing.
	 */
	private ScrolledComposite blatt() {
		ScrolledComposite blatt = new ScrolledComposite(seiten, SWT.V_SCROLL | SWT.H_SCROLL);
		blatt.setExpandHorizontal(true);
		blatt.setExpandVertical(true);
		blatt.setShowFocusedControl(true); // a field shown by zeige scrolls into view
		return blatt;
	}

	private CTabItem reiter(String titel, Control inhalt, String hilfeseite) {
		ScrolledComposite blatt = (ScrolledComposite) inhalt.getParent();
		blatt.setContent(inhalt);
		blatt.addListener(SWT.Resize, e -> blatt.setMinSize(inhalt.computeSize(blatt.getClientArea().width, SWT.DEFAULT)));
		CTabItem reiter = new CTabItem(seiten, SWT.NONE);
		reiter.setText(titel);
		reiter.setControl(blatt);
		reiter.setData(Hilfeseite.SEITE, hilfeseite); // F1 opens this page's section of the handbook
		return reiter;
	}

	private void geaendert(EventObject event) {
		meldung.getDisplay().asyncExec(() -> {
			if (meldung.isDisposed()) {
				return;
			}
			part.setDirty(((BasicCommandStack) domain.getCommandStack()).isSaveNeeded());
			beschrifte();
			ziele.aktualisiere();
			arbeitsschritte.aktualisiere();
			kooperation.aktualisiere();
			beteiligung.aktualisiere();
			finanzierung.aktualisiere();
			goodPractice.aktualisiere();
			orteSeite.aktualisiere();
			pruefe();
		});
	}

	/** The first Fehler, else the first Warnung ("vollständig und stimmig" only without either); all in the Probleme view. */
	private void pruefe() {
		if (orte == null) {
			return; // still being built; the check follows at its end
		}
		List<String> modelle = katalog == null ? List.of()
				: katalog.partizipationsmodelle().stream().map(Partizipationsmodell::getId).toList();
		// a link is looked for in the workspace only where the project has one: reading every project costs
		Map<String, Verweisziele.Ziel> bekannt = beispiel.getVerweise().isEmpty() ? null : verweisziele.jeKennung();
		Diagnostic befunde = Validierung.pruefe(beispiel, modelle, bekannt == null ? null : bekannt.keySet());
		orte.markiere(befunde);
		List<String> erste = Validierung.meldungen(befunde, befunde.getSeverity() >= Diagnostic.ERROR ? Diagnostic.ERROR : Diagnostic.WARNING);
		meldung.setText(erste.isEmpty() ? texte.editorGueltig : erste.get(0) + (erste.size() > 1
				? " (" + Messages.format(texte.editorWeitereFehler, erste.size() - 1) + ")" : ""));
		meldung.getParent().layout(true, true);
	}
}
