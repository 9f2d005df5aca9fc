package org.quartierwerk.courses.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** The running framework's services, waiting up to ten seconds for Declarative Services to provide them. */
final class OsgiServices {

	static BundleContext context() {
		return FrameworkUtil.getBundle(OsgiServices.class).getBundleContext();
	}

	static <S> S get(Class<S> type) {
		ServiceTracker<S, S> tracker = new ServiceTracker<>(context(), type, null);
		tracker.open();
		try {
			S service = tracker.waitForService(10_000);
			assertNotNull(service, "no " + type.getSimpleName());
			return service;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}

	private OsgiServices() {
	}
}
