package org.quartierwerk.core.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.quartierwerk.catalog.Katalog;
import org.quartierwerk.core.DurableFile;
import org.quartierwerk.core.PraxisbeispielStore;
import org.quartierwerk.core.StoreException;
import org.quartierwerk.core.WorkspaceLocator;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.QuartierwerkResources;
import org.xml.sax.SAXParseException;

/** Stores each Praxisbeispiel as an XMI file in the workspace, crash-safe, for one process at a time. */
@Component(service = PraxisbeispielStore.class)
public final class XmiPraxisbeispielStore implements PraxisbeispielStore {

	static final String LOCK_FILE = ".quartierwerk.lock";
	static final String BACKUP_SUFFIX = DurableFile.BACKUP_SUFFIX;

	private final WorkspaceLocator workspace;

	/** Resolves references into the catalogues; without it they stay proxies and are saved unchanged. */
	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
			policyOption = ReferencePolicyOption.GREEDY)
	private volatile Katalog katalog;

	private FileChannel lockChannel;
	private FileLock lock;

	@Activate
	public XmiPraxisbeispielStore(@Reference WorkspaceLocator workspace) {
		this.workspace = workspace;
	}

	@Deactivate
	synchronized void releaseWorkspace() throws IOException {
		if (lock != null) {
			lock.release();
			lockChannel.close();
			lock = null;
			lockChannel = null;
		}
	}

	@Override
	public List<String> names() throws StoreException {
		Path folder = lockedWorkspace();
		try {
			return workspace.projectFiles().stream().map(XmiPraxisbeispielStore::nameOf).toList();
		} catch (IOException e) {
			throw new StoreException(format("Der Arbeitsbereich {0} kann nicht gelesen werden: {1}", folder, describe(e)), e);
		}
	}

	@Override
	public Path file(String name) throws StoreException {
		return lockedWorkspace().resolve(checkedName(name) + WorkspaceLocator.PROJECT_FILE_EXTENSION);
	}

	@Override
	public Praxisbeispiel load(String name) throws StoreException {
		return read(file(name));
	}

	@Override
	public Praxisbeispiel load(Path file) throws StoreException {
		return read(file);
	}

	@Override
	public synchronized void save(String name, Praxisbeispiel beispiel) throws StoreException {
		Path target = file(name);
		byte[] content = serialize(beispiel, target);
		try {
			DurableFile.replace(target, content, true);
		} catch (IOException e) {
			throw new StoreException(format("{0} konnte nicht gespeichert werden: {1}", target, describe(e)), e);
		}
	}

	@Override
	public synchronized void delete(String name) throws StoreException {
		Path target = file(name);
		try {
			if (!Files.exists(target)) {
				throw new StoreException(format("Es gibt kein Praxisbeispiel \u201E{0}\u201C in {1}.", name, target.getParent()));
			}
			DurableFile.retire(target);
		} catch (StoreException e) {
			throw e;
		} catch (IOException e) {
			throw new StoreException(format("{0} konnte nicht gelöscht werden: {1}", target, describe(e)), e);
		}
	}

	/** The workspace folder, locked for this process on first use. */
	private synchronized Path lockedWorkspace() throws StoreException {
		Path folder;
		try {
			folder = workspace.folder();
		} catch (IOException e) {
			throw new StoreException(format("Der Arbeitsbereich kann nicht angelegt werden: {0}", describe(e)), e);
		}
		if (lock != null) {
			return folder;
		}
		Path lockFile = folder.resolve(LOCK_FILE);
		try {
			FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
			FileLock acquired;
			try {
				acquired = channel.tryLock();
			} catch (OverlappingFileLockException e) {
				acquired = null;
			}
			if (acquired == null) {
				channel.close();
				throw new StoreException(format("Der Arbeitsbereich {0} wird schon von einem anderen Quartierwerk-Programm benutzt. "
						+ "Beenden Sie es oder wählen Sie einen anderen Arbeitsbereich (--data ORDNER).", folder));
			}
			lockChannel = channel;
			lock = acquired;
			return folder;
		} catch (StoreException e) {
			throw e;
		} catch (IOException e) {
			throw new StoreException(format("Der Arbeitsbereich {0} kann nicht gesperrt werden: {1}", folder, describe(e)), e);
		}
	}

	private Praxisbeispiel read(Path file) throws StoreException {
		try {
			long size = Files.size(file);
			if (size > MAX_FILE_SIZE) {
				throw new StoreException(format("{0} ist mit {1} MB zu groß für ein Praxisbeispiel (höchstens {2} MB).", file,
						size / (1024 * 1024), MAX_FILE_SIZE / (1024 * 1024)));
			}
		} catch (NoSuchFileException e) {
			throw new StoreException(format("Die Datei {0} gibt es nicht.", file), e);
		} catch (StoreException e) {
			throw e;
		} catch (IOException e) {
			throw new StoreException(format("{0} kann nicht gelesen werden: {1}", file, describe(e)), e);
		}
		Katalog current = katalog;
		// references resolve into the installed catalogues only; the file may come from anywhere
		ResourceSet resources = QuartierwerkResources.newResourceSet(current == null ? Map.of() : current.ressourcen());
		Resource resource = resources.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
		try {
			resource.load(QuartierwerkResources.safeLoadOptions());
		} catch (IOException | RuntimeException e) {
			throw new StoreException(format("{0} kann nicht gelesen werden: {1}", file, explainLoadFailure(e)), e);
		}
		List<EObject> contents = resource.getContents();
		if (contents.size() != 1 || !(contents.get(0) instanceof Praxisbeispiel beispiel)) {
			throw new StoreException(format("{0} enthält kein Praxisbeispiel.", file));
		}
		EcoreUtil.resolveAll(resource);
		return beispiel;
	}

	private static byte[] serialize(Praxisbeispiel beispiel, Path target) throws StoreException {
		// a copy, so the caller's object keeps its own resource
		Praxisbeispiel copy = EcoreUtil.copy(beispiel);
		Resource resource = QuartierwerkResources.newResourceSet()
				.createResource(URI.createFileURI(target.toAbsolutePath().toString()));
		resource.getContents().add(copy);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			resource.save(bytes, Map.of(XMLResource.OPTION_ENCODING, "UTF-8", XMLResource.OPTION_LINE_WIDTH, 100));
		} catch (IOException | RuntimeException e) {
			throw new StoreException(format("{0} konnte nicht gespeichert werden: {1}", target, describe(e)), e);
		}
		return bytes.toByteArray();
	}

	private static String explainLoadFailure(Exception e) {
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			if (cause instanceof PackageNotFoundException missing) {
				return format("Die Datei ist kein Quartierwerk-Projekt (Namensraum \u201E{0}\u201C).", missing.uri());
			}
			if (cause instanceof SAXParseException parse) {
				String message = parse.getMessage() == null ? "" : parse.getMessage();
				if (message.contains("DOCTYPE")) {
					return "Die Datei enthält eine DOCTYPE-Deklaration; aus Sicherheitsgründen werden solche Dateien nicht gelesen.";
				}
				return format("Die Datei ist kein gültiges XML (Zeile {0}, Spalte {1}): {2}", parse.getLineNumber(),
						parse.getColumnNumber(), message);
			}
		}
		return describe(e);
	}

	static String nameOf(Path file) {
		String fileName = file.getFileName().toString();
		return fileName.substring(0, fileName.length() - WorkspaceLocator.PROJECT_FILE_EXTENSION.length());
	}

	private static String checkedName(String name) throws StoreException {
		if (name == null || name.isBlank() || name.startsWith(".") || name.length() > 200
				|| name.chars().anyMatch(c -> c == '/' || c == '\\' || c == 0 || Character.isISOControl(c))) {
			throw new StoreException(format("\u201E{0}\u201C ist kein zulässiger Name für ein Praxisbeispiel "
					+ "(nicht leer, höchstens 200 Zeichen, ohne / und \\, nicht mit Punkt beginnend).", name));
		}
		return name;
	}

	private static String describe(Throwable e) {
		String message = e.getMessage();
		return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
	}

	private static String format(String pattern, Object... arguments) {
		return new MessageFormat(pattern, Locale.GERMAN).format(arguments);
	}
}
