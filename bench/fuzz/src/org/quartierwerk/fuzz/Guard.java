package org.quartierwerk.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.quartierwerk.core.WorkspaceLocator;
import org.quartierwerk.core.internal.XmiPraxisbeispielStore;

/**
 * What every target checks besides its own properties: that a load or import opened nothing but its input.
 * <p>
 * In-process and without a SecurityManager (gone since JDK 24), three sensors, each tested once at start-up so a
 * sensor that cannot see anything on this machine stops the run instead of passing silently:
 * <ul>
 * <li><b>Sentinel files.</b> {@code <base>/sentinel/} holds files the hostile seeds name (a project, a DTD, a text, a
 * JSON document, a foreign Ecore package), relatively and absolutely. Their access time is set to 1970 before the
 * run; reading one (or listing the folder) sets it to now, also on a {@code relatime} mount, since the old access
 * time lies before the modification time. After every input the access times must still be 1970. This sees reads
 * of these files by any code (EMF, the XML parser, the JDK's URL handlers), not a mere open without reading, and not
 * files the fuzzer invents names for.</li>
 * <li><b>Network.</b> A {@link ProxySelector} that records every URI it is asked about: the JDK asks it for every
 * {@code URL} connection (http, https, ftp, jar over http) and every plain {@code Socket} connect. And an
 * {@link java.net.spi.InetAddressResolverProvider} ({@link Resolver}, registered in {@code META-INF/services}) that
 * records and refuses every host name lookup but {@code localhost}. Not seen: an NIO {@code SocketChannel} to a
 * literal IP address (neither EMF, the XML parser nor Jackson opens those).</li>
 * <li><b>Resources.</b> The targets check that the resource set of what was loaded holds exactly the one resource;
 * an EMF load of any other URI would add one.</li>
 * </ul>
 * Plus the message rule: a refusal's message is a sentence without Java class names, stack frames or library
 * wording (what the input itself contains may be quoted).
 */
final class Guard {

	/** Where the targets keep their workspaces and the sentinel folder; a fixed place, so seeds can name it absolutely. */
	static final Path BASE = Path.of(System.getProperty("quartierwerk.fuzz.base",
			Files.isDirectory(Path.of("/dev/shm")) ? "/dev/shm/quartierwerk-fuzz" : System.getProperty("java.io.tmpdir") + "/quartierwerk-fuzz"));

	static final Path SENTINEL = BASE.resolve("sentinel");

	private static final FileTime NEVER = FileTime.fromMillis(0);

	private static final List<Path> SENTINELS = new ArrayList<>();

	/** What the network sensors saw since the last {@link #before()}. */
	static final List<String> NETWORK = Resolver.SEEN;

	private static final Pattern CLASS_NAME = Pattern.compile(
			"\\b(?:java|javax|jdk|sun|org|com)\\.[a-z]\\w*(?:\\.\\w+)+|\\b\\w*(?:Exception|Error|Throwable)\\b|\\bat \\w+(?:\\.\\w+)+\\(");

	static {
		try {
			Files.createDirectories(SENTINEL);
			sentinel("geheim.xmi", """
					<?xml version="1.0" encoding="UTF-8"?>
					<qw:Praxisbeispiel xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:qw="http://quartierwerk.org/model/1.0"
					    xmi:id="geheim" titel="GEHEIM aus dem Nachbarordner">
					  <quartier xmi:id="q" name="GEHEIM"/>
					</qw:Praxisbeispiel>
					""");
			sentinel("geheim.dtd", "<!ENTITY geheim \"GEHEIM aus der DTD\">\n<!ELEMENT qw:Praxisbeispiel ANY>\n");
			sentinel("geheim.txt", "GEHEIM\n");
			sentinel("geheim.json", """
					{ "eClass": "http://quartierwerk.org/model/1.0#//Praxisbeispiel", "_id": "geheim", "titel": "GEHEIM aus JSON" }
					""");
			sentinel("fremd.ecore", """
					<?xml version="1.0" encoding="UTF-8"?>
					<ecore:EPackage xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:ecore="http://www.eclipse.org/emf/2002/Ecore"
					    name="fremd" nsURI="http://fremd.example/modell" nsPrefix="fremd">
					  <eClassifiers xsi:type="ecore:EClass" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" name="Praxisbeispiel"/>
					</ecore:EPackage>
					""");
			SENTINELS.add(SENTINEL);
			selfTestFiles();
		} catch (IOException e) {
			throw new ExceptionInInitializerError(e);
		}
		ProxySelector.setDefault(new ProxySelector() {
			@Override
			public List<Proxy> select(URI uri) {
				NETWORK.add("connection to " + uri);
				return List.of(Proxy.NO_PROXY);
			}

			@Override
			public void connectFailed(URI uri, SocketAddress address, IOException e) {
				// recorded in select already
			}
		});
		selfTestNetwork();
	}

	/** A fresh folder for one target's files, {@code <base>/<name>}. */
	static Path folder(String name) throws IOException {
		Path folder = BASE.resolve(name);
		delete(folder);
		return Files.createDirectories(folder);
	}

