package org.quartierwerk.app.internal.sammlung;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.quartierwerk.app.internal.basis.Spaltenbreite;
import org.quartierwerk.app.internal.basis.Zugaenglich;
import org.quartierwerk.sharing.SharedCollection.Aufloesung;
import org.quartierwerk.sharing.SharedCollection.Konflikt;

import java.util.function.Function;

/**
 * The conflicts of an Abgleich, one row each (Praxisbeispiel, Ort, vorher, Ihre Fassung, Fassung der anderen), and the
 * choice for all of them: Meine behalten, Ihre übernehmen or Abbrechen (nothing is merged; the changes stay saved here).
 */
final class Konfliktdialog extends Dialog {

	static final int MEINE = IDialogConstants.CLIENT_ID + 1;
	static final int IHRE = IDialogConstants.CLIENT_ID + 2;

	private final List<Konflikt> konflikte;
	private TableViewer tabelle;
	private Aufloesung wahl;

	Konfliktdialog(Shell parent, List<Konflikt> konflikte) {
		super(parent);
		this.konflikte = List.copyOf(konflikte);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Texte.konfliktTitel);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite flaeche = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().applyTo(flaeche);
		Label hinweis = new Label(flaeche, SWT.WRAP);
		hinweis.setText(Texte.konfliktHinweis);
		GridDataFactory.fillDefaults().grab(true, false).hint(980, SWT.DEFAULT).applyTo(hinweis);
		tabelle = new TableViewer(flaeche, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		tabelle.getTable().setHeaderVisible(true);
		tabelle.getTable().setLinesVisible(true);
		spalte(Texte.konfliktDatei, 200, k -> Auffrischung.name(k.datei()));
		spalte(Texte.konfliktOrt, 200, Konflikt::ort);
		spalte(Texte.konfliktBasis, 190, Konflikt::basis);
		spalte(Texte.konfliktMeine, 190, Konflikt::meine);
		spalte(Texte.konfliktIhre, 190, Konflikt::ihre);
		tabelle.setContentProvider(ArrayContentProvider.getInstance());
		tabelle.setInput(konflikte);
		Zugaenglich.benenne(tabelle.getTable(), Texte.konfliktTitel);
		Zugaenglich.beschreibe(tabelle.getTable(), Texte.konfliktHinweis);
		GridDataFactory.fillDefaults().grab(true, true).hint(980, 200).applyTo(tabelle.getTable());
		if (!konflikte.isEmpty()) {
			tabelle.getTable().setSelection(0);
		}
		return flaeche;
	}

	private void spalte(String titel, int breite, Function<Konflikt, String> wert) {
		TableViewerColumn spalte = new TableViewerColumn(tabelle, SWT.LEFT);
		spalte.getColumn().setText(titel);
		spalte.getColumn().setWidth(Spaltenbreite.fuer(tabelle.getControl(), titel, breite));
		spalte.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return wert.apply((Konflikt) element);
			}

			@Override
			public String getToolTipText(Object element) {
				return getText(element);
			}
		});
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, MEINE, Texte.meineBehalten, false);
		createButton(parent, IHRE, Texte.ihreUebernehmen, false);
		// the safe choice is the default: Enter merges nothing
		createButton(parent, IDialogConstants.CANCEL_ID, Texte.abbrechen, true);
	}

	@Override
	protected void buttonPressed(int id) {
		if (id == MEINE || id == IHRE) {
			wahl = id == MEINE ? Aufloesung.MEINE : Aufloesung.IHRE;
			setReturnCode(id);
			close();
		} else {
			super.buttonPressed(id);
		}
	}

	/** What the user chose; null when cancelled. */
	Aufloesung wahl() {
		return wahl;
	}

	TableViewer tabelle() {
		return tabelle;
	}

	Button knopf(int id) {
		return getButton(id);
	}
}
