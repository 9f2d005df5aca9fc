package org.quartierwerk.sharing.internal;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand.ResetType;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.eclipse.osgi.util.NLS;
import org.quartierwerk.core.DurableFile;
import org.quartierwerk.core.WorkspaceLocator;
import org.quartierwerk.sharing.SharedCollection.Abgleich;
import org.quartierwerk.sharing.SharedCollection.Aufloesung;
import org.quartierwerk.sharing.SharedCollection.Autor;
import org.quartierwerk.sharing.SharedCollection.Konflikt;
import org.quartierwerk.sharing.SharedCollection.Stand;
import org.quartierwerk.sharing.SharedCollection.Verlaufseintrag;
import org.quartierwerk.sharing.SharingException;

/**
 * One workspace as a shared collection: a Git working tree on branch {@value #ZWEIG} whose remote {@value #REMOTE}
 * serves the collection. The caller holds the workspace's lock.
 * <p>
 * An Abgleich writes the workspace only after the merged state is complete in the repository, each file atomically,
 * and moves the branch last: a process killed in between leaves merged files that the next Abgleich commits as a
 * change of this workspace, so it converges without losing anything (docs/sammlung.md).
 * <p>
 * Größe: the six operations share one repository protocol (author, local commit, fetch, merge, write, move the branch,
 * push, with the same German failures) and are read together.
 */
final class GitSammlung {

	static final String REMOTE = "origin";
	static final String ZWEIG = "main";
	private static final String REMOTE_ZWEIG = Constants.R_REMOTES + REMOTE + "/" + ZWEIG;
	private static final int VERSUCHE = 3;
	private static final int ZEITLIMIT_SEKUNDEN = 60;
	/** What a shared collection never contains: Quartierwerk's own files, backups, temporary files, the lock. */
	static final String IGNORIERT = """
			# Quartierwerk: geteilt werden nur Praxisbeispiele und Teilnahmen (docs/sammlung.md)
			/.metadata/
			/.quartierwerk.lock
			*.bak
			*.tmp
			""";
	private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(ZoneId.systemDefault());

	/** For the tests of crash safety: runs after the merged files are written, before the branch is moved. */
	static volatile Runnable nachDemSchreiben = () -> {
	};
	/** For the tests of a remote that vanishes: runs before each push. */
	static volatile Runnable vorDemUebertragen = () -> {
	};

	private final Path ordner;

	GitSammlung(Path ordner) {
		this.ordner = ordner;
	}

	// ---------------------------------------------------------------- teilen, beitreten

	/** What is done to the workspace before its first commit. */
	@FunctionalInterface
	interface Vorbereitung {
		void run() throws IOException;
	}

	String teilen(String url, Autor autor) throws SharingException {
		return teilen(url, autor, () -> {
		});
	}

