package org.quartierwerk.sharing.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.quartierwerk.core.PraxisbeispielStore;
import org.quartierwerk.core.StoreException;
import org.quartierwerk.core.WorkspaceLocator;
import org.quartierwerk.sharing.SharedCollection;
import org.quartierwerk.sharing.SharingException;

/** The workspace of this process as a shared collection; it holds the workspace's lock while it works. */
@Component(service = SharedCollection.class)
public final class GitSharedCollection implements SharedCollection {

	@Reference
	private WorkspaceLocator workspace;

	@Reference
	private PraxisbeispielStore store;

	@Override
	public String teilen(String remote, Autor autor) throws SharingException {
		return hier().teilen(remote, autor, () -> {
			// format 2.0 with an id for every element: saved once through the store before the first commit
			for (String name : store.names()) {
				store.save(name, store.load(name));
			}
		});
	}

	@Override
	public String beitreten(String remote, Path arbeitsbereich, Autor autor) throws SharingException {
		return GitSammlung.beitreten(remote, arbeitsbereich, autor);
	}

	@Override
	public Abgleich abgleichen(Aufloesung aufloesung, Autor autor) throws SharingException {
		return hier().abgleichen(aufloesung, autor);
	}

	@Override
	public Stand status() throws SharingException {
		return hier().status();
	}

	@Override
	public List<Verlaufseintrag> verlauf(String name) throws SharingException {
		return hier().verlauf(name);
	}

	@Override
	public String wiederherstellen(String name, String stand, Autor autor) throws SharingException {
		return hier().wiederherstellen(name, stand, autor);
	}

	private GitSammlung hier() throws SharingException {
		try {
			store.names(); // takes the workspace's lock: no other process writes it meanwhile
			return new GitSammlung(workspace.folder());
		} catch (StoreException e) {
			throw new SharingException(e.getMessage(), e);
		} catch (IOException e) {
			throw new SharingException(e.getMessage(), e);
		}
	}
}
