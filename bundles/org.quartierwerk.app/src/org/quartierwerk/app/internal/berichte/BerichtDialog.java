package org.quartierwerk.app.internal.berichte;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.quartierwerk.app.internal.basis.Eingabedialog;
import org.quartierwerk.app.internal.basis.Messages;
import org.quartierwerk.app.internal.basis.Zugaenglich;
import org.quartierwerk.reports.Berichtsformat;
import org.quartierwerk.reports.Berichtsvorlage;
import org.quartierwerk.reports.Berichtszeitraum;

/**
 * Berichte → Bericht erstellen…: template, format and file for the open project; sensible defaults for all three. A
 * template with a period (e.g. the Wirkungsbericht) enables the fields of the Berichtszeitraum; empty, the report covers
 * everything recorded.
 */
public final class BerichtDialog extends Eingabedialog {

	private final Messages texte;
	private final List<Berichtsvorlage> vorlagen;
	private final String projekt;
	private final Path ordner;
	private ComboViewer vorlage;
	private ComboViewer format;
	private Text datei;
	private Text von;
	private Text bis;
	private Berichtsvorlage gewaehlteVorlage;
	private Berichtszeitraum gewaehlterZeitraum;
	private Berichtsformat gewaehltesFormat;
	private Path ziel;

	/**
	 * @param vorlagen the templates for one project
	 * @param projekt  the project's name, for the file name
	 * @param ordner   where the file goes by default
	 */
	public BerichtDialog(Shell parent, Messages texte, List<Berichtsvorlage> vorlagen, String projekt, Path ordner) {
		super(parent, texte.berichtTitel, 3);
		this.texte = texte;
		this.vorlagen = vorlagen;
		this.projekt = projekt;
		this.ordner = ordner;
	}

	public Berichtsvorlage vorlage() {
		return gewaehlteVorlage;
	}

	public Berichtsformat format() {
		return gewaehltesFormat;
	}

	public Path ziel() {
		return ziel;
	}

	/** The chosen period; null for none (the template has none, or both fields are empty). */
	public Berichtszeitraum zeitraum() {
		return gewaehlterZeitraum;
	}

	@Override
	protected String hinweis() {
		return Messages.format(texte.berichtHinweis, projekt);
	}

