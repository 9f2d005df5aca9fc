package org.quartierwerk.app.internal.zugaenglichkeit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Slider;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.quartierwerk.app.internal.UiTesting;

/**
 * The checks of {@link ZugaenglichkeitTest} on one place of the workbench (a part, an editor page, a dialog). It
 * collects every finding as "place → control: what is wrong" instead of stopping at the first.
 */
final class Bedienbarkeit {

	/** The most Tab presses a walk through one window takes: far more stops than any window of Quartierwerk has. */
	private static final int HOECHSTENS_TABS = 400;

	private final List<String> befunde = new ArrayList<>();
	private final Set<String> gesehen = new LinkedHashSet<>();
	private int gepruefteBedienelemente;

	List<String> befunde() {
		return befunde;
	}

	/** How many controls were checked, so a test can tell a walk that found nothing from one that saw nothing. */
	int gepruefteBedienelemente() {
		return gepruefteBedienelemente;
	}

	/**
	 * Checks every control under {@code wurzel} that is shown and takes the keyboard focus: its accessible name (and
	 * role), that Tab reaches it, that Tab leaves it again.
	 */
	void pruefe(String ort, Control wurzel) {
		List<Control> bedienbar = new ArrayList<>();
		sammle(wurzel, bedienbar);
		Set<Control> erreicht = mitTabErreicht(wurzel.getShell(), bedienbar);
		for (Control control : bedienbar) {
			gepruefteBedienelemente++;
			String name = name(control);
			if (name.isEmpty()) {
				befund(ort, control, "hat keinen zugänglichen Namen");
			}
			int rolle = Atk.rolle(control);
			if (rolle == Atk.ROLE_INVALID || rolle == Atk.ROLE_UNKNOWN || rolle == Atk.ROLE_FILLER || rolle == Atk.ROLE_PANEL) {
				befund(ort, control, "hat keine Rolle, die sagt, was es tut (ATK-Rolle " + rolle + ")");
			}
			boolean mitTab = erreicht.contains(control) || control instanceof CTabFolder reiter && aufSeiteErreicht(reiter, erreicht)
					|| gruppeErreicht(control, erreicht);
			if (control.isEnabled() && !mitTab) {
				befund(ort, control, "ist mit Tab nicht erreichbar");
			}
			if (control instanceof Text text && (text.getStyle() & (SWT.MULTI | SWT.READ_ONLY)) == SWT.MULTI && !tabVerlaesst(text)) {
				befund(ort, control, "lässt sich mit Tab nicht verlassen (Tab schreibt ein Tabulatorzeichen)");
			}
		}
	}

	/**
	 * Checks that no mnemonic (the underlined letter, Alt+letter) is used twice among the buttons, labels and groups
	 * shown under {@code wurzel}.
	 */
	void pruefeMnemonics(String ort, Composite wurzel) {
		Map<Character, List<String>> nachZeichen = new LinkedHashMap<>();
		sammleMnemonics(wurzel, nachZeichen);
		nachZeichen.forEach((zeichen, texte) -> {
			if (texte.size() > 1) {
				String eintrag = ort + " → Mnemonic Alt+" + Character.toUpperCase(zeichen) + " doppelt: "
						+ texte.stream().collect(Collectors.joining(", "));
				if (gesehen.add(eintrag)) {
					befunde.add(eintrag);
				}
			}
		});
	}

	/**
	 * The name a screen reader reads for the control: the name of its ATK object (its own text, or what an
	 * {@code AccessibleListener} gives), else the names of the controls it is "labelled by".
	 */
	static String name(Control control) {
		String eigener = Atk.eigenerName(control);
		if (!eigener.isEmpty()) {
			return eigener;
		}
		return Atk.beschriftetVon(control).stream().map(Atk::eigenerName).filter(n -> !n.isEmpty())
				.collect(Collectors.joining(" "));
	}

	/** Controls a user operates: they take the keyboard focus. Containers, labels and separators do not. */
	static boolean bedienbar(Control control) {
		return control instanceof Button || control instanceof Text || control instanceof Combo || control instanceof CCombo
				|| control instanceof org.eclipse.swt.widgets.List || control instanceof Table || control instanceof Tree
				|| control instanceof Spinner || control instanceof DateTime || control instanceof Link || control instanceof Scale
				|| control instanceof Slider || control instanceof StyledText || control instanceof CTabFolder
				|| control instanceof Browser;
	}

	private static boolean gezeigt(Control control) {
		return control.isVisible() && control.getSize().x > 0 && control.getSize().y > 0;
	}

	private static void sammle(Control control, List<Control> bedienbar) {
		if (!gezeigt(control)) {
			return;
		}
		if (bedienbar(control)) {
			bedienbar.add(control);
			if (!(control instanceof CTabFolder)) {
				return; // a table's cell editors, a combo's parts: shown only while in use
			}
		}
		if (control instanceof Composite composite) {
			for (Control kind : composite.getChildren()) {
				sammle(kind, bedienbar);
			}
		}
	}

