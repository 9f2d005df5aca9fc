package org.quartierwerk.app.internal.veroeffentlichen;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.quartierwerk.app.internal.basis.Spaltenbreite;
import org.quartierwerk.app.internal.basis.Eingabedialog;
import org.quartierwerk.app.internal.basis.Zugaenglich;
import org.quartierwerk.publishing.Publishing.Aenderung;
import org.quartierwerk.publishing.Publishing.Projektaenderungen;
import org.quartierwerk.publishing.Publishing.Vorschau;

/**
 * Datei → Veröffentlichen…: the publishing service's preview – per project exactly what the anonymisation removes or
 * replaces, as {@code quartierwerk veroeffentlichen --vorschau} prints it – with a check box per project (checked:
 * published), the output (web site folder or JSON file) and where it goes. The dialog computes nothing itself.
 */
final class VeroeffentlichenDialog extends Eingabedialog {

	/** The width of the tables. */
	private static final int BREITE = 700;

	/** What the person chose. */
	record Auswahl(List<String> ohne, boolean webauftritt, Path ziel) {
	}

	private final Vorschau vorschau;
	private final Path ordnerVorschlag;
	private final Path dateiVorschlag;
	private final String warnung;
	private Table projekte;
	private Label aenderungenTitel;
	private Table aenderungen;
	private Button web;
	private Text ziel;
	private Auswahl auswahl;