	/** The store as the product runs it: on this workspace folder, with the installed catalogues bound. */
	static XmiPraxisbeispielStore store(Path workspace) {
		WorkspaceLocator locator = () -> workspace;
		XmiPraxisbeispielStore store = new XmiPraxisbeispielStore(locator);
		try {
			// Declarative Services binds the optional catalogue reference in the product; here it is set the same way
			Field katalog = XmiPraxisbeispielStore.class.getDeclaredField("katalog");
			katalog.setAccessible(true);
			katalog.set(store, FuzzKatalog.INSTANCE);
		} catch (ReflectiveOperationException e) {
			throw new IllegalStateException("the store has no catalogue field any more; adapt the fuzz harness", e);
		}
		return store;
	}

	/** Called before each input. */
	static void before() {
		NETWORK.clear();
	}

	/** Called after each input: nothing but the input may have been read or contacted. */
	static void after(String what) throws IOException {
		if (!NETWORK.isEmpty()) {
			List<String> gesehen = List.copyOf(NETWORK);
			NETWORK.clear();
			throw new Finding(what + " used the network: " + gesehen);
		}
		List<Path> gelesen = new ArrayList<>();
		for (Path sentinel : SENTINELS) {
			if (!accessTime(sentinel).equals(NEVER)) {
				gelesen.add(sentinel);
				reset(sentinel);
			}
		}
		if (!gelesen.isEmpty()) {
			throw new Finding(what + " read files other than its input: " + gelesen);
		}
	}

	/**
	 * A refusal's message: not blank, naming one of {@code names} (the file or input, as rule 4 asks), and without
	 * class names, stack frames or a library's wording that the input did not contain itself.
	 */
	static void checkMessage(Exception refusal, byte[] input, String... names) {
		String message = refusal.getMessage();
		if (message == null || message.isBlank()) {
			throw new Finding("refused without a message", refusal);
		}
		if (names.length > 0 && Stream.of(names).noneMatch(message::contains)) {
			throw new Finding("the message does not name the file (" + String.join(" or ", names) + "): " + message, refusal);
		}
		checkWording("the message", message, input, refusal);
		for (Throwable cause = refusal.getCause(); cause != null; cause = cause.getCause()) {
			String library = cause.getMessage();
			if (!cause.getClass().getName().startsWith("org.quartierwerk.") && library != null && library.length() >= 12
					&& message.contains(library) && !text(input).contains(library)) {
				throw new Finding("the message repeats the wording of " + cause.getClass().getName() + ": " + message, refusal);
			}
		}
	}

	/** A text for the user (a message, a finding of the check) shows no class names or stack frames the input did not contain. */
	static void checkWording(String what, String text, byte[] input, Throwable context) {
		Matcher technisch = CLASS_NAME.matcher(text);
		while (technisch.find()) {
			if (!text(input).contains(technisch.group())) {
				throw new Finding(what + " shows technical wording \"" + technisch.group() + "\": " + text, context);
			}
		}
	}

	private static String text(byte[] input) {
		return new String(input, StandardCharsets.UTF_8) + "\n" + new String(input, StandardCharsets.ISO_8859_1);
	}

	static void delete(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> entries = Files.walk(folder)) {
			for (Path p : entries.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}

	private static void sentinel(String name, String content) throws IOException {
		Path file = SENTINEL.resolve(name);
		Files.writeString(file, content);
		SENTINELS.add(file);
	}

	/** Each sentinel must show a read, or this sensor sees nothing on this file system. */
	private static void selfTestFiles() throws IOException {
		for (Path sentinel : SENTINELS) {
			reset(sentinel);
		}
		for (Path sentinel : SENTINELS) {
			if (Files.isDirectory(sentinel)) {
				try (Stream<Path> entries = Files.list(sentinel)) {
					entries.count();
				}
			} else {
				try (InputStream in = sentinel.toUri().toURL().openStream()) {
					in.readAllBytes();
				}
			}
			if (accessTime(sentinel).equals(NEVER)) {
				throw new IllegalStateException("the file system of " + BASE + " does not record access times (noatime?); "
						+ "set -Dquartierwerk.fuzz.base to a folder on one that does, e.g. a tmpfs");
			}
			reset(sentinel);
		}
	}

	private static void selfTestNetwork() {
		NETWORK.clear();
		try (InputStream in = URI.create("http://127.0.0.1:9/quartierwerk-fuzz-selbsttest").toURL().openStream()) {
			in.read();
		} catch (IOException expected) {
			// nothing listens there; the attempt is what counts
		}
		try {
			InetAddress.getByName("selbsttest.quartierwerk-fuzz.invalid");
		} catch (UnknownHostException expected) {
			// refused by the resolver
		}
		List<String> gesehen = List.copyOf(NETWORK);
		if (gesehen.stream().noneMatch(s -> s.startsWith("connection to http://127.0.0.1:9/"))
				|| gesehen.stream().noneMatch(s -> s.equals("lookup of selbsttest.quartierwerk-fuzz.invalid"))) {
			throw new IllegalStateException("the network sensors saw " + gesehen + "; is META-INF/services on the class path?");
		}
		NETWORK.clear();
	}

	private static FileTime accessTime(Path path) throws IOException {
		return Files.readAttributes(path, BasicFileAttributes.class).lastAccessTime();
	}

	private static void reset(Path path) throws IOException {
		Files.getFileAttributeView(path, BasicFileAttributeView.class).setTimes(null, NEVER, null);
	}

	/** A violated property; Jazzer reports it with the input that caused it. */
	static final class Finding extends RuntimeException {

		private static final long serialVersionUID = 1L;

		Finding(String message) {
			super(message);
		}

		Finding(String message, Throwable cause) {
			super(message, cause);
		}
	}

	private Guard() {
	}
}
