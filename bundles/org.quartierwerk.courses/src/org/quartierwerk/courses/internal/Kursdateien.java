package org.quartierwerk.courses.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.emf.common.util.URI;
import org.eclipse.osgi.util.ManifestElement;
import org.osgi.framework.Bundle;
import org.osgi.service.component.annotations.Component;
import org.quartierwerk.content.Beitrag;
import org.quartierwerk.content.BundleEntries;
import org.quartierwerk.content.ContentHandler;
import org.quartierwerk.content.ContentRegistry;
import org.quartierwerk.core.XmiLoading;
import org.quartierwerk.courses.CourseRegistry;
import org.quartierwerk.courses.Kurs;
import org.quartierwerk.courses.KursPackage;
import org.quartierwerk.model.QuartierwerkResources;

/**
 * Reads contributed files of the kind {@value CourseRegistry#ART}: each holds one {@link Kurs}, loaded with the safe
 * loader under the logical URI {@code quartierwerk:/kurs/<bundle>/<path>}, which a Teilnahme's references name.
 */
@Component(service = ContentHandler.class, property = ContentRegistry.ART_PROPERTY + "=" + CourseRegistry.ART)
public final class Kursdateien implements ContentHandler<Kurs> {

	@Override
	public List<Beitrag<Kurs>> lies(Bundle bundle, ManifestElement klausel, Consumer<String> problem) {
		String pfad = klausel.getValue();
		String wo = pfad + " in " + bundle.getSymbolicName();
		URI uri = URI.createURI(QuartierwerkResources.SCHEME + ":/kurs/" + bundle.getSymbolicName() + "/" + pfad);
		return BundleEntries.read(bundle, pfad, "Kursdatei", problem)
				.flatMap(inhalt -> XmiLoading.loadOne(QuartierwerkResources.newResourceSet(Map.of(), KursPackage.eINSTANCE), uri, inhalt,
						Kurs.class, "Kursdatei " + wo, problem))
				.filter(kurs -> {
					if (kurs.getId() == null || kurs.getTitel() == null) {
						problem.accept("Kurs in " + wo + " hat keine Kennung oder keinen Titel.");
						return false;
					}
					return true;
				}).map(kurs -> List.of(new Beitrag<>(kurs.getId(), kurs, bundle.getSymbolicName()))).orElse(List.of());
	}
}
