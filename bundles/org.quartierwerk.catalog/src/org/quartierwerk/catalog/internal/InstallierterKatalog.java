package org.quartierwerk.catalog.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.quartierwerk.catalog.Katalog;
import org.quartierwerk.content.Beitrag;
import org.quartierwerk.content.ContentRegistry;
import org.quartierwerk.core.ReferenceTargets;
import org.quartierwerk.model.Finanzierungskatalog;
import org.quartierwerk.model.Finanzierungsquelle;
import org.quartierwerk.model.Partizipationsmodell;
import org.quartierwerk.model.Textvergleich;

/**
 * The catalogue over the registries of its two kinds. Both kinds share the logical URIs
 * {@code quartierwerk:/katalog/<file name>}: of two files with the same name the one contributed first counts
 * (Partizipationsmodelle before Finanzierungskataloge), the other is left out with a problem. The catalogue files are
 * also offered to the project store as {@link ReferenceTargets}.
 */
@Component(service = { Katalog.class, ReferenceTargets.class })
public final class InstallierterKatalog implements Katalog, ReferenceTargets {

	/** The catalogue files that count, by kind, with their resources by logical URI. */
	private record Dateien(List<Partizipationsmodell> modelle, List<Finanzierungskatalog> kataloge, Map<URI, Resource> ressourcen,
			List<String> probleme) {
	}

	private final ContentRegistry<Partizipationsmodell> modelle;
	private final ContentRegistry<Finanzierungskatalog> kataloge;

	@Activate
	public InstallierterKatalog(
			@Reference(target = "(" + ContentRegistry.ART_PROPERTY + "=" + ART_PARTIZIPATIONSMODELL + ")") ContentRegistry<Partizipationsmodell> modelle,
			@Reference(target = "(" + ContentRegistry.ART_PROPERTY + "=" + ART_FINANZIERUNGSKATALOG + ")") ContentRegistry<Finanzierungskatalog> kataloge) {
		this.modelle = modelle;
		this.kataloge = kataloge;
	}

	@Override
	public List<Partizipationsmodell> partizipationsmodelle() {
		return dateien().modelle().stream()
				.sorted(Comparator.comparing((Partizipationsmodell m) -> !STANDARD_MODELL.equals(m.getId()))
						.thenComparing(Partizipationsmodell::getName, Comparator.nullsLast(Textvergleich.ordnung())))
				.toList();
	}

	@Override
	public Optional<Partizipationsmodell> partizipationsmodell(String id) {
		return dateien().modelle().stream().filter(m -> m.getId().equals(id)).findFirst();
	}

	@Override
	public List<Finanzierungsquelle> finanzierungsquellen() {
		return dateien().kataloge().stream().flatMap(k -> k.getQuellen().stream())
				.sorted(Comparator.comparing(Finanzierungsquelle::getName, Comparator.nullsLast(Textvergleich.ordnung()))).toList();
	}

	@Override
	public Map<URI, Resource> ressourcen() {
		return dateien().ressourcen();
	}

	@Override
	public List<String> probleme() {
		return Stream.of(modelle.probleme(), kataloge.probleme(), dateien().probleme()).flatMap(List::stream).distinct().toList();
	}

	private Dateien dateien() {
		Map<URI, Resource> ressourcen = new LinkedHashMap<>();
		List<String> probleme = new ArrayList<>();
		return new Dateien(eindeutig(modelle.beitraege(), ressourcen, probleme), eindeutig(kataloge.beitraege(), ressourcen, probleme),
				ressourcen, probleme);
	}

	private static <T extends EObject> List<T> eindeutig(List<Beitrag<T>> beitraege, Map<URI, Resource> ressourcen, List<String> probleme) {
		List<T> eindeutig = new ArrayList<>();
		for (Beitrag<T> beitrag : beitraege) {
			Resource ressource = beitrag.inhalt().eResource();
			if (ressourcen.putIfAbsent(ressource.getURI(), ressource) == null) {
				eindeutig.add(beitrag.inhalt());
			} else {
				probleme.add(NLS.bind(Messages.katalog_nameTaken, ressource.getURI().lastSegment(), beitrag.bundle()));
			}
		}
		return eindeutig;
	}
}
