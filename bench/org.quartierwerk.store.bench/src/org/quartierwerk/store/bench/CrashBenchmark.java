package org.quartierwerk.store.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.quartierwerk.core.PraxisbeispielStore;
import org.quartierwerk.core.StoreException;
import org.quartierwerk.core.internal.XmiPraxisbeispielStore;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.testing.BenchResults;

/**
 * Kills (SIGKILL) a process in the middle of its saves, {@code bench.kills} times (default 200), and after each kill
 * checks every file: each project file and backup must load as one complete version, each saved project must hold
 * the version it last reported as saved or the one it was saving when killed (nothing lost), and the projects that
 * are never saved must be unchanged. The child runs the real store classes of this runtime on a plain classpath.
 */
class CrashBenchmark {

	private static final String[] CLASSPATH_BUNDLES = { "org.quartierwerk.core", "org.quartierwerk.model",
			"org.eclipse.emf.common", "org.eclipse.emf.ecore", "org.eclipse.emf.ecore.xmi" };
	private static final Pattern VERSION = Pattern.compile("Fassung (\\d+) mit (\\d+) Posten");
	private static final int SAVED_PROJECTS = 3;
	private static final int UNTOUCHED_PROJECTS = 20;

	private final BenchResults results = new BenchResults("crash");

	@Test
	void killDuringSaves() throws Exception {
		if (!Parts.enabled("crash")) {
			return;
		}
		int kills = Integer.getInteger("bench.kills", 200);
		Path scratch = Files.createTempDirectory("crash-bench");
		Path workspace = Files.createDirectories(scratch.resolve("workspace"));
		Path classes = compileSaveLoop(scratch);
		String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
		String classpath = classes + File.pathSeparator + bundleClasspath();

		PraxisbeispielStore checker = new XmiPraxisbeispielStore(() -> workspace);
		// versions 1..UNTOUCHED are written once and must survive every kill unchanged
		Process seed = new ProcessBuilder(java, "-cp", classpath, "SaveLoop", workspace.toString(), "seed",
				String.valueOf(UNTOUCHED_PROJECTS)).redirectErrorStream(true).start();
		String seedOutput = new String(seed.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (seed.waitFor() != 0) {
			throw new AssertionError("seeding failed: " + seedOutput);
		}

		Map<String, Long> expected = new HashMap<>();
		Random random = new Random(150);
		long filesChecked = 0;
		long savesAcknowledged = 0;
		long killedMidSave = 0;
		long nextVersion = 1_000;
		long started = System.nanoTime();
		for (int kill = 0; kill < kills; kill++) {
			Path log = scratch.resolve("save-loop.log");
			Process child = new ProcessBuilder(java, "-cp", classpath, "SaveLoop", workspace.toString(), "loop",
					String.valueOf(nextVersion)).redirectError(log.toFile()).start();
			BufferedReader output = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
			String first = output.readLine();
			if (!"bereit".equals(first)) {
				child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
				throw new AssertionError("the save loop did not start: " + first + "\n" + Files.readString(log));
			}
			// what the child reports: "beginnt NAME VERSION" and "gespeichert NAME VERSION"; it is killed at a random
			// moment after its first completed save, when the JVM is warm and saves follow each other quickly
			Map<String, Long> begun = new HashMap<>();
			String line;
			while ((line = output.readLine()) != null && !line.startsWith("gespeichert")) {
				track(line, begun, expected);
			}
			if (line == null) {
				throw new AssertionError("the save loop ended by itself:\n" + Files.readString(log));
			}
			savesAcknowledged += track(line, begun, expected);
			Thread.sleep(random.nextInt(200));
			// through the handle: Process.destroyForcibly would also close the pipe that still holds the child's reports
			child.toHandle().destroyForcibly();
			if (!child.waitFor(10, TimeUnit.SECONDS)) {
				throw new AssertionError("the killed process did not end");
			}
			while ((line = output.readLine()) != null) {
				savesAcknowledged += track(line, begun, expected);
			}
			for (long version : begun.values()) {
				nextVersion = Math.max(nextVersion, version + 1);
			}
			for (long version : expected.values()) {
				nextVersion = Math.max(nextVersion, version + 1);
			}
			killedMidSave += begun.size();
			filesChecked += checkWorkspace(checker, workspace, expected, begun);
		}
		double seconds = BenchResults.ms(started) / 1000;
		results.add("kills (SIGKILL) during saves", kills, kills, "count", kills);
		results.add("kills that hit a save in progress", kills, killedMidSave, "count", kills);
		results.add("saves acknowledged before the kills", kills, savesAcknowledged, "count", kills);
		results.add("files checked complete, nothing lost", kills, filesChecked, "count", kills);
		results.add("crash loop duration", kills, seconds, "s", kills);
		results.write();
		System.out.printf("crash: %d kills, %d files checked: every one a complete old or new version, nothing lost%n", kills,
				filesChecked);
	}

	/** Records one report of the child; 1 for a completed save. */
	private static int track(String line, Map<String, Long> begun, Map<String, Long> expected) {
		String[] words = line.split(" ");
		if (words.length != 3) {
			return 0;
		}
		long version = Long.parseLong(words[2]);
		if (words[0].equals("beginnt")) {
			begun.put(words[1], version);
			return 0;
		}
		expected.put(words[1], version);
		begun.remove(words[1]);
		return 1;
	}

	/**
	 * Every project and backup must load; a saved project holds its last acknowledged version or the one in
	 * progress (which then becomes the expected one); untouched projects keep version 1..UNTOUCHED.
	 */
	private static int checkWorkspace(PraxisbeispielStore store, Path workspace, Map<String, Long> expected,
			Map<String, Long> begun) throws IOException {
		int checked = 0;
		try (Stream<Path> files = Files.list(workspace)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".xmi") || f.toString().endsWith(".xmi.bak")).sorted().toList()) {
				long version = version(store, file);
				checked++;
				if (file.toString().endsWith(".bak")) {
					continue;
				}
				String name = file.getFileName().toString().replace(".xmi", "");
				if (name.startsWith("Unberuehrt-")) {
					long own = Long.parseLong(name.substring("Unberuehrt-".length()));
					if (version != own) {
						throw new AssertionError("an untouched project changed: " + file + " has version " + version);
					}
					continue;
				}
				Long acknowledged = expected.get(name);
				Long inProgress = begun.get(name);
				if (inProgress != null && version == inProgress) {
					expected.put(name, version);
				} else if (acknowledged == null || version != acknowledged) {
					throw new AssertionError("lost or stale: " + file + " holds version " + version + ", saved was " + acknowledged
							+ (inProgress == null ? "" : ", in progress " + inProgress));
				}
			}
		}
		for (String name : expected.keySet()) {
			if (!Files.exists(workspace.resolve(name + ".xmi"))) {
				throw new AssertionError("lost: " + name + " was saved, its file is gone");
			}
		}
		for (int i = 1; i <= UNTOUCHED_PROJECTS; i++) {
			if (!Files.exists(workspace.resolve("Unberuehrt-" + i + ".xmi"))) {
				throw new AssertionError("lost: the untouched project " + i);
			}
		}
		return checked;
	}

	/** The version a file holds; it must load and have exactly the Posten its title announces. */
	private static long version(PraxisbeispielStore store, Path file) {
		Praxisbeispiel beispiel;
		try {
			beispiel = store.load(file);
		} catch (StoreException e) {
			throw new AssertionError("torn file after a kill: " + file + ": " + e.getMessage(), e);
		}
		Matcher version = VERSION.matcher(beispiel.getTitel());
		if (!version.matches() || Integer.parseInt(version.group(2)) != beispiel.getFinanzierungsplan().getAusgaben().size()) {
			throw new AssertionError("incomplete version in " + file + ": " + beispiel.getTitel());
		}
		return Long.parseLong(version.group(1));
	}

	private static Path compileSaveLoop(Path scratch) throws IOException {
		Path source = Files.writeString(scratch.resolve("SaveLoop.java"), SAVE_LOOP);
		Path classes = Files.createDirectories(scratch.resolve("classes"));
		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		if (compiler == null) {
			throw new IllegalStateException("the crash benchmark needs a JDK (javax.tools), not a JRE");
		}
		int status = compiler.run(null, null, null, "-nowarn", "-cp", bundleClasspath(), "-d", classes.toString(), source.toString());
		if (status != 0) {
			throw new IllegalStateException("SaveLoop.java does not compile");
		}
		return classes;
	}

	private static String bundleClasspath() {
		Bundle[] bundles = FrameworkUtil.getBundle(CrashBenchmark.class).getBundleContext().getBundles();
		List<String> entries = new ArrayList<>();
		String area = System.getProperty("osgi.install.area", "file:" + System.getProperty("user.dir") + "/");
		Path installArea = Paths.get(area.substring(area.indexOf("file:") + "file:".length()));
		for (String name : CLASSPATH_BUNDLES) {
			Bundle bundle = Arrays.stream(bundles).filter(b -> name.equals(b.getSymbolicName())).findFirst()
					.orElseThrow(() -> new IllegalStateException("bundle " + name + " is not in the runtime"));
			String location = bundle.getLocation();
			File file = installArea.resolve(location.substring(location.indexOf("file:") + "file:".length())).normalize().toFile();
			// bundles of this build are installed as their project folders, with the classes in target/classes
			File classes = new File(file, "target/classes");
			entries.add((classes.isDirectory() ? classes : file).getPath());
		}
		return String.join(File.pathSeparator, entries);
	}

	/**
	 * The child: "seed N" writes the untouched projects; "loop V" saves three projects round-robin from version V on,
	 * each version of another size, and reports each save before and after it.
	 */
	private static final String SAVE_LOOP = """
			import java.math.BigDecimal;
			import java.nio.file.*;
			import org.quartierwerk.core.internal.XmiPraxisbeispielStore;
			import org.quartierwerk.model.*;

			public class SaveLoop {
			    public static void main(String[] args) throws Exception {
			        Path folder = Path.of(args[0]);
			        var store = new XmiPraxisbeispielStore(() -> folder);
			        if (args[1].equals("seed")) {
			            for (int i = 1; i <= Integer.parseInt(args[2]); i++) {
			                store.save("Unberuehrt-" + i, fassung(i));
			            }
			            return;
			        }
			        long version = Long.parseLong(args[2]);
			        System.out.println("bereit");
			        System.out.flush();
			        while (true) {
			            String name = "Projekt-" + (version % SAVED_PROJECTS);
			            Praxisbeispiel beispiel = fassung(version);
			            System.out.println("beginnt " + name + " " + version);
			            System.out.flush();
			            store.save(name, beispiel);
			            System.out.println("gespeichert " + name + " " + version);
			            System.out.flush();
			            version++;
			        }
			    }

			    static Praxisbeispiel fassung(long version) {
			        int posten = (int) (version % 97) * 20 + 1;
			        Praxisbeispiel beispiel = QuartierwerkFactory.eINSTANCE.createPraxisbeispiel();
			        beispiel.setTitel("Fassung " + version + " mit " + posten + " Posten");
			        Finanzierungsplan plan = QuartierwerkFactory.eINSTANCE.createFinanzierungsplan();
			        for (int i = 0; i < posten; i++) {
			            Ausgabeposition ausgabe = QuartierwerkFactory.eINSTANCE.createAusgabeposition();
			            ausgabe.setBezeichnung("Posten " + i + " – Miete für den Quartierstreff");
			            ausgabe.setBetrag(new BigDecimal(i + ".50"));
			            plan.getAusgaben().add(ausgabe);
			        }
			        beispiel.setFinanzierungsplan(plan);
			        return beispiel;
			    }
			}
			""".replace("SAVED_PROJECTS", String.valueOf(SAVED_PROJECTS));
}
