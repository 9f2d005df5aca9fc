package org.quartierwerk.content.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.eclipse.osgi.util.ManifestElement;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.quartierwerk.content.Beitrag;
import org.quartierwerk.content.ContentHandler;
import org.quartierwerk.content.ContentRegistry;

/**
 * The registry of one kind. The extender changes it while holding its lock; readers see immutable snapshots and never
 * wait.
 */
final class Register<T> implements ContentRegistry<T> {

	/** What one bundle contributes to the kind. */
	private record Gelesen<T>(List<Beitrag<T>> beitraege, List<String> probleme, boolean verdraengt) {
	}

	private final String art;
	private final ContentHandler<T> handler;
	final ServiceReference<?> handlerReferenz;
	private final Supplier<List<String>> allgemeineProbleme;
	private final Map<Bundle, Gelesen<T>> jeBundle = new LinkedHashMap<>();
	private volatile List<Beitrag<T>> beitraege = List.of();
	private volatile List<String> probleme = List.of();
	/** The registry's own service, once registered; set and read with the extender's lock. */
	ServiceRegistration<?> registrierung;

	Register(String art, ContentHandler<T> handler, ServiceReference<?> handlerReferenz, Supplier<List<String>> allgemeineProbleme) {
		this.art = art;
		this.handler = handler;
		this.handlerReferenz = handlerReferenz;
		this.allgemeineProbleme = allgemeineProbleme;
	}

	@Override
	public String art() {
		return art;
	}

	@Override
	public List<Beitrag<T>> beitraege() {
		return beitraege;
	}

	@Override
	public List<String> probleme() {
		return Stream.concat(probleme.stream(), allgemeineProbleme.get().stream()).toList();
	}

	/** Reads the bundle's clauses of this kind, replacing what it contributed before. */
	void lies(Bundle bundle, List<ManifestElement> klauseln) {
		Set<String> vergeben = new HashSet<>();
		jeBundle.forEach((anderes, gelesen) -> {
			if (!anderes.equals(bundle)) {
				gelesen.beitraege().forEach(b -> vergeben.add(b.id()));
			}
		});
		List<Beitrag<T>> neu = new ArrayList<>();
		List<String> neueProbleme = new ArrayList<>();
		boolean verdraengt = false;
		for (ManifestElement klausel : klauseln) {
			if (!art.equals(klausel.getAttribute(ART_ATTRIBUTE))) {
				continue;
			}
			List<Beitrag<T>> gelesen;
			try {
				gelesen = handler.lies(bundle, klausel, neueProbleme::add);
			} catch (RuntimeException e) {
				neueProbleme.add(NLS.bind(Messages.clause_failed, new Object[] { klausel.getValue(), bundle.getSymbolicName(), art }));
				continue;
			}
			for (Beitrag<T> beitrag : gelesen) {
				if (vergeben.add(beitrag.id())) {
					neu.add(beitrag);
				} else {
					verdraengt = true;
					neueProbleme.add(NLS.bind(Messages.id_taken,
							new Object[] { klausel.getValue(), bundle.getSymbolicName(), beitrag.id(), art }));
				}
			}
		}
		jeBundle.put(bundle, new Gelesen<>(List.copyOf(neu), List.copyOf(neueProbleme), verdraengt));
		schnappschuss();
	}

	/**
	 * Forgets what the bundle contributed. A contribution that another bundle's left out because its id was taken may
	 * now have its place, so those bundles are read again.
	 */
	void entferne(Bundle bundle, Map<Bundle, List<ManifestElement>> klauseln) {
		if (jeBundle.remove(bundle) == null) {
			return;
		}
		List<Bundle> verdraengte = jeBundle.entrySet().stream().filter(e -> e.getValue().verdraengt()).map(Map.Entry::getKey).toList();
		for (Bundle anderes : verdraengte) {
			lies(anderes, klauseln.getOrDefault(anderes, List.of()));
		}
		schnappschuss();
	}

	private void schnappschuss() {
		beitraege = jeBundle.values().stream().flatMap(g -> g.beitraege().stream()).toList();
		probleme = jeBundle.values().stream().flatMap(g -> g.probleme().stream()).toList();
	}
}
