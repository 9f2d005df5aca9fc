package org.quartierwerk.sharing.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * The one way into a shared collection's repository: one operation at a time per workspace in this process (an
 * Abgleich in the background and the commit of a save must not write Git's index together), and first the lock
 * files of Git that a process left when it was killed are removed – with them, every later operation failed.
 * <p>
 * Removing them is safe because the caller holds the workspace's lock, so no other Quartierwerk process works on this
 * repository, and this class lets no other thread of this process in. A {@code git} program run by hand in the
 * workspace at the same time is not covered (docs/sammlung.md, "Abbrüche").
 */
final class Repositoryzugang extends Git {

	private static final Map<Path, ReentrantLock> SPERREN = new ConcurrentHashMap<>();

	private final ReentrantLock sperre;

	private Repositoryzugang(Repository repository, ReentrantLock sperre) {
		super(repository);
		this.sperre = sperre;
	}

	/** Opens the repository of the workspace's folder; {@link #close()} releases it. */
	static Repositoryzugang oeffne(Path ordner) throws IOException {
		Path gitOrdner = ordner.resolve(Constants.DOT_GIT).toAbsolutePath().normalize();
		ReentrantLock sperre = SPERREN.computeIfAbsent(gitOrdner, o -> new ReentrantLock());
		sperre.lock();
		try {
			entferneVerwaisteSperren(gitOrdner);
			Repository repository = new FileRepositoryBuilder().setGitDir(gitOrdner.toFile()).setMustExist(true).build();
			return new Repositoryzugang(repository, sperre);
		} catch (IOException | RuntimeException e) {
			sperre.unlock();
			throw e;
		}
	}

	@Override
	public void close() {
		try {
			getRepository().close();
		} finally {
			sperre.unlock();
		}
	}

	/** Git's {@code *.lock} files outside the object store: the index, HEAD, the configuration, the branches. */
	private static void entferneVerwaisteSperren(Path gitOrdner) throws IOException {
		if (!Files.isDirectory(gitOrdner)) {
			return;
		}
		Path objekte = gitOrdner.resolve("objects");
		List<Path> sperren;
		try (Stream<Path> alle = Files.walk(gitOrdner)) {
			sperren = alle.filter(p -> !p.startsWith(objekte) && p.getFileName().toString().endsWith(".lock") && Files.isRegularFile(p))
					.toList();
		} catch (UncheckedIOException e) {
			throw e.getCause();
		}
		for (Path datei : sperren) {
			Files.deleteIfExists(datei);
		}
	}
}
