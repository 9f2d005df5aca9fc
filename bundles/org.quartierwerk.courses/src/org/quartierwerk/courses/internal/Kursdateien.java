package org.quartierwerk.courses.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.emf.common.util.URI;
import org.eclipse.osgi.util.ManifestElement;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;
import org.osgi.service.component.annotations.Component;
import org.quartierwerk.content.Beitrag;
import org.quartierwerk.content.BundleEntries;
import org.quartierwerk.content.ContentHandler;
import org.quartierwerk.content.ContentRegistry;
import org.quartierwerk.core.XmiLoading;
import org.quartierwerk.courses.CourseService;
import org.quartierwerk.courses.model.Kurs;
import org.quartierwerk.model.QuartierwerkResources;

/**
 * Reads contributed files of the kind {@value CourseService#ART}: each holds one {@link Kurs}, loaded with the safe
 * loader under the logical URI {@code quartierwerk:/kurs/<bundle>/<path>}, which a Teilnahme's references name.
 */
@Component(service = ContentHandler.class, property = ContentRegistry.ART_PROPERTY + "=" + CourseService.ART)
public final class Kursdateien implements ContentHandler<Kurs> {

	@Override
	public List<Beitrag<Kurs>> lies(Bundle bundle, ManifestElement klausel, Consumer<String> problem) {
		String pfad = klausel.getValue();
		String name = bundle.getSymbolicName();
		URI uri = URI.createURI(QuartierwerkResources.SCHEME + ":/kurs/" + name + "/" + pfad);
		return BundleEntries.read(bundle, pfad, Messages.kursdatei, problem)
				.flatMap(inhalt -> XmiLoading.loadOne(Kursressourcen.neu(Map.of()), uri, inhalt,
						Kurs.class, NLS.bind(Messages.kursdatei_wo, pfad, name), problem))
				.filter(kurs -> {
					if (kurs.getId() == null || kurs.getTitel() == null) {
						problem.accept(NLS.bind(Messages.kursdatei_ohneKennung, pfad, name));
						return false;
					}
					pruefeZertifikat(kurs, pfad, name, problem);
					return true;
				}).map(kurs -> List.of(new Beitrag<>(kurs.getId(), kurs, name))).orElse(List.of());
	}

	/**
	 * A course grants a certificate when it says both what the certificate confirms and which template renders it; one
	 * without the other is a slip in the course file, reported (the course stays, without certificate).
	 */
	private static void pruefeZertifikat(Kurs kurs, String pfad, String bundle, Consumer<String> problem) {
		boolean zertifikat = kurs.getZertifikat() != null && !kurs.getZertifikat().isBlank();
		boolean vorlage = kurs.getZertifikatsvorlage() != null && !kurs.getZertifikatsvorlage().isBlank();
		if (zertifikat && !vorlage) {
			problem.accept(NLS.bind(Messages.kursdatei_zertifikatOhneVorlage, new Object[] { kurs.getTitel(), pfad, bundle }));
		} else if (vorlage && !zertifikat) {
			problem.accept(NLS.bind(Messages.kursdatei_vorlageOhneZertifikat, new Object[] { kurs.getTitel(), pfad, bundle }));
		}
	}
}
