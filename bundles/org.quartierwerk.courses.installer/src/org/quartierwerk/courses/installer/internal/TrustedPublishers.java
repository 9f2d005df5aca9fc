package org.quartierwerk.courses.installer.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;
import org.quartierwerk.core.DurableFile;
import org.quartierwerk.courses.installer.CourseInstaller.Publisher;
import org.quartierwerk.courses.installer.InstallException;

/**
 * The certificates of trusted course publishers, one DER file per certificate named by its SHA-256, in a folder of the
 * installation's configuration area: trusting a publisher is a decision for the installation, like installing.
 */
final class TrustedPublishers {

	private static final String EXTENSION = ".cer";

	private final Path folder;

	TrustedPublishers(Path folder) {
		this.folder = folder;
	}

	List<X509Certificate> certificates() throws InstallException {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		List<X509Certificate> certificates = new ArrayList<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter(f -> f.getFileName().toString().endsWith(EXTENSION)).sorted().toList()) {
				certificates.add(read(file));
			}
		} catch (IOException e) {
			throw new InstallException(NLS.bind(Messages.publishersUnreadable, folder), e);
		}
		return certificates;
	}

	Publisher add(Path file) throws InstallException {
		X509Certificate certificate = read(file);
		try {
			certificate.checkValidity();
			DurableFile.replace(folder.resolve(sha256(certificate).replace(":", "") + EXTENSION), certificate.getEncoded(), false);
		} catch (CertificateException e) {
			throw new InstallException(NLS.bind(Messages.certificateInvalid, file), e);
		} catch (IOException e) {
			throw new InstallException(NLS.bind(Messages.publisherNotSaved, folder), e);
		}
		return publisher(certificate);
	}

	/** Whether a signer's chain contains a trusted certificate. */
	boolean trusts(Certificate[] chain, List<X509Certificate> trusted) {
		for (Certificate certificate : chain) {
			if (trusted.contains(certificate)) {
				return true;
			}
		}
		return false;
	}

	static Publisher publisher(X509Certificate certificate) {
		return new Publisher(certificate.getSubjectX500Principal().getName(), sha256(certificate));
	}

	private static X509Certificate read(Path file) throws InstallException {
		try (InputStream in = Files.newInputStream(file)) {
			return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
		} catch (IOException | CertificateException | ClassCastException e) {
			throw new InstallException(NLS.bind(Messages.noCertificate, file), e);
		}
	}

	private static String sha256(X509Certificate certificate) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
			return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
		} catch (NoSuchAlgorithmException | CertificateEncodingException e) {
			throw new IllegalStateException(e);
		}
	}
}
