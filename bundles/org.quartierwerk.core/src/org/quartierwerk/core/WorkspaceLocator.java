package org.quartierwerk.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;
import org.quartierwerk.core.internal.Messages;
import org.quartierwerk.model.Textvergleich;

/**
 * Resolves the workspace: the data folder that holds one file per documented project.
 * <p>
 * The workspace is the OSGi instance area ({@code -data DIR}); without one it is
 * {@value #DEFAULT_WORKSPACE} below the user's home folder.
 */
public interface WorkspaceLocator {

	/** Workspace used when the runtime names none, relative to the user's home folder. */
	String DEFAULT_WORKSPACE = ".quartierwerk/workspace";

	/** File name extension of a project file in the workspace. */
	String PROJECT_FILE_EXTENSION = ".xmi";

	/**
	 * File in the workspace that says the shipped examples were added once; they are not added again, also not to a
	 * workspace that joined a shared collection.
	 */
	String EXAMPLES_MARKER = ".quartierwerk-beispiele";

	/** Folder of Quartierwerk's own files inside the workspace (trash, log, unfinished imports). */
	String METADATA = ".metadata";

	/** The workspace folder as configured, whether it exists or not. */
	Path location() throws IOException;

	/** Whether the user named the workspace ({@code --data}) rather than running on the default one. */
	default boolean named() {
		return false;
	}

	/** The workspace folder; it is created when missing. */
	default Path folder() throws IOException {
		Path folder = location();
		Files.createDirectories(folder);
		return folder;
	}

	/** The project files directly in the workspace folder, sorted by file name. */
	default List<Path> projectFiles() throws IOException {
		try (Stream<Path> entries = Files.list(folder())) {
			return Textvergleich.sortiert(entries
					.filter(path -> path.getFileName().toString().endsWith(PROJECT_FILE_EXTENSION))
					.filter(Files::isRegularFile)
					.toList(), path -> path.getFileName().toString().replaceFirst("\\.xmi$", ""));
		}
	}

	/**
	 * Refuses an output – a report, an export, a certificate – that would land in the workspace, where it could
	 * overwrite a project, a Teilnahme or Quartierwerk's own files. Links are followed, also for a file or folder
	 * that does not exist yet.
	 *
	 * @return the output as an absolute path
	 */
	default Path outsideWorkspace(Path output) throws StoreException {
		Path absolute = output.toAbsolutePath().normalize();
		try {
			Path workspace = location();
			if (!Files.exists(workspace)) {
				return absolute;
			}
			Path real = workspace.toRealPath();
			if (realPath(absolute).startsWith(real)) {
				throw new StoreException(NLS.bind(Messages.workspace_outputInside, absolute, workspace));
			}
			return absolute;
		} catch (StoreException e) {
			throw e;
		} catch (IOException e) {
			throw new StoreException(NLS.bind(Messages.workspace_unreachable, absolute), e);
		}
	}

	/** The real path of a file that may not exist yet: its nearest existing ancestor resolved, the rest appended. */
	private static Path realPath(Path absolute) throws IOException {
		Path existing = absolute;
		while (existing != null && !Files.exists(existing)) {
			existing = existing.getParent();
		}
		if (existing == null) {
			return absolute;
		}
		return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
	}
}
