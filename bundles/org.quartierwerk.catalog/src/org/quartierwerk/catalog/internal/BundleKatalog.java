package org.quartierwerk.catalog.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;
import org.quartierwerk.catalog.Katalog;
import org.quartierwerk.core.ReferenceTargets;
import org.quartierwerk.model.Finanzierungskatalog;
import org.quartierwerk.model.Finanzierungsquelle;
import org.quartierwerk.model.Partizipationsmodell;
import org.quartierwerk.model.QuartierwerkResources;
import org.quartierwerk.model.Textvergleich;

/** Tracks started bundles with a {@value Katalog#HEADER} header and reads their catalogue files. */
@Component(service = { Katalog.class, ReferenceTargets.class }, immediate = true)
public final class BundleKatalog implements Katalog, ReferenceTargets {

	/** What one bundle contributes. */
	private record Beitrag(List<Resource> ressourcen, List<Partizipationsmodell> modelle, List<Finanzierungsquelle> quellen,
			List<String> probleme) {
	}

	private BundleTracker<Beitrag> tracker;

	@Activate
	void activate(BundleContext context) {
		tracker = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, new BundleTrackerCustomizer<>() {
			@Override
			public Beitrag addingBundle(Bundle bundle, BundleEvent event) {
				String header = bundle.getHeaders("").get(HEADER);
				return header == null ? null : read(bundle, header, ressourcen().keySet());
			}

			@Override
			public void modifiedBundle(Bundle bundle, BundleEvent event, Beitrag beitrag) {
				// a catalogue bundle's files do not change while it runs
			}

			@Override
			public void removedBundle(Bundle bundle, BundleEvent event, Beitrag beitrag) {
				// nothing to release: the tracker forgets the contribution
			}
		});
		tracker.open();
	}

	@Deactivate
	void deactivate() {
		tracker.close();
	}

	@Override
	public List<Partizipationsmodell> partizipationsmodelle() {
		return all(Beitrag::modelle)
				.sorted(Comparator.comparing((Partizipationsmodell m) -> !STANDARD_MODELL.equals(m.getId()))
						.thenComparing(Partizipationsmodell::getName, Textvergleich.ordnung()))
				.toList();
	}

	@Override
	public Optional<Partizipationsmodell> partizipationsmodell(String id) {
		return all(Beitrag::modelle).filter(m -> m.getId().equals(id)).findFirst();
	}

	@Override
	public List<Finanzierungsquelle> finanzierungsquellen() {
		return all(Beitrag::quellen).sorted(Comparator.comparing(Finanzierungsquelle::getName, Textvergleich.ordnung())).toList();
	}

	@Override
	public Map<URI, Resource> ressourcen() {
		Map<URI, Resource> ressourcen = new LinkedHashMap<>();
		all(Beitrag::ressourcen).forEach(resource -> ressourcen.putIfAbsent(resource.getURI(), resource));
		return ressourcen;
	}

	@Override
	public List<String> probleme() {
		return all(Beitrag::probleme).toList();
	}

	private <T> Stream<T> all(Function<Beitrag, List<T>> part) {
		Collection<Beitrag> beitraege = tracker.getTracked().values();
		return beitraege.stream().flatMap(beitrag -> part.apply(beitrag).stream());
	}

	private static Beitrag read(Bundle bundle, String header, Set<URI> vergeben) {
		List<Resource> ressourcen = new ArrayList<>();
		List<Partizipationsmodell> modelle = new ArrayList<>();
		List<Finanzierungsquelle> quellen = new ArrayList<>();
		List<String> probleme = new ArrayList<>();
		ResourceSet resources = QuartierwerkResources.newResourceSet();
		for (String path : header.split(",")) {
			String file = path.trim();
			URL entry = bundle.getEntry(file);
			if (entry == null) {
				probleme.add("Katalogdatei " + file + " fehlt in " + bundle.getSymbolicName() + ".");
				continue;
			}
			URI uri = QuartierwerkResources.katalogUri(file.substring(file.lastIndexOf('/') + 1));
			if (vergeben.contains(uri) || resources.getResource(uri, false) != null) {
				probleme.add("Katalogdatei " + file + " in " + bundle.getSymbolicName()
						+ " wird übergangen: eine andere Katalogdatei heißt schon so.");
				continue;
			}
			try (InputStream in = entry.openStream()) {
				Resource resource = resources.createResource(uri);
				QuartierwerkResources.load(resource, in.readAllBytes());
				ressourcen.add(resource);
				for (EObject content : resource.getContents()) {
					if (content instanceof Partizipationsmodell modell) {
						modelle.add(modell);
					} else if (content instanceof Finanzierungskatalog katalog) {
						quellen.addAll(katalog.getQuellen());
					} else {
						probleme.add("Katalogdatei " + file + " in " + bundle.getSymbolicName()
								+ " enthält weder ein Partizipationsmodell noch einen Finanzierungskatalog.");
					}
				}
			} catch (IOException | RuntimeException e) {
				probleme.add("Katalogdatei " + file + " in " + bundle.getSymbolicName() + " ist nicht lesbar: " + e.getMessage());
			}
		}
		return new Beitrag(List.copyOf(ressourcen), List.copyOf(modelle), List.copyOf(quellen), List.copyOf(probleme));
	}
}
