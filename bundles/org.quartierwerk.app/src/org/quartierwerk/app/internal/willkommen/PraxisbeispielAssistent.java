package org.quartierwerk.app.internal.willkommen;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.quartierwerk.app.internal.basis.Messages;
import org.quartierwerk.app.internal.basis.Zugaenglich;
import org.quartierwerk.app.internal.praxisbeispiele.Praxisbeispieloperationen;
import org.quartierwerk.core.StoreException;
import org.quartierwerk.model.Bezeichnungen;
import org.quartierwerk.model.Bundesland;
import org.quartierwerk.model.Laufzeit;
import org.quartierwerk.model.Organisation;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.Quartier;
import org.quartierwerk.model.QuartierwerkFactory;
import org.quartierwerk.model.Teildatum;

/**
 * Willkommen → Eigenes Praxisbeispiel anlegen: the basics of a new project on two short pages – Titel, Träger and
 * Quartier; Bundesland and Laufzeit. Only the title is required; what is left empty stays unrecorded (the editor and
 * the Probleme view say so later). Finish hands the project to {@link Anlage}, which creates it in the workspace.
 */
public final class PraxisbeispielAssistent extends Wizard {

	/** Creates the project in the workspace; returns its name there. */
	@FunctionalInterface
	public interface Anlage {
		String lege(Praxisbeispiel beispiel) throws StoreException;
	}

	private static final QuartierwerkFactory F = QuartierwerkFactory.eINSTANCE;

	private final Messages texte;
	private final Predicate<String> vergeben;
	private final Anlage anlage;
	final Grunddaten grunddaten = new Grunddaten();
	final OrtUndLaufzeit ortUndLaufzeit = new OrtUndLaufzeit();
	private String name;

	/** {@code vergeben} tells whether a file name is taken by another project. */
	public PraxisbeispielAssistent(Messages texte, Predicate<String> vergeben, Anlage anlage) {
		this.texte = texte;
		this.vergeben = vergeben;
		this.anlage = anlage;
		setWindowTitle(texte.assistentTitel);
		setNeedsProgressMonitor(false);
	}

	@Override
	public void addPages() {
		addPage(grunddaten);
		addPage(ortUndLaufzeit);
	}

	@Override
	public boolean performFinish() {
		try {
			name = anlage.lege(praxisbeispiel());
			return true;
		} catch (StoreException e) {
			((WizardPage) getContainer().getCurrentPage()).setErrorMessage(e.getMessage());
			return false;
		}
	}

	/** The project's name in the workspace, after Finish. */
	public String name() {
		return name;
	}

	/** The project as entered. */
	Praxisbeispiel praxisbeispiel() {
		Praxisbeispiel beispiel = F.createPraxisbeispiel();
		beispiel.setTitel(grunddaten.titel.getText().strip());
		String traeger = grunddaten.traeger.getText().strip();
		if (!traeger.isEmpty()) {
			Organisation organisation = F.createOrganisation();
			organisation.setName(traeger);
			beispiel.getOrganisationen().add(organisation);
			beispiel.setTraeger(organisation);
		}
		String quartierName = grunddaten.quartier.getText().strip();
		if (!quartierName.isEmpty()) {
			Quartier quartier = F.createQuartier();
			quartier.setName(quartierName);
			beispiel.setQuartier(quartier);
		}
		int land = ortUndLaufzeit.bundesland.getSelectionIndex();
		if (land > 0) {
			beispiel.setBundesland(Bundesland.VALUES.get(land - 1));
		}
		Teildatum beginn = datum(ortUndLaufzeit.beginn);
		Teildatum ende = datum(ortUndLaufzeit.ende);
		if (beginn != null || ende != null) {
			Laufzeit laufzeit = F.createLaufzeit();
			laufzeit.setBeginn(beginn);
			laufzeit.setEnde(ende);
			beispiel.setLaufzeit(laufzeit);
		}
		return beispiel;
	}

	private static Teildatum datum(Text feld) {
		String text = feld.getText().strip();
		return text.isEmpty() ? null : Teildatum.valueOf(text);
	}

