package org.quartierwerk.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

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

	/** The workspace folder; it is created when missing. */
	Path folder() throws IOException;

	/** The project files directly in the workspace folder, sorted by file name. */
	default List<Path> projectFiles() throws IOException {
		try (Stream<Path> entries = Files.list(folder())) {
			return Textvergleich.sortiert(entries
					.filter(path -> path.getFileName().toString().endsWith(PROJECT_FILE_EXTENSION))
					.filter(Files::isRegularFile)
					.toList(), path -> path.getFileName().toString().replaceFirst("\\.xmi$", ""));
		}
	}
}
