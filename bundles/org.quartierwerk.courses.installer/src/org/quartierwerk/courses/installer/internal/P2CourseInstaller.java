package org.quartierwerk.courses.installer.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.IJobManager;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.equinox.internal.p2.engine.ProfilePreferences;
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
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.quartierwerk.courses.installer.CourseInstaller;
import org.quartierwerk.courses.installer.InstallException;
import org.quartierwerk.courses.installer.InstallException.Reason;

/**
 * Installs course features with p2's operations API into the running profile ({@code eclipse.p2.profile}).
 * <p>
 * Größe: the p2 operations (load, plan, trust, install, uninstall, forget a repository) share one agent and
 * profile and one mapping of p2's failures to German messages; the trust decision on signatures is the part that
 * could move into a class of its own.
 */
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
	public synchronized List<CourseFeature> offered(Repository repository, IProgressMonitor monitor) throws InstallException {
		Repositories.requireAllowed(repository);
		IProvisioningAgent agent = agent();
		try (HttpRule rule = HttpRule.apply(repository.plainHttpAllowed())) {
			return features(loadMetadata(agent, repository, monitor), monitor);
		} finally {
			forget(agent, repository, false);
		}
	}

	@Override
	public List<CourseFeature> installed() throws InstallException {
		return features(profile(agent()), new NullProgressMonitor());
	}

	@Override
	public synchronized Result install(Repository repository, List<String> featureIds, boolean trust, IProgressMonitor monitor)
			throws InstallException {
		Repositories.requireAllowed(repository);
		SubMonitor progress = SubMonitor.convert(monitor, Messages.taskInstall, 100);
		IProvisioningAgent agent = agent();
		requireWritableInstallation();
		boolean artifactsRead = false;
		try (HttpRule rule = HttpRule.apply(repository.plainHttpAllowed())) {
			IMetadataRepository repo = loadMetadata(agent, repository, progress.split(10));
			try {
				artifactsRead = true;
				agent.getService(IArtifactRepositoryManager.class).loadRepository(repository.location(), progress.split(5));
			} catch (ProvisionException | RuntimeException e) {
				throw RepositoryFailures.of(repository, e);
			}
			List<IInstallableUnit> units = repo.query(QueryUtil.createIUGroupQuery(), progress.split(5)).stream()
					.filter(P2CourseInstaller::isCourse)
					.filter(iu -> featureIds.isEmpty() || featureIds.contains(featureId(iu)))
					.toList();
			if (units.isEmpty()) {
				throw new InstallException(featureIds.isEmpty() ? NLS.bind(Messages.noCourse, repository.name())
						: NLS.bind(Messages.featuresMissing, repository.name(), String.join(", ", featureIds)));
			}
			InstallOperation operation = new InstallOperation(new ProvisioningSession(agent), units);
			ProvisioningContext provisioningContext = new ProvisioningContext(agent);
			provisioningContext.setMetadataRepositories(repository.location());
			provisioningContext.setArtifactRepositories(repository.location());
			operation.setProvisioningContext(provisioningContext);
			Failures failures = new Failures(
					status -> RepositoryFailures.of(repository, status, NLS.bind(Messages.notCompatible, repository.name())),
					status -> new InstallException(NLS.bind(Messages.nothingToChange, repository.name()), new CoreException(status)),
					status -> RepositoryFailures.of(repository, status, NLS.bind(Messages.installFailed, repository.name())));
			boolean restart = run(agent, operation, new TrustDecision(repository, trust, publishers()), failures, progress.split(80));
			return new Result(units.stream().map(P2CourseInstaller::feature).toList(), restart);
		} finally {
			forget(agent, repository, artifactsRead);
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
	public synchronized Result uninstall(String featureId, IProgressMonitor monitor) throws InstallException {
		IProvisioningAgent agent = agent();
		requireWritableInstallation();
		List<IInstallableUnit> units = profile(agent).query(QueryUtil.createIUQuery(featureId + FEATURE_GROUP), null).stream().toList();
		if (units.isEmpty() || !featureId.startsWith(FEATURE_PREFIX)) {
			throw new InstallException(NLS.bind(Messages.notInstalled, featureId));
		}
		UninstallOperation operation = new UninstallOperation(new ProvisioningSession(agent), units);
		// removing reads no repository: what the profile holds is enough
		ProvisioningContext context = new ProvisioningContext(agent);
		context.setMetadataRepositories();
		context.setArtifactRepositories();
		operation.setProvisioningContext(context);
		Failures failures = new Failures(
				status -> new InstallException(NLS.bind(Messages.uninstallNotPossible, featureId), new CoreException(status)),
				status -> new InstallException(NLS.bind(Messages.notInstalled, featureId), new CoreException(status)),
				status -> new InstallException(NLS.bind(Messages.uninstallFailed, featureId), new CoreException(status)));
		boolean restart = run(agent, operation, new TrustDecision(null, false, publishers()), failures, monitor);
		return new Result(units.stream().map(P2CourseInstaller::feature).toList(), restart);
	}

	/** How a failed resolution, an empty change and a failed provisioning job are told to the trainer. */
	private record Failures(Function<IStatus, InstallException> resolution, Function<IStatus, InstallException> nothingToDo,
			Function<IStatus, InstallException> job) {
	}

	/**
	 * Forgets the repository again: p2 remembers every repository it loads, also one that failed to load, in the
	 * profile's preferences, and saves them with a delay in a job of its own; a command that ends right away would leave
	 * the repository behind (and a later change would read it again). So wait for that save. The artifact repository
	 * manager is only asked when it was used: its first use writes its own preferences.
	 */
	private static void forget(IProvisioningAgent agent, Repository repository, boolean artifactsRead) {
		agent.getService(IMetadataRepositoryManager.class).removeRepository(repository.location());
		if (artifactsRead) {
			agent.getService(IArtifactRepositoryManager.class).removeRepository(repository.location());
		}
		IJobManager jobs = Job.getJobManager();
		jobs.wakeUp(ProfilePreferences.PROFILE_SAVE_JOB_FAMILY);
		try {
			jobs.join(ProfilePreferences.PROFILE_SAVE_JOB_FAMILY, null);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** Resolves and performs the operation with our trust decision in place of a user interface. */
	private static boolean run(IProvisioningAgent agent, ProfileChangeOperation operation, TrustDecision decision, Failures failures,
			IProgressMonitor monitor) throws InstallException {
		SubMonitor progress = SubMonitor.convert(monitor, 100);
		operation.setProfileId(IProfileRegistry.SELF);
		IStatus resolution = operation.resolveModal(progress.split(30));
		if (resolution.getSeverity() == IStatus.ERROR || resolution.getSeverity() == IStatus.CANCEL) {
			throw failures.resolution().apply(withDetails(operation, resolution));
		}
		ProvisioningJob job = operation.getProvisioningJob(progress.split(5));
		if (job == null) {
			throw failures.nothingToDo().apply(withDetails(operation, resolution));
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
			throw decision.refused;
		}
		if (result.getSeverity() == IStatus.ERROR || result.getSeverity() == IStatus.CANCEL) {
			throw failures.job().apply(result);
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
		throw new InstallException(Messages.noAgent);
	}

	private static IProfile profile(IProvisioningAgent agent) throws InstallException {
		IProfile profile = agent.getService(IProfileRegistry.class).getProfile(IProfileRegistry.SELF);
		if (profile == null) {
			throw new InstallException(Messages.noProfile);
		}
		return profile;
	}

	private static IMetadataRepository loadMetadata(IProvisioningAgent agent, Repository repository, IProgressMonitor monitor)
			throws InstallException {
		try {
			return agent.getService(IMetadataRepositoryManager.class).loadRepository(repository.location(), monitor);
		} catch (ProvisionException | RuntimeException e) {
			throw RepositoryFailures.of(repository, e);
		}
	}

	/** p2 writes the profile, bundles.info and plugins/ of the installation; refuse early instead of half-way. */
	private void requireWritableInstallation() throws InstallException {
		for (String area : List.of("osgi.install.area", "osgi.configuration.area")) {
			Path path = area(area);
			if (path != null && !Files.isWritable(path)) {
				throw new InstallException(NLS.bind(Messages.readOnly, path));
			}
		}
	}

	private TrustedPublishers publishers() throws InstallException {
		Path configuration = area("osgi.configuration.area");
		if (configuration == null) {
			throw new InstallException(Messages.noConfigurationArea);
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

	/** The resolution status with p2's explanation added, for diagnosis. */
	private static IStatus withDetails(ProfileChangeOperation operation, IStatus status) {
		String details = operation.getResolutionDetails();
		if (details == null || details.isBlank()) {
			return status;
		}
		return new MultiStatus(status.getPlugin(), status.getCode(), new IStatus[] { status }, details, null);
	}

	/**
	 * Answers p2's trust questions: content signed by a trusted publisher is accepted; nothing unsigned or signed by an
	 * unknown key is accepted unless the caller trusts this installation explicitly.
	 */
	private static final class TrustDecision extends UIServices {

		private final Repository repository;
		private final boolean trust;
		private final TrustedPublishers publishers;
		private InstallException refused;

		TrustDecision(Repository repository, boolean trust, TrustedPublishers publishers) {
			this.repository = repository;
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
				refused = e;
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
			String name = repository == null ? "" : repository.name();
			String signers = String.join("; ", unknown.stream().distinct().toList());
			String files = unsigned ? fileNames(unsignedDetail) : "";
			if (unsigned && !unknown.isEmpty()) {
				refused = new InstallException(Reason.UNSIGNED, NLS.bind(Messages.unsignedAndUnknownSigner, new Object[] { name, files, signers }));
			} else if (unsigned) {
				refused = new InstallException(Reason.UNSIGNED, NLS.bind(Messages.unsigned, name, files));
			} else {
				refused = new InstallException(Reason.UNKNOWN_SIGNER, NLS.bind(Messages.unknownSigner, name, signers));
			}
			return new TrustInfo(new Certificate[0], false, false);
		}

		/** p2 names the unsigned parts by the paths it downloaded them to; the trainer needs only the file names. */
		private static String fileNames(String[] paths) {
			return String.join(", ", Arrays.stream(paths).map(path -> path.substring(path.lastIndexOf('/') + 1)).distinct().toList());
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
