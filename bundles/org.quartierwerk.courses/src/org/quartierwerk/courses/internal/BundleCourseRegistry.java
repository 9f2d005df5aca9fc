package org.quartierwerk.courses.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
import org.quartierwerk.courses.CourseRegistry;
import org.quartierwerk.courses.Kurs;
import org.quartierwerk.courses.KursPackage;
import org.quartierwerk.model.QuartierwerkResources;
import org.quartierwerk.model.Textvergleich;

/** Tracks started bundles with a {@value CourseRegistry#HEADER} header and reads their course files. */
@Component(service = CourseRegistry.class, immediate = true)
public final class BundleCourseRegistry implements CourseRegistry {

	/** What one bundle contributes. */
	private record Beitrag(String bundle, List<Kurs> kurse, List<String> probleme) {
	}

	private BundleTracker<Beitrag> tracker;

	@Activate
	void activate(BundleContext context) {
		tracker = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, new BundleTrackerCustomizer<>() {
			@Override
			public Beitrag addingBundle(Bundle bundle, BundleEvent event) {
				String header = bundle.getHeaders("").get(HEADER);
				return header == null ? null : read(bundle, header, beitraege());
			}

			@Override
			public void modifiedBundle(Bundle bundle, BundleEvent event, Beitrag beitrag) {
				// a course bundle's files do not change while it runs
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
	public List<Kurs> kurse() {
		return beitraege().stream().flatMap(b -> b.kurse().stream()).sorted(Comparator.comparing(Kurs::getTitel, Textvergleich.ordnung()))
				.toList();
	}

	@Override
	public Optional<Kurs> kurs(String id) {
		return kurse().stream().filter(k -> k.getId().equals(id)).findFirst();
	}

	@Override
	public Optional<String> bundle(String kursId) {
		return beitraege().stream().filter(b -> b.kurse().stream().anyMatch(k -> k.getId().equals(kursId))).map(Beitrag::bundle)
				.findFirst();
	}

	@Override
	public Map<URI, Resource> ressourcen() {
		Map<URI, Resource> ressourcen = new HashMap<>();
		kurse().forEach(kurs -> ressourcen.put(kurs.eResource().getURI(), kurs.eResource()));
		return ressourcen;
	}

	@Override
	public List<String> probleme() {
		return beitraege().stream().flatMap(b -> b.probleme().stream()).toList();
	}

	private Collection<Beitrag> beitraege() {
		Map<Bundle, Beitrag> tracked = tracker.getTracked();
		return tracked.values();
	}

	private static Beitrag read(Bundle bundle, String header, Collection<Beitrag> andere) {
		List<Kurs> kurse = new ArrayList<>();
		List<String> probleme = new ArrayList<>();
		ResourceSet resources = QuartierwerkResources.newResourceSet(Map.of(), KursPackage.eINSTANCE);
		for (String path : header.split(",")) {
			String file = path.trim();
			URL entry = bundle.getEntry(file);
			String wo = file + " in " + bundle.getSymbolicName();
			if (entry == null) {
				probleme.add("Kursdatei " + wo + " fehlt.");
				continue;
			}
			try (InputStream in = entry.openStream()) {
				Resource resource = resources.createResource(URI.createURI("quartierwerk:/kurs/" + bundle.getSymbolicName() + "/" + file));
				QuartierwerkResources.load(resource, in.readAllBytes());
				for (EObject content : resource.getContents()) {
					if (!(content instanceof Kurs kurs)) {
						probleme.add("Kursdatei " + wo + " enthält keinen Kurs.");
					} else if (kurs.getId() == null || kurs.getTitel() == null) {
						probleme.add("Kurs in " + wo + " hat keine Kennung oder keinen Titel.");
					} else if (vergeben(kurs.getId(), kurse, andere)) {
						probleme.add("Kurs „" + kurs.getTitel() + "“ in " + wo + " wird übergangen: die Kennung " + kurs.getId()
								+ " ist schon vergeben.");
					} else {
						kurse.add(kurs);
					}
				}
			} catch (IOException | RuntimeException e) {
				probleme.add("Kursdatei " + wo + " ist nicht lesbar: " + e.getMessage());
			}
		}
		return new Beitrag(bundle.getSymbolicName(), List.copyOf(kurse), List.copyOf(probleme));
	}

	private static boolean vergeben(String id, List<Kurs> eigene, Collection<Beitrag> andere) {
		return eigene.stream().anyMatch(k -> k.getId().equals(id))
				|| andere.stream().flatMap(b -> b.kurse().stream()).anyMatch(k -> k.getId().equals(id));
	}
}
