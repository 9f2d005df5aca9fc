package org.quartierwerk.core.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.UUID;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.quartierwerk.core.DurableFile;
import org.quartierwerk.core.InputFiles;
import org.quartierwerk.core.PraxisbeispielStore;
import org.quartierwerk.core.ReferenceTargets;
import org.quartierwerk.core.StoreException;
import org.quartierwerk.core.StoreListener;
import org.quartierwerk.core.WorkspaceLocator;
import org.quartierwerk.core.XmiLoading;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.QuartierwerkResources;

/**
 * Stores each Praxisbeispiel as an XMI file in the workspace, crash-safe, for one process at a time.
 * <p>
 * {@link #addAll} stages the new files in {@code .metadata/import/<id>/}, marks the stage complete with a file
 * {@value #COMPLETE} and only then moves the files into the workspace. Whoever locks the workspace next finishes a
 * complete stage and removes an incomplete one, so a killed import leaves all of its projects or none.
 * <p>
 * Größe: the crash safety of the store is one protocol – lock the workspace, stage, mark the stage complete, move,
 * recover after a crash – whose steps are only correct together and are read together; reading and writing XMI
 * around it are short.
 */
@Component(service = PraxisbeispielStore.class)
public final class XmiPraxisbeispielStore implements PraxisbeispielStore {

	static final String LOCK_FILE = ".quartierwerk.lock";
	static final String BACKUP_SUFFIX = DurableFile.BACKUP_SUFFIX;
	static final String STAGING = "import";
	static final String COMPLETE = "vollstaendig";
	/** Suffix of a stage whose files could not all be moved into the workspace; it is kept and no longer retried. */
	static final String LEFT_OVER = ".nicht-uebernommen";

	private final WorkspaceLocator workspace;

