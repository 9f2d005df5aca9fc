package org.quartierwerk.app.internal.editor;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ComboBoxViewerCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.FocusCellOwnerDrawHighlighter;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TableViewerFocusCellManager;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.viewers.TreeViewerEditor;
import org.eclipse.jface.viewers.TreeViewerFocusCellManager;
import org.eclipse.jface.viewers.ViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.quartierwerk.app.internal.basis.Spaltenbreite;
import org.quartierwerk.app.internal.basis.Messages;
import org.quartierwerk.app.internal.basis.Signalfarbe;
import org.quartierwerk.model.Bezeichnungen;

/**
 * Columns of the pages' tables and trees. Editing a cell is one command on the editor's editing domain, so it can
 * be undone and makes the editor dirty; a text that is no value of its column changes nothing.
 * <p>
 * Größe: every kind of column (text, number, choice, yes/no, display) with its reading, writing and keyboard editing
 * is here once, for all pages; split, each part would repeat the editing support.
 */
final class Spalten {

	/** What a reader returns for a text that is no value of its column. */
	static final Object UNLESBAR = new Object();

	/** The first entry of every choice that may stay open: choosing it unsets the field (docs/fachmodell.md §10.9). */
	static final Object NICHT_ANGEGEBEN = new Object();

	private final ColumnViewer viewer;
	private final EditingDomain domain;
	private final Messages texte;

	Spalten(ColumnViewer viewer, EditingDomain domain, Messages texte) {
		this.viewer = viewer;
		this.domain = domain;
		this.texte = texte;
		tastatur(viewer);
	}

