package org.quartierwerk.app.internal.kurse;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.quartierwerk.app.internal.Kursinstallation;
import org.quartierwerk.app.internal.basis.Messages;
import org.quartierwerk.app.internal.basis.MitFortschritt;
import org.quartierwerk.courses.CourseException;
import org.quartierwerk.courses.model.Kurs;
import org.quartierwerk.courses.model.Teilnahme;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.reports.Berichtsergebnis;
import org.quartierwerk.reports.Berichtsformat;
import org.quartierwerk.reports.Berichtsvorlage;

/**
 * What the user does in the Kurse view – create the Teilnahme, tick, get the certificate, install and remove courses –
 * each one call of the course service (long ones with progress); the view shows the outcome.
 */
final class Kursaktionen {

	private final KurseView view;
	final Button zertifikat;
	final Button deinstallieren;
	final Button installieren;

	Kursaktionen(KurseView view, Composite inhalt) {
		this.view = view;
		Messages texte = view.texte;
		Composite leiste = new Composite(inhalt, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(200, SWT.DEFAULT).applyTo(leiste);
		RowLayout fluss = new RowLayout();
		fluss.marginLeft = fluss.marginTop = fluss.marginRight = fluss.marginBottom = 0;
		leiste.setLayout(fluss);
		zertifikat = knopf(leiste, texte.kurseZertifikat, this::erstelleZertifikat);
		zertifikat.setLayoutData(new RowData());
		deinstallieren = knopf(leiste, texte.kurseDeinstallieren, this::deinstalliere);
		installieren = knopf(leiste, texte.kurseInstallieren, this::installiere);
	}

	void legeAn() {
		Kurs kurs = view.auswahl.kurs();
		String projekt = view.auswahl.projekt();
		String teilnehmende = view.rueckfragen.eingabe(view.shell(), view.texte.kurseTeilnahmeTitel,
				Messages.format(view.texte.kurseTeilnehmendeFrage, kurs.getTitel(), projekt));
		if (teilnehmende == null || teilnehmende.isBlank()) {
			return;
		}
		try {
			view.kurse.nimmTeil(kurs.getId(), projekt, teilnehmende, false);
		} catch (CourseException e) {
			fehler(view.texte.kurseTitel, Messages.format(view.texte.kurseSpeichernFehler, e.getMessage()));
		}
		view.zeigeTeilnahme();
	}

	/** Ticks or unticks a module or checklist point; saved at once. */
	void hake(EObject element, boolean erledigt) {
		Teilnahme teilnahme = view.teilnahme();
		try {
			if (erledigt) {
				view.kurse.erledige(teilnahme, List.of(Teilnahmebaum.id(element)), List.of(), null);
			} else {
				view.kurse.oeffne(teilnahme, Teilnahmebaum.id(element));
			}
		} catch (CourseException e) {
			fehler(view.texte.kurseTitel, Messages.format(view.texte.kurseSpeichernFehler, e.getMessage()));
		}
		view.zeigeTeilnahme();
	}

	/** Renders the course's certificate for the Teilnahme with progress, then opens it. */
	private void erstelleZertifikat() {
		Teilnahme teilnahme = view.teilnahme();
		Berichtsvorlage vorlage = view.kurse.zertifikatsvorlage(teilnahme.getKurs()).orElse(null);
		if (vorlage == null) {
			return;
		}
		String vorschlag = (vorlage.titel() + " " + teilnahme.getTeilnehmende()).replaceAll("[\\\\/:*?\"<>|]", "-") + ".pdf";
		Path ziel = view.rueckfragen.speichernUnter(view.shell(), Path.of(System.getProperty("user.home"), vorschlag));
		if (ziel == null) {
			return;
		}
		String dateiname = ziel.getFileName().toString();
		Berichtsformat format = Berichtsformat.von(dateiname.substring(dateiname.lastIndexOf('.') + 1))
				.filter(vorlage.formate()::contains).orElse(Berichtsformat.PDF);
		Praxisbeispiel projekt = view.auswahl.editorKopie(teilnahme.getPraxisprojekt());
		String aufgabe = Messages.format(view.texte.kurseZertifikatLaeuft, teilnahme.getTeilnehmende());
		MitFortschritt.Ausgang<Berichtsergebnis> ausgang = MitFortschritt.fuehreAus(view.shell(), monitor -> {
			monitor.beginTask(aufgabe, IProgressMonitor.UNKNOWN);
			return view.kurse.erstelleZertifikat(teilnahme, projekt, format, ziel);
		});
		if (ausgang.fehler() != null) {
			fehler(view.texte.kurseZertifikatTitel, ausgang.fehler());
		} else if (!view.rueckfragen.oeffne(ziel)) {
			view.rueckfragen.melde(view.shell(), view.texte.kurseZertifikatTitel, Messages.format(view.texte.berichtGeschrieben, ziel),
					false);
		}
		view.zeigeTeilnahme();
	}

	/** Removes the course with p2 after asking; the Teilnahme files stay in the workspace. */
	private void deinstalliere() {
		Kurs kurs = view.auswahl.kurs();
		Messages texte = view.texte;
		if (!view.kurse.installierbar()) {
			fehler(texte.kurseDeinstallierenTitel, texte.kursInstallierenNichtVerfuegbar);
			return;
		}
		if (!view.rueckfragen.bestaetigt(view.shell(), texte.kurseDeinstallierenTitel,
				Messages.format(texte.kurseDeinstallierenFrage, kurs.getTitel()))) {
			return;
		}
		Kursinstallation.Ausgang ausgang = Kursinstallation.deinstalliere(view.shell(), view.kurse, kurs.getId());
		if (!ausgang.erfolgreich()) {
			fehler(texte.kurseDeinstallierenTitel, ausgang.fehler());
		} else if (ausgang.ergebnis().neustartNoetig()) {
			if (view.rueckfragen.bestaetigt(view.shell(), texte.kurseDeinstallierenTitel,
					Messages.format(texte.kurseDeinstalliertNeustart, kurs.getTitel())) && view.workbench != null) {
				view.workbench.restart();
			}
		} else {
			view.rueckfragen.melde(view.shell(), texte.kurseDeinstallierenTitel, Messages.format(texte.kurseDeinstalliert, kurs.getTitel()),
					false);
		}
		view.zeige();
	}

	/** Runs Kurse → Kurs installieren…, then shows what came. */
	void installiere() {
		if (view.befehle != null && view.handler != null) {
			ParameterizedCommand befehl = view.befehle.createCommand(KurseView.KURS_INSTALLIEREN, null);
			view.handler.executeHandler(befehl);
		}
		view.zeige();
	}

	private void fehler(String titel, String meldung) {
		view.rueckfragen.melde(view.shell(), titel, meldung, true);
	}

	static Button knopf(Composite parent, String text, Runnable aktion) {
		Button knopf = new Button(parent, SWT.PUSH);
		knopf.setText(text);
		knopf.addListener(SWT.Selection, e -> aktion.run());
		if (parent.getLayout() instanceof GridLayout) {
			GridDataFactory.swtDefaults().applyTo(knopf);
		}
		return knopf;
	}
}
