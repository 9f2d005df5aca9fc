package org.quartierwerk.app.internal;

/** Texts of this bundle from {@code OSGI-INF/l10n/bundle*.properties}, injected with {@code @Translation}. */
public final class Messages {
	public String navigatorWorkspace;
	public String navigatorEmpty;
	public String navigatorUnreadable;
}
