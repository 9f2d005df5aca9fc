package org.quartierwerk.courses.internal;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.quartierwerk.content.ContentRegistry;
import org.quartierwerk.courses.CourseService;
import org.quartierwerk.courses.model.Kurs;
import org.quartierwerk.model.Textvergleich;

/** The courses as the registry of the kind {@value CourseService#ART} has them, by title. */
@Component(service = CourseRegistry.class)
public final class Kursregister implements CourseRegistry {

	private final ContentRegistry<Kurs> kurse;

	@Activate
	public Kursregister(@Reference(target = "(" + ContentRegistry.ART_PROPERTY + "=" + CourseService.ART + ")") ContentRegistry<Kurs> kurse) {
		this.kurse = kurse;
	}

	@Override
	public List<Kurs> kurse() {
		return kurse.eintraege().stream().sorted(Comparator.comparing(Kurs::getTitel, Textvergleich.ordnung())).toList();
	}

	@Override
	public Optional<Kurs> kurs(String id) {
		return kurse.eintrag(id);
	}

	@Override
	public Optional<String> bundle(String kursId) {
		return kurse.bundle(kursId);
	}

	@Override
	public Map<URI, Resource> ressourcen() {
		Map<URI, Resource> ressourcen = new HashMap<>();
		kurse.eintraege().forEach(kurs -> ressourcen.put(kurs.eResource().getURI(), kurs.eResource()));
		return ressourcen;
	}

	@Override
	public List<String> probleme() {
		return kurse.probleme();
	}
}