	/** Resolve references into the installed catalogues; without them references stay proxies and are saved unchanged. */
	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
			policyOption = ReferencePolicyOption.GREEDY)
	private volatile List<ReferenceTargets> verweisziele = List.of();

	/** Told after every write, e.g. to record it in a shared collection. */
	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
			policyOption = ReferencePolicyOption.GREEDY)
	private volatile List<StoreListener> zuhoerer = List.of();

	private FileChannel lockChannel;
	private FileLock lock;
	private boolean readOnly;

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
			throw new StoreException(NLS.bind(Messages.store_unreadableWorkspace, folder), e);
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
		requireWritable();
		DurableFile.replace(target, serialize(beispiel, target), true);
		gespeichert(List.of(target));
	}

	@Override
	public synchronized void addAll(SequencedMap<String, Praxisbeispiel> neue) throws StoreException {
		Path folder = lockedWorkspace();
		requireWritable();
		Map<Path, byte[]> inhalte = new LinkedHashMap<>();
		for (Map.Entry<String, Praxisbeispiel> eintrag : neue.entrySet()) {
			Path target = file(eintrag.getKey());
			if (Files.exists(target) || inhalte.containsKey(target)) {
				throw new StoreException(NLS.bind(Messages.store_nameTaken, eintrag.getKey(), folder));
			}
			inhalte.put(target, serialize(eintrag.getValue(), target));
		}
		Path stage = folder.resolve(WorkspaceLocator.METADATA).resolve(STAGING).resolve(UUID.randomUUID().toString());
		try {
			for (Map.Entry<Path, byte[]> inhalt : inhalte.entrySet()) {
				DurableFile.replace(stage.resolve(inhalt.getKey().getFileName()), inhalt.getValue(), false);
			}
			DurableFile.replace(stage.resolve(COMPLETE), new byte[0], false);
		} catch (StoreException e) {
			deleteStage(stage);
			throw e;
		}
		finish(stage, folder);
		gespeichert(List.copyOf(inhalte.keySet()));
	}

	@Override
	public synchronized void delete(String name) throws StoreException {
		Path target = file(name);
		if (!Files.exists(target)) {
			throw new StoreException(NLS.bind(Messages.store_noSuchProject, name, target.getParent()));
		}
		requireWritable();
		DurableFile.retire(target);
		gespeichert(List.of(target));
	}

	private void gespeichert(List<Path> dateien) {
		for (StoreListener listener : zuhoerer) {
			try {
				listener.stored(dateien);
			} catch (RuntimeException e) {
				// the write has happened; a listener reports its own failures
			}
		}
	}

	@Override
	public synchronized boolean writable() throws StoreException {
		lockedWorkspace();
		return !readOnly;
	}

	private void requireWritable() throws StoreException {
		if (readOnly) {
			throw new StoreException(NLS.bind(Messages.store_readOnly, workspaceFolder()));
		}
	}

	/** The workspace folder, locked for this process on first use; an unfinished import is finished or discarded then. */
	private synchronized Path lockedWorkspace() throws StoreException {
		Path folder = workspaceFolder();
		if (lock != null || readOnly) {
			return folder;
		}
		Path lockFile = folder.resolve(LOCK_FILE);
		FileChannel channel;
		try {
			channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
		} catch (AccessDeniedException e) {
			readOnly = true;
			return folder;
		} catch (FileSystemException e) {
			if (!Files.isWritable(folder) || isReadOnlyStore(folder)) {
				readOnly = true;
				return folder;
			}
			throw new StoreException(NLS.bind(Messages.store_cannotLock, folder), e);
		} catch (IOException e) {
			throw new StoreException(NLS.bind(Messages.store_cannotLock, folder), e);
		}
		try {
			FileLock acquired;
			try {
				acquired = channel.tryLock();
			} catch (OverlappingFileLockException e) {
				acquired = null;
			}
			if (acquired == null) {
				channel.close();
				throw new StoreException(NLS.bind(Messages.store_locked, folder));
			}
			lockChannel = channel;
			lock = acquired;
		} catch (StoreException e) {
			throw e;
		} catch (IOException e) {
			throw new StoreException(NLS.bind(Messages.store_cannotLock, folder), e);
		}
		recover(folder);
		return folder;
	}

	private Path workspaceFolder() throws StoreException {
		try {
			return workspace.folder();
		} catch (IOException e) {
			Path location = null;
			try {
				location = workspace.location();
			} catch (IOException ignored) {
				// the message names no folder then
			}
			throw new StoreException(NLS.bind(Messages.store_cannotCreateWorkspace, location), e);
		}
	}

	private static boolean isReadOnlyStore(Path folder) {
		try {
			return Files.getFileStore(folder).isReadOnly();
		} catch (IOException e) {
			return false;
		}
	}

	/** Finishes every complete stage of an earlier import and removes every incomplete one. */
	private static void recover(Path folder) throws StoreException {
		Path staging = folder.resolve(WorkspaceLocator.METADATA).resolve(STAGING);
		if (!Files.isDirectory(staging)) {
			return;
		}
		List<Path> stages;
		try (Stream<Path> entries = Files.list(staging)) {
			stages = entries.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().endsWith(LEFT_OVER)).toList();
		} catch (IOException e) {
			throw new StoreException(NLS.bind(Messages.store_unreadableWorkspace, staging), e);
		}
		for (Path stage : stages) {
			if (Files.exists(stage.resolve(COMPLETE))) {
				finish(stage, folder);
			} else {
				deleteStage(stage);
			}
		}
	}

	/** Moves a complete stage's files into the workspace, then removes the stage. */
	private static void finish(Path stage, Path folder) throws StoreException {
		List<Path> dateien;
		try (Stream<Path> entries = Files.list(stage)) {
			dateien = entries.filter(p -> p.getFileName().toString().endsWith(WorkspaceLocator.PROJECT_FILE_EXTENSION)).sorted()
					.toList();
		} catch (IOException e) {
			throw new StoreException(NLS.bind(Messages.store_unreadableWorkspace, stage), e);
		}
		List<Path> geblieben = new ArrayList<>();
		for (Path datei : dateien) {
			Path target = folder.resolve(datei.getFileName());
			if (Files.exists(target)) {
				geblieben.add(datei);
			} else {
				DurableFile.moveIntoPlace(datei, target);
			}
		}
		if (geblieben.isEmpty()) {
			deleteStage(stage);
			return;
		}
		try {
			Files.move(stage, stage.resolveSibling(stage.getFileName() + LEFT_OVER));
		} catch (IOException e) {
			// it stays a complete stage and is tried again next time
		}
		throw new StoreException(NLS.bind(Messages.store_importLeftOver, geblieben.size(), stage.getParent()));
	}

	private static void deleteStage(Path stage) {
		try (Stream<Path> entries = Files.walk(stage)) {
			for (Path p : entries.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
			DurableFile.syncFolder(stage.getParent());
		} catch (IOException e) {
			// an incomplete stage that stays is removed at the next start
		}
	}

	private Praxisbeispiel read(Path file) throws StoreException {
		byte[] inhalt = InputFiles.read(file, MAX_FILE_SIZE, Messages.store_purpose);
		// references resolve into the installed catalogues only; the file may come from anywhere
		Map<URI, Resource> ziele = new HashMap<>();
		verweisziele.forEach(targets -> targets.ressourcen().forEach(ziele::putIfAbsent));
		ResourceSet resources = QuartierwerkResources.newResourceSet(ziele);
		Resource resource = resources.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
		try {
			QuartierwerkResources.load(resource, inhalt);
		} catch (IOException | RuntimeException e) {
			throw new StoreException(NLS.bind(Messages.store_unreadable, file, XmiLoading.explain(e)), e);
		}
		List<EObject> contents = resource.getContents();
		if (contents.size() != 1 || !(contents.get(0) instanceof Praxisbeispiel beispiel)) {
			throw new StoreException(NLS.bind(Messages.store_noProject, file));
		}
		EcoreUtil.resolveAll(resource);
		return beispiel;
	}

	private static byte[] serialize(Praxisbeispiel beispiel, Path target) throws StoreException {
		// a copy, so the caller's object keeps its own resource; with the elements' ids, so they stay the same
		XMLResource resource = (XMLResource) QuartierwerkResources.newResourceSet()
				.createResource(URI.createFileURI(target.toAbsolutePath().toString()));
		QuartierwerkResources.kopieMitKennungen(beispiel, resource);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			resource.save(bytes, QuartierwerkResources.saveOptions());
		} catch (IOException | RuntimeException e) {
			throw new StoreException(NLS.bind(Messages.store_cannotSerialize, target), e);
		}
		return bytes.toByteArray();
	}

	static String nameOf(Path file) {
		String fileName = file.getFileName().toString();
		return fileName.substring(0, fileName.length() - WorkspaceLocator.PROJECT_FILE_EXTENSION.length());
	}

	private static String checkedName(String name) throws StoreException {
		if (name == null || name.isBlank() || name.startsWith(".") || name.length() > 200
				|| name.chars().anyMatch(c -> c == '/' || c == '\\' || c == 0 || Character.isISOControl(c))) {
			throw new StoreException(NLS.bind(Messages.store_badName, name));
		}
		return name;
	}
}
