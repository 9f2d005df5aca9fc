package org.quartierwerk.app.internal.zustand;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.model.application.ui.advanced.MPlaceholder;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/**
 * What the workbench shows, read from its SWT widgets on the display thread, as lines of text:
 *
 * <pre>
 * window: Quartierwerk
 * visible: true
 * menu: Datei | Bearbeiten | Berichte | Kurse | Hilfe
 * stack org.quartierwerk.app.partstack.navigator: [Praxisbeispiele] | Kurse
 * part org.quartierwerk.app.part.projekte: Praxisbeispiele
 *   field: …
 *   tree: Eichstetten
 * </pre>
 *
 * One block per open window; one {@code stack} line per part stack on the screen with the titles of its tabs, the one
 * in front in brackets; for the part in front, one indented line per visible label, button, field, choice, tree item
 * (the children of an expanded item indented further) and table row (cells separated by {@code |}). Mnemonics are
 * left out, as a person reads the text.
 */
final class Bildschirm {

	private final StringBuilder text = new StringBuilder();

	private Bildschirm() {
	}

	static String beschreibe(MApplication application, EModelService modelle) {
		Bildschirm bildschirm = new Bildschirm();
		for (MWindow fenster : application.getChildren()) {
			if (fenster.getWidget() instanceof Shell shell && !shell.isDisposed()) {
				bildschirm.fenster(fenster, shell, modelle);
			}
		}
		return bildschirm.text.toString();
	}

	private void fenster(MWindow fenster, Shell shell, EModelService modelle) {
		zeile("window: " + shell.getText().strip());
		zeile("visible: " + shell.isVisible());
		Menu menue = shell.getMenuBar();
		if (menue != null) {
			List<String> eintraege = new ArrayList<>();
			for (MenuItem eintrag : menue.getItems()) {
				eintraege.add(lesbar(eintrag.getText()));
			}
			zeile("menu: " + String.join(" | ", eintraege));
		}
		List<MPart> vorn = new ArrayList<>();
		for (MPartStack stapel : modelle.findElements(fenster, null, MPartStack.class)) {
			if (stapel.getWidget() instanceof CTabFolder reiter && !reiter.isDisposed() && reiter.isVisible()) {
				List<String> titel = new ArrayList<>();
				for (CTabItem item : reiter.getItems()) {
					String name = lesbar(item.getText());
					titel.add(item == reiter.getSelection() ? "[" + name + "]" : name);
				}
				zeile("stack " + stapel.getElementId() + ":" + (titel.isEmpty() ? "" : " " + String.join(" | ", titel)));
				if (teil(stapel.getSelectedElement()) instanceof MPart part) {
					vorn.add(part);
				}
			}
		}
		for (MPart part : vorn) {
			if (part.getWidget() instanceof Control inhalt && !inhalt.isDisposed() && inhalt.isVisible()) {
				zeile("part " + part.getElementId() + ": " + lesbar(part.getLocalizedLabel()));
				inhalt(inhalt);
			}
		}
	}

	private static MUIElement teil(MUIElement element) {
		return element instanceof MPlaceholder platzhalter ? platzhalter.getRef() : element;
	}

	private void inhalt(Control control) {
		if (!control.isVisible()) {
			return;
		}
		switch (control) {
		case Label label -> eintrag("label", lesbar(label.getText()));
		case CLabel label -> eintrag("label", lesbar(label.getText()));
		case Link link -> eintrag("label", lesbar(link.getText().replaceAll("</?a[^>]*>", "")));
		case Button knopf -> eintrag("button", lesbar(knopf.getText()));
		case Text feld -> eintrag("field", einzeilig(feld.getText()));
		case Combo auswahl -> eintrag("choice", einzeilig(auswahl.getText()));
		case CCombo auswahl -> eintrag("choice", einzeilig(auswahl.getText()));
		case Tree baum -> baum(baum.getItems(), "");
		case Table tabelle -> tabelle(tabelle);
		case Composite behaelter -> {
			for (Control kind : behaelter.getChildren()) {
				inhalt(kind);
			}
		}
		default -> {
			// other widgets (canvas, separators) carry no text
		}
		}
	}

	private void baum(TreeItem[] items, String einzug) {
		for (TreeItem item : items) {
			eintrag("tree", einzug + einzeilig(item.getText()));
			if (item.getExpanded()) {
				baum(item.getItems(), einzug + "  ");
			}
		}
	}

	private void tabelle(Table tabelle) {
		int spalten = Math.max(1, tabelle.getColumnCount());
		for (TableItem zeile : tabelle.getItems()) {
			List<String> zellen = new ArrayList<>();
			for (int i = 0; i < spalten; i++) {
				zellen.add(einzeilig(zeile.getText(i)));
			}
			eintrag("row", String.join(" | ", zellen));
		}
	}

	private void eintrag(String art, String wert) {
		if (!wert.isBlank()) {
			zeile("  " + art + ": " + wert);
		}
	}

	private void zeile(String zeile) {
		text.append(zeile).append('\n');
	}

	/** The text of a label, button, menu or tab as shown: without the mnemonic mark and the accelerator after a tab. */
	private static String lesbar(String text) {
		if (text == null) {
			return "";
		}
		int tab = text.indexOf('\t');
		String ohneTaste = tab < 0 ? text : text.substring(0, tab);
		return einzeilig(ohneTaste.replace("&&", "\u0000").replace("&", "").replace('\u0000', '&'));
	}

	/** One line per entry: line breaks inside a text become spaces. */
	private static String einzeilig(String text) {
		return text == null ? "" : text.replaceAll("\\s*\\R\\s*", " ").strip();
	}
}
