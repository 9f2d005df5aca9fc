package org.quartierwerk.catalog.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.ManifestElement;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;
import org.osgi.service.component.annotations.Component;
import org.quartierwerk.catalog.Katalog;
import org.quartierwerk.content.Beitrag;
import org.quartierwerk.content.BundleEntries;
import org.quartierwerk.content.ContentHandler;
import org.quartierwerk.content.ContentRegistry;
import org.quartierwerk.core.XmiLoading;
import org.quartierwerk.model.Finanzierungskatalog;
import org.quartierwerk.model.Partizipationsmodell;
import org.quartierwerk.model.QuartierwerkResources;

/**
 * Reads the catalogue files of both kinds, {@value Katalog#ART_PARTIZIPATIONSMODELL} and
 * {@value Katalog#ART_FINANZIERUNGSKATALOG}: each file holds one object of its kind, loaded with the safe loader under
 * the logical URI {@code quartierwerk:/katalog/<file name>}, so that a project's reference into it survives reinstalling
 * or moving the bundle. That file names are unique across both kinds is checked by {@link InstallierterKatalog}.
 */
@Component(service = ContentHandler.class, property = { ContentRegistry.ART_PROPERTY + "=" + Katalog.ART_PARTIZIPATIONSMODELL,
		ContentRegistry.ART_PROPERTY + "=" + Katalog.ART_FINANZIERUNGSKATALOG })
public final class Katalogdateien implements ContentHandler<EObject> {

	/** What a file of a kind holds, and its id. */
	private record Art<T extends EObject>(Class<T> typ, Function<T, String> id) {

		String idVon(EObject inhalt) {
			return id.apply(typ.cast(inhalt));
		}
	}

	private static final Map<String, Art<?>> ARTEN = Map.of(Katalog.ART_PARTIZIPATIONSMODELL,
			new Art<>(Partizipationsmodell.class, Partizipationsmodell::getId), Katalog.ART_FINANZIERUNGSKATALOG,
			new Art<>(Finanzierungskatalog.class, Finanzierungskatalog::getId));

	@Override
	public List<Beitrag<EObject>> lies(Bundle bundle, ManifestElement klausel, Consumer<String> problem) {
		Art<?> art = ARTEN.get(klausel.getAttribute(ContentRegistry.ART_ATTRIBUTE));
		String pfad = klausel.getValue();
		String wo = NLS.bind(Messages.katalog_where, pfad, bundle.getSymbolicName());
		return BundleEntries.read(bundle, pfad, Messages.katalog_file, problem)
				.flatMap(inhalt -> XmiLoading.loadOne(QuartierwerkResources.newResourceSet(Map.of()),
						QuartierwerkResources.katalogUri(pfad.substring(pfad.lastIndexOf('/') + 1)), inhalt, art.typ(), wo, problem))
				.<List<Beitrag<EObject>>>map(katalog -> {
					String id = art.idVon(katalog);
					if (id == null || id.isBlank()) {
						problem.accept(NLS.bind(Messages.katalog_noId, wo));
						return List.of();
					}
					return List.of(new Beitrag<>(id, katalog, bundle.getSymbolicName()));
				}).orElse(List.of());
	}
}
