package org.quartierwerk.courses.installer.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.quartierwerk.courses.installer.CourseInstaller.Repository;
import org.quartierwerk.courses.installer.InstallException;
import org.quartierwerk.courses.installer.InstallException.Reason;

/** Turns what a trainer typed into a {@link Repository}, looking at nothing but the local file system. */
public final class Repositories {

	private static final Pattern ADDRESS = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*://.*");

	public static Repository parse(String typed, boolean plainHttpAllowed) throws InstallException {
		String name = typed == null ? "" : typed.strip();
		if (name.isEmpty()) {
			throw new InstallException(Reason.NOT_FOUND, Messages.repositoryEmpty);
		}
		if (!ADDRESS.matcher(name).matches()) {
			return local(name, name, plainHttpAllowed);
		}
		URI address;
		try {
			address = new URI(name);
		} catch (URISyntaxException e) {
			throw new InstallException(Reason.NOT_FOUND, NLS.bind(Messages.repositoryInvalidAddress, name), e);
		}
		String scheme = address.getScheme().toLowerCase(Locale.ROOT);
		switch (scheme) {
		case "file" -> {
			try {
				return local(name, Path.of(address).toString(), plainHttpAllowed);
			} catch (IllegalArgumentException e) {
				throw new InstallException(Reason.NOT_FOUND, NLS.bind(Messages.repositoryInvalidAddress, name), e);
			}
		}
		case "https", "http" -> {
			if (address.getHost() == null) {
				throw new InstallException(Reason.NOT_FOUND, NLS.bind(Messages.repositoryInvalidAddress, name));
			}
			Repository repository = new Repository(name, address, plainHttpAllowed);
			requireAllowed(repository);
			return repository;
		}
		default -> throw new InstallException(Reason.OTHER, NLS.bind(Messages.repositoryUnsupportedScheme, name, scheme));
		}
	}

	/**
	 * Refuses a plain {@code http://} repository the trainer did not allow, before anything is fetched: whoever sits on
	 * the way could read and change the courses.
	 */
	static void requireAllowed(Repository repository) throws InstallException {
		if (isPlainHttp(repository.location()) && !repository.plainHttpAllowed()) {
			throw new InstallException(Reason.PLAIN_HTTP, NLS.bind(Messages.plainHttpRefused, repository.name()));
		}
	}

	static boolean isPlainHttp(URI location) {
		return "http".equalsIgnoreCase(location.getScheme());
	}

	static boolean isRemote(URI location) {
		String scheme = location.getScheme();
		return "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme);
	}

	static boolean isZip(URI location) {
		return "jar".equalsIgnoreCase(location.getScheme());
	}

	private static Repository local(String name, String path, boolean plainHttpAllowed) throws InstallException {
		Path file;
		try {
			file = Path.of(path).toAbsolutePath().normalize();
		} catch (InvalidPathException e) {
			throw new InstallException(Reason.NOT_FOUND, NLS.bind(Messages.repositoryMissing, name), e);
		}
		if (Files.isDirectory(file)) {
			return new Repository(name, file.toUri(), plainHttpAllowed);
		}
		if (Files.isRegularFile(file)) {
			return new Repository(name, URI.create("jar:" + file.toUri() + "!/"), plainHttpAllowed);
		}
		throw new InstallException(Reason.NOT_FOUND, NLS.bind(Messages.repositoryMissing, name));
	}

	private Repositories() {
	}
}
