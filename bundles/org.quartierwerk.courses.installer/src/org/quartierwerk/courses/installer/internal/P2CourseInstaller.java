package org.quartierwerk.courses.installer.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.core.UIServices;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.engine.ProvisioningContext;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.operations.InstallOperation;
import org.eclipse.equinox.p2.operations.ProfileChangeOperation;
import org.eclipse.equinox.p2.operations.ProfileModificationJob;
import org.eclipse.equinox.p2.operations.ProvisioningJob;
import org.eclipse.equinox.p2.operations.ProvisioningSession;
import org.eclipse.equinox.p2.operations.UninstallOperation;
import org.eclipse.equinox.p2.query.IQueryable;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.quartierwerk.courses.installer.CourseInstaller;
import org.quartierwerk.courses.installer.InstallException;

/** Installs course features with p2's operations API into the running profile ({@code eclipse.p2.profile}). */
@Component(service = CourseInstaller.class)
public final class P2CourseInstaller implements CourseInstaller {

	private static final String FEATURE_GROUP = ".feature.group";
	/** Folder of the trusted publishers' certificates in the configuration area. */
	private static final String PUBLISHERS = "org.quartierwerk.courses.installer/kursanbieter";

	private final BundleContext context;

	@Activate
	public P2CourseInstaller(BundleContext context) {
		this.context = context;
	}

	@Override
	public List<CourseFeature> offered(URI repository, IProgressMonitor monitor) throws InstallException {
		IProvisioningAgent agent = agent();
		try {
			return features(loadMetadata(agent, repository, monitor), monitor);
		} finally {
			agent.getService(IMetadataRepositoryManager.class).removeRepository(repository);
		}
	}

	@Override
	public List<CourseFeature> installed() throws InstallException {
		return features(profile(agent()), new NullProgressMonitor());
	}

	@Override
	public Result install(URI repository, List<String> featureIds, boolean trust, IProgressMonitor monitor) throws InstallException {
		SubMonitor progress = SubMonitor.convert(monitor, "Kurse installieren", 100);
		IProvisioningAgent agent = agent();
		requireWritableInstallation();
		IMetadataRepositoryManager metadata = agent.getService(IMetadataRepositoryManager.class);
		IArtifactRepositoryManager artifacts = agent.getService(IArtifactRepositoryManager.class);
		try {
			IMetadataRepository repo = loadMetadata(agent, repository, progress.split(10));
			try {
				artifacts.loadRepository(repository, progress.split(5));
			} catch (ProvisionException e) {
				throw new InstallException("Das Kursverzeichnis " + repository + " enthält keine Kursdateien: " + e.getMessage(), e);
			}
			List<IInstallableUnit> units = repo.query(QueryUtil.createIUGroupQuery(), progress.split(5)).stream()
					.filter(P2CourseInstaller::isCourse)
					.filter(iu -> featureIds.isEmpty() || featureIds.contains(featureId(iu)))
					.toList();
			if (units.isEmpty()) {
				throw new InstallException(featureIds.isEmpty() ? "Das Kursverzeichnis " + repository + " enthält keinen Kurs."
						: "Das Kursverzeichnis " + repository + " enthält " + String.join(", ", featureIds) + " nicht.");
			}
			InstallOperation operation = new InstallOperation(new ProvisioningSession(agent), units);
			ProvisioningContext provisioningContext = new ProvisioningContext(agent);
			provisioningContext.setMetadataRepositories(repository);
			provisioningContext.setArtifactRepositories(repository);
			operation.setProvisioningContext(provisioningContext);
			boolean restart = run(agent, operation, new TrustDecision(trust, publishers()), progress.split(80));
			return new Result(units.stream().map(P2CourseInstaller::feature).toList(), restart);
		} finally {
			metadata.removeRepository(repository);
			artifacts.removeRepository(repository);
		}
	}

	@Override
	public List<Publisher> trustedPublishers() throws InstallException {
		return publishers().certificates().stream().map(TrustedPublishers::publisher).toList();
	}

	@Override
	public Publisher trustPublisher(Path certificate) throws InstallException {
		requireWritableInstallation();
		return publishers().add(certificate);
	}

	@Override
	public Result uninstall(String featureId, IProgressMonitor monitor) throws InstallException {
		IProvisioningAgent agent = agent();
		requireWritableInstallation();
		List<IInstallableUnit> units = profile(agent).query(QueryUtil.createIUQuery(featureId + FEATURE_GROUP), null).stream().toList();
		if (units.isEmpty() || !featureId.startsWith(FEATURE_PREFIX)) {
			throw new InstallException("Der Kurs " + featureId + " ist nicht installiert.");
		}
		UninstallOperation operation = new UninstallOperation(new ProvisioningSession(agent), units);
		boolean restart = run(agent, operation, new TrustDecision(false, publishers()), monitor);
		return new Result(units.stream().map(P2CourseInstaller::feature).toList(), restart);
	}