	/**
	 * The controls that Tab reaches, walking the window from one of the controls with SWT's own traversal (what the
	 * Tab key does), until the walk comes round.
	 */
	private Set<Control> mitTabErreicht(Shell fenster, List<Control> bedienbar) {
		Set<Control> erreicht = new LinkedHashSet<>();
		Display display = fenster.getDisplay();
		// after a dialog, Xvfb without a window manager leaves no window active, and an inactive window takes no focus
		fenster.forceActive();
		UiTesting.settle(display);
		Control start = bedienbar.stream().filter(Control::isEnabled).filter(Control::setFocus).findFirst().orElse(null);
		if (start == null) {
			return erreicht;
		}
		// only what a Tab press brings the focus to counts: the control the walk starts at, when the walk comes back to it
		Control jetzt = display.getFocusControl();
		Set<Control> unterwegs = new LinkedHashSet<>();
		for (int i = 0; i < HOECHSTENS_TABS && jetzt != null && unterwegs.add(jetzt); i++) {
			if (!jetzt.traverse(SWT.TRAVERSE_TAB_NEXT)) {
				break;
			}
			while (display.readAndDispatch()) {
				// the focus moves with the events it causes
			}
			jetzt = display.getFocusControl();
			if (jetzt != null) {
				erreicht.add(jetzt);
			}
		}
		return erreicht;
	}

	/**
	 * A radio button is reached when Tab reaches a radio button of its group (the same parent): Tab goes to the chosen
	 * one, the arrow keys choose among them – the keyboard pattern of a radio group.
	 */
	private static boolean gruppeErreicht(Control control, Set<Control> erreicht) {
		if (!(control instanceof Button knopf) || (knopf.getStyle() & SWT.RADIO) == 0) {
			return false;
		}
		return erreicht.stream().anyMatch(c -> c instanceof Button anderer && (anderer.getStyle() & SWT.RADIO) != 0
				&& anderer.getParent() == knopf.getParent());
	}

	/** A tab folder is reached when Tab reaches a control on its page: from there Ctrl+PgDn and Ctrl+PgUp switch pages. */
	private static boolean aufSeiteErreicht(CTabFolder reiter, Set<Control> erreicht) {
		for (Control control : erreicht) {
			for (Control oben = control; oben != null; oben = oben.getParent()) {
				if (oben == reiter) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * Whether Tab leaves a multi-line field: SWT on GTK keeps the Tab key in such a field (it types a tab character)
	 * unless a Traverse listener of the field lets it go. The field's listeners are asked as SWT asks them.
	 */
	private static boolean tabVerlaesst(Text text) {
		Event tab = new Event();
		tab.detail = SWT.TRAVERSE_TAB_NEXT;
		tab.keyCode = SWT.TAB;
		tab.character = SWT.TAB;
		tab.doit = false;
		text.notifyListeners(SWT.Traverse, tab);
		return tab.doit;
	}

	private static void sammleMnemonics(Control control, Map<Character, List<String>> nachZeichen) {
		if (!gezeigt(control)) {
			return;
		}
		String text = control instanceof Button b ? b.getText()
				: control instanceof Label l ? l.getText() : control instanceof Group g ? g.getText() : null;
		Character zeichen = text == null ? null : mnemonic(text);
		if (zeichen != null) {
			nachZeichen.computeIfAbsent(zeichen, z -> new ArrayList<>()).add("„" + text.replace("&&", "&") + "“");
		}
		if (control instanceof Composite composite) {
			for (Control kind : composite.getChildren()) {
				sammleMnemonics(kind, nachZeichen);
			}
		}
	}

	/** The letter after a single '&', lower case; null when the text has none. */
	static Character mnemonic(String text) {
		for (int i = 0; i < text.length() - 1; i++) {
			if (text.charAt(i) == '&') {
				if (text.charAt(i + 1) != '&') {
					return Character.toLowerCase(text.charAt(i + 1));
				}
				i++;
			}
		}
		return null;
	}

	private void befund(String ort, Control control, String was) {
		String eintrag = ort + " → " + beschreibe(control) + " " + was;
		if (gesehen.add(eintrag)) {
			befunde.add(eintrag);
		}
	}

	/** The control as a person would point at it: its kind and what stands in it or next to it. */
	static String beschreibe(Control control) {
		String art = control.getClass().getSimpleName();
		String text = control instanceof Button b ? b.getText() : null;
		if (text != null && !text.isEmpty()) {
			return art + " „" + text + "“";
		}
		if (control instanceof Table tabelle && tabelle.getColumnCount() > 0) {
			return art + " mit den Spalten " + Arrays.stream(tabelle.getColumns()).map(TableColumn::getText).limit(3)
					.collect(Collectors.joining(", ")) + (tabelle.getColumnCount() > 3 ? ", …" : "");
		}
		if (control instanceof Tree baum && baum.getColumnCount() > 0) {
			return art + " mit den Spalten " + Arrays.stream(baum.getColumns()).map(TreeColumn::getText).limit(3)
					.collect(Collectors.joining(", ")) + (baum.getColumnCount() > 3 ? ", …" : "");
		}
		Label davor = labelDavor(control);
		if (davor != null) {
			return art + " nach „" + davor.getText() + "“";
		}
		if (control.getToolTipText() != null) {
			return art + " (Tooltip „" + control.getToolTipText() + "“)";
		}
		return art + " in " + control.getParent().getClass().getSimpleName() + " mit " + control.getParent().getChildren().length
				+ " Elementen";
	}

	private static Label labelDavor(Control control) {
		Control[] geschwister = control.getParent().getChildren();
		int index = Arrays.asList(geschwister).indexOf(control);
		for (int i = index - 1; i >= 0; i--) {
			if (geschwister[i] instanceof Label label && !label.getText().isBlank()) {
				return label;
			}
		}
		return null;
	}
}
