package org.quartierwerk.app.internal.editor;

import java.text.MessageFormat;
import java.util.EventObject;
import java.util.List;

import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.jface.databinding.swt.DisplayRealm;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.quartierwerk.app.internal.Messages;
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
	private DataBindingContext bindings;
	private Label meldung;
	private CTabFolder seiten;
	private SteckbriefSeite steckbrief;
	private FinanzierungSeite finanzierung;
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
		context.set(EditingDomain.class, domain);
		// the workbench runs in the display's realm, but the editor does not rely on it
		bindings = new DataBindingContext(DisplayRealm.getRealm(parent.getDisplay()));

		seiten = new CTabFolder(parent, SWT.BOTTOM | SWT.FLAT);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(seiten);
		CTabItem steckbriefSeite = new CTabItem(seiten, SWT.NONE);
		steckbriefSeite.setText(texte.editorSteckbrief);
		steckbrief = new SteckbriefSeite(seiten, beispiel, domain, bindings, texte);
		steckbriefSeite.setControl(steckbrief.control());
		CTabItem finanzierungSeite = new CTabItem(seiten, SWT.NONE);
		finanzierungSeite.setText(texte.editorFinanzierung);
		finanzierung = new FinanzierungSeite(seiten, beispiel, domain, texte);
		finanzierungSeite.setControl(finanzierung.control());
		seiten.setSelection(steckbriefSeite);
		part.setLabel(beispiel.getTitel() == null || beispiel.getTitel().isBlank() ? name : beispiel.getTitel());
		pruefe();
	}

	@Persist
	public void save() throws StoreException {
		store.save(name, beispiel);
		((BasicCommandStack) domain.getCommandStack()).saveIsDone();
		part.setDirty(false);
	}

	@Focus
	public void setFocus() {
		if (seiten != null) {
			seiten.setFocus();
		} else {
			meldung.setFocus();
		}
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

	/** The project's editing domain, e.g. for undo and redo. */
	public EditingDomain domain() {
		return domain;
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

	// placeholder, replaced by the editor pages' implementation
	public boolean zeige(EObject objekt, EStructuralFeature feld) {
		seiten.setSelection(0);
		return false;
	}

	SteckbriefSeite steckbrief() {
		return steckbrief;
	}

	void selectFinanzierung() {
		seiten.setSelection(1);
	}

	FinanzierungSeite finanzierung() {
		return finanzierung;
	}

	DataBindingContext bindings() {
		return bindings;
	}

	Label meldung() {
		return meldung;
	}

	private void geaendert(EventObject event) {
		meldung.getDisplay().asyncExec(() -> {
			if (meldung.isDisposed()) {
				return;
			}
			part.setDirty(((BasicCommandStack) domain.getCommandStack()).isSaveNeeded());
			finanzierung.aktualisiere();
			pruefe();
		});
	}

	/** The first error of the model's validation, or nothing; all errors are in the Probleme view later. */
	private void pruefe() {
		List<String> modelle = katalog == null ? List.of()
				: katalog.partizipationsmodelle().stream().map(Partizipationsmodell::getId).toList();
		List<String> fehler = Validierung.meldungen(Validierung.pruefe(beispiel, modelle), Diagnostic.ERROR);
		meldung.setText(fehler.isEmpty() ? texte.editorGueltig : fehler.get(0) + (fehler.size() > 1
				? " (" + MessageFormat.format(texte.editorWeitereFehler, fehler.size() - 1) + ")" : ""));
		meldung.getParent().layout(true, true);
	}
}
