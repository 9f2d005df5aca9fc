package org.quartierwerk.app.internal.basis;

import org.eclipse.swt.accessibility.ACC;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.widgets.Control;

/**
 * Accessible names and descriptions where SWT's default is not enough: a text field's name is its label's text (the
 * label stands beside it, which a screen reader does not know), a button's description the sentence that explains it.
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

	/** "&Titel:" → "Titel"; "&&" stays one "&". */
	public static String ohneZeichen(String beschriftung) {
		String ohne = beschriftung.replace("&&", "\u0000").replace("&", "").replace('\u0000', '&').strip();
		ohne = ohne.endsWith("\u2026") ? ohne.substring(0, ohne.length() - 1) : ohne;
		return ohne.endsWith(":") ? ohne.substring(0, ohne.length() - 1).strip() : ohne;
	}
}