	/**
	 * @param vorbereitung run once the remote is known to be empty, before the first commit: the store saves every
	 *                     project once, so each element has its id before anybody else sees the file
	 */
	String teilen(String url, Autor autor, Vorbereitung vorbereitung) throws SharingException {
		if (Files.exists(ordner.resolve(Constants.DOT_GIT))) {
			throw new SharingException(NLS.bind(Messages.schonGeteilt, ordner));
		}
		URIish adresse = adresse(url);
		try {
			Path lokal = lokalerOrdner(adresse);
			if (lokal != null && !Files.exists(lokal)) {
				// a folder on this machine or a network share: the empty collection is made here, no server needed
				Git.init().setBare(true).setDirectory(lokal.toFile()).setInitialBranch(ZWEIG).call().close();
			}
			if (!Git.lsRemoteRepository().setRemote(url).setCredentialsProvider(zugang()).setTimeout(ZEITLIMIT_SEKUNDEN).call().isEmpty()) {
				throw new SharingException(NLS.bind(Messages.remoteNichtLeer, anzeige(adresse)));
			}
		} catch (GitAPIException e) {
			throw new SharingException(NLS.bind(Messages.nichtErreichbarTeilen, anzeige(adresse)), e);
		}
		try {
			vorbereitung.run();
		} catch (IOException e) {
			throw new SharingException(e.getMessage(), e);
		}
		Path ignoriert = ordner.resolve(Constants.GITIGNORE_FILENAME);
		boolean hatteIgnoriert = Files.exists(ignoriert);
		try (Git git = Git.init().setDirectory(ordner.toFile()).setInitialBranch(ZWEIG).call()) {
			konfiguriere(git.getRepository(), autor);
			if (!hatteIgnoriert) {
				DurableFile.replace(ignoriert, IGNORIERT.getBytes(StandardCharsets.UTF_8), false);
			}
			beispielmarke();
			git.add().addFilepattern(".").call();
			PersonIdent wer = person(git.getRepository());
			git.commit().setMessage(Messages.nachrichtGeteilt).setAuthor(wer).setCommitter(wer).call();
			StoredConfig config = git.getRepository().getConfig();
			config.setString("remote", REMOTE, "url", url);
			config.setString("remote", REMOTE, "fetch", "+refs/heads/*:refs/remotes/" + REMOTE + "/*");
			config.setString("branch", ZWEIG, "remote", REMOTE);
			config.setString("branch", ZWEIG, "merge", Constants.R_HEADS + ZWEIG);
			config.save();
			uebertrage(git, adresse);
			return anzeige(adresse);
		} catch (GitAPIException | IOException | RuntimeException e) {
			// as before: the workspace is no shared collection, its projects are untouched
			loesche(ordner.resolve(Constants.DOT_GIT));
			if (!hatteIgnoriert) {
				loesche(ignoriert);
			}
			throw e instanceof SharingException s ? s : new SharingException(NLS.bind(Messages.teilenFehlgeschlagen, ordner), e);
		}
	}

