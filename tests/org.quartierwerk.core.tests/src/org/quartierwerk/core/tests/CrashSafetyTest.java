package org.quartierwerk.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.quartierwerk.core.DurableFile;
import org.quartierwerk.core.PraxisbeispielStore;
import org.quartierwerk.core.StoreException;
import org.quartierwerk.core.internal.XmiPraxisbeispielStore;
import org.quartierwerk.model.Praxisbeispiel;

/**
 * Kills (SIGKILL) a separate process in the middle of its save loop, again and again, and checks
 * that every project file and backup is then a complete version: never a torn or empty file.
 * The child process runs the real store classes from the bundles of this runtime.
 */
class CrashSafetyTest {

	private static final int KILLS = 25;
	private static final String[] CLASSPATH_BUNDLES = { "org.quartierwerk.core", "org.quartierwerk.model",
			"org.eclipse.emf.common", "org.eclipse.emf.ecore", "org.eclipse.emf.ecore.xmi" };
	private static final Pattern VERSION = Pattern.compile("Fassung (\\d+) mit (\\d+) Posten");

	@TempDir
	Path scratch;

	@Test
	void everyFileIsACompleteVersionAfterAKillDuringSaving() throws Exception {
		Path workspace = Files.createDirectories(scratch.resolve("workspace"));
		Path loop = Files.writeString(scratch.resolve("SaveLoop.java"), SAVE_LOOP);
		String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
		Random random = new Random(150);
		int checked = 0;
		int duringAWrite = 0;
		Set<Path> temporary = new HashSet<>();
		for (int kill = 0; kill < KILLS; kill++) {
			// compiler warnings of the source launcher go to a log, so stdout carries only the loop's signals
			Path log = scratch.resolve("save-loop.log");
			Process child = new ProcessBuilder(java, "-cp", classpath(), loop.toString(), workspace.toString(),
					String.valueOf(kill * 1_000_000)).redirectError(log.toFile()).start();
			BufferedReader output = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
			// the kill comes after a random number of saves, while the loop is in the middle of the next one
			int saves = 1 + random.nextInt(40);
			for (int save = 0; save < saves; save++) {
				String line = output.readLine();
				if (!"gespeichert".equals(line)) {
					child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
					throw new AssertionError("the save loop stopped after " + save + " saves: " + line + "\n" + Files.readString(log));
				}
			}
			child.destroyForcibly();
			assertTrue(child.waitFor(10, TimeUnit.SECONDS));
			duringAWrite += newTemporaryFiles(workspace, temporary) ? 1 : 0;
			checked += checkAllComplete(workspace);
		}
		assertTrue(checked >= KILLS, "too few files were checked: " + checked);
		System.out.println("CrashSafetyTest: " + KILLS + " kills, " + duringAWrite + " of them while a file was being written, " + checked
				+ " files checked complete");
	}

	/** Whether the kill left a temporary file that was not there before: it came while a file was being written. */
	private static boolean newTemporaryFiles(Path workspace, Set<Path> seen) throws IOException {
		try (var files = Files.list(workspace)) {
			return files.filter(f -> f.getFileName().toString().endsWith(DurableFile.TEMP_SUFFIX))
					.filter(seen::add).count() > 0;
		}
	}

	/** Loads every project file and backup; each must be one whole version written by the loop. */
	private static int checkAllComplete(Path workspace) throws IOException {
		PraxisbeispielStore store = new XmiPraxisbeispielStore(() -> workspace);
		int checked = 0;
		try (var files = Files.list(workspace)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".xmi") || f.toString().endsWith(".xmi.bak")).toList()) {
				Praxisbeispiel beispiel;
				try {
					beispiel = store.load(file);
				} catch (StoreException e) {
					throw new AssertionError("torn file after a kill: " + file + ": " + e.getMessage(), e);
				}
				Matcher version = VERSION.matcher(beispiel.getTitel());
				assertTrue(version.matches(), beispiel.getTitel());
				assertEquals(Integer.parseInt(version.group(2)), beispiel.getFinanzierungsplan().getAusgaben().size(),
						() -> "incomplete version in " + file);
				checked++;
			}
		}
		return checked;
	}

	private static String classpath() {
		Bundle[] bundles = FrameworkUtil.getBundle(CrashSafetyTest.class).getBundleContext().getBundles();
		List<String> entries = new ArrayList<>();
		String area = System.getProperty("osgi.install.area", "file:" + System.getProperty("user.dir") + "/");
		Path installArea = Paths.get(area.substring(area.indexOf("file:") + "file:".length()));
		for (String name : CLASSPATH_BUNDLES) {
			Bundle bundle = Arrays.stream(bundles).filter(b -> name.equals(b.getSymbolicName())).findFirst()
					.orElseThrow(() -> new AssertionError("bundle " + name + " is not in the test runtime"));
			String location = bundle.getLocation();
			// locations may be relative to the framework's install area
			File file = installArea.resolve(location.substring(location.indexOf("file:") + "file:".length())).normalize().toFile();
			// bundles of this build are installed as their project folders, with the classes in target/classes
			File classes = new File(file, "target/classes");
			entries.add((classes.isDirectory() ? classes : file).getPath());
		}
		return String.join(File.pathSeparator, entries);
	}

	/** The child process: saves three Praxisbeispiele over and over, each version of a different size, and says so after each. */
	private static final String SAVE_LOOP = """
			import java.math.BigDecimal;
			import java.nio.file.*;
						import org.quartierwerk.core.internal.XmiPraxisbeispielStore;
			import org.quartierwerk.model.*;

			public class SaveLoop {
			    public static void main(String[] args) throws Exception {
			        Path folder = Path.of(args[0]);
			        long version = Long.parseLong(args[1]);
			        var store = new XmiPraxisbeispielStore(() -> folder);
			        while (true) {
			            version++;
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
			            store.save("Projekt-" + (version % 3), beispiel);
			            System.out.println("gespeichert");
			            System.out.flush();
			        }
			    }
			}
			""";
}
