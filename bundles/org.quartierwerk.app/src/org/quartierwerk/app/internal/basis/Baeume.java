package org.quartierwerk.app.internal.basis;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.viewers.ITreeContentProvider;

/** What the trees of the workbench share: a tree whose input is the list of its roots. */
public final class Baeume {

	/**
	 * The content of a tree whose input is a {@code List} of its roots; {@code kinder} answers the children of an element
	 * (empty for a leaf), {@code eltern} its parent or null.
	 */
	public static ITreeContentProvider inhalt(Function<Object, List<?>> kinder, Function<Object, Object> eltern) {
		return new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return input instanceof List<?> wurzeln ? wurzeln.toArray() : new Object[0];
			}

			@Override
			public Object[] getChildren(Object element) {
				return kinder.apply(element).toArray();
			}

			@Override
			public Object getParent(Object element) {
				return eltern.apply(element);
			}

			@Override
			public boolean hasChildren(Object element) {
				return !kinder.apply(element).isEmpty();
			}
		};
	}

	private Baeume() {
	}
}