	static String beitreten(String url, Path ziel, Autor autor) throws SharingException {
		URIish adresse = adresse(url);
		Path absolut = ziel.toAbsolutePath().normalize();
		try {
			if (Files.exists(absolut) && (!Files.isDirectory(absolut) || !leer(absolut))) {
				throw new SharingException(NLS.bind(Messages.zielNichtLeer, absolut));
			}
			Files.createDirectories(absolut.getParent());
		} catch (IOException e) {
			throw new SharingException(NLS.bind(Messages.zielNichtLeer, absolut), e);
		}
		// cloned beside the target and moved there whole: a broken connection leaves no half workspace
		Path werdend = absolut.resolveSibling("." + absolut.getFileName() + ".beitreten-" + UUID.randomUUID());
		try (Git git = Git.cloneRepository().setURI(url).setDirectory(werdend.toFile()).setBranch(ZWEIG)
				.setRemote(REMOTE).setCredentialsProvider(zugang()).setTimeout(ZEITLIMIT_SEKUNDEN).call()) {
			if (git.getRepository().resolve(Constants.HEAD) == null) {
				throw new SharingException(NLS.bind(Messages.remoteLeer, anzeige(adresse)));
			}
			konfiguriere(git.getRepository(), autor);
			new GitSammlung(werdend).beispielmarke();
		} catch (TransportException | org.eclipse.jgit.api.errors.InvalidRemoteException e) {
			loesche(werdend);
			throw new SharingException(NLS.bind(Messages.nichtErreichbarBeitreten, anzeige(adresse)), e);
		} catch (SharingException e) {
			loesche(werdend);
			throw e;
		} catch (GitAPIException | IOException | RuntimeException e) {
			loesche(werdend);
			throw new SharingException(NLS.bind(Messages.beitretenFehlgeschlagen, anzeige(adresse), absolut), e);
		}
		try {
			Files.deleteIfExists(absolut);
			Files.move(werdend, absolut, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException e) {
			loesche(werdend);
			throw new SharingException(NLS.bind(Messages.beitretenFehlgeschlagen, anzeige(adresse), absolut), e);
		}
		return anzeige(adresse);
	}

	// ---------------------------------------------------------------- abgleichen

	Abgleich abgleichen(Aufloesung aufloesung, Autor autor) throws SharingException {
		try (Git git = oeffne()) {
			Repository repo = git.getRepository();
			konfiguriere(repo, autor);
			PersonIdent wer = person(repo);
			URIish adresse = adresse(repo);
			List<String> eigene = committeLokal(git, wer);
			List<String> vonAnderen = new ArrayList<>();
			List<String> zusammengefuehrt = new ArrayList<>();
			List<Konflikt> konflikte = new ArrayList<>();
			for (int versuch = 1; versuch <= VERSUCHE; versuch++) {
				try {
					git.fetch().setRemote(REMOTE).setCredentialsProvider(zugang()).setTimeout(ZEITLIMIT_SEKUNDEN).call();
				} catch (GitAPIException e) {
					throw new SharingException(NLS.bind(Messages.nichtErreichbarAbgleichen,
							new Object[] { anzeige(adresse), eigene.size(), ordner }), e);
				}
				Baumzusammenfuehrung.Ergebnis ergebnis = fuehreZusammen(repo, aufloesung, wer);
				if (ergebnis != null) {
					vonAnderen.addAll(ergebnis.vonAnderen());
					zusammengefuehrt.addAll(ergebnis.zusammengefuehrt());
					konflikte.addAll(ergebnis.konflikte());
					if (ergebnis.baum() == null) {
						return new Abgleich(namen(eigene), namen(vonAnderen), namen(zusammengefuehrt), konflikte, false);
					}
				}
				if (uebertrage(git, adresse)) {
					return new Abgleich(namen(eigene), namen(vonAnderen), namen(zusammengefuehrt), konflikte, true);
				}
				// somebody sent changes meanwhile: fetch and merge them too
			}
			throw new SharingException(NLS.bind(Messages.zuVieleGleichzeitig, anzeige(adresse)));
		} catch (GitAPIException | IOException | JGitInternalException e) {
			throw e instanceof SharingException s ? s : new SharingException(NLS.bind(Messages.abgleichFehlgeschlagen, ordner), e);
		}
	}

	/** Commits every change of the workspace; returns the files it committed. */
	private List<String> committeLokal(Git git, PersonIdent wer) throws GitAPIException, IOException {
		git.add().addFilepattern(".").call();
		git.add().setUpdate(true).addFilepattern(".").call();
		Status status = git.status().call();
		Set<String> geaendert = new TreeSet<>();
		geaendert.addAll(status.getAdded());
		geaendert.addAll(status.getChanged());
		geaendert.addAll(status.getRemoved());
		if (geaendert.isEmpty()) {
			return List.of();
		}
		git.commit().setMessage(NLS.bind(Messages.nachrichtGeaendert, String.join(", ", namen(List.copyOf(geaendert)))))
				.setAuthor(wer).setCommitter(wer).call();
		return List.copyOf(geaendert);
	}

	/** Merges the fetched state into this one; null when there was nothing to merge. */
	private Baumzusammenfuehrung.Ergebnis fuehreZusammen(Repository repo, Aufloesung aufloesung, PersonIdent wer)
			throws IOException, SharingException {
		ObjectId ihreId = repo.resolve(REMOTE_ZWEIG);
		ObjectId meineId = repo.resolve(Constants.HEAD);
		if (ihreId == null || ihreId.equals(meineId)) {
			return null;
		}
		try (RevWalk walk = new RevWalk(repo); ObjectInserter inserter = repo.newObjectInserter();
				ObjectReader reader = repo.newObjectReader()) {
			RevCommit meine = walk.parseCommit(meineId);
			RevCommit ihre = walk.parseCommit(ihreId);
			RevCommit basis = basis(walk, meine, ihre);
			if (basis != null && basis.equals(ihre)) {
				return null;
			}
			ObjectId neu;
			Baumzusammenfuehrung.Ergebnis ergebnis;
			if (basis != null && basis.equals(meine)) {
				ergebnis = new Baumzusammenfuehrung.Ergebnis(ihre.getTree(), geaenderte(reader, meine, ihre), List.of(), List.of());
				neu = ihre;
			} else {
				ergebnis = Baumzusammenfuehrung.fuehreZusammen(reader, inserter, basis, meine, ihre, aufloesung);
				if (ergebnis.baum() == null) {
					return ergebnis;
				}
				CommitBuilder commit = new CommitBuilder();
				commit.setTreeId(ergebnis.baum());
				commit.setParentIds(meine, ihre);
				commit.setAuthor(wer);
				commit.setCommitter(wer);
				commit.setMessage(NLS.bind(Messages.nachrichtZusammengefuehrt, ergebnis.zusammengefuehrt().isEmpty() ? "-"
						: String.join(", ", namen(ergebnis.zusammengefuehrt()))));
				neu = inserter.insert(commit);
				inserter.flush();
			}
			schreibeArbeitsbereich(repo, reader, meine, walk.parseCommit(neu));
			nachDemSchreiben.run();
			RefUpdate update = repo.updateRef(Constants.R_HEADS + ZWEIG);
			update.setExpectedOldObjectId(meine);
			update.setNewObjectId(neu);
			update.setRefLogMessage("abgleichen", false);
			RefUpdate.Result stand = update.update();
			if (stand != RefUpdate.Result.FAST_FORWARD && stand != RefUpdate.Result.NEW && stand != RefUpdate.Result.FORCED) {
				throw new SharingException(NLS.bind(Messages.abgleichFehlgeschlagen, ordner));
			}
			try (Git git = new Git(repo)) {
				git.reset().setMode(ResetType.MIXED).call();
			} catch (GitAPIException e) {
				throw new IOException(e);
			}
			return ergebnis;
		}
	}

	/** Writes every file that differs between the two states, each atomically; removes those the new one lacks. */
	private void schreibeArbeitsbereich(Repository repo, ObjectReader reader, RevCommit alt, RevCommit neu) throws IOException {
		try (TreeWalk walk = new TreeWalk(reader)) {
			walk.addTree(alt.getTree());
			walk.addTree(neu.getTree());
			walk.setRecursive(true);
			walk.setFilter(TreeFilter.ANY_DIFF);
			while (walk.next()) {
				Path datei = ordner.resolve(walk.getPathString());
				if (!datei.normalize().startsWith(ordner.normalize())) {
					throw new SharingException(NLS.bind(Messages.fremderPfad, walk.getPathString()));
				}
				ObjectId inhalt = walk.getObjectId(1);
				if (ObjectId.zeroId().equals(inhalt)) {
					Files.deleteIfExists(datei);
				} else {
					DurableFile.replace(datei, reader.open(inhalt).getBytes(), false);
				}
			}
		}
	}

	/** Pushes the branch; false when the remote moved on meanwhile. */
	private boolean uebertrage(Git git, URIish adresse) throws SharingException {
		vorDemUebertragen.run();
		try {
			for (PushResult ergebnis : git.push().setRemote(REMOTE).setRefSpecs(new RefSpec(Constants.R_HEADS + ZWEIG + ":" + Constants.R_HEADS + ZWEIG))
					.setCredentialsProvider(zugang()).setTimeout(ZEITLIMIT_SEKUNDEN).call()) {
				for (RemoteRefUpdate update : ergebnis.getRemoteUpdates()) {
					switch (update.getStatus()) {
					case OK, UP_TO_DATE:
						break;
					case REJECTED_NONFASTFORWARD, REJECTED_REMOTE_CHANGED:
						return false;
					default:
						throw new SharingException(NLS.bind(Messages.uebertragenAbgelehnt, anzeige(adresse)));
					}
				}
			}
			return true;
		} catch (GitAPIException e) {
			throw new SharingException(NLS.bind(Messages.nichtErreichbarUebertragen, anzeige(adresse), ordner), e);
		}
	}

	// ---------------------------------------------------------------- status, verlauf, wiederherstellen

	Stand status() throws SharingException {
		try (Git git = oeffne(); RevWalk walk = new RevWalk(git.getRepository());
				ObjectReader reader = git.getRepository().newObjectReader();
				ObjectInserter.Formatter nurIds = new ObjectInserter.Formatter()) {
			Repository repo = git.getRepository();
			Set<String> hier = new TreeSet<>();
			Status status = git.status().call();
			hier.addAll(status.getUncommittedChanges());
			hier.addAll(status.getUntracked());
			List<String> vonAnderen = List.of();
			List<Konflikt> konflikte = List.of();
			ObjectId ihreId = repo.resolve(REMOTE_ZWEIG);
			ObjectId meineId = repo.resolve(Constants.HEAD);
			if (ihreId != null && meineId != null && !ihreId.equals(meineId)) {
				RevCommit meine = walk.parseCommit(meineId);
				RevCommit ihre = walk.parseCommit(ihreId);
				RevCommit basis = basis(walk, meine, ihre);
				if (basis != null) {
					hier.addAll(geaenderte(reader, basis, meine));
					vonAnderen = geaenderte(reader, basis, ihre);
				}
				if (basis == null || !(basis.equals(meine) || basis.equals(ihre))) {
					konflikte = Baumzusammenfuehrung.fuehreZusammen(reader, nurIds, basis, meine, ihre, Aufloesung.KEINE).konflikte();
				}
			}
			return new Stand(anzeige(adresse(repo)), namen(List.copyOf(hier)), namen(vonAnderen), konflikte);
		} catch (GitAPIException | IOException | JGitInternalException e) {
			throw e instanceof SharingException s ? s : new SharingException(NLS.bind(Messages.statusFehlgeschlagen, ordner), e);
		}
	}

	List<Verlaufseintrag> verlauf(String name) throws SharingException {
		String pfad = pfad(name);
		List<Verlaufseintrag> eintraege = new ArrayList<>();
		try (Git git = oeffne(); ObjectReader reader = git.getRepository().newObjectReader()) {
			for (RevCommit commit : git.log().addPath(pfad).call()) {
				byte[] nachher = inhalt(reader, commit, pfad);
				byte[] vorher = commit.getParentCount() == 0 ? null : inhalt(reader, git.getRepository().parseCommit(commit.getParent(0)), pfad);
				if (commit.getParentCount() > 1) {
					byte[] zweiter = inhalt(reader, git.getRepository().parseCommit(commit.getParent(1)), pfad);
					if (java.util.Arrays.equals(nachher, vorher) || java.util.Arrays.equals(nachher, zweiter)) {
						continue; // a merge that only brought one side's version: that side's commit says it
					}
				}
				List<String> aenderungen = Feldvergleich.aenderungen(wurzel(pfad, vorher), wurzel(pfad, nachher));
				PersonIdent autor = commit.getAuthorIdent();
				eintraege.add(new Verlaufseintrag(commit.abbreviate(8).name(), autor.getName() + " <" + autor.getEmailAddress() + ">",
						autor.getWhenAsInstant(), commit.getShortMessage(), aenderungen));
			}
		} catch (GitAPIException | IOException | JGitInternalException e) {
			throw e instanceof SharingException s ? s : new SharingException(NLS.bind(Messages.verlaufFehlgeschlagen, name, ordner), e);
		}
		if (eintraege.isEmpty()) {
			throw new SharingException(NLS.bind(Messages.keinVerlauf, name, ordner));
		}
		return eintraege;
	}

	String wiederherstellen(String name, String stand, Autor autor) throws SharingException {
		String pfad = pfad(name);
		try (Git git = oeffne(); RevWalk walk = new RevWalk(git.getRepository());
				ObjectReader reader = git.getRepository().newObjectReader()) {
			Repository repo = git.getRepository();
			konfiguriere(repo, autor);
			PersonIdent wer = person(repo);
			ObjectId id = stand.matches("[0-9a-fA-F]{4,40}") ? repo.resolve(stand + "^{commit}") : null;
			if (id == null) {
				throw new SharingException(NLS.bind(Messages.standUnbekannt, stand, name));
			}
			RevCommit commit = walk.parseCommit(id);
			byte[] inhalt = inhalt(reader, commit, pfad);
			if (inhalt == null) {
				throw new SharingException(NLS.bind(Messages.standOhneProjekt, new Object[] { stand, name }));
			}
			wurzel(pfad, inhalt); // a version that cannot be read is not brought back
			DurableFile.replace(ordner.resolve(pfad), inhalt, true);
			git.add().addFilepattern(pfad).call();
			String wann = DATUM.format(commit.getAuthorIdent().getWhenAsInstant());
			git.commit().setOnly(pfad).setMessage(NLS.bind(Messages.nachrichtWiederhergestellt, new Object[] { name, stand, wann }))
					.setAuthor(wer).setCommitter(wer).call();
			return wann;
		} catch (GitAPIException | IOException | JGitInternalException e) {
			throw e instanceof SharingException s ? s : new SharingException(NLS.bind(Messages.wiederherstellenFehlgeschlagen, name, ordner), e);
		}
	}

	// ---------------------------------------------------------------- helpers

	private Git oeffne() throws SharingException {
		Repositoryzugang git = null;
		try {
			git = Repositoryzugang.oeffne(ordner);
			if (git.getRepository().getConfig().getString("remote", REMOTE, "url") == null) {
				throw new SharingException(NLS.bind(Messages.keineSammlung, ordner));
			}
			return git;
		} catch (RepositoryNotFoundException e) {
			throw new SharingException(NLS.bind(Messages.keineSammlung, ordner), e);
		} catch (IOException e) {
			if (git != null) {
				git.close();
			}
			throw e instanceof SharingException s ? s : new SharingException(NLS.bind(Messages.keineSammlung, ordner), e);
		}
	}

	private static RevCommit basis(RevWalk walk, RevCommit a, RevCommit b) throws IOException {
		walk.reset();
		walk.setRevFilter(RevFilter.MERGE_BASE);
		walk.markStart(a);
		walk.markStart(b);
		RevCommit basis = walk.next();
		walk.reset();
		walk.setRevFilter(RevFilter.ALL);
		return basis == null ? null : walk.parseCommit(basis);
	}

	private static List<String> geaenderte(ObjectReader reader, RevCommit von, RevCommit nach) throws IOException {
		List<String> pfade = new ArrayList<>();
		try (TreeWalk walk = new TreeWalk(reader)) {
			walk.addTree(von.getTree());
			walk.addTree(nach.getTree());
			walk.setRecursive(true);
			walk.setFilter(TreeFilter.ANY_DIFF);
			while (walk.next()) {
				pfade.add(walk.getPathString());
			}
		}
		return pfade;
	}

	private static byte[] inhalt(ObjectReader reader, RevCommit commit, String pfad) throws IOException {
		try (TreeWalk walk = TreeWalk.forPath(reader, pfad, commit.getTree())) {
			return walk == null ? null : reader.open(walk.getObjectId(0)).getBytes();
		}
	}

	private static org.eclipse.emf.ecore.EObject wurzel(String pfad, byte[] inhalt) throws SharingException {
		if (inhalt == null) {
			return null;
		}
		try {
			return Modelldatei.lies(pfad, inhalt).getContents().get(0);
		} catch (IOException | RuntimeException e) {
			throw new SharingException(NLS.bind(Messages.versionUnlesbar, pfad), e);
		}
	}

	private static String pfad(String name) throws SharingException {
		if (name.isBlank() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
			throw new SharingException(NLS.bind(Messages.nameUngueltig, name));
		}
		return name + WorkspaceLocator.PROJECT_FILE_EXTENSION;
	}

	/** File paths as the user knows them: a project by its name, a Teilnahme by course and project. */
	static List<String> namen(List<String> pfade) {
		List<String> namen = new ArrayList<>();
		for (String pfad : pfade) {
			String[] teile = pfad.split("/");
			if (teile.length == 1 && pfad.endsWith(WorkspaceLocator.PROJECT_FILE_EXTENSION)) {
				namen.add(pfad.substring(0, pfad.length() - WorkspaceLocator.PROJECT_FILE_EXTENSION.length()));
			} else if (teile.length == 3 && teile[0].equals("kurse") && pfad.endsWith(".xmi")) {
				namen.add(NLS.bind(Messages.teilnahme, teile[1], teile[2].substring(0, teile[2].length() - 4)));
			} else {
				namen.add(pfad);
			}
		}
		return namen;
	}

	private void beispielmarke() throws IOException {
		Path marke = ordner.resolve(WorkspaceLocator.EXAMPLES_MARKER);
		if (!Files.exists(marke)) {
			DurableFile.replace(marke, (Messages.beispielmarke + "\n").getBytes(StandardCharsets.UTF_8), false);
		}
	}

	private static void konfiguriere(Repository repo, Autor autor) throws IOException {
		if (autor == null || (autor.name() == null && autor.email() == null)) {
			return;
		}
		StoredConfig config = repo.getConfig();
		if (autor.name() != null) {
			config.setString("user", null, "name", autor.name());
		}
		if (autor.email() != null) {
			config.setString("user", null, "email", autor.email());
		}
		config.save();
	}

	/** Who commits: from the collection's settings, else from the user's Git settings; asked for when unknown. */
	private static PersonIdent person(Repository repo) throws SharingException {
		String name = repo.getConfig().getString("user", null, "name");
		String email = repo.getConfig().getString("user", null, "email");
		if (name == null || name.isBlank() || email == null || email.isBlank()) {
			throw new SharingException(Messages.autorUnbekannt);
		}
		return new PersonIdent(name, email);
	}

	private static URIish adresse(Repository repo) throws SharingException {
		return adresse(repo.getConfig().getString("remote", REMOTE, "url"));
	}

	/** The remote's address; one with a password in it is refused, so no secret lands in the repository's settings. */
	static URIish adresse(String url) throws SharingException {
		try {
			URIish adresse = new URIish(url);
			if (adresse.getPass() != null) {
				throw new SharingException(Messages.passwortInAdresse);
			}
			if ("ssh".equals(adresse.getScheme()) || (adresse.getScheme() == null && adresse.getHost() != null)) {
				throw new SharingException(NLS.bind(Messages.sshNichtUnterstuetzt, url));
			}
			return adresse;
		} catch (URISyntaxException e) {
			throw new SharingException(NLS.bind(Messages.adresseUngueltig, url), e);
		}
	}

	/** The folder of a remote on this machine or a mounted share; null for a server. */
	private static Path lokalerOrdner(URIish adresse) {
		if ("file".equals(adresse.getScheme()) || (adresse.getScheme() == null && adresse.getHost() == null)) {
			return Path.of(adresse.getPath()).toAbsolutePath();
		}
		return null;
	}

	static String anzeige(URIish adresse) {
		return adresse.setUser(null).setPass(null).toString();
	}

	/** User and token from the environment, never stored (docs/sammlung.md, "Zugangsdaten"). */
	private static CredentialsProvider zugang() {
		Map<String, String> umgebung = System.getenv();
		String benutzer = umgebung.get("QUARTIERWERK_GIT_BENUTZER");
		String token = umgebung.get("QUARTIERWERK_GIT_TOKEN");
		return benutzer == null || token == null ? null : new UsernamePasswordCredentialsProvider(benutzer, token);
	}

	private static boolean leer(Path ordner) throws IOException {
		try (Stream<Path> inhalt = Files.list(ordner)) {
			return inhalt.findAny().isEmpty();
		}
	}

	private static void loesche(Path pfad) {
		if (!Files.exists(pfad)) {
			return;
		}
		try (Stream<Path> alle = Files.walk(pfad)) {
			for (Path p : alle.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		} catch (IOException e) {
			// what is left is named by the failure the caller reports
		}
	}
}
