package org.quartierwerk.model.validierung;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.osgi.util.NLS;
import org.quartierwerk.model.QuartierwerkPackage;
import org.quartierwerk.model.internal.Messages;
import org.quartierwerk.model.internal.validierung.Regeln;

/**
 * Checks Praxisbeispiele and everything in them against the rules of Quartierwerk.
 * <p>
 * Each finding is a {@link Diagnostic} with a German message; its data holds the object and,
 * where one field is meant, that {@code EStructuralFeature}. Checking never throws on bad data.
 */
public final class Validierung {

	/**
	 * Context key: the ids of the installed Partizipationsmodelle ({@code Collection<String>}).
	 * Without it, a Beteiligung is only checked for a Stufe that belongs to some model.
	 */
	public static final String INSTALLIERTE_MODELLE = "quartierwerk.installierteModelle";

	/**
	 * Context key: the Kennungen of the projects in the workspace ({@code Collection<String>}). Without it, a
	 * Projektverweis is not looked for in the workspace (docs/fachmodell.md §1.6).
	 */
	public static final String BEKANNTE_PROJEKTE = "quartierwerk.bekannteProjekte";

	static {
		EValidator.Registry.INSTANCE.put(QuartierwerkPackage.eINSTANCE, Regeln.INSTANCE);
	}

	/** Checks the object and its contents. */
	public static Diagnostic pruefe(EObject object) {
		return pruefe(object, null);
	}

	/** Checks the object and its contents, knowing which participation models are installed. */
	public static Diagnostic pruefe(EObject object, Collection<String> installierteModelle) {
		return pruefe(object, installierteModelle, null);
	}

	/**
	 * Checks the object and its contents, knowing which participation models are installed and the Kennungen of the
	 * workspace's projects, so that a link to a project that is not there is reported as "nicht gefunden".
	 */
	public static Diagnostic pruefe(EObject object, Collection<String> installierteModelle, Collection<String> bekannteProjekte) {
		EValidator.Registry registry = new EValidatorRegistryImpl();
		registry.put(QuartierwerkPackage.eINSTANCE, Regeln.INSTANCE);
		Diagnostician diagnostician = new Diagnostician(registry);
		Map<Object, Object> context = new HashMap<>(diagnostician.createDefaultContext());
		if (installierteModelle != null) {
			context.put(INSTALLIERTE_MODELLE, List.copyOf(installierteModelle));
		}
		if (bekannteProjekte != null) {
			context.put(BEKANNTE_PROJEKTE, Set.copyOf(bekannteProjekte));
		}
		BasicDiagnostic result = diagnostician.createDefaultDiagnostic(object);
		try {
			diagnostician.validate(object, result, context);
		} catch (RuntimeException e) {
			result.add(new BasicDiagnostic(Diagnostic.ERROR, Regeln.DIAGNOSTIC_SOURCE, 0,
					NLS.bind(Messages.validierung_aborted, e), new Object[] { object }));
		}
		return result;
	}

	/** The messages of all findings of at least this severity, in order. */
	public static List<String> meldungen(Diagnostic diagnostic, int mindestens) {
		return diagnostic.getChildren().stream().filter(d -> d.getSeverity() >= mindestens).map(Diagnostic::getMessage)
				.toList();
	}

	private Validierung() {
	}
}
