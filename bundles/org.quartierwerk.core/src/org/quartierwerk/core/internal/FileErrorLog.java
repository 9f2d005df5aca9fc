package org.quartierwerk.core.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.quartierwerk.core.ErrorLog;
import org.quartierwerk.core.WorkspaceLocator;

/** Appends to {@code .metadata/quartierwerk.log}; a log over 1 MB is moved to {@code quartierwerk.log.1} first. */
@Component(service = ErrorLog.class)
public final class FileErrorLog implements ErrorLog {

	private static final long MAX_SIZE = 1024 * 1024;

	private final WorkspaceLocator workspace;

	@Activate
	public FileErrorLog(@Reference WorkspaceLocator workspace) {
		this.workspace = workspace;
	}

	@Override
	public synchronized Optional<Path> record(String what, Throwable failure) {
		String entry = entry(what, failure);
		try {
			Path folder = workspace.location();
			if (Files.isDirectory(folder)) {
				return Optional.of(append(folder.resolve(WorkspaceLocator.METADATA).resolve(FILE), entry));
			}
		} catch (IOException e) {
			// the workspace cannot take it: try the temporary folder
		}
		try {
			String user = System.getProperty("user.name", "benutzer").replaceAll("[^\\p{Alnum}._-]", "_");
			return Optional.of(append(Path.of(System.getProperty("java.io.tmpdir"), "quartierwerk-" + user + ".log"), entry));
		} catch (IOException e) {
			return Optional.empty();
		}
	}

	private static Path append(Path log, String entry) throws IOException {
		Files.createDirectories(log.getParent());
		if (Files.exists(log) && Files.size(log) > MAX_SIZE) {
			Files.move(log, log.resolveSibling(log.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
		}
		Files.writeString(log, entry, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		return log;
	}

	private static String entry(String what, Throwable failure) {
		StringWriter text = new StringWriter();
		PrintWriter out = new PrintWriter(text);
		out.println("---- " + OffsetDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + " " + what);
		if (failure != null) {
			failure.printStackTrace(out);
		}
		out.flush();
		return text.toString();
	}
}
