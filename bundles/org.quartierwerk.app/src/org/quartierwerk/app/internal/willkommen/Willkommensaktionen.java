package org.quartierwerk.app.internal.willkommen;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.quartierwerk.app.internal.basis.Messages;
import org.quartierwerk.app.internal.editor.EditorOeffner;
import org.quartierwerk.app.internal.editor.PraxisbeispielEditor;
import org.quartierwerk.app.internal.praxisbeispiele.Praxisbeispieloperationen;
import org.quartierwerk.core.PraxisbeispielStore;
import org.quartierwerk.core.StoreException;
import org.quartierwerk.exchange.Exchange;
import org.quartierwerk.model.Praxisbeispiel;

import jakarta.inject.Inject;

/**
 * The first steps of the Willkommen page. Each uses what the workbench already has: the shipped examples and the
 * workspace's projects, the navigator's project operations (so Bearbeiten → Rückgängig takes a new project back), the
 * editor, and the commands Bericht erstellen… and Kurs installieren….
 */
public final class Willkommensaktionen {

	static final String BERICHT_ERSTELLEN = "org.quartierwerk.app.command.berichtErstellen";
	static final String KURS_INSTALLIEREN = "org.quartierwerk.app.command.kursInstallieren";

	@Inject
	private Shell shell;
	@Inject
	@Translation
	private Messages texte;
	@Inject
	@Service
	private PraxisbeispielStore store;
	@Inject
	@Service
	private Exchange exchange;
	@Inject
	private MApplication application;
	@Inject
	private MWindow fenster;
	@Inject
	private EPartService parts;
	@Inject
	private EModelService models;

	/** Opens the first shipped example in the workspace; one the user deleted is added again (never replacing a project). */
	void beispielAnsehen() {
		try {
			List<Praxisbeispiel> beispiele = exchange.dstgbBeispiele();
			if (beispiele.isEmpty()) {
				MessageDialog.openInformation(shell, texte.willkommenPart, texte.willkommenKeinBeispiel);
				return;
			}
			Set<String> titel = beispiele.stream().map(Praxisbeispiel::getTitel).collect(Collectors.toSet());
			String erstes = beispiele.get(0).getTitel();
			String gefunden = null;
			for (String name : store.names()) {
				String t = titelVon(name);
				if (erstes.equals(t)) {
					gefunden = name;
					break;
				}
				if (gefunden == null && titel.contains(t)) {
					gefunden = name;
				}
			}
			if (gefunden == null) {
				gefunden = exchange.addToWorkspace(List.of(beispiele.get(0))).get(0).name();
			}
			EditorOeffner.oeffne(gefunden, parts, models, application);
		} catch (IOException e) {
			MessageDialog.openError(shell, texte.willkommenPart, Messages.format(texte.willkommenBeispielFehler, e.getMessage()));
		}
	}

	/** The assistant for the basics of an own project; the project is created through the navigator's operations. */
	void praxisbeispielAnlegen() {
		Praxisbeispieloperationen operationen = Praxisbeispieloperationen.von(application.getContext(), store);
		PraxisbeispielAssistent assistent = new PraxisbeispielAssistent(texte, name -> vergeben(operationen, name), operationen::neu);
		WizardDialog dialog = new Assistentendialog(shell, assistent, texte);
		if (dialog.open() == Window.OK && assistent.name() != null) {
			EditorOeffner.oeffne(assistent.name(), parts, models, application);
		}
	}

	/**
	 * Bericht erstellen… for the project open in the editor, or, when none is open, for the project the user chooses;
	 * the report dialog offers the Antrag templates.
	 */
	void foerderantragErstellen() {
		String projekt = offenesProjekt();
		if (projekt == null) {
			List<String> namen;
			try {
				namen = store.names();
			} catch (StoreException e) {
				MessageDialog.openError(shell, texte.willkommenPart, e.getMessage());
				return;
			}
			if (namen.isEmpty()) {
				MessageDialog.openInformation(shell, texte.willkommenPart, texte.willkommenKeinProjekt);
				return;
			}
			Projektauswahl auswahl = new Projektauswahl(shell, texte, namen);
			if (auswahl.open() != Window.OK) {
				return;
			}
			projekt = auswahl.projekt();
		}
		EditorOeffner.oeffne(projekt, parts, models, application);
		fuehreAus(BERICHT_ERSTELLEN);
	}

	void kursInstallieren() {
		fuehreAus(KURS_INSTALLIEREN);
	}

	/** The project of an open editor: the one shown in the editor area, else the first open one; null if none. */
	private String offenesProjekt() {
		List<String> offen = new ArrayList<>();
		for (MPart part : parts.getParts()) {
			if (PraxisbeispielEditor.PART_ID.equals(part.getElementId()) && part.getObject() != null) {
				String projekt = part.getPersistedState().get(PraxisbeispielEditor.PROJEKT);
				if (parts.isPartVisible(part)) {
					return projekt;
				}
				offen.add(projekt);
			}
		}
		return offen.isEmpty() ? null : offen.get(0);
	}

	/** Runs a command as its menu item does, in the window's active part. */
	private void fuehreAus(String befehl) {
		var command = fenster.getContext().get(ECommandService.class).createCommand(befehl, null);
		fenster.getContext().get(EHandlerService.class).executeHandler(command);
	}

	private String titelVon(String name) {
		try {
			return store.load(name).getTitel();
		} catch (StoreException e) {
			return null;
		}
	}

	private static boolean vergeben(Praxisbeispieloperationen operationen, String name) {
		try {
			return operationen.gibtEs(name);
		} catch (StoreException e) {
			return true;
		}
	}
}
