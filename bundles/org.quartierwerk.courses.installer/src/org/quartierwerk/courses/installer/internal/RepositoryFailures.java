package org.quartierwerk.courses.installer.internal;

import java.io.FileNotFoundException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipException;

import javax.net.ssl.SSLException;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.ecf.filetransfer.BrowseFileTransferException;
import org.eclipse.ecf.filetransfer.IncomingFileTransferException;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.osgi.util.NLS;
import org.quartierwerk.courses.installer.CourseInstaller.Repository;
import org.quartierwerk.courses.installer.InstallException;
import org.quartierwerk.courses.installer.InstallException.Reason;

/**
 * Tells from what p2 and its transport report why a repository could not be read, and says it in German: the status
 * codes of p2, the HTTP status codes of ECF's file transfer exceptions and the Java exceptions beneath them are read,
 * never their texts.
 * <p>
 * ECF's URL connection transport loses the cause of a response that never came (a read timeout, a closed connection):
 * it reports the HTTP status code -1 instead, without the exception.
 */
final class RepositoryFailures {

	/** The cause when the status tree gives none, e.g. a resolution or engine status; kept for diagnosis. */
	static InstallException of(Repository repository, IStatus status, String fallback) {
		return classify(repository, new CoreException(status), fallback);
	}

	static InstallException of(Repository repository, Throwable failure) {
		return classify(repository, failure, NLS.bind(Messages.unreadable, repository.name()));
	}

	private static InstallException classify(Repository repository, Throwable failure, String fallback) {
		Findings findings = new Findings();
		findings.add(failure);
		String name = repository.name();
		URI location = repository.location();
		String server = server(location);

		if (findings.has(UnknownHostException.class)) {
			return unreachable(name, NLS.bind(Messages.unreachableUnknownHost, location.getHost()), failure);
		}
		if (findings.has(ConnectException.class) || findings.has(NoRouteToHostException.class)) {
			return unreachable(name, NLS.bind(Messages.unreachableRefused, server), failure);
		}
		if (findings.has(SSLException.class)) {
			String why = findings.has(CertificateException.class) ? Messages.unreachableUntrustedCertificate : Messages.unreachableSecureConnection;
			return unreachable(name, NLS.bind(why, server), failure);
		}
		if (findings.has(SocketTimeoutException.class) || findings.httpCodes.contains(NO_RESPONSE)) {
			return unreachable(name, NLS.bind(Messages.unreachableNoAnswer, server), failure);
		}
		if (findings.codes.contains(ProvisionException.REPOSITORY_FAILED_AUTHENTICATION)
				|| findings.httpCodes.stream().anyMatch(code -> code == 401 || code == 403 || code == 407)) {
			return new InstallException(Reason.OTHER, NLS.bind(Messages.accessDenied, name), failure);
		}
		Integer serverError = findings.httpCodes.stream().filter(code -> code >= 500).findFirst().orElse(null);
		if (serverError != null) {
			return unreachable(name, NLS.bind(Messages.unreachableServerError, server, serverError), failure);
		}
		if (Repositories.isRemote(location)) {
			if (findings.codes.contains(ProvisionException.REPOSITORY_NOT_FOUND) || findings.codes.contains(ProvisionException.ARTIFACT_NOT_FOUND)
					|| findings.httpCodes.contains(404) || findings.has(FileNotFoundException.class)) {
				return new InstallException(Reason.NOT_FOUND, NLS.bind(Messages.notFoundOnServer, name), failure);
			}
			if (findings.codes.contains(ProvisionException.REPOSITORY_FAILED_READ)) {
				return new InstallException(Reason.NOT_A_REPOSITORY, NLS.bind(Messages.notARepositoryAddress, name), failure);
			}
		} else if (findings.codes.contains(ProvisionException.REPOSITORY_NOT_FOUND)
				|| findings.codes.contains(ProvisionException.REPOSITORY_FAILED_READ) || findings.has(ZipException.class)) {
			String message = Repositories.isZip(location) ? Messages.notARepositoryZip : Messages.notARepositoryFolder;
			return new InstallException(Reason.NOT_A_REPOSITORY, NLS.bind(message, name), failure);
		}
		return new InstallException(Reason.OTHER, fallback, failure);
	}

	private static InstallException unreachable(String name, String why, Throwable failure) {
		return new InstallException(Reason.UNREACHABLE, NLS.bind(Messages.unreachable, name, why), failure);
	}

	private static String server(URI location) {
		return location.getPort() < 0 ? location.getHost() : location.getHost() + ":" + location.getPort();
	}

	/** The HTTP status code ECF reports when no response came. */
	private static final int NO_RESPONSE = -1;

	/** The status codes and exceptions anywhere in a failure: causes, status trees and suppressed exceptions. */
	private static final class Findings {
		final List<Integer> codes = new ArrayList<>();
		final List<Integer> httpCodes = new ArrayList<>();
		final List<Throwable> throwables = new ArrayList<>();
		private final Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());

		void add(Throwable throwable) {
			if (throwable == null || !seen.add(throwable)) {
				return;
			}
			throwables.add(throwable);
			if (throwable instanceof CoreException core) {
				add(core.getStatus());
			}
			if (throwable instanceof IncomingFileTransferException incoming) {
				httpCodes.add(incoming.getErrorCode());
			} else if (throwable instanceof BrowseFileTransferException browse) {
				httpCodes.add(browse.getErrorCode());
			}
			add(throwable.getCause());
			for (Throwable suppressed : throwable.getSuppressed()) {
				add(suppressed);
			}
		}

		void add(IStatus status) {
			if (status == null || !seen.add(status)) {
				return;
			}
			codes.add(status.getCode());
			add(status.getException());
			for (IStatus child : status.getChildren()) {
				add(child);
			}
		}

		boolean has(Class<? extends Throwable> type) {
			return throwables.stream().anyMatch(type::isInstance);
		}
	}

	private RepositoryFailures() {
	}
}
