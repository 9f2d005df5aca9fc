package org.quartierwerk.courses.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.quartierwerk.core.DurableFile;
import org.quartierwerk.core.PraxisbeispielStore;
import org.quartierwerk.core.StoreException;
import org.quartierwerk.core.WorkspaceLocator;
import org.quartierwerk.courses.Anforderungsstand;
import org.quartierwerk.courses.CourseException;
import org.quartierwerk.courses.CourseService;
import org.quartierwerk.courses.Installation;
import org.quartierwerk.courses.Kursanbieter;
import org.quartierwerk.courses.Kursfeature;
import org.quartierwerk.courses.installer.CourseInstaller;
import org.quartierwerk.courses.model.Akteur;
import org.quartierwerk.courses.model.Akteurslandkarte;
import org.quartierwerk.courses.model.Anforderung;
import org.quartierwerk.courses.model.Anforderungsart;
import org.quartierwerk.courses.model.Checkliste;
import org.quartierwerk.courses.model.Kurs;
import org.quartierwerk.courses.model.KursFactory;
import org.quartierwerk.courses.model.Kursvorgaben;
import org.quartierwerk.courses.model.Modul;
import org.quartierwerk.courses.model.Netzwerkkooperation;
import org.quartierwerk.courses.model.Pruefpunkt;
import org.quartierwerk.courses.model.Teilnahme;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.reports.Berichtsergebnis;
import org.quartierwerk.reports.Berichtsformat;
import org.quartierwerk.reports.Berichtsvorlage;
import org.quartierwerk.reports.ReportException;
import org.quartierwerk.reports.ReportService;

/**
 * The course use cases over the course registry, the Teilnahme store, the project store, the reports and p2.
 * <p>
 * Größe: one short method per use case of {@link CourseService}; the rules themselves are in {@link Kursarbeit},
 * {@link Anforderungspruefung} and {@link Installationen}.
 */
@Component(service = CourseService.class)
public final class Kursdienst implements CourseService {

	private final CourseRegistry registry;
	private final TeilnahmeStore teilnahmen;
	private final PraxisbeispielStore store;
	private final WorkspaceLocator workspace;
	private final ReportService reports;

	/** Absent where p2 is not part of the installation; the best ranked one when there are several. */
	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
	private volatile CourseInstaller installer;

	@Activate
	public Kursdienst(@Reference CourseRegistry registry, @Reference TeilnahmeStore teilnahmen, @Reference PraxisbeispielStore store,
			@Reference WorkspaceLocator workspace, @Reference ReportService reports) {
		this.registry = registry;
		this.teilnahmen = teilnahmen;
		this.store = store;
		this.workspace = workspace;
		this.reports = reports;
	}

	@Override
	public List<Kurs> kurse() {
		return registry.kurse();
	}

	@Override
	public Optional<Kurs> kurs(String id) {
		return registry.kurs(id);
	}

	@Override
	public List<String> probleme() {
		return registry.probleme();
	}

	@Override
	public Optional<Kursvorgaben> vorgaben(String kursId) throws CourseException {
		return gelesen(() -> teilnahmen.vorgaben(kursId));
	}

	@Override
	public Path vorgabenDatei(String kursId) throws CourseException {
		return gelesen(() -> teilnahmen.vorgabenFile(kursId));
	}

	@Override
	public Kursvorgaben uebernimmVorgaben(String kursId, Path datei) throws CourseException {
		installiert(kursId);
		Kursvorgaben neu = gelesen(() -> teilnahmen.readVorgaben(datei, kursId));
		neu.setStand(new Date());
		speichere(neu);
		return vorgaben(kursId).orElseThrow();
	}

	@Override
	public Kursvorgaben ergaenzeAnforderung(String kursId, Anforderungsart art, String beschreibung) throws CourseException {
		Kursvorgaben neu = vorgabenKopie(kursId);
		Anforderung anforderung = KursFactory.eINSTANCE.createAnforderung();
		anforderung.setArt(art);
		if (gesetzt(beschreibung)) {
			anforderung.setBeschreibung(beschreibung.strip());
		}
		neu.getAnforderungen().add(anforderung);
		speichere(neu);
		return vorgaben(kursId).orElseThrow();
	}

	@Override
	public Kursvorgaben ergaenzePunkt(String kursId, String frage, String erfassen) throws CourseException {
		if (!gesetzt(frage)) {
			throw new CourseException(Messages.dienst_keineFrage);
		}
		Kursvorgaben neu = vorgabenKopie(kursId);
		Checkliste liste = Kursarbeit.vorgabenCheckliste(neu, Messages.dienst_vorgabenCheckliste);
		Pruefpunkt punkt = KursFactory.eINSTANCE.createPruefpunkt();
		punkt.setId(Kursarbeit.freieKennung(registry.kurs(kursId).orElseThrow(), neu, kursId + ".vorgabe."));
		punkt.setFrage(frage.strip());
		if (gesetzt(erfassen)) {
			punkt.setErfassen(erfassen.strip());
		}
		liste.getPunkte().add(punkt);
		speichere(neu);
		return vorgaben(kursId).orElseThrow();
	}

