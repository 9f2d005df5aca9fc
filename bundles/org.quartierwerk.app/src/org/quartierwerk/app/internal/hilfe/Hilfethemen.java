package org.quartierwerk.app.internal.hilfe;

import java.util.Map;
import java.util.Optional;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.quartierwerk.app.internal.basis.Hilfeseite;
import org.quartierwerk.handbuch.Handbuch;

/**
 * Where F1 leads, in one place: the section of the handbook ({@code datei.html#anker}) for each part, each page of the
 * Praxisbeispiel editor and each dialog. The keys are a part's element id; a part's element id, "/" and the name its
 * page carries under {@link Hilfeseite#SEITE}; a dialog's class name (JFace gives a dialog's shell its window as data;
 * a dialog without an entry takes its superclass's). What has no entry leads to the start page. {@code HandbuchTest}
 * checks that every target exists in the handbook and that every part and dialog of the workbench has an entry.
 */
final class Hilfethemen {

	private static final String EDITOR = "org.quartierwerk.app.part.praxisbeispiel";
	private static final String DIALOGE = "org.quartierwerk.app.internal.";

	/** Key → {@code datei.html#anker}. */
	static final Map<String, String> ORTE = Map.ofEntries(
			Map.entry(EDITOR, "praxisbeispiel.html#editor"),
			Map.entry(EDITOR + "/steckbrief", "praxisbeispiel.html#steckbrief"),
			Map.entry(EDITOR + "/ziele", "wirkung.html#ziele"),
			Map.entry(EDITOR + "/arbeitsschritte", "praxisbeispiel.html#arbeitsschritte"),
			Map.entry(EDITOR + "/kooperation", "praxisbeispiel.html#kooperation"),
			Map.entry(EDITOR + "/beteiligung", "beteiligung.html#einschaetzen"),
			Map.entry(EDITOR + "/finanzierung", "finanzierungsplan.html#ausgaben"),
			Map.entry(EDITOR + "/good-practice", "wirkung.html#good-practice"),
			Map.entry(EDITOR + "/orte", "praxisbeispiel.html#orte"),
			Map.entry("org.quartierwerk.app.part.projekte", "praxisbeispiel.html#verwalten"),
			Map.entry("org.quartierwerk.app.part.probleme", "praxisbeispiel.html#probleme"),
			Map.entry("org.quartierwerk.app.part.finanzierungsquellen", "finanzierungsplan.html#finanzierung"),
			Map.entry("org.quartierwerk.app.part.kurse", "kursteilnahme.html#teilnahme"),
			Map.entry("org.quartierwerk.app.part.verlauf", "sammlung.html#verlauf"),
			Map.entry("org.quartierwerk.app.part.willkommen", "index.html#fenster"),
			Map.entry(DIALOGE + "berichte.BerichtDialog", "bericht.html#erstellen"),
			Map.entry(DIALOGE + "KursInstallierenDialog", "kurse-installieren.html#installieren"),
			Map.entry(DIALOGE + "UeberDialog", "index.html"),
			Map.entry(DIALOGE + "praxisbeispiele.TitelDialog", "praxisbeispiel.html#anlegen"),
			Map.entry(DIALOGE + "willkommen.Assistentendialog", "praxisbeispiel.html#anlegen"),
			Map.entry(DIALOGE + "willkommen.Projektauswahl", "praxisbeispiel.html#anlegen"),
			Map.entry(DIALOGE + "sammlung.TeilenDialog", "sammlung.html#teilen"),
			Map.entry(DIALOGE + "sammlung.Konfliktdialog", "sammlung.html#konflikte"),
			Map.entry(DIALOGE + "veroeffentlichen.VeroeffentlichenDialog", "veroeffentlichen.html#werkbank"));

	private Hilfethemen() {
	}

	/**
	 * The section for what the user is in: the dialog that has the focus or is open over the main window, else the
	 * active part and its page, else the start page.
	 */
	static String fuer(Shell hauptfenster, MPart part) {
		return dialog(hauptfenster).flatMap(Hilfethemen::fuerDialog).orElseGet(() -> fuerPart(part));
	}

	/** The section of a dialog, when its class or a superclass has one. */
	static Optional<String> fuerDialog(Shell dialog) {
		return dialog.getData() instanceof Window fenster ? fuerKlasse(fenster.getClass()) : Optional.empty();
	}

	/** The section of a dialog class, its own or a superclass's. */
	static Optional<String> fuerKlasse(Class<?> dialog) {
		for (Class<?> klasse = dialog; klasse != null && klasse != Window.class; klasse = klasse.getSuperclass()) {
			String ort = ORTE.get(klasse.getName());
			if (ort != null) {
				return Optional.of(ort);
			}
		}
		return Optional.empty();
	}

	/** The section of a part, of its page where it has pages, else the start page. */
	static String fuerPart(MPart part) {
		if (part == null) {
			return Handbuch.STARTSEITE;
		}
		if (part.getWidget() instanceof Composite inhalt) {
			String seite = seite(inhalt);
			if (seite != null && ORTE.containsKey(part.getElementId() + "/" + seite)) {
				return ORTE.get(part.getElementId() + "/" + seite);
			}
		}
		return ORTE.getOrDefault(part.getElementId(), Handbuch.STARTSEITE);
	}

	/** Whether a shell is a dialog of the workbench rather than its main window. */
	static boolean istDialog(Shell shell, Shell hauptfenster) {
		return shell != null && !shell.isDisposed() && shell != hauptfenster && shell.getParent() != null;
	}

	/** The dialog the user is in: the one with the focus, else the top visible one over the main window. */
	private static Optional<Shell> dialog(Shell hauptfenster) {
		Display display = hauptfenster.getDisplay();
		Control fokus = display.getFocusControl();
		if (fokus != null && istDialog(fokus.getShell(), hauptfenster)) {
			return Optional.of(fokus.getShell());
		}
		Shell oben = null;
		for (Shell kind : hauptfenster.getShells()) {
			if (kind.isVisible()) {
				oben = kind;
			}
		}
		return Optional.ofNullable(oben);
	}

	/** The name of the page shown in the first page folder of a part, if its pages carry names. */
	private static String seite(Composite inhalt) {
		for (Control kind : inhalt.getChildren()) {
			if (kind instanceof CTabFolder reiter && reiter.getSelection() != null) {
				return reiter.getSelection().getData(Hilfeseite.SEITE) instanceof String name ? name : null;
			}
			if (kind instanceof Composite innen) {
				String seite = seite(innen);
				if (seite != null) {
					return seite;
				}
			}
		}
		return null;
	}
}
