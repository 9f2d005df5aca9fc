package org.quartierwerk.reports.internal;

import java.net.URL;
import java.util.EnumSet;
import java.util.List;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.osgi.service.localization.BundleLocalization;
import org.eclipse.osgi.util.ManifestElement;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.quartierwerk.content.Beitrag;
import org.quartierwerk.content.ContentHandler;
import org.quartierwerk.content.ContentRegistry;
import org.quartierwerk.reports.Berichtsformat;
import org.quartierwerk.reports.Berichtsvorlage;

/**
 * Reads contributed files of the kind {@value Berichtsvorlage#ART}: a {@code .rptdesign} file whose base name is the
 * template's id. The clause says what the template is for ({@code sammlung=true}, {@code kurs=<id>}, {@code zeitraum=true},
 * {@code formate=…});
 * title and description come from the bundle's localization ({@code vorlage.<id>.titel},
 * {@code vorlage.<id>.beschreibung}), in the language Quartierwerk runs in. The design itself is checked and parsed
 * when a report is made.
 */
@Component(service = ContentHandler.class, property = ContentRegistry.ART_PROPERTY + "=" + Berichtsvorlage.ART)
public final class Vorlagendateien implements ContentHandler<Berichtsvorlage> {

	private static final String ENDUNG = ".rptdesign";

	private final BundleLocalization lokalisierung;

	@Activate
	public Vorlagendateien(@Reference BundleLocalization lokalisierung) {
		this.lokalisierung = lokalisierung;
	}

	@Override
	public List<Beitrag<Berichtsvorlage>> lies(Bundle bundle, ManifestElement klausel, Consumer<String> problem) {
		String pfad = klausel.getValue();
		String name = bundle.getSymbolicName();
		String datei = pfad.substring(pfad.lastIndexOf('/') + 1);
		URL design = bundle.getEntry(pfad);
		if (!datei.endsWith(ENDUNG) || datei.length() == ENDUNG.length()) {
			problem.accept(NLS.bind(Messages.vorlage_keinDesign, pfad, name));
			return List.of();
		}
		if (design == null) {
			problem.accept(NLS.bind(Messages.vorlage_fehlt, pfad, name));
			return List.of();
		}
		String id = datei.substring(0, datei.length() - ENDUNG.length());
		ResourceBundle texte = lokalisierung.getLocalization(bundle, null);
		Optional<String> titel = text(texte, "vorlage." + id + ".titel");
		if (titel.isEmpty()) {
			problem.accept(NLS.bind(Messages.vorlage_ohneTitel, new Object[] { pfad, name, "vorlage." + id + ".titel" }));
			return List.of();
		}
		Set<Berichtsformat> formate = EnumSet.allOf(Berichtsformat.class);
		String genannt = klausel.getAttribute("formate");
		if (genannt != null) {
			formate.clear();
			for (String format : genannt.split(",")) {
				Optional<Berichtsformat> bekannt = Berichtsformat.von(format.strip());
				bekannt.ifPresent(formate::add);
				if (bekannt.isEmpty()) {
					problem.accept(NLS.bind(Messages.vorlage_unbekanntesFormat, new Object[] { pfad, name, format.strip() }));
				}
			}
		}
		String kurs = klausel.getAttribute("kurs");
		Berichtsvorlage vorlage = new Vorlagenbeitrag(id, titel.get(), text(texte, "vorlage." + id + ".beschreibung").orElse(""), formate,
				Boolean.parseBoolean(klausel.getAttribute("sammlung")), kurs == null ? "" : kurs, design,
				Boolean.parseBoolean(klausel.getAttribute("zeitraum")));
		return List.of(new Beitrag<>(id, vorlage, name));
	}

	private static Optional<String> text(ResourceBundle texte, String schluessel) {
		try {
			return texte == null ? Optional.empty() : Optional.of(texte.getString(schluessel)).filter(t -> !t.isBlank());
		} catch (MissingResourceException e) {
			return Optional.empty();
		}
	}
}