	@Override
	public List<Checkliste> checklisten(Kurs kurs) throws CourseException {
		return Kursarbeit.checklisten(kurs, vorgaben(kurs.getId()).orElse(null));
	}

	/** A copy of the course's Vorgaben to change (new ones when there are none), so a refused change leaves them as they were. */
	private Kursvorgaben vorgabenKopie(String kursId) throws CourseException {
		installiert(kursId);
		Kursvorgaben kopie = vorgaben(kursId).map(EcoreUtil::copy).orElseGet(() -> {
			Kursvorgaben neu = KursFactory.eINSTANCE.createKursvorgaben();
			neu.setKurs(kursId);
			return neu;
		});
		kopie.setStand(new Date());
		return kopie;
	}

	private Kurs installiert(String kursId) throws CourseException {
		return kurs(kursId).orElseThrow(() -> new CourseException(NLS.bind(Messages.dienst_unbekannterKurs, kursId)));
	}

	private void speichere(Kursvorgaben neu) throws CourseException {
		gelesen(() -> {
			teilnahmen.save(neu);
			return null;
		});
	}

	@Override
	public boolean vergibtZertifikat(Kurs kurs) {
		return gesetzt(kurs.getZertifikat()) && gesetzt(kurs.getZertifikatsvorlage());
	}

	@Override
	public Optional<Berichtsvorlage> zertifikatsvorlage(Kurs kurs) {
		if (kurs == null || !vergibtZertifikat(kurs)) {
			return Optional.empty();
		}
		return vorlagen(kurs).stream().filter(v -> v.id().equals(kurs.getZertifikatsvorlage())).findFirst();
	}

	@Override
	public List<Berichtsvorlage> vorlagen(Kurs kurs) {
		return reports.vorlagen().stream().filter(v -> v.kurs().equals(kurs.getId())).toList();
	}

	@Override
	public boolean installierbar() {
		return installer != null;
	}

	@Override
	public void pruefeVerzeichnis(String verzeichnis, boolean unverschluesselt) throws CourseException {
		Installationen.pruefe(verzeichnis, unverschluesselt);
	}

	@Override
	public List<Kursfeature> angeboten(String verzeichnis, boolean unverschluesselt, IProgressMonitor monitor) throws CourseException {
		return Installationen.angeboten(installer, verzeichnis, unverschluesselt, monitor);
	}

	@Override
	public List<Kursfeature> installiert() throws CourseException {
		return Installationen.mit(installer, i -> Installationen.features(i.installed()));
	}

	@Override
	public Installation installiere(String verzeichnis, boolean unverschluesselt, List<String> features, boolean vertrauen,
			IProgressMonitor monitor) throws CourseException {
		return Installationen.installiere(installer, verzeichnis, unverschluesselt, features, vertrauen, monitor);
	}

	@Override
	public Installation deinstalliere(String kursIdOderFeature, IProgressMonitor monitor) throws CourseException {
		return Installationen.deinstalliere(installer, feature(kursIdOderFeature), monitor);
	}

	/** A course is installed as the feature of the bundle that contributes it; a course not installed by its id's scheme. */
	@Override
	public String feature(String kursIdOderFeature) {
		if (kursIdOderFeature.startsWith(CourseInstaller.FEATURE_PREFIX)) {
			return kursIdOderFeature;
		}
		return registry.bundle(kursIdOderFeature).map(bundle -> bundle + ".feature")
				.orElse(CourseInstaller.FEATURE_PREFIX + kursIdOderFeature + ".feature");
	}

	@Override
	public List<Kursanbieter> vertrauteAnbieter() throws CourseException {
		return Installationen.vertraute(installer);
	}

	@Override
	public Kursanbieter vertraue(Path signaturzertifikat) throws CourseException {
		return Installationen.vertraue(installer, signaturzertifikat);
	}

	@Override
	public List<Teilnahme> teilnahmen() throws CourseException {
		return gelesen(teilnahmen::teilnahmen);
	}

	@Override
	public Optional<Teilnahme> teilnahme(String kursId, String praxisprojekt) throws CourseException {
		return gelesen(() -> teilnahmen.teilnahme(kursId, praxisprojekt));
	}

	@Override
	public Path datei(String kursId, String praxisprojekt) throws CourseException {
		return gelesen(() -> teilnahmen.file(kursId, praxisprojekt));
	}

