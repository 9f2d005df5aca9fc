package org.quartierwerk.publishing.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.quartierwerk.catalog.Katalog;
import org.quartierwerk.core.DurableFile;
import org.quartierwerk.core.PraxisbeispielStore;
import org.quartierwerk.core.StoreException;
import org.quartierwerk.core.WorkspaceLocator;
import org.quartierwerk.core.WriteException;
import org.quartierwerk.courses.CourseException;
import org.quartierwerk.courses.CourseService;
import org.quartierwerk.courses.model.Teilnahme;
import org.quartierwerk.exchange.Exchange;
import org.quartierwerk.model.Partizipationsmodell;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.publishing.Publishing;
import org.quartierwerk.publishing.PublishingException;
import org.quartierwerk.publishing.PublishingException.Leck;
import org.quartierwerk.publishing.internal.web.Webauftritt;

/**
 * The one implementation of {@link Publishing}: reads every project and Kursteilnahme of the workspace to learn its
 * personal data, anonymises copies of the projects to publish ({@link Anonymisierung}), writes them as Quartierwerk JSON
 * through the exchange service and the durable write path, and lets the {@link Leckpruefung} read the written file
 * before it takes its name.
 */
@Component(service = Publishing.class)
public final class PublishingService implements Publishing {

	private final PraxisbeispielStore store;
	private final Exchange exchange;
	private final CourseService kurse;
	private final WorkspaceLocator workspace;
	private final Katalog katalog;
	private final Set<Anonymisierung.Regel> regeln;
	private final UnaryOperator<SequencedMap<String, byte[]>> nachbearbeitung;

	@Activate
	public PublishingService(@Reference PraxisbeispielStore store, @Reference Exchange exchange,
			@Reference CourseService kurse, @Reference WorkspaceLocator workspace, @Reference Katalog katalog) {
		this(store, exchange, kurse, workspace, katalog, EnumSet.allOf(Anonymisierung.Regel.class), UnaryOperator.identity());
	}

	/**
	 * With only some rules, and with a change to the web site's files before they are written: for the tests that show
	 * the leak check catches what a missing rule lets through, or a leak put into a file.
	 */
	PublishingService(PraxisbeispielStore store, Exchange exchange, CourseService kurse, WorkspaceLocator workspace, Katalog katalog,
			Set<Anonymisierung.Regel> regeln, UnaryOperator<SequencedMap<String, byte[]>> nachbearbeitung) {
		this.store = store;
		this.exchange = exchange;
		this.kurse = kurse;
		this.workspace = workspace;
		this.katalog = katalog;
		this.regeln = Set.copyOf(regeln);
		this.nachbearbeitung = nachbearbeitung;
	}

	/** The anonymised copies, by project name, and what publishing reports. */
	private record Plan(Map<String, Praxisbeispiel> kopien, Vorschau vorschau, List<Kennung> kennungen) {
	}

	@Override
	public Vorschau vorschau(Collection<String> ohne) throws PublishingException {
		return plane(ohne).vorschau();
	}

	@Override
	public Vorschau veroeffentliche(Collection<String> ohne, Path ziel) throws PublishingException {
		Path datei;
		try {
			datei = workspace.outsideWorkspace(ziel);
		} catch (StoreException e) {
			throw new PublishingException(e.getMessage(), e);
		}
		if (Files.isDirectory(datei)) {
			throw new PublishingException(NLS.bind(Messages.ziel_ordner, datei));
		}
		Plan plan = plane(ohne);
		if (plan.kopien().isEmpty()) {
			throw new PublishingException(Messages.nichts);
		}
		ByteArrayOutputStream json = new ByteArrayOutputStream();
		try {
			exchange.writeJson(List.copyOf(plan.kopien().values()), json);
		} catch (IOException e) {
			throw new PublishingException(NLS.bind(Messages.umbenennen, datei, e.getMessage()), e);
		}
		schreibeGeprueft(datei, json.toByteArray(), new Leckpruefung(plan.kennungen()));
		return plan.vorschau();
	}

