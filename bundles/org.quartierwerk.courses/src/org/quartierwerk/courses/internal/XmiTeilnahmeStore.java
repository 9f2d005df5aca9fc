package org.quartierwerk.courses.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.quartierwerk.core.DurableFile;
import org.quartierwerk.core.InputFiles;
import org.quartierwerk.core.StoreException;
import org.quartierwerk.core.WorkspaceLocator;
import org.quartierwerk.core.XmiLoading;
import org.quartierwerk.courses.model.Kurs;
import org.quartierwerk.courses.model.Checkliste;
import org.quartierwerk.courses.model.Checklistenergebnis;
import org.quartierwerk.courses.model.Kursvorgaben;
import org.quartierwerk.courses.model.Modul;
import org.quartierwerk.courses.model.Pruefpunkt;
import org.quartierwerk.courses.model.Punktergebnis;
import org.quartierwerk.courses.model.Teilnahme;
import org.quartierwerk.model.QuartierwerkResources;
import org.quartierwerk.model.Textvergleich;

/**
 * Teilnahmen as XMI files in {@code <workspace>/kurse/<kurs>/<projekt>.xmi}, the trainer's Vorgaben beside them in
 * {@code vorgaben.xmi}; references resolve into the registry's courses and the Vorgaben, nowhere else.
 */
@Component(service = TeilnahmeStore.class)
public final class XmiTeilnahmeStore implements TeilnahmeStore {

	static final String FOLDER = "kurse";
	private static final String EXTENSION = ".xmi";
	/** A Teilnahme is small; anything larger is not one of ours. */
	private static final long MAX_FILE_SIZE = 4L * 1024 * 1024;

	private final WorkspaceLocator workspace;
	private final CourseRegistry registry;
	/** The Vorgaben read, by course id, while their file stays as it was read. */
	private final Map<String, Geladen> vorgaben = new HashMap<>();

	private record Geladen(FileTime geaendert, long groesse, Kursvorgaben vorgaben) {
	}

	@Activate
	public XmiTeilnahmeStore(@Reference WorkspaceLocator workspace, @Reference CourseRegistry registry) {
		this.workspace = workspace;
		this.registry = registry;
	}

	@Override
	public List<Teilnahme> teilnahmen() throws StoreException {
		List<Teilnahme> teilnahmen = new ArrayList<>();
		for (Kurs kurs : registry.kurse()) {
			Path ordner = ordner(kurs.getId());
			if (!Files.isDirectory(ordner)) {
				continue;
			}
			try (Stream<Path> dateien = Files.list(ordner)) {
				List<Path> xmi = dateien.filter(d -> d.getFileName().toString().endsWith(EXTENSION))
						.filter(d -> !d.getFileName().toString().equals(VORGABEN + EXTENSION)).toList();
				for (Path datei : Textvergleich.sortiert(xmi, d -> d.getFileName().toString().replaceFirst("\\.xmi$", ""))) {
					teilnahmen.add(read(datei, kurs.getId()));
				}
			} catch (StoreException e) {
				throw e;
			} catch (IOException e) {
				throw new StoreException(NLS.bind(Messages.store_ordnerUnlesbar, ordner, e.getMessage()), e);
			}
		}
		return teilnahmen;
	}

	@Override
	public List<Teilnahme> vonProjekt(String praxisprojekt) throws StoreException {
		List<Teilnahme> teilnahmen = new ArrayList<>();
		for (Kurs kurs : registry.kurse()) {
			Optional<Teilnahme> teilnahme = teilnahme(kurs.getId(), praxisprojekt);
			teilnahme.ifPresent(teilnahmen::add);
		}
		return teilnahmen;
	}

	@Override
	public Optional<Teilnahme> teilnahme(String kursId, String praxisprojekt) throws StoreException {
		Path datei = file(kursId, praxisprojekt);
		return Files.exists(datei) ? Optional.of(read(datei, kursId)) : Optional.empty();
	}

	@Override
	public Path file(String kursId, String praxisprojekt) throws StoreException {
		if (VORGABEN.equalsIgnoreCase(praxisprojekt)) {
			throw new StoreException(NLS.bind(Messages.store_nameVorgaben, praxisprojekt));
		}
		return ordner(geprueft(kursId, Messages.store_nameKurs)).resolve(geprueft(praxisprojekt, Messages.store_namePraxisprojekt) + EXTENSION);
	}

	@Override
	public Path vorgabenFile(String kursId) throws StoreException {
		return ordner(geprueft(kursId, Messages.store_nameKurs)).resolve(VORGABEN + EXTENSION);
	}