	/** Resolves and performs the operation with our trust decision in place of a user interface. */
	private static boolean run(IProvisioningAgent agent, ProfileChangeOperation operation, TrustDecision decision,
			IProgressMonitor monitor) throws InstallException {
		SubMonitor progress = SubMonitor.convert(monitor, 100);
		operation.setProfileId(IProfileRegistry.SELF);
		IStatus resolution = operation.resolveModal(progress.split(30));
		if (resolution.getSeverity() == IStatus.ERROR || resolution.getSeverity() == IStatus.CANCEL) {
			throw new InstallException("Die Änderung passt nicht zu dieser Installation: " + details(operation, resolution));
		}
		ProvisioningJob job = operation.getProvisioningJob(progress.split(5));
		if (job == null) {
			throw new InstallException("Es gibt nichts zu ändern: " + details(operation, resolution));
		}
		Object previous = agent.getService(UIServices.SERVICE_NAME);
		agent.registerService(UIServices.SERVICE_NAME, decision);
		IStatus result;
		try {
			result = job.runModal(progress.split(65));
		} finally {
			if (previous != null) {
				agent.registerService(UIServices.SERVICE_NAME, previous);
			} else {
				agent.unregisterService(UIServices.SERVICE_NAME, decision);
			}
		}
		if (decision.refused != null) {
			throw new InstallException(decision.refused);
		}
		if (result.getSeverity() == IStatus.ERROR || result.getSeverity() == IStatus.CANCEL) {
			throw new InstallException("Die Installation ist fehlgeschlagen, Quartierwerk ist unverändert: " + message(result));
		}
		return job instanceof ProfileModificationJob modification && modification.getRestartPolicy() != ProvisioningJob.RESTART_NONE;
	}

	private IProvisioningAgent agent() throws InstallException {
		try {
			Collection<ServiceReference<IProvisioningAgent>> references = context.getServiceReferences(IProvisioningAgent.class,
					"(" + IProvisioningAgent.SERVICE_CURRENT + "=true)");
			for (ServiceReference<IProvisioningAgent> reference : references) {
				IProvisioningAgent agent = context.getService(reference);
				if (agent != null) {
					return agent;
				}
			}
		} catch (InvalidSyntaxException e) {
			throw new IllegalStateException(e);
		}
		throw new InstallException("Diese Installation kann keine Kurse installieren: p2 ist nicht gestartet (eclipse.p2.data.area fehlt).");
	}

	private static IProfile profile(IProvisioningAgent agent) throws InstallException {
		IProfile profile = agent.getService(IProfileRegistry.class).getProfile(IProfileRegistry.SELF);
		if (profile == null) {
			throw new InstallException("Diese Installation hat kein p2-Profil (eclipse.p2.profile); Kurse lassen sich nur in eine "
					+ "installierte Quartierwerk-Werkbank installieren.");
		}
		return profile;
	}

	private static IMetadataRepository loadMetadata(IProvisioningAgent agent, URI repository, IProgressMonitor monitor)
			throws InstallException {
		try {
			return agent.getService(IMetadataRepositoryManager.class).loadRepository(repository, monitor);
		} catch (ProvisionException e) {
			throw new InstallException("Das Kursverzeichnis " + repository + " ist nicht lesbar: " + e.getMessage(), e);
		} catch (RuntimeException e) {
			throw new InstallException("Das Kursverzeichnis " + repository + " ist beschädigt: " + e, e);
		}
	}

	/** p2 writes the profile, bundles.info and plugins/ of the installation; refuse early instead of half-way. */
	private void requireWritableInstallation() throws InstallException {
		for (String area : List.of("osgi.install.area", "osgi.configuration.area")) {
			Path path = area(area);
			if (path != null && !Files.isWritable(path)) {
				throw new InstallException("Die Installation in " + path + " ist schreibgeschützt: Kurse installieren kann nur, wer dort "
						+ "schreiben darf (z. B. die Administration). Quartierwerk bleibt unverändert.");
			}
		}
	}

	private TrustedPublishers publishers() throws InstallException {
		Path configuration = area("osgi.configuration.area");
		if (configuration == null) {
			throw new InstallException("Diese Installation hat keinen Konfigurationsbereich (osgi.configuration.area).");
		}
		return new TrustedPublishers(configuration.resolve(PUBLISHERS));
	}

