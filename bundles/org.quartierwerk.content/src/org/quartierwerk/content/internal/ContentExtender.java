package org.quartierwerk.content.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.osgi.util.ManifestElement;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.util.tracker.ServiceTrackerCustomizer;
import org.quartierwerk.content.ContentHandler;
import org.quartierwerk.content.ContentRegistry;

/**
 * The one extender for contributed content. A {@link BundleTracker} follows the started bundles whose manifest has the
 * header {@value ContentRegistry#HEADER} and that are wired to this extender; a {@link ServiceTracker} follows the
 * {@link ContentHandler}s. For every kind whose handler is there, a {@link Register} is offered as
 * {@link ContentRegistry} service; a handler that comes late gets the clauses of the bundles that started before it.
 * A second handler for the same kind waits until the first one leaves.
 */
@Component(immediate = true)
public final class ContentExtender {

	/** The namespace of extender capabilities (OSGi Compendium, org.osgi.namespace.extender). */
	static final String EXTENDER_NAMESPACE = "osgi.extender";
	/** The headers of the two former ways to contribute, named in a problem when a bundle still uses them. */
	static final List<String> FRUEHERE_KOEPFE = List.of("Quartierwerk-Katalog", "Quartierwerk-Kurs");

	/** What a started bundle offers: its clauses of the header and what is wrong with the header as a whole. */
	private record Angebot(List<ManifestElement> klauseln, List<String> probleme) {
	}

	/** Whom a bundle requires as its extender. */
	private enum Verdrahtung {
		/** this extender */
		HIER,
		/** another extender of the same name, which reads the bundle */
		ANDERSWO,
		/** no extender: the bundle does not require one */
		KEINE
	}

	/** A handler for a kind, in the order it came. */
	private record Handler(ServiceReference<?> referenz, ContentHandler<?> dienst) {
	}

	private final Object lock = new Object();
	/** The bundles with the header, in the order they started; guarded by lock. */
	private final Map<Bundle, Angebot> angebote = new LinkedHashMap<>();
	/** The registry of each kind whose handler is there; guarded by lock. */
	private final Map<String, Register<?>> register = new HashMap<>();
	/** The handlers of each kind, the first one in use; guarded by lock. */
	private final Map<String, List<Handler>> handler = new HashMap<>();
	private volatile List<String> allgemeineProbleme = List.of();

	private BundleContext context;
	private BundleTracker<Angebot> bundleTracker;
	private ServiceTracker<ContentHandler<?>, ContentHandler<?>> handlerTracker;