	@Override
	public synchronized Optional<Kursvorgaben> vorgaben(String kursId) throws StoreException {
		Path datei = vorgabenFile(kursId);
		BasicFileAttributes attribute;
		try {
			attribute = Files.readAttributes(datei, BasicFileAttributes.class);
		} catch (IOException e) {
			vorgaben.remove(kursId);
			if (Files.notExists(datei)) {
				return Optional.empty();
			}
			throw new StoreException(NLS.bind(Messages.store_unlesbar, datei, e.getMessage()), e);
		}
		Geladen geladen = vorgaben.get(kursId);
		if (geladen == null || !geladen.geaendert().equals(attribute.lastModifiedTime()) || geladen.groesse() != attribute.size()) {
			Kursvorgaben gelesen = leseVorgaben(datei, kursId, URI.createURI(QuartierwerkResources.SCHEME + ":/kurse/" + kursId + "/"
					+ VORGABEN + EXTENSION));
			geladen = new Geladen(attribute.lastModifiedTime(), attribute.size(), gelesen);
			vorgaben.put(kursId, geladen);
		}
		return Optional.of(geladen.vorgaben());
	}

	@Override
	public Kursvorgaben readVorgaben(Path datei, String kursId) throws StoreException {
		return leseVorgaben(datei, kursId, URI.createFileURI(datei.toAbsolutePath().toString()));
	}

	@Override
	public synchronized void save(Kursvorgaben neu) throws StoreException {
		Path datei = vorgabenFile(neu.getKurs());
		pruefe(neu, datei);
		Resource resource = ressourcen(Map.of()).createResource(URI.createFileURI(datei.toAbsolutePath().toString()));
		resource.getContents().add(EcoreUtil.copy(neu));
		DurableFile.replace(datei, bytes(resource, datei), true);
		vorgaben.remove(neu.getKurs());
	}

