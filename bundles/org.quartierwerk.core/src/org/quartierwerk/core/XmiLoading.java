package org.quartierwerk.core;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.osgi.util.NLS;
import org.quartierwerk.core.internal.Messages;
import org.quartierwerk.model.QuartierwerkResources;
import org.quartierwerk.model.QuartierwerkResources.FremderNamensraum;
import org.xml.sax.SAXParseException;

/** German reasons for XMI files that cannot be loaded, whatever EMF or the XML parser reports. */
public final class XmiLoading {

	/** Why a file could not be loaded, in a sentence for the user; never the library's wording. */
	public static String explain(Exception e) {
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			if (cause instanceof FremderNamensraum fremd) {
				if (QuartierwerkResources.neueresFormat(fremd.namensraum())) {
					return NLS.bind(Messages.load_newerFormat, formatversion(fremd.namensraum()));
				}
				return NLS.bind(Messages.load_foreignNamespace, fremd.namensraum());
			}
			if (cause instanceof FeatureNotFoundException feature) {
				return NLS.bind(Messages.load_unknownField, new Object[] { feature.getName(), feature.getLine(), feature.getColumn() });
			}
			if (cause instanceof ClassNotFoundException type) {
				return NLS.bind(Messages.load_unknownField, new Object[] { type.getName(), type.getLine(), type.getColumn() });
			}
			if (cause instanceof PackageNotFoundException missing) {
				return missing.uri() == null || missing.uri().isEmpty() ? Messages.load_noNamespace
						: NLS.bind(Messages.load_foreignNamespace, missing.uri());
			}
			if (cause instanceof XMIException xmi) {
				return NLS.bind(Messages.load_badValue, xmi.getLine(), xmi.getColumn());
			}
			if (cause instanceof SAXParseException parse) {
				String message = parse.getMessage() == null ? "" : parse.getMessage();
				if (message.contains("DOCTYPE")) {
					return Messages.load_doctype;
				}
				return NLS.bind(Messages.load_notXml, parse.getLineNumber(), parse.getColumnNumber());
			}
		}
		return Messages.load_notReadable;
	}

	/** "3.0" from a model namespace of that format. */
	static String formatversion(String namensraum) {
		return namensraum.substring(QuartierwerkResources.MODEL_NAMESPACE_PREFIX.length());
	}

	/**
	 * The one object of type {@code type} that XMI bytes hold, loaded with {@link QuartierwerkResources#load} as the
	 * resource {@code uri} of {@code set}; empty when the bytes cannot be loaded or hold anything else, which
	 * {@code problem} is told in a sentence that begins with {@code what}, e.g. "Kursdatei kurs/biq.xmi in
	 * org.quartierwerk.course.biq".
	 */
	public static <T extends EObject> Optional<T> loadOne(ResourceSet set, URI uri, byte[] content, Class<T> type, String what,
			Consumer<String> problem) {
		Resource resource = set.createResource(uri);
		try {
			QuartierwerkResources.load(resource, content);
		} catch (IOException | RuntimeException e) {
			problem.accept(NLS.bind(Messages.load_unreadableFile, what, explain(e)));
			return Optional.empty();
		}
		List<EObject> contents = resource.getContents();
		if (contents.size() != 1 || !type.isInstance(contents.get(0))) {
			problem.accept(NLS.bind(Messages.load_notOne, what, type.getSimpleName()));
			return Optional.empty();
		}
		return Optional.of(type.cast(contents.get(0)));
	}

	private XmiLoading() {
	}
}
