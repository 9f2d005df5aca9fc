package org.quartierwerk.courses.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
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
import org.quartierwerk.courses.model.KursPackage;
import org.quartierwerk.courses.model.Teilnahme;
import org.quartierwerk.model.QuartierwerkResources;
import org.quartierwerk.model.Textvergleich;

/** Teilnahmen as XMI files in {@code <workspace>/kurse/<kurs>/<projekt>.xmi}; course references resolve into the registry. */
@Component(service = TeilnahmeStore.class)
public final class XmiTeilnahmeStore implements TeilnahmeStore {

	static final String FOLDER = "kurse";
	private static final String EXTENSION = ".xmi";
	/** A Teilnahme is small; anything larger is not one of ours. */
	private static final long MAX_FILE_SIZE = 4L * 1024 * 1024;

	private final WorkspaceLocator workspace;
	private final CourseRegistry registry;

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
				List<Path> xmi = dateien.filter(d -> d.getFileName().toString().endsWith(EXTENSION)).toList();
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
		return ordner(geprueft(kursId, Messages.store_nameKurs)).resolve(geprueft(praxisprojekt, Messages.store_namePraxisprojekt) + EXTENSION);
	}

	@Override
	public synchronized void save(Teilnahme teilnahme) throws StoreException {
		Kurs kurs = teilnahme.getKurs();
		if (kurs == null || kurs.eIsProxy()) {
			throw new StoreException(NLS.bind(Messages.store_keinKurs, teilnahme.getTeilnehmende()));
		}
		Path datei = file(kurs.getId(), teilnahme.getPraxisprojekt());
		// a copy, so the caller's object keeps its own resource; references into the course stay as they are
		Resource resource = ressourcen().createResource(URI.createFileURI(datei.toAbsolutePath().toString()));
		resource.getContents().add(EcoreUtil.copy(teilnahme));
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			resource.save(bytes, Map.of(XMLResource.OPTION_ENCODING, "UTF-8", XMLResource.OPTION_LINE_WIDTH, 100));
		} catch (IOException | RuntimeException e) {
			throw new StoreException(NLS.bind(Messages.store_nichtUmwandelbar, datei), e);
		}
		DurableFile.replace(datei, bytes.toByteArray(), true);
	}

	private Teilnahme read(Path datei, String kursId) throws StoreException {
		byte[] inhalt = InputFiles.read(datei, MAX_FILE_SIZE, Messages.store_was);
		Resource resource = ressourcen().createResource(URI.createFileURI(datei.toAbsolutePath().toString()));
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
		return teilnahme;
	}

	/**
	 * A resource set in which references into the installed courses resolve to the registry's objects and nothing else is
	 * opened, so a file from elsewhere cannot make Quartierwerk open other files or URLs.
	 */
	private ResourceSet ressourcen() {
		return QuartierwerkResources.newResourceSet(registry.ressourcen(), KursPackage.eINSTANCE);
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