	private Kursvorgaben leseVorgaben(Path datei, String kursId, URI uri) throws StoreException {
		byte[] inhalt = InputFiles.read(datei, MAX_FILE_SIZE, Messages.store_wasVorgaben);
		Resource resource = ressourcen(Map.of()).createResource(uri);
		try {
			QuartierwerkResources.load(resource, inhalt);
		} catch (IOException | RuntimeException e) {
			throw new StoreException(NLS.bind(Messages.store_unlesbar, datei, XmiLoading.explain(e)), e);
		}
		if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Kursvorgaben gelesen)) {
			throw new StoreException(NLS.bind(Messages.store_keineVorgaben, datei));
		}
		if (!kursId.equals(gelesen.getKurs())) {
			throw new StoreException(NLS.bind(Messages.store_vorgabenFremderKurs, new Object[] { datei, gelesen.getKurs(), kursId }));
		}
		pruefe(gelesen, datei);
		return gelesen;
	}

	/** Every checklist and point has an id and a text; no id is taken twice or by the course itself. */
	private void pruefe(Kursvorgaben geprueft, Path datei) throws StoreException {
		Set<String> vergeben = new HashSet<>();
		registry.kurs(geprueft.getKurs()).ifPresent(kurs -> {
			kurs.getModule().stream().map(Modul::getId).forEach(vergeben::add);
			kurs.getChecklisten().forEach(liste -> {
				vergeben.add(liste.getId());
				liste.getPunkte().stream().map(Pruefpunkt::getId).forEach(vergeben::add);
			});
		});
		for (Checkliste liste : geprueft.getChecklisten()) {
			kennung(liste, liste.getId(), liste.getTitel(), vergeben, datei);
			for (Pruefpunkt punkt : liste.getPunkte()) {
				kennung(punkt, punkt.getId(), punkt.getFrage(), vergeben, datei);
			}
		}
	}

	private static void kennung(EObject element, String id, String text, Set<String> vergeben, Path datei) throws StoreException {
		if (id == null || id.isBlank() || text == null || text.isBlank()) {
			throw new StoreException(NLS.bind(Messages.store_vorgabeOhneKennung, datei,
					element instanceof Checkliste ? Messages.store_checkliste : Messages.store_pruefpunkt));
		}
		if (!vergeben.add(id)) {
			throw new StoreException(NLS.bind(Messages.store_vorgabeDoppelt, datei, id));
		}
	}

	@Override
	public synchronized void save(Teilnahme teilnahme) throws StoreException {
		Kurs kurs = teilnahme.getKurs();
		if (kurs == null || kurs.eIsProxy()) {
			throw new StoreException(NLS.bind(Messages.store_keinKurs, teilnahme.getTeilnehmende()));
		}
		Path datei = file(kurs.getId(), teilnahme.getPraxisprojekt());
		// a copy, so the caller's object keeps its own resource; references into the course stay as they are
		Resource resource = ressourcen(Map.of()).createResource(URI.createFileURI(datei.toAbsolutePath().toString()));
		resource.getContents().add(EcoreUtil.copy(teilnahme));
		DurableFile.replace(datei, bytes(resource, datei), true);
	}

	private static byte[] bytes(Resource resource, Path datei) throws StoreException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			resource.save(bytes, Map.of(XMLResource.OPTION_ENCODING, "UTF-8", XMLResource.OPTION_LINE_WIDTH, 100));
		} catch (IOException | RuntimeException e) {
			throw new StoreException(NLS.bind(Messages.store_nichtUmwandelbar, datei), e);
		}
		return bytes.toByteArray();
	}

	private Teilnahme read(Path datei, String kursId) throws StoreException {
		byte[] inhalt = InputFiles.read(datei, MAX_FILE_SIZE, Messages.store_was);
		Map<URI, Resource> bekannt = new HashMap<>();
		Optional<Kursvorgaben> vorgabenDesKurses = vorgaben(kursId);
		vorgabenDesKurses.ifPresent(v -> bekannt.put(v.eResource().getURI(), v.eResource()));
		Resource resource = ressourcen(bekannt).createResource(URI.createFileURI(datei.toAbsolutePath().toString()));
		try {
			QuartierwerkResources.load(resource, inhalt);
		} catch (IOException | RuntimeException e) {
			throw new StoreException(NLS.bind(Messages.store_unlesbar, datei, XmiLoading.explain(e)), e);
		}
		if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Teilnahme teilnahme)) {
			throw new StoreException(NLS.bind(Messages.store_keineTeilnahme, datei));
		}
		EcoreUtil.resolveAll(resource);
		if (teilnahme.getKurs() == null || teilnahme.getKurs().eIsProxy() || !kursId.equals(teilnahme.getKurs().getId())) {
			throw new StoreException(NLS.bind(Messages.store_fremderKurs, datei, kursId));
		}
		vorgabenDesKurses.ifPresent(v -> fruehereAntworten(teilnahme, v));
		return teilnahme;
	}

	/**
	 * Answers given to checklist points that a course no longer has but its Vorgaben now do (BiQ's Stadtteilerkundung
	 * in the course format 1.0, see docs/kurse.md) find their points there by id; without such Vorgaben they stay in the
	 * file as they were.
	 */
	private static void fruehereAntworten(Teilnahme teilnahme, Kursvorgaben vorgaben) {
		for (Checklistenergebnis liste : teilnahme.getChecklisten()) {
			if (liste.getCheckliste() != null && liste.getCheckliste().eIsProxy()) {
				String id = ((InternalEObject) liste.getCheckliste()).eProxyURI().fragment();
				vorgaben.getChecklisten().stream().filter(c -> c.getId().equals(id)).findFirst().ifPresent(liste::setCheckliste);
			}
			for (Punktergebnis punkt : liste.getPunkte()) {
				if (punkt.getPruefpunkt() != null && punkt.getPruefpunkt().eIsProxy()) {
					String id = ((InternalEObject) punkt.getPruefpunkt()).eProxyURI().fragment();
					vorgaben.getChecklisten().stream().flatMap(c -> c.getPunkte().stream()).filter(p -> p.getId().equals(id)).findFirst()
							.ifPresent(punkt::setPruefpunkt);
				}
			}
		}
	}

	/**
	 * A resource set in which references into the installed courses (and the {@code weitere} resources) resolve to the
	 * objects read before and nothing else is opened, so a file from elsewhere cannot make Quartierwerk open other files
	 * or URLs.
	 */
	private ResourceSet ressourcen(Map<URI, Resource> weitere) {
		Map<URI, Resource> bekannt = new HashMap<>(registry.ressourcen());
		bekannt.putAll(weitere);
		return Kursressourcen.neu(bekannt);
	}

	private Path ordner(String kursId) throws StoreException {
		try {
			return workspace.folder().resolve(FOLDER).resolve(kursId);
		} catch (IOException e) {
			throw new StoreException(NLS.bind(Messages.store_arbeitsbereich, e.getMessage()), e);
		}
	}

	private static String geprueft(String name, String meldung) throws StoreException {
		if (name == null || name.isBlank() || name.startsWith(".") || name.length() > 200
				|| name.chars().anyMatch(c -> c == '/' || c == '\\' || Character.isISOControl(c))) {
			throw new StoreException(NLS.bind(meldung, name));
		}
		return name;
	}
}
