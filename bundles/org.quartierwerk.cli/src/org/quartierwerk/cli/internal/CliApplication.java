package org.quartierwerk.cli.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.quartierwerk.cli.CliCommand;

/** The headless Equinox application behind {@code quartierwerk <command>}; returns the exit code. */
public final class CliApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) throws InvalidSyntaxException {
		String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS, new String[0]);
		context.applicationRunning();
		Bundle bundle = FrameworkUtil.getBundle(CliApplication.class);
		BundleContext bundleContext = bundle.getBundleContext();
		List<ServiceReference<CliCommand>> references = new ArrayList<>(
				bundleContext.getServiceReferences(CliCommand.class, null));
		try {
			List<CliCommand> commands = references.stream().map(bundleContext::getService).toList();
			String version = bundle.getVersion().toString();
			return Integer.valueOf(new CommandLine(commands, version, System.out, System.err).run(args));
		} finally {
			references.forEach(bundleContext::ungetService);
		}
	}

	@Override
	public void stop() {
		// a command runs to its end; nothing to interrupt
	}
}