	/** Cells are edited by a click or, from the keyboard, by F2 or Enter; Tab goes on to the next cell. */
	static void tastatur(ColumnViewer viewer) {
		ColumnViewerEditorActivationStrategy aktivierung = new ColumnViewerEditorActivationStrategy(viewer) {
			@Override
			protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
				return switch (event.eventType) {
				case ColumnViewerEditorActivationEvent.TRAVERSAL, ColumnViewerEditorActivationEvent.MOUSE_CLICK_SELECTION,
						ColumnViewerEditorActivationEvent.PROGRAMMATIC -> true;
				case ColumnViewerEditorActivationEvent.KEY_PRESSED -> event.keyCode == SWT.F2 || event.keyCode == SWT.CR;
				default -> false;
				};
			}
		};
		int verhalten = ColumnViewerEditor.TABBING_HORIZONTAL | ColumnViewerEditor.TABBING_MOVE_TO_ROW_NEIGHBOR
				| ColumnViewerEditor.KEYBOARD_ACTIVATION;
		if (viewer instanceof TreeViewer baum) {
			TreeViewerEditor.create(baum, new TreeViewerFocusCellManager(baum, new FocusCellOwnerDrawHighlighter(baum)), aktivierung,
					verhalten);
		} else if (viewer instanceof TableViewer tabelle) {
			TableViewerEditor.create(tabelle, new TableViewerFocusCellManager(tabelle, new FocusCellOwnerDrawHighlighter(tabelle)),
					aktivierung, verhalten);
		}
	}

	/** A column that only shows. */
	void anzeige(String titel, int breite, Function<Object, String> text) {
		beschrifte(neu(titel, breite), text);
	}

	/** A column that only shows, in the warning colour where {@code warnung} holds. */
	void anzeige(String titel, int breite, Function<Object, String> text, Predicate<Object> warnung) {
		neu(titel, breite).setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(element);
			}

			@Override
			public Color getForeground(Object element) {
				return warnung.test(element) ? Signalfarbe.WARNUNG.auf(viewer.getControl().getDisplay()) : null;
			}
		});
	}

	/** A free text column of a String feature of the row. */
	void text(String titel, int breite, EStructuralFeature feature) {
		text(titel, breite, zeile -> (EObject) zeile, feature, wert -> wert == null ? "" : wert.toString(),
				text -> text.isEmpty() ? null : text);
	}

	/** A text column of a feature of the object {@code objekt} finds for the row (null: nothing to edit). */
	void text(String titel, int breite, Function<Object, EObject> objekt, EStructuralFeature feature,
			Function<Object, String> zeige, Function<String, Object> lies) {
		ViewerColumn spalte = neu(titel, breite);
		Function<Object, String> anzeige = zeile -> {
			EObject o = objekt.apply(zeile);
			return o == null ? "" : zeige.apply(o.eGet(feature));
		};
		beschrifte(spalte, anzeige);
		CellEditor editor = new TextCellEditor((Composite) viewer.getControl());
		spalte.setEditingSupport(new Bearbeitung(editor, zeile -> objekt.apply(zeile) != null) {
			@Override
			protected Object getValue(Object zeile) {
				return anzeige.apply(zeile);
			}

			@Override
			protected void setValue(Object zeile, Object eingabe) {
				Object wert = lies.apply(String.valueOf(eingabe).strip());
				if (wert != UNLESBAR) {
					setze(objekt.apply(zeile), feature, wert);
				}
			}
		});
	}

	/** A column choosing a literal of an enumeration feature of the row, shown by its German name. */
	void auswahl(String titel, int breite, EStructuralFeature feature, List<? extends Enumerator> werte) {
		auswahl(titel, breite, zeile -> (EObject) zeile, feature, werte);
	}

	/**
	 * A column choosing a literal of an enumeration feature of the object {@code objekt} finds for the row. A feature
	 * that may stay open offers "nicht angegeben" first, which unsets it; its cell is empty while it is open.
	 */
	void auswahl(String titel, int breite, Function<Object, EObject> objekt, EStructuralFeature feature,
			List<? extends Enumerator> werte) {
		List<Object> auswahl = new ArrayList<>();
		if (feature.isUnsettable()) {
			auswahl.add(NICHT_ANGEGEBEN);
		}
		auswahl.addAll(werte);
		Function<Object, Object> wert = zeile -> {
			EObject o = objekt.apply(zeile);
			// an unset choice reads as its first literal in EMF
			return o == null ? null : feature.isUnsettable() && !o.eIsSet(feature) ? NICHT_ANGEGEBEN : o.eGet(feature);
		};
		auswahl(titel, breite, zeile -> auswahl, w -> w == NICHT_ANGEGEBEN ? texte.nichtAngegeben : Bezeichnungen.von((Enumerator) w),
				wert, (zeile, neu) -> setze(objekt.apply(zeile), feature, neu == NICHT_ANGEGEBEN ? SetCommand.UNSET_VALUE : neu));
	}

	/** A column choosing one of the {@code werte} of a row; {@code setze} turns the choice into commands. */
	void auswahl(String titel, int breite, Function<Object, List<?>> werte, Function<Object, String> name,
			Function<Object, Object> wert, BiConsumer<Object, Object> setze) {
		ViewerColumn spalte = neu(titel, breite);
		beschrifte(spalte, zeile -> {
			Object gewaehlt = wert.apply(zeile);
			return gewaehlt == null || gewaehlt == NICHT_ANGEGEBEN ? "" : name.apply(gewaehlt);
		});
		ComboBoxViewerCellEditor editor = new ComboBoxViewerCellEditor((Composite) viewer.getControl(), SWT.READ_ONLY);
		editor.setContentProvider(ArrayContentProvider.getInstance());
		editor.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return name.apply(element);
			}
		});
		spalte.setEditingSupport(new Bearbeitung(editor, zeile -> true) {
			@Override
			protected CellEditor getCellEditor(Object zeile) {
				editor.setInput(werte.apply(zeile));
				return editor;
			}

			@Override
			protected Object getValue(Object zeile) {
				return wert.apply(zeile);
			}

			@Override
			protected void setValue(Object zeile, Object neu) {
				if (neu != null && !neu.equals(wert.apply(zeile))) {
					setze.accept(zeile, neu);
				}
			}
		});
	}

	/**
	 * A column for a yes/no feature of the row that may stay open: "nicht angegeben", "ja" or "nein" from a list
	 * (a tick box could not tell "nein" from "nicht angegeben"); the cell is empty while it is open.
	 */
	void janein(String titel, int breite, EStructuralFeature feature) {
		List<Object> auswahl = List.of(NICHT_ANGEGEBEN, Boolean.TRUE, Boolean.FALSE);
		auswahl(titel, breite, zeile -> auswahl,
				w -> w == NICHT_ANGEGEBEN ? texte.nichtAngegeben : Boolean.TRUE.equals(w) ? texte.ja : texte.nein,
				zeile -> Objects.requireNonNullElse(((EObject) zeile).eGet(feature), NICHT_ANGEGEBEN),
				(zeile, neu) -> setze((EObject) zeile, feature, neu == NICHT_ANGEGEBEN ? null : neu));
	}

	/** Sets a value as one command, unless it is the value already there; {@link SetCommand#UNSET_VALUE} unsets. */
	void setze(EObject objekt, EStructuralFeature feature, Object wert) {
		if (objekt == null) {
			return;
		}
		if (wert == SetCommand.UNSET_VALUE ? !objekt.eIsSet(feature)
				: Objects.equals(objekt.eGet(feature), wert) && (!feature.isUnsettable() || objekt.eIsSet(feature))) {
			return;
		}
		Command setzen = SetCommand.create(domain, objekt, feature, wert);
		if (setzen.canExecute()) {
			domain.getCommandStack().execute(setzen);
		}
	}

	/** German numbers as people type them: "1.234,5", "12", "-3"; empty is no value. */
	static Object leseZahl(String text) {
		String zahl = text.strip();
		if (zahl.isEmpty()) {
			return null;
		}
		DecimalFormat format = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.GERMANY));
		format.setParseBigDecimal(true);
		ParsePosition position = new ParsePosition(0);
		Object wert = format.parse(zahl, position);
		return wert instanceof BigDecimal betrag && position.getIndex() == zahl.length() ? betrag : UNLESBAR;
	}

	static String zahl(Object wert) {
		return wert instanceof BigDecimal zahl
				? new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.GERMANY)).format(zahl)
				: "";
	}

	private ViewerColumn neu(String titel, int breite) {
		if (viewer instanceof TreeViewer baum) {
			TreeViewerColumn spalte = new TreeViewerColumn(baum, SWT.NONE);
			spalte.getColumn().setText(titel);
			spalte.getColumn().setWidth(Spaltenbreite.fuer(baum.getTree(), titel, breite));
			return spalte;
		}
		TableViewerColumn spalte = new TableViewerColumn((TableViewer) viewer, SWT.NONE);
		spalte.getColumn().setText(titel);
		spalte.getColumn().setWidth(Spaltenbreite.fuer(viewer.getControl(), titel, breite));
		return spalte;
	}

	private static void beschrifte(ViewerColumn spalte, Function<Object, String> text) {
		spalte.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(element);
			}
		});
	}

	/** Editing with one cell editor per column, reused for every row. */
	private abstract class Bearbeitung extends EditingSupport {

		private final CellEditor editor;
		private final Predicate<Object> bearbeitbar;

		Bearbeitung(CellEditor editor, Predicate<Object> bearbeitbar) {
			super(viewer);
			this.editor = editor;
			this.bearbeitbar = bearbeitbar;
		}

		@Override
		protected CellEditor getCellEditor(Object zeile) {
			return editor;
		}

		@Override
		protected boolean canEdit(Object zeile) {
			return bearbeitbar.test(zeile);
		}
	}
}
