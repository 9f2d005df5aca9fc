package org.quartierwerk.sharing.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jgit.api.CommitCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.EmptyCommitException;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.quartierwerk.core.ErrorLog;
import org.quartierwerk.core.StoreListener;
import org.quartierwerk.core.WorkspaceLocator;

/**
 * Offline-first: in a shared collection every save of a project is a local commit, so the history knows each change
 * and its author even before the next Abgleich (docs/sammlung.md). Nothing here uses the network. Without a name and
 * e-mail for the collection nothing is committed; the next Abgleich commits the changes and asks for them.
 */
@Component(service = StoreListener.class)
public final class CommitBeimSpeichern implements StoreListener {

	@Reference
	private WorkspaceLocator workspace;

	@Reference
	private ErrorLog log;

	@Override
	public void stored(List<Path> files) {
		try {
			Path ordner = workspace.folder().toAbsolutePath().normalize();
			if (!Files.isDirectory(ordner.resolve(Constants.DOT_GIT))) {
				return;
			}
			try (Git git = Repositoryzugang.oeffne(ordner)) {
				Repository repo = git.getRepository();
				String name = repo.getConfig().getString("user", null, "name");
				String email = repo.getConfig().getString("user", null, "email");
				if (name == null || email == null) {
					return;
				}
				CommitCommand commit = git.commit();
				for (Path datei : files) {
					String pfad = ordner.relativize(datei.toAbsolutePath().normalize()).toString().replace('\\', '/');
					if (Files.exists(datei)) {
						git.add().addFilepattern(pfad).call();
					} else {
						git.rm().setCached(true).addFilepattern(pfad).call();
					}
					commit.setOnly(pfad);
				}
				PersonIdent wer = new PersonIdent(name, email);
				try {
					commit.setMessage(NLS.bind(Messages.nachrichtGespeichert, String.join(", ", GitSammlung.namen(
						files.stream().map(d -> ordner.relativize(d.toAbsolutePath().normalize()).toString()).toList()))))
						.setAuthor(wer).setCommitter(wer).setAllowEmpty(false).call();
				} catch (EmptyCommitException e) {
					// saved as it was: nothing to record
				}
			}
		} catch (GitAPIException | IOException | RuntimeException e) {
			// the save itself succeeded; the next Abgleich commits the change
			log.record(NLS.bind(Messages.commitBeimSpeichernFehlgeschlagen, files), e);
		}
	}
}