	/** The folder of an Equinox area given as file URL; null when it is not set or not a local folder. */
	private Path area(String property) {
		String location = context.getProperty(property);
		if (location == null) {
			return null;
		}
		try {
			return Path.of(new URI(location.replace(" ", "%20")));
		} catch (URISyntaxException | IllegalArgumentException e) {
			return null;
		}
	}

	private static List<CourseFeature> features(IQueryable<IInstallableUnit> source, IProgressMonitor monitor) {
		List<CourseFeature> features = new ArrayList<>();
		source.query(QueryUtil.createIUGroupQuery(), monitor).forEach(iu -> {
			if (isCourse(iu)) {
				features.add(feature(iu));
			}
		});
		features.sort(Comparator.comparing(CourseFeature::id));
		return features;
	}

	private static boolean isCourse(IInstallableUnit iu) {
		return iu.getId().startsWith(FEATURE_PREFIX) && iu.getId().endsWith(FEATURE_GROUP);
	}

	private static String featureId(IInstallableUnit iu) {
		return iu.getId().substring(0, iu.getId().length() - FEATURE_GROUP.length());
	}

	private static CourseFeature feature(IInstallableUnit iu) {
		String name = iu.getProperty(IInstallableUnit.PROP_NAME, Locale.GERMAN.toString());
		return new CourseFeature(featureId(iu), name == null ? featureId(iu) : name, iu.getVersion().toString());
	}

	private static String details(ProfileChangeOperation operation, IStatus status) {
		String details = operation.getResolutionDetails();
		return details == null || details.isBlank() ? message(status) : details;
	}

	private static String message(IStatus status) {
		StringBuilder text = new StringBuilder(status.getMessage());
		for (IStatus child : status.getChildren()) {
			text.append(' ').append(message(child));
		}
		return text.toString().strip();
	}

	/**
	 * Answers p2's trust questions: content signed by a trusted publisher is accepted; nothing unsigned or signed by an
	 * unknown key is accepted unless the caller trusts this installation explicitly.
	 */
	private static final class TrustDecision extends UIServices {

		private final boolean trust;
		private final TrustedPublishers publishers;
		private String refused;

		TrustDecision(boolean trust, TrustedPublishers publishers) {
			this.trust = trust;
			this.publishers = publishers;
		}

		@Override
		public TrustInfo getTrustInfo(Certificate[][] untrustedChains, String[] unsignedDetail) {
			Certificate[][] chains = untrustedChains == null ? new Certificate[0][] : untrustedChains;
			List<Certificate> accepted = new ArrayList<>();
			List<String> unknown = new ArrayList<>();
			List<X509Certificate> trusted;
			try {
				trusted = publishers.certificates();
			} catch (InstallException e) {
				refused = e.getMessage();
				return new TrustInfo(new Certificate[0], false, false);
			}
			for (Certificate[] chain : chains) {
				if (trust || publishers.trusts(chain, trusted)) {
					accepted.add(chain[0]);
				} else {
					unknown.add(chain[0] instanceof X509Certificate x509 ? x509.getSubjectX500Principal().getName() : chain[0].getType());
				}
			}
			boolean unsigned = unsignedDetail != null && unsignedDetail.length > 0;
			if (trust || (unknown.isEmpty() && !unsigned)) {
				return new TrustInfo(accepted.toArray(Certificate[]::new), false, true);
			}
			List<String> gruende = new ArrayList<>();
			if (unsigned) {
				gruende.add("nicht signiert: " + String.join(", ", unsignedDetail));
			}
			if (!unknown.isEmpty()) {
				gruende.add("mit einem unbekannten Schlüssel signiert (" + String.join("; ", unknown.stream().distinct().toList()) + ")");
			}
			refused = "Der Kurs wurde nicht installiert, weil sein Inhalt " + String.join(" und ", gruende) + " ist. "
					+ "Installieren Sie ihn nur, wenn Sie der Quelle vertrauen: bestätigen Sie das ausdrücklich (--trust) oder "
					+ "vertrauen Sie dem Kursanbieter mit seinem Zertifikat (kurs trust ZERTIFIKAT).";
			return new TrustInfo(new Certificate[0], false, false);
		}

		@Override
		public AuthenticationInfo getUsernamePassword(String location) {
			return null;
		}

		@Override
		public AuthenticationInfo getUsernamePassword(String location, AuthenticationInfo previousInfo) {
			return null;
		}
	}
}
