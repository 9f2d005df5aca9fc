package org.quartierwerk.testing;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The services of the running test framework, as Declarative Services provides them: a test waits until the service
 * is there, for at most a given time, and fails with a message naming the service otherwise.
 * <p>
 * The service is looked up with the context of the calling test's bundle (for a fragment: its host). The tracker stays
 * open until the runtime ends, so a test keeps using what it got: releasing the last user would deactivate a delayed
 * component, and the next test would get a new instance.
 */
public final class Dienste {

	/** How long a test waits unless it says otherwise: generous, because waiting ends as soon as the service is there. */
	public static final Duration WARTEZEIT = Duration.ofSeconds(30);

	private static final StackWalker STACK = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);
	private static final Map<String, ServiceTracker<?, ?>> OFFEN = new ConcurrentHashMap<>();

	private Dienste() {
	}

	/** The service of this type, waiting at most {@link #WARTEZEIT}. */
	public static <S> S warte(Class<S> typ) {
		return warte(aufrufer(), typ, null, WARTEZEIT);
	}

	/** The service of this type whose properties match the LDAP filter, waiting at most {@link #WARTEZEIT}. */
	public static <S> S warte(Class<S> typ, String filter) {
		return warte(aufrufer(), typ, filter, WARTEZEIT);
	}

	/** As {@link #warte(Class, String)}, waiting at most {@code zeit}; {@code filter} may be null. */
	public static <S> S warte(Class<S> typ, String filter, Duration zeit) {
		return warte(aufrufer(), typ, filter, zeit);
	}

	private static <S> S warte(BundleContext context, Class<S> typ, String filter, Duration zeit) {
		String schluessel = context.getBundle().getBundleId() + " " + typ.getName() + " " + filter;
		@SuppressWarnings("unchecked")
		ServiceTracker<S, S> tracker = (ServiceTracker<S, S>) OFFEN.computeIfAbsent(schluessel, s -> {
			ServiceTracker<S, S> neu = new ServiceTracker<>(context, filter(context, typ, filter), null);
			neu.open();
			return neu;
		});
		try {
			S dienst = tracker.waitForService(zeit.toMillis());
			if (dienst == null) {
				throw new AssertionError("Dienst " + typ.getName() + (filter == null ? "" : " mit " + filter) + " ist nach "
						+ zeit.toSeconds() + " s nicht da (service did not appear)." + nichtAufgeloest(context));
			}
			return dienst;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError("Warten auf " + typ.getName() + " unterbrochen (interrupted)", e);
		}
	}

	private static org.osgi.framework.Filter filter(BundleContext context, Class<?> typ, String filter) {
		String objectClass = "(" + Constants.OBJECTCLASS + "=" + typ.getName() + ")";
		try {
			return context.createFilter(filter == null ? objectClass : "(&" + objectClass + filter + ")");
		} catch (InvalidSyntaxException e) {
			throw new AssertionError("Filter " + filter + " ist kein LDAP-Filter (invalid filter): " + e.getMessage(), e);
		}
	}

	/** The commonest reason for a missing service: its bundle did not resolve. */
	private static String nichtAufgeloest(BundleContext context) {
		String bundles = Arrays.stream(context.getBundles()).filter(b -> b.getState() == Bundle.INSTALLED)
				.map(Bundle::getSymbolicName).sorted().collect(Collectors.joining(", "));
		return bundles.isEmpty() ? "" : " Nicht aufgelöste Bundles (unresolved): " + bundles;
	}

	/** The context of the bundle whose class called this one. */
	private static BundleContext aufrufer() {
		Class<?> aufrufer = STACK.walk(frames -> frames.map(StackWalker.StackFrame::getDeclaringClass)
				.filter(c -> c != Dienste.class).findFirst()).orElseThrow();
		Bundle bundle = FrameworkUtil.getBundle(aufrufer);
		if (bundle == null) {
			throw new AssertionError(aufrufer.getName() + " läuft nicht in OSGi (not loaded by a bundle)");
		}
		BundleContext context = bundle.getBundleContext();
		return context != null ? context : FrameworkUtil.getBundle(Dienste.class).getBundleContext();
	}
}
