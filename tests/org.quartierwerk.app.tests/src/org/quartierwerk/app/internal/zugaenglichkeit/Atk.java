package org.quartierwerk.app.internal.zugaenglichkeit;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.accessibility.ACC;
import org.eclipse.swt.accessibility.Accessible;
import org.eclipse.swt.widgets.Control;

/**
 * What GTK's accessibility interface (ATK) tells a screen reader about an SWT control, read the way the AT-SPI bridge
 * reads it: the control's ATK object (the one SWT hands to GTK), its class's {@code get_name} and {@code get_role}
 * called natively – so SWT's own names (a button's text) and every {@code AccessibleListener} count exactly as far as
 * they reach GTK – and the "labelled by" relations SWT gives the object (set with {@code Accessible.addRelation}, and
 * the one SWT on GTK adds by itself from a {@code Label} created directly before a field in the same parent).
 * <p>
 * SWT has no public API to read these; this class reaches SWT's GTK internals by reflection, so it needs SWT for GTK 3
 * and fails loudly elsewhere.
 */
final class Atk {

	/** ATK's roles that say nothing about what a control does; a focusable control with one of them has no useful role. */
	static final int ROLE_INVALID = 0;
	static final int ROLE_FILLER = 20;
	static final int ROLE_PANEL = 38;
	static final int ROLE_UNKNOWN = 66;

	private static final Method ACCESSIBLE_OBJECT;
	private static final Field ATK_HANDLE;
	private static final Field RELATIONS;
	private static final Field RELATION_TYPE;
	private static final Field RELATION_TARGET;
	private static final Method OBJECT_CLASS;
	private static final Class<?> ATK_OBJECT_CLASS;
	private static final Method MEMMOVE_CLASS;
	private static final Method CALL;
	private static final Method STRLEN;
	private static final Method MEMMOVE_BYTES;

	static {
		try {
			ClassLoader swt = Accessible.class.getClassLoader();
			Class<?> accessibleObject = swt.loadClass("org.eclipse.swt.accessibility.AccessibleObject");
			ACCESSIBLE_OBJECT = zugaenglich(Accessible.class.getDeclaredMethod("getAccessibleObject"));
			ATK_HANDLE = zugaenglich(accessibleObject.getDeclaredField("atkHandle"));
			RELATIONS = zugaenglich(Accessible.class.getDeclaredField("relations"));
			Class<?> relation = swt.loadClass("org.eclipse.swt.accessibility.Accessible$Relation");
			RELATION_TYPE = zugaenglich(relation.getDeclaredField("type"));
			RELATION_TARGET = zugaenglich(relation.getDeclaredField("target"));
			Class<?> os = swt.loadClass("org.eclipse.swt.internal.gtk.OS");
			OBJECT_CLASS = os.getMethod("G_OBJECT_GET_CLASS", long.class);
			Class<?> atk = swt.loadClass("org.eclipse.swt.internal.accessibility.gtk.ATK");
			ATK_OBJECT_CLASS = swt.loadClass("org.eclipse.swt.internal.accessibility.gtk.AtkObjectClass");
			MEMMOVE_CLASS = atk.getMethod("memmove", ATK_OBJECT_CLASS, long.class);
			CALL = atk.getMethod("call", long.class, long.class);
			Class<?> c = swt.loadClass("org.eclipse.swt.internal.C");
			STRLEN = c.getMethod("strlen", long.class);
			MEMMOVE_BYTES = c.getMethod("memmove", byte[].class, long.class, long.class);
		} catch (ReflectiveOperationException e) {
			throw new ExceptionInInitializerError("SWT for GTK 3 is needed to read what ATK says: " + e);
		}
	}

	private Atk() {
	}

	/** The name ATK gives the control itself ({@code atk_object_get_name}); empty when it has none. */
	static String eigenerName(Control control) {
		long objekt = objekt(control);
		long text = rufe(klasse(objekt, "get_name"), objekt);
		return text == 0 ? "" : zeichenkette(text).strip();
	}

	/** The ATK role of the control ({@code atk_object_get_role}). */
	static int rolle(Control control) {
		long objekt = objekt(control);
		return (int) rufe(klasse(objekt, "get_role"), objekt);
	}

	/** The controls whose names label this one ({@code ATK_RELATION_LABELLED_BY}). */
	static List<Control> beschriftetVon(Control control) {
		List<Control> beschriftungen = new ArrayList<>();
		try {
			List<?> relationen = (List<?>) RELATIONS.get(control.getAccessible());
			if (relationen != null) {
				for (Object relation : relationen) {
					if (RELATION_TYPE.getInt(relation) == ACC.RELATION_LABELLED_BY) {
						beschriftungen.add(((Accessible) RELATION_TARGET.get(relation)).getControl());
					}
				}
			}
		} catch (ReflectiveOperationException e) {
			throw new AssertionError(e);
		}
		return beschriftungen;
	}

	private static long objekt(Control control) {
		try {
			long objekt = ATK_HANDLE.getLong(ACCESSIBLE_OBJECT.invoke(control.getAccessible()));
			if (objekt == 0) {
				throw new AssertionError("GTK gives " + control + " no accessible object");
			}
			return objekt;
		} catch (ReflectiveOperationException e) {
			throw new AssertionError(e);
		}
	}

	/** A function of the object's ATK class (the class structure is read as SWT reads it). */
	private static long klasse(long objekt, String funktion) {
		try {
			Object klasse = ATK_OBJECT_CLASS.getConstructor().newInstance();
			MEMMOVE_CLASS.invoke(null, klasse, (long) OBJECT_CLASS.invoke(null, objekt));
			return ATK_OBJECT_CLASS.getField(funktion).getLong(klasse);
		} catch (ReflectiveOperationException e) {
			throw new AssertionError(e);
		}
	}

	private static long rufe(long funktion, long objekt) {
		if (funktion == 0) {
			return 0;
		}
		try {
			return (long) CALL.invoke(null, funktion, objekt);
		} catch (ReflectiveOperationException e) {
			throw new AssertionError(e);
		}
	}

	private static String zeichenkette(long zeiger) {
		try {
			int laenge = (int) STRLEN.invoke(null, zeiger);
			byte[] bytes = new byte[laenge];
			MEMMOVE_BYTES.invoke(null, bytes, zeiger, (long) laenge);
			return new String(bytes, StandardCharsets.UTF_8);
		} catch (ReflectiveOperationException e) {
			throw new AssertionError(e);
		}
	}

	private static <T extends java.lang.reflect.AccessibleObject> T zugaenglich(T element) {
		element.setAccessible(true);
		return element;
	}
}