	@Override
	protected void fuelle(Composite inhalt) {
		vorlage = auswahl(inhalt, texte.berichtVorlage, new LabelProvider() {
			@Override
			public String getText(Object element) {
				return ((Berichtsvorlage) element).titel();
			}
		});
		vorlage.setInput(vorlagen);
		format = auswahl(inhalt, texte.berichtFormat, new LabelProvider() {
			@Override
			public String getText(Object element) {
				return ((Berichtsformat) element).endung().toUpperCase(Locale.ROOT);
			}
		});
		von = zeitraumFeld(inhalt, texte.berichtZeitraumVon);
		bis = zeitraumFeld(inhalt, texte.berichtZeitraumBis);
		Label label = new Label(inhalt, SWT.NONE);
		label.setText(texte.berichtDatei);
		datei = new Text(inhalt, SWT.BORDER);
		Zugaenglich.benenne(datei, label);
		GridDataFactory.fillDefaults().grab(true, false).hint(380, SWT.DEFAULT).applyTo(datei);
		Button durchsuchen = new Button(inhalt, SWT.PUSH);
		durchsuchen.setText(texte.berichtDurchsuchen);
		durchsuchen.addListener(SWT.Selection, e -> {
			FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
			dialog.setOverwrite(true);
			dialog.setFileName(datei.getText());
			String gewaehlt = dialog.open();
			if (gewaehlt != null) {
				datei.setText(gewaehlt);
			}
		});

		vorlage.addSelectionChangedListener(e -> formateZeigen());
		format.addSelectionChangedListener(e -> dateinameVorschlagen());
		datei.addModifyListener(e -> pruefe());
		von.addModifyListener(e -> pruefe());
		bis.addModifyListener(e -> pruefe());
		if (!vorlagen.isEmpty()) {
			vorlage.setSelection(new StructuredSelection(vorlagen.get(0)));
		}
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, texte.berichtErstellen, true);
		createButton(parent, IDialogConstants.CANCEL_ID, texte.abbrechen, false);
		pruefe();
	}

	@Override
	protected void okPressed() {
		gewaehlteVorlage = (Berichtsvorlage) vorlage.getStructuredSelection().getFirstElement();
		gewaehltesFormat = (Berichtsformat) format.getStructuredSelection().getFirstElement();
		ziel = Path.of(datei.getText().strip()).toAbsolutePath();
		gewaehlterZeitraum = zeitraumPruefen() instanceof Berichtszeitraum z ? z : null;
		super.okPressed();
	}

	private static ComboViewer auswahl(Composite inhalt, String beschriftung, LabelProvider anzeige) {
		Label label = new Label(inhalt, SWT.NONE);
		label.setText(beschriftung);
		ComboViewer viewer = new ComboViewer(inhalt, SWT.READ_ONLY | SWT.DROP_DOWN);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setLabelProvider(anzeige);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(viewer.getControl());
		Zugaenglich.benenne(viewer.getControl(), label);
		return viewer;
	}

	private Text zeitraumFeld(Composite inhalt, String beschriftung) {
		Label label = new Label(inhalt, SWT.NONE);
		label.setText(beschriftung);
		Text feld = new Text(inhalt, SWT.BORDER);
		feld.setMessage(texte.berichtZeitraumHinweis);
		feld.setEnabled(false);
		Zugaenglich.benenne(feld, label);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(feld);
		return feld;
	}

	/**
	 * The period of the two fields: a {@link Berichtszeitraum}, null when the template has none or both fields are empty,
	 * else the German reason why the fields do not give one.
	 */
	private Object zeitraumPruefen() {
		Berichtsvorlage gewaehlt = (Berichtsvorlage) vorlage.getStructuredSelection().getFirstElement();
		String anfang = von.getText().strip();
		String ende = bis.getText().strip();
		if (gewaehlt == null || !gewaehlt.zeitraum() || anfang.isEmpty() && ende.isEmpty()) {
			return null;
		}
		if (anfang.isEmpty() || ende.isEmpty()) {
			return texte.berichtZeitraumUnvollstaendig;
		}
		try {
			return Berichtszeitraum.von(anfang, ende);
		} catch (IllegalArgumentException e) {
			return Messages.format(texte.berichtZeitraumUngueltig, e.getMessage());
		}
	}

	private void formateZeigen() {
		Berichtsvorlage gewaehlt = (Berichtsvorlage) vorlage.getStructuredSelection().getFirstElement();
		boolean mitZeitraum = gewaehlt != null && gewaehlt.zeitraum();
		von.setEnabled(mitZeitraum);
		bis.setEnabled(mitZeitraum);
		List<Berichtsformat> formate = gewaehlt == null ? List.of() : List.copyOf(gewaehlt.formate());
		format.setInput(formate);
		if (!formate.isEmpty()) {
			format.setSelection(new StructuredSelection(formate.contains(Berichtsformat.PDF) ? Berichtsformat.PDF : formate.get(0)));
		}
		dateinameVorschlagen();
	}

	/** PROJEKT-VORLAGE.ENDUNG in the default folder, with characters a file name cannot hold replaced. */
	private void dateinameVorschlagen() {
		Berichtsvorlage gewaehlt = (Berichtsvorlage) vorlage.getStructuredSelection().getFirstElement();
		Berichtsformat endung = (Berichtsformat) format.getStructuredSelection().getFirstElement();
		if (gewaehlt == null || endung == null || datei == null) {
			return;
		}
		String name = (projekt + "-" + gewaehlt.id()).replaceAll("[\\\\/:*?\"<>|]", "_") + "." + endung.endung();
		datei.setText(ordner.resolve(name).toString());
	}

	private void pruefe() {
		if (ok() == null) {
			return;
		}
		Object zeitraum = zeitraumPruefen();
		boolean gueltig = !vorlage.getStructuredSelection().isEmpty() && !format.getStructuredSelection().isEmpty()
				&& !datei.getText().isBlank() && !(zeitraum instanceof String);
		ok().setEnabled(gueltig);
		setErrorMessage(vorlagen.isEmpty() ? texte.berichtKeineVorlagen : zeitraum instanceof String grund ? grund : null);
	}

	/** For tests. */
	Text dateiFeld() {
		return datei;
	}

	ComboViewer formatFeld() {
		return format;
	}

	ComboViewer vorlageFeld() {
		return vorlage;
	}

	Text vonFeld() {
		return von;
	}

	Text bisFeld() {
		return bis;
	}

	Button erstellenKnopf() {
		return ok();
	}
}
