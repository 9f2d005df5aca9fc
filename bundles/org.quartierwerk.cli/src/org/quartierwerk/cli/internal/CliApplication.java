package org.quartierwerk.cli.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.quartierwerk.cli.CliCommand;
import org.quartierwerk.core.ErrorLog;
import org.quartierwerk.core.WorkspaceLocator;

/** The headless Equinox application behind {@code quartierwerk <command>}; returns the exit code. */
public final class CliApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS, new String[0]);
		context.applicationRunning();
		try {
			return Integer.valueOf(run(args));
		} catch (Throwable e) {
			// nothing may end the command line with a Java stack trace or the exit code 0
			System.err.println(e instanceof OutOfMemoryError ? Messages.outOfMemory : Messages.startFailed);
			return Integer.valueOf(CliCommand.FAILED);
		}
	}

	private static int run(String[] args) throws Exception {
		Bundle bundle = FrameworkUtil.getBundle(CliApplication.class);
		BundleContext bundleContext = bundle.getBundleContext();
		List<ServiceReference<CliCommand>> references = new ArrayList<>(bundleContext.getServiceReferences(CliCommand.class, null));
		ServiceReference<WorkspaceLocator> workspaceReference = bundleContext.getServiceReference(WorkspaceLocator.class);
		ServiceReference<ErrorLog> logReference = bundleContext.getServiceReference(ErrorLog.class);
		try {
			ErrorLog log = bundleContext.getService(logReference);
			Bibliotheksprotokoll.umleiten(log);
			List<CliCommand> commands = references.stream().map(bundleContext::getService).toList();
			String version = bundle.getVersion().toString();
			return new CommandLine(commands, version, bundleContext.getService(workspaceReference), log, System.out, System.err).run(args);
		} finally {
			references.forEach(bundleContext::ungetService);
			bundleContext.ungetService(workspaceReference);
			bundleContext.ungetService(logReference);
		}
	}

	@Override
	public void stop() {
		// a command runs to its end; nothing to interrupt
	}
}
