package org.quartierwerk.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.quartierwerk.catalog.Katalog;
import org.quartierwerk.model.Finanzierungskatalog;
import org.quartierwerk.model.Finanzierungsquelle;
import org.quartierwerk.model.Partizipationsmodell;
import org.quartierwerk.model.QuartierwerkResources;

/** The shipped catalogue files of {@code org.quartierwerk.catalog}, read from the class path as the catalogue bundle reads them. */
final class FuzzKatalog implements Katalog {

	static final FuzzKatalog INSTANCE = new FuzzKatalog();

	private final Map<URI, Resource> ressourcen = new LinkedHashMap<>();

	private FuzzKatalog() {
		ResourceSet resources = QuartierwerkResources.newResourceSet();
		for (String file : List.of("partizipationsleiter.xmi", "finanzierungsquellen.xmi")) {
			try (InputStream in = FuzzKatalog.class.getClassLoader().getResourceAsStream("katalog/" + file)) {
				if (in == null) {
					throw new IllegalStateException("katalog/" + file + " is not on the class path");
				}
				Resource resource = resources.createResource(QuartierwerkResources.katalogUri(file));
				resource.load(in, null);
				ressourcen.put(resource.getURI(), resource);
			} catch (IOException e) {
				throw new IllegalStateException(e);
			}
		}
	}

	@Override
	public List<Partizipationsmodell> partizipationsmodelle() {
		return ressourcen.values().stream().flatMap(r -> r.getContents().stream()).filter(Partizipationsmodell.class::isInstance)
				.map(Partizipationsmodell.class::cast).toList();
	}

	@Override
	public Optional<Partizipationsmodell> partizipationsmodell(String id) {
		return partizipationsmodelle().stream().filter(m -> id.equals(m.getId())).findFirst();
	}

	@Override
	public List<Finanzierungsquelle> finanzierungsquellen() {
		return ressourcen.values().stream().flatMap(r -> r.getContents().stream()).filter(Finanzierungskatalog.class::isInstance)
				.flatMap(k -> ((Finanzierungskatalog) k).getQuellen().stream()).toList();
	}

	@Override
	public Map<URI, Resource> ressourcen() {
		return ressourcen;
	}

	@Override
	public List<String> probleme() {
		return List.of();
	}
}
