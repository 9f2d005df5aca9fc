package org.quartierwerk.testing;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Waiting for something another thread or process does: the test checks a condition until it holds or the time is
 * up. No test waits a fixed time for an event; between two checks it parks briefly or runs what the caller gives
 * (e.g. the SWT event loop), and the time given is the most it waits, not what it takes.
 */
public final class Bedingung {

	/** The pause between two checks when the caller has nothing to run in between. */
	private static final Duration PAUSE = Duration.ofMillis(20);

	private Bedingung() {
	}

	/** Waits until the condition holds; after {@code zeit} fails with the message (evaluated then). */
	public static void warteBis(BooleanSupplier bedingung, Duration zeit, Supplier<String> meldung) {
		warteBis(bedingung, zeit, PAUSE, meldung);
	}

	/**
	 * As {@link #warteBis(BooleanSupplier, Duration, Supplier)}, with a longer pause between two checks for a condition
	 * that is costly to check (e.g. one that starts a process).
	 */
	public static void warteBis(BooleanSupplier bedingung, Duration zeit, Duration pause, Supplier<String> meldung) {
		if (!giltBinnen(bedingung, zeit, () -> LockSupport.parkNanos(pause.toNanos()))) {
			throw new AssertionError(meldung.get() + " (nach " + zeit.toSeconds() + " s / after " + zeit.toSeconds() + " s)");
		}
	}

	/**
	 * Whether the condition holds within {@code zeit}: checked at once, then after each run of {@code zwischendurch},
	 * which must return soon (a short park, or one turn of an event loop that also lets the checked state change).
	 */
	public static boolean giltBinnen(BooleanSupplier bedingung, Duration zeit, Runnable zwischendurch) {
		long ende = System.nanoTime() + zeit.toNanos();
		while (!bedingung.getAsBoolean()) {
			if (System.nanoTime() - ende > 0) {
				return false;
			}
			if (Thread.currentThread().isInterrupted()) {
				throw new AssertionError("Warten unterbrochen (interrupted)");
			}
			zwischendurch.run();
		}
		return true;
	}
}
