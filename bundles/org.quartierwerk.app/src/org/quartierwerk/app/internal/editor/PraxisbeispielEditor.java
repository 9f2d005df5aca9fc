package org.quartierwerk.app.internal.editor;

import java.util.ArrayList;
import java.util.EventObject;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

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
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.jface.databinding.swt.DisplayRealm;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.quartierwerk.app.internal.Messages;
import org.quartierwerk.catalog.Katalog;
import org.quartierwerk.core.PraxisbeispielStore;
import org.quartierwerk.core.StoreException;
import org.quartierwerk.model.Finanzierungsanteil;
import org.quartierwerk.model.Partizipationsmodell;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.QuartierwerkPackage.Literals;
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
	private ZieleSeite ziele;
	private ArbeitsschritteSeite arbeitsschritte;
	private KooperationSeite kooperation;
	private BeteiligungSeite beteiligung;
	private FinanzierungSeite finanzierung;
	private CTabItem finanzierungSeite;
	/** Where the pages show a feature of an object, e.g. the Titel of the project or the Name of the Träger. */
	private final Map<EStructuralFeature, Ort> felder = new HashMap<>();
	/** Where the pages show objects of a class as rows, and how to select one. */
	private final Map<EClass, Ort> zeilen = new HashMap<>();
	/** The error markers at the pages' controls, made when first needed. */
	private final Map<Control, ControlDecoration> markierungen = new HashMap<>();
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
		steckbrief = new SteckbriefSeite(blatt(), beispiel, domain, bindings, texte);
		CTabItem steckbriefSeite = reiter(texte.editorSteckbrief, steckbrief.control());
		ziele = new ZieleSeite(blatt(), beispiel, domain, bindings, texte);
		CTabItem zieleSeite = reiter(texte.editorZiele, ziele.control());
		arbeitsschritte = new ArbeitsschritteSeite(blatt(), beispiel, domain, bindings, texte);
		CTabItem arbeitsschritteSeite = reiter(texte.editorArbeitsschritte, arbeitsschritte.control());
		kooperation = new KooperationSeite(blatt(), beispiel, domain, texte);
		CTabItem kooperationSeite = reiter(texte.editorKooperation, kooperation.control());
		beteiligung = new BeteiligungSeite(blatt(), beispiel, domain, bindings, texte,
				katalog == null ? List.of() : katalog.partizipationsmodelle());
		CTabItem beteiligungSeite = reiter(texte.editorBeteiligung, beteiligung.control());
		finanzierung = new FinanzierungSeite(blatt(), beispiel, domain, texte, katalog == null ? List.of() : katalog.finanzierungsquellen());
		finanzierungSeite = reiter(texte.editorFinanzierung, finanzierung.control());
		seiten.setSelection(steckbriefSeite);

		// where zeige and the error marks find the fields and rows
		Supplier<EObject> projekt = () -> beispiel;
		Supplier<EObject> traeger = beispiel::getTraeger;
		Supplier<EObject> plan = beispiel::getFinanzierungsplan;
		feld(steckbriefSeite, steckbrief.titel, projekt, Literals.PRAXISBEISPIEL__TITEL);
		feld(steckbriefSeite, steckbrief.kurzbeschreibung, projekt, Literals.PRAXISBEISPIEL__KURZBESCHREIBUNG);
		feld(steckbriefSeite, steckbrief.herausforderung.getControl(), projekt, Literals.PRAXISBEISPIEL__HERAUSFORDERUNG);
		feld(steckbriefSeite, steckbrief.unterthema, projekt, Literals.PRAXISBEISPIEL__UNTERTHEMA);
		feld(steckbriefSeite, steckbrief.bundesland.getControl(), projekt, Literals.PRAXISBEISPIEL__BUNDESLAND);
		feld(zieleSeite, ziele.ziele.getControl(), projekt, Literals.PRAXISBEISPIEL__ZIELE);
		feld(zieleSeite, ziele.zieleText, projekt, Literals.PRAXISBEISPIEL__ZIELE_TEXT);
		feld(zieleSeite, ziele.wirkungserfolge, projekt, Literals.PRAXISBEISPIEL__WIRKUNGSERFOLGE);
		zeile(zieleSeite, ziele.ziele.getControl(), Literals.ZIEL, ziele::waehle);
		zeile(zieleSeite, ziele.kennzahlen.getControl(), Literals.KENNZAHL, ziele::waehle);
		zeile(zieleSeite, ziele.kennzahlen.getControl(), Literals.MESSWERT, ziele::waehle);
		feld(arbeitsschritteSeite, arbeitsschritte.schritte.getControl(), projekt, Literals.PRAXISBEISPIEL__ARBEITSSCHRITTE);
		feld(arbeitsschritteSeite, arbeitsschritte.arbeitsschritteText, projekt, Literals.PRAXISBEISPIEL__ARBEITSSCHRITTE_TEXT);
		zeile(arbeitsschritteSeite, arbeitsschritte.schritte.getControl(), Literals.ARBEITSSCHRITT, waehle(arbeitsschritte.schritte));
		feld(kooperationSeite, kooperation.traegerName, projekt, Literals.PRAXISBEISPIEL__TRAEGER);
		feld(kooperationSeite, kooperation.traegerName, traeger, Literals.ORGANISATION__NAME);
		feld(kooperationSeite, kooperation.traegerRechtsform, traeger, Literals.ORGANISATION__RECHTSFORM);
		feld(kooperationSeite, kooperation.traegerAkteurstyp.getControl(), traeger, Literals.ORGANISATION__AKTEURSTYP);
		feld(kooperationSeite, kooperation.traegerAnsprechperson, traeger, Literals.ORGANISATION__ANSPRECHPERSON);
		feld(kooperationSeite, kooperation.partner.getControl(), projekt, Literals.PRAXISBEISPIEL__KOOPERATIONEN);
		zeile(kooperationSeite, kooperation.partner.getControl(), Literals.KOOPERATION, kooperation::waehle);
		zeile(kooperationSeite, kooperation.partner.getControl(), Literals.ORGANISATION, kooperation::waehle);
		feld(beteiligungSeite, beteiligung.matrix, projekt, Literals.PRAXISBEISPIEL__BETEILIGUNGEN);
		feld(beteiligungSeite, beteiligung.beteiligungText, projekt, Literals.PRAXISBEISPIEL__BETEILIGUNG_TEXT);
		zeile(beteiligungSeite, beteiligung.beteiligungen.getControl(), Literals.BETEILIGUNG, waehle(beteiligung.beteiligungen));
		feld(finanzierungSeite, finanzierung.ausgaben.getControl(), plan, Literals.FINANZIERUNGSPLAN__AUSGABEN);
		feld(finanzierungSeite, finanzierung.anteile.getControl(), plan, Literals.FINANZIERUNGSPLAN__ANTEILE);
		zeile(finanzierungSeite, finanzierung.ausgaben.getControl(), Literals.AUSGABEPOSITION, waehle(finanzierung.ausgaben));
		zeile(finanzierungSeite, finanzierung.anteile.getControl(), Literals.FINANZIERUNGSANTEIL, waehle(finanzierung.anteile));
		zeile(finanzierungSeite, finanzierung.anteile.getControl(), Literals.FINANZIERUNGSQUELLE, quelle -> {
			Object anteil = finanzierung.anteile.getInput() instanceof List<?> anteile
					? anteile.stream().filter(a -> ((Finanzierungsanteil) a).getQuelle() == quelle).findFirst().orElse(null)
					: null;
			return anteil != null && waehle(finanzierung.anteile).test((EObject) anteil);
		});
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
		Treffer treffer = finde(objekt, feld);
		if (treffer == null || treffer.zeile() != null && !treffer.ort().waehle().test(treffer.zeile())) {
			return false;
		}
		seiten.setSelection(treffer.ort().seite());
		treffer.ort().control().setFocus();
		return true;
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

	DataBindingContext bindings() {
		return bindings;
	}

	Label meldung() {
		return meldung;
	}

	/** The error marker at a control of the pages, or null when it never had one. */
	ControlDecoration markierung(Control control) {
		return markierungen.get(control);
	}

	/** Where a page shows a feature, or objects of a class as rows. */
	private record Ort(CTabItem seite, Control control, Supplier<EObject> besitzer, Predicate<EObject> waehle) {
	}

	/** A place found for an object: with the row to select, or null for a field. */
	private record Treffer(Ort ort, EObject zeile) {
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

	private CTabItem reiter(String titel, Control inhalt) {
		ScrolledComposite blatt = (ScrolledComposite) inhalt.getParent();
		blatt.setContent(inhalt);
		blatt.addListener(SWT.Resize, e -> blatt.setMinSize(inhalt.computeSize(blatt.getClientArea().width, SWT.DEFAULT)));
		CTabItem reiter = new CTabItem(seiten, SWT.NONE);
		reiter.setText(titel);
		reiter.setControl(blatt);
		return reiter;
	}

	private void feld(CTabItem seite, Control control, Supplier<EObject> besitzer, EStructuralFeature feature) {
		felder.put(feature, new Ort(seite, control, besitzer, null));
	}

	private void zeile(CTabItem seite, Control control, EClass klasse, Predicate<EObject> waehle) {
		zeilen.put(klasse, new Ort(seite, control, null, waehle));
	}

	private static Predicate<EObject> waehle(StructuredViewer viewer) {
		return zeile -> {
			viewer.setSelection(new StructuredSelection(zeile), true);
			return !viewer.getStructuredSelection().isEmpty();
		};
	}

	/** The field of the object's feature, else the row of the object or of the nearest object containing it. */
	private Treffer finde(EObject objekt, EStructuralFeature feld) {
		Ort ort = feld == null ? null : felder.get(feld);
		if (ort != null && ort.besitzer().get() == objekt) {
			return new Treffer(ort, null);
		}
		for (EObject zeile = objekt; zeile != null; zeile = zeile.eContainer()) {
			Ort zeilenOrt = zeilen.get(zeile.eClass());
			if (zeilenOrt != null) {
				return new Treffer(zeilenOrt, zeile);
			}
		}
		return null;
	}

	/** Marks each control whose field or rows have errors, the messages as its tooltip; the others lose their marks. */
	private void markiere(Diagnostic befunde) {
		Map<Control, List<String>> fehler = new LinkedHashMap<>();
		for (Diagnostic befund : befunde.getChildren()) {
			List<?> daten = befund.getData();
			if (befund.getSeverity() >= Diagnostic.ERROR && !daten.isEmpty() && daten.get(0) instanceof EObject objekt) {
				Treffer treffer = finde(objekt, daten.size() > 1 && daten.get(1) instanceof EStructuralFeature f ? f : null);
				if (treffer != null) {
					fehler.computeIfAbsent(treffer.ort().control(), c -> new ArrayList<>()).add(befund.getMessage());
				}
			}
		}
		markierungen.forEach((control, markierung) -> {
			if (!fehler.containsKey(control)) {
				markierung.hide();
			}
		});
		fehler.forEach((control, meldungen) -> {
			ControlDecoration markierung = markierungen.computeIfAbsent(control, c -> {
				ControlDecoration neu = new ControlDecoration(c, SWT.LEFT | SWT.TOP);
				neu.setImage(FieldDecorationRegistry.getDefault().getFieldDecoration(FieldDecorationRegistry.DEC_ERROR).getImage());
				return neu;
			});
			markierung.setDescriptionText(String.join("\n", meldungen));
			markierung.show();
		});
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
			pruefe();
		});
	}

	/** The first error of the model's validation, or nothing; all errors are in the Probleme view later. */
	private void pruefe() {
		List<String> modelle = katalog == null ? List.of()
				: katalog.partizipationsmodelle().stream().map(Partizipationsmodell::getId).toList();
		Diagnostic befunde = Validierung.pruefe(beispiel, modelle);
		markiere(befunde);
		List<String> fehler = Validierung.meldungen(befunde, Diagnostic.ERROR);
		meldung.setText(fehler.isEmpty() ? texte.editorGueltig : fehler.get(0) + (fehler.size() > 1
				? " (" + Messages.format(texte.editorWeitereFehler, fehler.size() - 1) + ")" : ""));
		meldung.getParent().layout(true, true);
	}
}
