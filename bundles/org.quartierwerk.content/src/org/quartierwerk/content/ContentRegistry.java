package org.quartierwerk.content;

import java.util.List;
import java.util.Optional;

/**
 * The contributions of one kind – all installed courses, say – from every started bundle that names them in its
 * manifest header {@value #HEADER}:
 *
 * <pre>
 * Quartierwerk-Inhalt: kurs/biq.xmi;art=kurs,
 *  berichte/teilnahmezertifikat.rptdesign;art=vorlage;kurs=biq
 * Require-Capability: osgi.extender;filter:="(&amp;(osgi.extender=org.quartierwerk.inhalt)(version&gt;=1.0)(!(version&gt;=2.0)))"
 * </pre>
 *
 * Each kind has one registry, registered as a service with the property {@value #ART_PROPERTY} = the kind once the
 * {@link ContentHandler} of the kind is there; a user picks it by that property, e.g.
 * {@code @Reference(target = "(" + ContentRegistry.ART_PROPERTY + "=kurs)") ContentRegistry<Kurs> kurse}.
 * A contribution appears when its bundle starts and disappears when the bundle stops. The objects are shared and must
 * not be changed.
 */
public interface ContentRegistry<T> {

	/** The manifest header: one clause per file, its kind in the attribute {@value #ART_ATTRIBUTE}. */
	String HEADER = "Quartierwerk-Inhalt";

	/** The clause attribute that names the kind of a file, e.g. {@code art=kurs}. */
	String ART_ATTRIBUTE = "art";

	/** The service property of registries and handlers that names their kind. */
	String ART_PROPERTY = "quartierwerk.inhalt.art";

	/** The name of the extender capability a contributing bundle requires (version 1.0). */
	String EXTENDER = "org.quartierwerk.inhalt";

	/** The kind of this registry, e.g. {@code kurs}. */
	String art();

	/** All contributions of the kind, in the order their bundles started and, within a bundle, of the header. */
	List<Beitrag<T>> beitraege();

	/** The contributed objects, in the order of {@link #beitraege()}. */
	default List<T> eintraege() {
		return beitraege().stream().map(Beitrag::inhalt).toList();
	}

	default Optional<T> eintrag(String id) {
		return beitraege().stream().filter(b -> b.id().equals(id)).map(Beitrag::inhalt).findFirst();
	}

	/** The symbolic name of the bundle that contributes {@code id}. */
	default Optional<String> bundle(String id) {
		return beitraege().stream().filter(b -> b.id().equals(id)).map(Beitrag::bundle).findFirst();
	}

	/**
	 * What could not be taken in, each as a German sentence naming the bundle and the file: the problems of this kind,
	 * and those of clauses no registry takes (a header that cannot be parsed, a clause without a kind or of a kind no
	 * installed bundle reads, a bundle that does not require the extender).
	 */
	List<String> probleme();
}