	@Override
	public Teilnahme nimmTeil(String kursId, String praxisprojekt, String teilnehmende, boolean gebuehrBefreit) throws CourseException {
		Kurs kurs = installiert(kursId);
		if (teilnehmende == null || teilnehmende.isBlank()) {
			throw new CourseException(Messages.dienst_keineTeilnehmenden);
		}
		if (!gelesen(store::names).contains(praxisprojekt)) {
			throw new CourseException(NLS.bind(Messages.dienst_unbekanntesProjekt, praxisprojekt));
		}
		if (teilnahme(kursId, praxisprojekt).isPresent()) {
			throw new CourseException(NLS.bind(Messages.dienst_teilnahmeGibtEs, kursId, praxisprojekt));
		}
		Teilnahme teilnahme = Kursarbeit.neueTeilnahme(kurs, vorgaben(kursId).orElse(null), teilnehmende.strip(), praxisprojekt);
		teilnahme.setGebuehrBefreit(gebuehrBefreit);
		speichere(teilnahme);
		return teilnahme;
	}

	@Override
	public void pruefeElement(Teilnahme teilnahme, String elementId) throws CourseException {
		element(teilnahme, elementId);
	}

	@Override
	public void erledige(Teilnahme teilnahme, List<String> elementIds, List<String> eintraege, String notiz) throws CourseException {
		List<EObject> elemente = new ArrayList<>();
		for (String id : elementIds) {
			EObject element = element(teilnahme, id);
			if (element instanceof Modul modul && !eintraege.isEmpty()) {
				// a module's progress holds no entries: refused rather than dropped
				throw new CourseException(NLS.bind(Messages.dienst_modulOhneEintraege, modul.getTitel()));
			}
			elemente.add(element);
		}
		Date heute = new Date();
		for (EObject element : elemente) {
			if (element instanceof Modul modul) {
				Kursarbeit.modulAbschliessen(teilnahme, modul, notiz, heute);
			} else {
				Kursarbeit.punktErledigen(teilnahme, (Pruefpunkt) element, eintraege, notiz, heute);
			}
		}
		speichere(teilnahme);
	}

	@Override
	public void oeffne(Teilnahme teilnahme, String elementId) throws CourseException {
		Kursarbeit.oeffne(teilnahme, element(teilnahme, elementId));
		speichere(teilnahme);
	}

	@Override
	public boolean erledigt(Teilnahme teilnahme, String elementId) {
		Kursvorgaben vorgaben;
		try {
			vorgaben = vorgaben(teilnahme.getKurs().getId()).orElse(null);
		} catch (CourseException e) {
			vorgaben = null; // a point of unreadable Vorgaben is not shown, so not asked for
		}
		return Kursarbeit.element(teilnahme.getKurs(), vorgaben, elementId).map(e -> Kursarbeit.erledigt(teilnahme, e)).orElse(false);
	}

	@Override
	public List<Anforderungsstand> stand(Teilnahme teilnahme, Praxisbeispiel projekt) throws CourseException {
		return Anforderungspruefung.pruefe(teilnahme, vorgaben(teilnahme.getKurs().getId()).orElse(null),
				projekt != null ? projekt : gespeichert(teilnahme.getPraxisprojekt()));
	}

	@Override
	public List<String> offen(Teilnahme teilnahme, Praxisbeispiel projekt) throws CourseException {
		return Anforderungspruefung.offen(stand(teilnahme, projekt));
	}

	@Override
	public Berichtsergebnis erstelleZertifikat(Teilnahme teilnahme, Praxisbeispiel projekt, Berichtsformat format, Path ziel)
			throws CourseException {
		Kurs kurs = teilnahme.getKurs();
		if (!vergibtZertifikat(kurs)) {
			throw new CourseException(NLS.bind(Messages.dienst_keinZertifikat, kurs.getTitel()));
		}
		Berichtsvorlage vorlage = zertifikatsvorlage(kurs).orElseThrow(
				() -> new CourseException(NLS.bind(Messages.dienst_vorlageFehlt, kurs.getTitel(), kurs.getZertifikatsvorlage())));
		Path datei = gelesen(() -> workspace.outsideWorkspace(ziel));
		Praxisbeispiel beispiel = projekt != null ? projekt : gespeichert(teilnahme.getPraxisprojekt());
		List<String> offen = offen(teilnahme, beispiel);
		if (!offen.isEmpty()) {
			throw new CourseException(CourseException.Grund.ANFORDERUNGEN_OFFEN, NLS.bind(Messages.dienst_nochNicht, kurs.getTitel()),
					offen, null);
		}
		if (teilnahme.getZertifikatErteiltAm() == null) {
			teilnahme.setZertifikatErteiltAm(new Date());
			try {
				speichere(teilnahme);
			} catch (CourseException e) {
				teilnahme.setZertifikatErteiltAm(null);
				throw e;
			}
		}
		Map<String, Object> daten = berichtsdaten(teilnahme, beispiel);
		try {
			return DurableFile.write(datei, false, stream -> reports.render(vorlage.id(), List.of(beispiel), daten, format, stream));
		} catch (ReportException | StoreException e) {
			throw new CourseException(e.getMessage(), e.getCause());
		}
	}