	@Activate
	void activate(BundleContext context) {
		this.context = context;
		bundleTracker = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, new BundleTrackerCustomizer<>() {
			@Override
			public Angebot addingBundle(Bundle bundle, BundleEvent event) {
				return bundleDa(bundle);
			}

			@Override
			public void modifiedBundle(Bundle bundle, BundleEvent event, Angebot angebot) {
				// from starting to active: the contributions stay
			}

			@Override
			public void removedBundle(Bundle bundle, BundleEvent event, Angebot angebot) {
				bundleWeg(bundle);
			}
		});
		bundleTracker.open();
		@SuppressWarnings({ "unchecked", "rawtypes" })
		Class<ContentHandler<?>> typ = (Class) ContentHandler.class;
		handlerTracker = new ServiceTracker<>(context, typ, new ServiceTrackerCustomizer<>() {
			@Override
			public ContentHandler<?> addingService(ServiceReference<ContentHandler<?>> referenz) {
				ContentHandler<?> dienst = context.getService(referenz);
				if (dienst != null) {
					handlerDa(referenz, dienst);
				}
				return dienst;
			}

			@Override
			public void modifiedService(ServiceReference<ContentHandler<?>> referenz, ContentHandler<?> dienst) {
				// a handler's kind is fixed when it registers
			}

			@Override
			public void removedService(ServiceReference<ContentHandler<?>> referenz, ContentHandler<?> dienst) {
				handlerWeg(referenz);
				context.ungetService(referenz);
			}
		});
		handlerTracker.open();
	}

	@Deactivate
	void deactivate() {
		handlerTracker.close();
		bundleTracker.close();
	}

	private Angebot bundleDa(Bundle bundle) {
		Dictionary<String, String> koepfe = bundle.getHeaders("");
		String kopf = koepfe.get(ContentRegistry.HEADER);
		List<String> frueher = FRUEHERE_KOEPFE.stream().filter(k -> koepfe.get(k) != null).toList();
		Angebot angebot;
		if (kopf == null && frueher.isEmpty()) {
			return null;
		} else if (kopf == null) {
			angebot = new Angebot(List.of(), List.of(NLS.bind(Messages.header_legacy, bundle.getSymbolicName(), String.join(", ", frueher))));
		} else {
			Verdrahtung verdrahtung = verdrahtung(bundle);
			if (verdrahtung == Verdrahtung.ANDERSWO) {
				return null;
			}
			angebot = verdrahtung == Verdrahtung.HIER ? lies(bundle, kopf)
					: new Angebot(List.of(), List.of(NLS.bind(Messages.header_notRequired, bundle.getSymbolicName())));
		}
		synchronized (lock) {
			angebote.put(bundle, angebot);
			register.values().forEach(r -> r.lies(bundle, angebot.klauseln()));
			aktualisiere();
		}
		return angebot;
	}

	private void bundleWeg(Bundle bundle) {
		synchronized (lock) {
			angebote.remove(bundle);
			register.values().forEach(r -> r.entferne(bundle, klauseln()));
			aktualisiere();
		}
	}

	private void handlerDa(ServiceReference<?> referenz, ContentHandler<?> dienst) {
		List<Register<?>> neu = new ArrayList<>();
		synchronized (lock) {
			for (String art : arten(referenz)) {
				List<Handler> kandidaten = handler.computeIfAbsent(art, a -> new ArrayList<>());
				kandidaten.add(new Handler(referenz, dienst));
				if (kandidaten.size() == 1) {
					neu.add(nimm(art, kandidaten.get(0)));
				}
			}
		}
		neu.forEach(this::biete);
	}

	private void handlerWeg(ServiceReference<?> referenz) {
		List<ServiceRegistration<?>> zurueckziehen = new ArrayList<>();
		List<Register<?>> ersatz = new ArrayList<>();
		synchronized (lock) {
			for (Map.Entry<String, List<Handler>> eintrag : handler.entrySet()) {
				String art = eintrag.getKey();
				List<Handler> kandidaten = eintrag.getValue();
				boolean warInGebrauch = !kandidaten.isEmpty() && kandidaten.get(0).referenz().equals(referenz);
				kandidaten.removeIf(h -> h.referenz().equals(referenz));
				if (warInGebrauch) {
					ServiceRegistration<?> registrierung = register.remove(art).registrierung;
					if (registrierung != null) {
						zurueckziehen.add(registrierung);
					}
					if (!kandidaten.isEmpty()) {
						ersatz.add(nimm(art, kandidaten.get(0)));
					}
					aktualisiere();
				}
			}
		}
		zurueckziehen.forEach(ServiceRegistration::unregister);
		ersatz.forEach(this::biete);
	}

	/** The kinds a handler reads: the values of its property {@value ContentRegistry#ART_PROPERTY}, one or several. */
	private static List<String> arten(ServiceReference<?> referenz) {
		Object wert = referenz.getProperty(ContentRegistry.ART_PROPERTY);
		Collection<?> werte = wert instanceof String[] mehrere ? List.of(mehrere)
				: wert instanceof Collection<?> sammlung ? sammlung : Collections.singleton(wert);
		return werte.stream().filter(w -> w instanceof String art && !art.isBlank()).map(String.class::cast).distinct().toList();
	}

	/** A registry for the kind with this handler, filled from the bundles that already started; called with the lock. */
	private Register<?> nimm(String art, Handler h) {
		Register<?> neu = register(art, h.dienst(), h.referenz());
		register.put(art, neu);
		angebote.forEach((bundle, angebot) -> neu.lies(bundle, angebot.klauseln()));
		aktualisiere();
		return neu;
	}

	private <T> Register<T> register(String art, ContentHandler<T> dienst, ServiceReference<?> referenz) {
		return new Register<>(art, dienst, referenz, () -> allgemeineProbleme);
	}

	/** Registers the registry as a service, outside the lock, unless its handler left in the meantime. */
	private void biete(Register<?> neu) {
		Dictionary<String, Object> eigenschaften = new Hashtable<>(Map.of(ContentRegistry.ART_PROPERTY, neu.art()));
		ServiceRegistration<?> registrierung = context.registerService(ContentRegistry.class.getName(), neu, eigenschaften);
		synchronized (lock) {
			if (register.get(neu.art()) == neu) {
				neu.registrierung = registrierung;
				return;
			}
		}
		registrierung.unregister();
	}

	private Map<Bundle, List<ManifestElement>> klauseln() {
		Map<Bundle, List<ManifestElement>> klauseln = new HashMap<>();
		angebote.forEach((bundle, angebot) -> klauseln.put(bundle, angebot.klauseln()));
		return klauseln;
	}

	/** Problems of no kind: whole headers, and clauses of a kind no handler reads; called with the lock. */
	private void aktualisiere() {
		List<String> probleme = new ArrayList<>();
		angebote.forEach((bundle, angebot) -> {
			probleme.addAll(angebot.probleme());
			for (ManifestElement klausel : angebot.klauseln()) {
				String art = klausel.getAttribute(ContentRegistry.ART_ATTRIBUTE);
				if (!register.containsKey(art)) {
					probleme.add(NLS.bind(Messages.clause_unknownArt, new Object[] { klausel.getValue(), bundle.getSymbolicName(), art }));
				}
			}
		});
		allgemeineProbleme = List.copyOf(probleme);
	}

	/** The extender rule of the OSGi specification: a bundle is extended only by the extender it is wired to. */
	private Verdrahtung verdrahtung(Bundle bundle) {
		BundleWiring wiring = bundle.adapt(BundleWiring.class);
		List<BundleWire> wires = wiring == null ? List.of() : wiring.getRequiredWires(EXTENDER_NAMESPACE);
		for (BundleWire wire : wires) {
			if (ContentRegistry.EXTENDER.equals(wire.getCapability().getAttributes().get(EXTENDER_NAMESPACE))) {
				return wire.getProvider().getBundle().equals(context.getBundle()) ? Verdrahtung.HIER : Verdrahtung.ANDERSWO;
			}
		}
		return Verdrahtung.KEINE;
	}

	/** The clauses of the header; the header or a clause that cannot be used becomes a problem. */
	private static Angebot lies(Bundle bundle, String kopf) {
		String name = bundle.getSymbolicName();
		ManifestElement[] elemente;
		try {
			elemente = ManifestElement.parseHeader(ContentRegistry.HEADER, kopf);
		} catch (BundleException e) {
			return new Angebot(List.of(), List.of(NLS.bind(Messages.header_unparsable, name)));
		}
		List<ManifestElement> klauseln = new ArrayList<>();
		List<String> probleme = new ArrayList<>();
		for (ManifestElement element : Objects.requireNonNullElse(elemente, new ManifestElement[0])) {
			if (element.getValueComponents().length != 1) {
				probleme.add(NLS.bind(Messages.clause_severalFiles, element.getValue(), name));
			} else if (element.getAttribute(ContentRegistry.ART_ATTRIBUTE) == null) {
				probleme.add(NLS.bind(Messages.clause_noArt, element.getValue(), name));
			} else {
				klauseln.add(element);
			}
		}
		return new Angebot(List.copyOf(klauseln), List.copyOf(probleme));
	}
}
