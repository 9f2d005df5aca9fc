package org.quartierwerk.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.quartierwerk.catalog.Katalog;
import org.quartierwerk.model.Partizipationsmodell;

/** The DS services of the running test framework, awaited for at most ten seconds each. */
final class Services {

	static <S> S get(Class<S> type) {
		BundleContext context = FrameworkUtil.getBundle(Services.class).getBundleContext();
		ServiceTracker<S, S> tracker = new ServiceTracker<>(context, type, null);
		tracker.open();
		try {
			S service = tracker.waitForService(10_000);
			assertNotNull(service, "no " + type.getSimpleName() + " service within 10 s");
			return service;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
		// the tracker stays open: the service must not go away during the test
	}

	/** Ids of the installed participation models, for validation. */
	static List<String> modelle() {
		return get(Katalog.class).partizipationsmodelle().stream().map(Partizipationsmodell::getId).toList();
	}

	private Services() {
	}
}
