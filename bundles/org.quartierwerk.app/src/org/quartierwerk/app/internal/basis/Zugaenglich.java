package org.quartierwerk.app.internal.basis;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.ACC;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * Accessible names and descriptions where SWT's default is not enough (docs/zugaenglichkeit.md): a field's name is
 * its label's text (the label stands beside it, which a screen reader does not know), a button's description the
 * sentence that explains it.
 * <p>
 * A name is given twice, because the platforms ask differently: as an {@code AccessibleListener} (Windows, macOS and
 * the controls SWT draws itself ask it) and as the relation "labelled by" to a hidden composite that carries the name.
 * SWT on GTK 3 does not ask the listener of a native GTK control – a text field, a table, a check box –, but hands the
 * relation to GTK, and a screen reader such as Orca reads the name of the composite as the control's name. The label
 * beside a field cannot be that target: SWT on GTK 3 hands GTK the box around the label's text, which has no name.
 */
public final class Zugaenglich {

	/** The key under which the name is also kept on the control, for tests that walk the controls. */
	public static final String NAME = Zugaenglich.class.getName() + ".name";
	/** The key under which the description is also kept on the control. */
	public static final String BESCHREIBUNG = Zugaenglich.class.getName() + ".beschreibung";

	private Zugaenglich() {
	}

	/** Gives the control this accessible name; mnemonic marks and a trailing colon of a label's text are dropped. */
	public static void benenne(Control control, String beschriftung) {
		String name = ohneZeichen(beschriftung);
		control.setData(NAME, name);
		control.getAccessible().addAccessibleListener(new AccessibleAdapter() {
			@Override
			public void getName(AccessibleEvent e) {
				if (e.childID == ACC.CHILDID_SELF) {
					e.result = name;
				}
			}
		});
		control.getAccessible().addRelation(ACC.RELATION_LABELLED_BY, namenstraeger(control, name).getAccessible());
	}

	/**
	 * Names the control after its labels, e.g. a field after the label beside it, a check box of a matrix after its row
	 * and its column ("Planung: Mitwirken").
	 */
	public static void benenne(Control control, Label... beschriftungen) {
		benenne(control, Arrays.stream(beschriftungen).map(l -> ohneZeichen(l.getText())).collect(Collectors.joining(": ")));
	}

	/** Names the control after the label directly before it in its parent (the usual label–field pair of a form). */
	public static void benenneNachLabel(Control control) {
		Label davor = labelDavor(control);
		if (davor == null) {
			throw new IllegalStateException("no label before " + control);
		}
		benenne(control, davor);
	}

	/**
	 * Names the message of a JFace dialog's title area (a read-only text that JFace puts in the tab order) after the
	 * title above it.
	 *
	 * @param inhalte what {@code TitleAreaDialog.createContents} returns
	 */
	public static void benenneTitelbereich(Composite inhalte) {
		Label titel = null;
		for (Control kind : inhalte.getChildren()) {
			if (titel == null && kind instanceof Label label && !label.getText().isEmpty()) {
				titel = label;
			} else if (titel != null && kind instanceof Text meldung && (meldung.getStyle() & SWT.READ_ONLY) != 0) {
				benenne(meldung, titel);
			}
		}
	}

	/** Gives the control this accessible description (read after its name). */
	public static void beschreibe(Control control, String beschreibung) {
		control.setData(BESCHREIBUNG, beschreibung);
		control.getAccessible().addAccessibleListener(new AccessibleAdapter() {
			@Override
			public void getDescription(AccessibleEvent e) {
				e.result = beschreibung;
			}
		});
	}

	/**
	 * Lets Tab and Shift+Tab leave a multi-line field, as in every other field; SWT on GTK would type a tab character
	 * (which no field of Quartierwerk needs) and leave only with Ctrl+Tab.
	 */
	public static void tabVerlaesst(Text text) {
		text.addListener(SWT.Traverse, e -> {
			if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
				e.doit = true;
			}
		});
	}

	/**
	 * What a part's {@code @Focus} method does: focuses its main control, unless the keyboard focus is in the part
	 * already – Tab into a part goes on from the part's first control, instead of jumping to the main control and
	 * leaving out what stands before it.
	 */
	public static void fokussiere(Composite teil, Control hauptsache) {
		for (Control fokus = teil.getDisplay().getFocusControl(); fokus != null; fokus = fokus.getParent()) {
			if (fokus == teil) {
				return;
			}
		}
		hauptsache.setFocus();
	}

	/** "&Titel:" → "Titel"; "&&" stays one "&". */
	public static String ohneZeichen(String beschriftung) {
		String ohne = beschriftung.replace("&&", "\u0000").replace("&", "").replace('\u0000', '&').strip();
		ohne = ohne.endsWith("\u2026") ? ohne.substring(0, ohne.length() - 1) : ohne;
		return ohne.endsWith(":") ? ohne.substring(0, ohne.length() - 1).strip() : ohne;
	}

	/**
	 * A hidden composite that says the name: SWT draws composites itself, so GTK asks SWT for their name, and a
	 * control "labelled by" it has the name for a screen reader. (A label will not do: SWT on GTK 3 hands GTK the box
	 * around a label's text, which has no name.)
	 */
	private static Composite namenstraeger(Control control, String name) {
		Composite traeger = new Composite(traegerFuer(control), SWT.NO_FOCUS);
		traeger.setVisible(false);
		if (traeger.getParent().getLayout() instanceof GridLayout) {
			GridData nichtGelegt = new GridData();
			nichtGelegt.exclude = true;
			traeger.setLayoutData(nichtGelegt);
		} else if (traeger.getParent().getLayout() instanceof RowLayout) {
			RowData nichtGelegt = new RowData();
			nichtGelegt.exclude = true;
			traeger.setLayoutData(nichtGelegt);
		}
		traeger.getAccessible().addAccessibleListener(new AccessibleAdapter() {
			@Override
			public void getName(AccessibleEvent e) {
				if (e.childID == ACC.CHILDID_SELF) {
					e.result = name;
				}
			}
		});
		return traeger;
	}

	private static Label labelDavor(Control control) {
		Control[] geschwister = control.getParent().getChildren();
		int index = Arrays.asList(geschwister).indexOf(control);
		return index > 0 && geschwister[index - 1] instanceof Label label && (label.getStyle() & SWT.SEPARATOR) == 0 ? label : null;
	}

	/**
	 * Where a hidden label may stand without taking room or changing a count: not in a parent that gives every child a
	 * share (FillLayout) or a weight (SashForm).
	 */
	private static Composite traegerFuer(Control control) {
		Composite parent = control.getParent();
		while ((parent.getLayout() instanceof FillLayout || parent instanceof SashForm) && parent.getParent() != null) {
			parent = parent.getParent();
		}
		return parent;
	}
}