	@Override
	public Vorschau veroeffentlicheWebauftritt(Collection<String> ohne, Path ordner) throws PublishingException {
		Path ziel;
		try {
			ziel = workspace.outsideWorkspace(ordner);
		} catch (StoreException e) {
			throw new PublishingException(e.getMessage(), e);
		}
		Zielordner.pruefe(ziel);
		Plan plan = plane(ohne);
		if (plan.kopien().isEmpty()) {
			throw new PublishingException(Messages.nichts);
		}
		List<Partizipationsmodell> modelle = katalog.partizipationsmodelle();
		SequencedMap<String, byte[]> dateien = nachbearbeitung.apply(Webauftritt.dateien(List.copyOf(plan.kopien().values()),
				modelle.stream().map(Partizipationsmodell::getId).toList(), modelle.isEmpty() ? null : modelle.get(0)));
		Zielordner.schreibeGeprueft(ziel, dateien, new Leckpruefung(plan.kennungen()));
		return plan.vorschau();
	}

	/**
	 * Writes the file under a hidden name beside the target (durably), reads it back for the leak check, and only when
	 * nothing is found renames it over the target; otherwise it is deleted and the target stays as it was.
	 */
	private static void schreibeGeprueft(Path ziel, byte[] inhalt, Leckpruefung pruefung) throws PublishingException {
		Path probe = ziel.resolveSibling("." + ziel.getFileName() + "." + UUID.randomUUID() + ".pruefung");
		try {
			DurableFile.replace(probe, inhalt, false);
		} catch (WriteException e) {
			throw new PublishingException(e.getMessage(), e);
		}
		try {
			List<Leck> lecks;
			try {
				lecks = pruefung.pruefe(Files.readAllBytes(probe), ziel.getFileName().toString());
			} catch (IOException e) {
				throw new PublishingException(NLS.bind(Messages.leck_unlesbar, ziel, WriteException.ursache(probe, e)), e);
			}
			if (!lecks.isEmpty()) {
				throw new PublishingException(leckmeldung(NLS.bind(Messages.leck_kopf, ziel, lecks.size()), lecks), lecks, null);
			}
			try {
				Files.move(probe, ziel, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (IOException e) {
				throw new PublishingException(NLS.bind(Messages.umbenennen, ziel, WriteException.ursache(ziel, e)), e);
			}
			DurableFile.syncFolder(ziel.getParent());
		} finally {
			try {
				Files.deleteIfExists(probe);
			} catch (IOException e) {
				// a hidden leftover at worst; the target is either the checked file or untouched
			}
		}
	}

	/** The German message of a leak: the first line {@code kopf}, then one line per datum found, then what to do. */
	static String leckmeldung(String kopf, List<Leck> lecks) {
		StringBuilder text = new StringBuilder(kopf);
		for (Leck leck : lecks) {
			text.append(System.lineSeparator()).append(NLS.bind(Messages.leck_zeile,
					new Object[] { leck.art(), leck.angabe(), leck.projekt(), leck.feld(), leck.datei() }));
		}
		return text.append(System.lineSeparator()).append(Messages.leck_tun).toString();
	}

	private Plan plane(Collection<String> ohne) throws PublishingException {
		Personendaten personen = new Personendaten();
		Map<String, Praxisbeispiel> originale = new LinkedHashMap<>();
		List<String> unlesbar = new ArrayList<>();
		try {
			List<String> namen = store.names();
			for (String name : ohne) {
				if (!namen.contains(name)) {
					throw new PublishingException(NLS.bind(Messages.projekt_unbekannt, name));
				}
			}
			for (String name : namen) {
				try {
					Praxisbeispiel beispiel = store.load(name);
					personen.projekt(name, beispiel);
					if (!ohne.contains(name)) {
						originale.put(name, beispiel);
					}
				} catch (StoreException e) {
					if (!ohne.contains(name)) {
						unlesbar.add(NLS.bind(Messages.projekt_unlesbar, name, e.getMessage()));
					}
				}
			}
			for (Teilnahme teilnahme : kurse.teilnahmen()) {
				personen.teilnahme(teilnahme);
			}
		} catch (StoreException e) {
			throw new PublishingException(e.getMessage(), e);
		} catch (CourseException e) {
			throw new PublishingException(NLS.bind(Messages.teilnahmen_unlesbar, e.getMessage()), e);
		}
		List<Kennung> kennungen = personen.kennungen();
		Anonymisierung anonymisierung = new Anonymisierung(regeln, kennungen);
		Map<String, Praxisbeispiel> kopien = new LinkedHashMap<>();
		List<Projektaenderungen> projekte = new ArrayList<>();
		originale.forEach((name, original) -> {
			Praxisbeispiel kopie = EcoreUtil.copy(original);
			projekte.add(new Projektaenderungen(name, anonymisierung.anonymisiere(kopie)));
			kopien.put(name, kopie);
		});
		return new Plan(kopien, new Vorschau(projekte, unlesbar, kennungen.size()), kennungen);
	}
}