	/**
	 * @param vorschau        the service's preview of every project of the workspace
	 * @param ordnerVorschlag the web site's folder proposed; {@code dateiVorschlag} the JSON file's
	 * @param warnung         a warning above the fields (unsaved editors), or null
	 */
	VeroeffentlichenDialog(Shell parent, Vorschau vorschau, Path ordnerVorschlag, Path dateiVorschlag, String warnung) {
		super(parent, Texte.titel, 3);
		this.vorschau = vorschau;
		this.ordnerVorschlag = ordnerVorschlag;
		this.dateiVorschlag = dateiVorschlag;
		this.warnung = warnung;
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	/** As wide as the tables need; the long hint wraps instead of widening the window beyond the screen. */
	@Override
	protected Point getInitialSize() {
		int breite = BREITE + 60;
		return new Point(breite, getShell().computeSize(breite, SWT.DEFAULT, true).y);
	}

	@Override
	protected String hinweis() {
		return Texte.hinweis;
	}

	@Override
	protected void fuelle(Composite inhalt) {
		if (warnung != null) {
			setMessage(warnung, IMessageProvider.WARNING);
		}
		Label projekteTitel = new Label(inhalt, SWT.NONE);
		projekteTitel.setText(Texte.projekte);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(projekteTitel);
		projekte = new Table(inhalt, SWT.CHECK | SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
		projekte.setHeaderVisible(true);
		Zugaenglich.benenne(projekte, Texte.projekte);
		spalte(projekte, Texte.spalteProjekt, 460);
		spalte(projekte, Texte.spalteAenderungen, 220);
		for (Projektaenderungen projekt : vorschau.projekte()) {
			TableItem zeile = new TableItem(projekte, SWT.NONE);
			zeile.setText(new String[] { projekt.projekt(),
					projekt.aenderungen().isEmpty() ? Texte.keineAenderungen : String.valueOf(projekt.aenderungen().size()) });
			zeile.setData(projekt);
			zeile.setChecked(true);
		}
		GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(BREITE, 150).applyTo(projekte);
		projekte.addListener(SWT.Selection, e -> {
			if (e.detail == SWT.CHECK) {
				pruefe();
			} else {
				zeigeAenderungen();
			}
		});

		aenderungenTitel = new Label(inhalt, SWT.NONE);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(aenderungenTitel);
		aenderungen = new Table(inhalt, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		aenderungen.setHeaderVisible(true);
		Zugaenglich.benenne(aenderungen, Texte.aenderungenName);
		spalte(aenderungen, Texte.spalteFeld, 260);
		spalte(aenderungen, Texte.spalteBisher, 300);
		spalte(aenderungen, Texte.spalteErsatz, 130);
		GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(BREITE, 170).applyTo(aenderungen);

		List<String> hinweise = new ArrayList<>();
		if (!vorschau.unlesbar().isEmpty()) {
			hinweise.add(NLS.bind(Texte.unlesbar, String.join("; ", vorschau.unlesbar())));
		}
		hinweise.add(NLS.bind(Texte.gesucht, vorschau.gesuchteAngaben()));
		Label angaben = new Label(inhalt, SWT.WRAP);
		angaben.setText(String.join("\n", hinweise));
		GridDataFactory.fillDefaults().span(3, 1).hint(BREITE, SWT.DEFAULT).applyTo(angaben);

		Group ausgabe = new Group(inhalt, SWT.NONE);
		ausgabe.setText(Texte.ausgabe);
		GridLayoutFactory.swtDefaults().applyTo(ausgabe);
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(ausgabe);
		web = new Button(ausgabe, SWT.RADIO);
		web.setText(Texte.alsWebauftritt);
		web.setSelection(true);
		Button json = new Button(ausgabe, SWT.RADIO);
		json.setText(Texte.alsJson);
		new Label(inhalt, SWT.NONE).setText(Texte.ziel);
		ziel = new Text(inhalt, SWT.BORDER | SWT.SINGLE);
		ziel.setText(ordnerVorschlag.toString());
		GridDataFactory.fillDefaults().grab(true, false).hint(BREITE - 160, SWT.DEFAULT).applyTo(ziel);
		Zugaenglich.benenne(ziel, Texte.ziel);
		Button durchsuchen = new Button(inhalt, SWT.PUSH);
		durchsuchen.setText(Texte.durchsuchen);
		durchsuchen.addListener(SWT.Selection, e -> durchsuche());
		web.addListener(SWT.Selection, e -> ausgabeGewechselt());
		json.addListener(SWT.Selection, e -> ausgabeGewechselt());
		ziel.addModifyListener(e -> pruefe());

		if (projekte.getItemCount() > 0) {
			projekte.setSelection(0);
		}
		zeigeAenderungen();
	}

	private static void spalte(Table tabelle, String titel, int breite) {
		TableColumn spalte = new TableColumn(tabelle, SWT.LEFT);
		spalte.setText(titel);
		spalte.setWidth(Spaltenbreite.fuer(tabelle, titel, breite));
	}

	/** The changes of the selected project, as the service reports them. */
	private void zeigeAenderungen() {
		aenderungen.removeAll();
		int gewaehlt = projekte.getSelectionIndex();
		if (gewaehlt < 0) {
			aenderungenTitel.setText("");
			return;
		}
		Projektaenderungen projekt = (Projektaenderungen) projekte.getItem(gewaehlt).getData();
		aenderungenTitel.setText(NLS.bind(Texte.aenderungen, projekt.projekt()));
		for (Aenderung aenderung : projekt.aenderungen()) {
			new TableItem(aenderungen, SWT.NONE).setText(new String[] { aenderung.feld(), aenderung.bisher().strip().replaceAll("\\s+", " "),
					aenderung.ersatz().isEmpty() ? Texte.entfernt : aenderung.ersatz() });
		}
		aenderungenTitel.getParent().layout(new Control[] { aenderungenTitel });
	}

	/** Switching the output proposes its default place unless the person has named one. */
	private void ausgabeGewechselt() {
		boolean alsWeb = web.getSelection();
		String jetzt = ziel.getText().strip();
		if (jetzt.isEmpty() || jetzt.equals(ordnerVorschlag.toString()) || jetzt.equals(dateiVorschlag.toString())) {
			ziel.setText((alsWeb ? ordnerVorschlag : dateiVorschlag).toString());
		}
	}

	private void durchsuche() {
		String gewaehlt;
		if (web.getSelection()) {
			DirectoryDialog dialog = new DirectoryDialog(getShell(), SWT.SAVE);
			dialog.setFilterPath(ziel.getText());
			gewaehlt = dialog.open();
		} else {
			FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
			dialog.setOverwrite(true);
			dialog.setFilterExtensions(new String[] { "*.json" });
			dialog.setFileName(ziel.getText());
			gewaehlt = dialog.open();
		}
		if (gewaehlt != null) {
			ziel.setText(gewaehlt);
		}
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Texte.veroeffentlichen, true);
		createButton(parent, IDialogConstants.CANCEL_ID, Texte.abbrechen, false);
		pruefe();
	}

	private List<String> ausgeschlossen() {
		List<String> ohne = new ArrayList<>();
		for (TableItem zeile : projekte.getItems()) {
			if (!zeile.getChecked()) {
				ohne.add(((Projektaenderungen) zeile.getData()).projekt());
			}
		}
		return ohne;
	}

	private void pruefe() {
		if (ok() == null) {
			return;
		}
		boolean einProjekt = ausgeschlossen().size() < projekte.getItemCount();
		boolean einZiel = !ziel.getText().isBlank();
		ok().setEnabled(einProjekt && einZiel);
		setErrorMessage(!einProjekt ? Texte.keinProjekt : !einZiel ? Texte.keinZiel : null);
	}

	@Override
	protected void okPressed() {
		auswahl = new Auswahl(ausgeschlossen(), web.getSelection(), Path.of(ziel.getText().strip()).toAbsolutePath().normalize());
		super.okPressed();
	}

	/** What was chosen; null unless Veröffentlichen was pressed. */
	Auswahl auswahl() {
		return auswahl;
	}
}
