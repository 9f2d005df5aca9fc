package org.quartierwerk.cli.internal;

import java.io.PrintStream;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.quartierwerk.cli.CliCommand;
import org.quartierwerk.core.PraxisbeispielStore;
import org.quartierwerk.core.WorkspaceLocator;

/** {@code quartierwerk arbeitsbereich}: where the data lives and how many projects it holds. */
@Component(service = CliCommand.class)
public final class WorkspaceCommand implements CliCommand {

	@Reference
	private WorkspaceLocator workspace;

	/** Counts through the store, which finishes or discards an interrupted import first. */
	@Reference
	private PraxisbeispielStore store;

	@Override
	public Description description() {
		return new Description("arbeitsbereich", "", Messages.workspaceSummary).formerly("workspace");
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		if (!args.isEmpty()) {
			err.println(NLS.bind(Messages.noArgumentsExpected, description().name()));
			return USAGE;
		}
		out.println(NLS.bind(Messages.workspaceFolder, workspace.folder()));
		out.println(NLS.bind(Messages.workspaceProjectFiles, store.names().size()));
		return OK;
	}
}