	@Override
	public Map<String, Object> berichtsdaten(Teilnahme teilnahme, Praxisbeispiel projekt) throws CourseException {
		return Map.of(Kursberichtsdaten.APP_CONTEXT_KEY,
				new Kursberichtsdaten(teilnahme, vorgaben(teilnahme.getKurs().getId()).orElse(null), projekt));
	}

	@Override
	public Akteurslandkarte ergaenzeAkteurslandkarte(Teilnahme teilnahme, boolean ausPraxisprojekt, List<Akteurangabe> akteure,
			List<Verbindung> verbindungen) throws CourseException {
		Akteurslandkarte karte;
		if (ausPraxisprojekt) {
			Praxisbeispiel projekt = gespeichert(teilnahme.getPraxisprojekt());
			if (projekt == null) {
				throw new CourseException(NLS.bind(Messages.pruefung_projektFehlt, teilnahme.getPraxisprojekt()));
			}
			karte = Kursarbeit.akteurslandkarteAus(projekt);
		} else {
			// a copy, so that a refused change leaves the Teilnahme as it was
			karte = teilnahme.getAkteurslandkarte() == null ? KursFactory.eINSTANCE.createAkteurslandkarte()
					: EcoreUtil.copy(teilnahme.getAkteurslandkarte());
		}
		for (Akteurangabe angabe : akteure) {
			if (!gesetzt(angabe.name())) {
				throw new CourseException(Messages.dienst_keinAkteursname);
			}
			Kursarbeit.neuerAkteur(karte, angabe.name().strip(), angabe.art());
		}
		for (Verbindung verbindung : verbindungen) {
			Netzwerkkooperation kooperation = KursFactory.eINSTANCE.createNetzwerkkooperation();
			kooperation.setVon(akteur(karte, verbindung.von()));
			kooperation.setZu(akteur(karte, verbindung.zu()));
			kooperation.setVerbindlichkeit(verbindung.verbindlichkeit());
			karte.getKooperationen().add(kooperation);
		}
		Akteurslandkarte vorher = teilnahme.getAkteurslandkarte();
		teilnahme.setAkteurslandkarte(karte);
		try {
			speichere(teilnahme);
		} catch (CourseException e) {
			teilnahme.setAkteurslandkarte(vorher);
			throw e;
		}
		return karte;
	}

	@Override
	public byte[] akteurslandkarteAlsBild(Teilnahme teilnahme) {
		Akteurslandkarte karte = teilnahme.getAkteurslandkarte();
		return Netzwerkbild.png(karte != null ? karte : KursFactory.eINSTANCE.createAkteurslandkarte());
	}

	private static Akteur akteur(Akteurslandkarte karte, String name) throws CourseException {
		return karte.getAkteure().stream().filter(a -> a.getName() != null && a.getName().equalsIgnoreCase(name.strip())).findFirst()
				.orElseThrow(() -> new CourseException(NLS.bind(Messages.dienst_unbekannterAkteur, name.strip())));
	}

	private EObject element(Teilnahme teilnahme, String id) throws CourseException {
		Kursvorgaben vorgaben = vorgaben(teilnahme.getKurs().getId()).orElse(null);
		return Kursarbeit.element(teilnahme.getKurs(), vorgaben, id).orElseThrow(
				() -> new CourseException(NLS.bind(Messages.dienst_unbekanntesElement, id, teilnahme.getKurs().getId())));
	}

	private void speichere(Teilnahme teilnahme) throws CourseException {
		gelesen(() -> {
			teilnahmen.save(teilnahme);
			return null;
		});
	}

	/** The Praxisprojekt as stored; null when it is not in the workspace or cannot be read. */
	private Praxisbeispiel gespeichert(String name) {
		try {
			return name != null && store.names().contains(name) ? store.load(name) : null;
		} catch (StoreException e) {
			return null;
		}
	}

	/** A store call; its German message becomes the service's, its technical cause stays for the log. */
	private static <T> T gelesen(Speicherzugriff<T> zugriff) throws CourseException {
		try {
			return zugriff.tue();
		} catch (StoreException e) {
			throw new CourseException(e.getMessage(), e.getCause());
		}
	}

	private interface Speicherzugriff<T> {
		T tue() throws StoreException;
	}

	private static boolean gesetzt(String text) {
		return text != null && !text.isBlank();
	}
}
