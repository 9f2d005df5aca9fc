package org.quartierwerk.releng.modelgen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Generates the EMF model code of a model bundle outside Eclipse.
 * <p>
 * Usage: {@code GenerateModel check|write BUNDLE_DIR WORK_DIR}. The generator runs on a copy of
 * {@code BUNDLE_DIR/model} (which holds exactly one {@code .genmodel}) in {@code WORK_DIR}; {@code check} fails when the
 * result differs from the bundle's {@code src-gen/}, {@code write} replaces {@code src-gen/} with it.
 */
public final class GenerateModel {

	private static final String SOURCES = "src-gen";

	public static void main(String[] args) throws IOException {
		if (args.length != 3 || !List.of("check", "write").contains(args[0])) {
			throw new IllegalArgumentException("usage: GenerateModel check|write BUNDLE_DIR WORK_DIR, got " + Arrays.toString(args));
		}
		Path bundle = Paths.get(args[1]).toAbsolutePath().normalize();
		Path work = Paths.get(args[2]).toAbsolutePath().normalize().resolve(bundle.getFileName());
		deleteTree(work);
		copyTree(bundle.resolve("model"), work.resolve("model"));
		String genModelFile = genModel(bundle);
		generate(bundle.getFileName().toString(), work, genModelFile);

		if (args[0].equals("write")) {
			deleteTree(bundle.resolve(SOURCES));
			copyTree(work.resolve(SOURCES), bundle.resolve(SOURCES));
			System.out.println("Regenerated " + bundle.resolve(SOURCES));
			return;
		}
		List<String> differences = compare(work.resolve(SOURCES), bundle.resolve(SOURCES));
		if (!differences.isEmpty()) {
			throw new IllegalStateException("The committed " + bundle.resolve(SOURCES) + " is not what the generator makes from "
					+ genModelFile + ":\n  " + String.join("\n  ", differences)
					+ "\nRegenerate with: ./mvnw -B -pl releng/org.quartierwerk.model.generator process-classes -Dmodel.regenerate");
		}
		System.out.println(bundle.resolve(SOURCES) + " is up to date with " + genModelFile);
	}

	private static String genModel(Path bundle) throws IOException {
		try (Stream<Path> files = Files.list(bundle.resolve("model"))) {
			List<Path> genModels = files.filter(f -> f.toString().endsWith(".genmodel")).toList();
			if (genModels.size() != 1) {
				throw new IllegalStateException("expected one .genmodel in " + bundle.resolve("model") + ", found " + genModels);
			}
			return "model/" + genModels.get(0).getFileName();
		}
	}

	private static void generate(String pluginId, Path project, String genModelFile) {
		Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
		Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().put("genmodel", new EcoreResourceFactoryImpl());
		EPackage.Registry.INSTANCE.put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
		GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
				GenModelGeneratorAdapterFactory.DESCRIPTOR);
		// the genmodel names its output as /<plugin id>/src-gen
		EcorePlugin.getPlatformResourceMap().put(pluginId, URI.createFileURI(project + "/"));

		ResourceSet resources = new ResourceSetImpl();
		GenModel genModel = (GenModel) resources
				.getResource(URI.createFileURI(project.resolve(genModelFile).toString()), true).getContents().get(0);
		genModel.reconcile();
		genModel.setCanGenerate(true);
		Diagnostic validation = genModel.diagnose();
		if (validation.getSeverity() == Diagnostic.ERROR) {
			throw new IllegalStateException("invalid genmodel: " + validation);
		}
		Generator generator = new Generator();
		generator.setInput(genModel);
		Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, new BasicMonitor());
		if (result.getSeverity() == Diagnostic.ERROR) {
			throw new IllegalStateException("generation failed: " + result);
		}
	}

	/** Relative paths that are missing, extra or different in {@code actual} compared to {@code expected}. */
	private static List<String> compare(Path expected, Path actual) throws IOException {
		Map<String, byte[]> want = contents(expected);
		Map<String, byte[]> have = contents(actual);
		List<String> differences = new ArrayList<>();
		for (Map.Entry<String, byte[]> entry : want.entrySet()) {
			byte[] committed = have.get(entry.getKey());
			if (committed == null) {
				differences.add("missing: " + entry.getKey());
			} else if (!Arrays.equals(committed, entry.getValue())) {
				differences.add("changed: " + entry.getKey());
			}
		}
		have.keySet().stream().filter(path -> !want.containsKey(path)).forEach(path -> differences.add("not generated: " + path));
		return differences;
	}

	private static Map<String, byte[]> contents(Path root) throws IOException {
		Map<String, byte[]> files = new TreeMap<>();
		if (!Files.isDirectory(root)) {
			return files;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.filter(Files::isRegularFile).toList()) {
				files.put(root.relativize(path).toString().replace('\\', '/'), Files.readAllBytes(path));
			}
		}
		return files;
	}

	private static void copyTree(Path from, Path to) throws IOException {
		try (Stream<Path> paths = Files.walk(from)) {
			paths.forEach(path -> {
				try {
					Path target = to.resolve(from.relativize(path).toString());
					if (Files.isDirectory(path)) {
						Files.createDirectories(target);
					} else {
						Files.copy(path, target);
					}
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		}
	}

	private static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.sorted((a, b) -> b.compareTo(a)).toList()) {
				Files.delete(path);
			}
		}
	}

	private GenerateModel() {
	}
}