	private static Text feld(Composite seite, String beschriftung) {
		new Label(seite, SWT.NONE).setText(beschriftung);
		Text text = new Text(seite, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).hint(340, SWT.DEFAULT).applyTo(text);
		Zugaenglich.benenne(text, beschriftung);
		return text;
	}

	private static Composite raster(Composite parent) {
		Composite seite = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(seite);
		return seite;
	}

	/** Page 1: Titel (required, its file name free), Träger, Quartier. */
	final class Grunddaten extends WizardPage {
		Text titel;
		Text traeger;
		Text quartier;

		Grunddaten() {
			super("grunddaten");
		}

		@Override
		public void createControl(Composite parent) {
			setTitle(texte.assistentGrunddaten);
			setMessage(texte.assistentGrunddatenHinweis);
			Composite seite = raster(parent);
			titel = feld(seite, texte.projektTitel);
			traeger = feld(seite, texte.feldTraeger);
			quartier = feld(seite, texte.feldQuartier);
			titel.addModifyListener(e -> pruefe());
			setControl(seite);
			pruefe();
		}

		private void pruefe() {
			String name = Praxisbeispieloperationen.dateiname(titel.getText());
			String fehler = titel.getText().isBlank() ? texte.projektTitelFehlt
					: vergeben.test(name) ? Messages.format(texte.projektNameVergeben, name) : null;
			setErrorMessage(fehler);
			setPageComplete(fehler == null);
		}

		@Override
		public void setVisible(boolean visible) {
			super.setVisible(visible);
			if (visible) {
				titel.setFocus();
			}
		}
	}

	/** Page 2: Bundesland, Laufzeit Beginn and Ende, each optional; dates as year, month or day, the end not before the beginning. */
	final class OrtUndLaufzeit extends WizardPage {
		Combo bundesland;
		Text beginn;
		Text ende;

		OrtUndLaufzeit() {
			super("ortUndLaufzeit");
		}

		@Override
		public void createControl(Composite parent) {
			setTitle(texte.assistentOrtUndLaufzeit);
			setMessage(texte.assistentOrtUndLaufzeitHinweis);
			Composite seite = raster(parent);
			new Label(seite, SWT.NONE).setText(texte.feldBundesland);
			bundesland = new Combo(seite, SWT.READ_ONLY | SWT.DROP_DOWN);
			List<String> laender = new ArrayList<>();
			laender.add(texte.nichtAngegeben);
			Bundesland.VALUES.forEach(b -> laender.add(Bezeichnungen.von(b)));
			bundesland.setItems(laender.toArray(String[]::new));
			bundesland.select(0);
			Zugaenglich.benenne(bundesland, texte.feldBundesland);
			GridDataFactory.fillDefaults().grab(true, false).applyTo(bundesland);
			beginn = feld(seite, texte.feldLaufzeitBeginn);
			ende = feld(seite, texte.feldLaufzeitEnde);
			beginn.addModifyListener(e -> pruefe());
			ende.addModifyListener(e -> pruefe());
			setControl(seite);
			pruefe();
		}

		private void pruefe() {
			String fehler = null;
			Teildatum von = null;
			Teildatum bis = null;
			try {
				von = datum(beginn);
			} catch (IllegalArgumentException e) {
				fehler = Messages.format(texte.assistentDatumFalsch, Zugaenglich.ohneZeichen(texte.feldLaufzeitBeginn), e.getMessage());
			}
			try {
				bis = datum(ende);
			} catch (IllegalArgumentException e) {
				fehler = fehler != null ? fehler
						: Messages.format(texte.assistentDatumFalsch, Zugaenglich.ohneZeichen(texte.feldLaufzeitEnde), e.getMessage());
			}
			if (fehler == null && von != null && bis != null && bis.letzter().isBefore(von.erster())) {
				fehler = texte.assistentEndeVorBeginn;
			}
			setErrorMessage(fehler);
			setPageComplete(fehler == null);
		}

		Control erstesFeld() {
			return bundesland;
		}
	}
}
