package org.quartierwerk.model.internal.laden;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EFactory;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;
import org.eclipse.emf.ecore.xmi.impl.XMIHelperImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.quartierwerk.model.QuartierwerkResources;
import org.quartierwerk.model.QuartierwerkResources.FremderNamensraum;
import org.xml.sax.helpers.DefaultHandler;

/**
 * XMI resources whose loader accepts only the namespaces of the resource set's packages (and XMI's own) and ignores
 * schema locations, so no namespace or schema location in a file makes EMF look for a package elsewhere, and
 * that refuses numbers nobody can calculate with ({@link QuartierwerkResources#rechenbar}) as values that do not fit
 * their field, with the line and column where they stand.
 */
public final class SichereXmiRessourcen extends XMIResourceFactoryImpl {

	/** The namespaces every XMI file may declare besides its packages'. */
	private static final Set<String> IMMER = Set.of("http://www.omg.org/XMI", "http://www.omg.org/spec/XMI/20131001",
			"http://www.w3.org/2001/XMLSchema-instance", "http://www.w3.org/XML/1998/namespace");

	@Override
	public Resource createResource(URI uri) {
		return new XMIResourceImpl(uri) {
			@Override
			protected XMLHelper createXMLHelper() {
				return new XMIHelperImpl(this) {
					@Override
					protected Object createFromString(EFactory factory, EDataType type, String value) {
						Object wert = super.createFromString(factory, type, value);
						if (wert instanceof BigDecimal zahl && !QuartierwerkResources.rechenbar(zahl)) {
							// EMF reports it as a value that does not fit its field, with line and column
							throw new NumberFormatException(value);
						}
						return wert;
					}
				};
			}

			@Override
			protected XMLLoad createXMLLoad() {
				return new XMILoadImpl(createXMLHelper()) {
					@Override
					protected DefaultHandler makeDefaultHandler() {
						return new Handler(resource, helper, options);
					}
				};
			}
		};
	}

	private static final class Handler extends SAXXMIHandler {

		Handler(XMLResource resource, XMLHelper helper, Map<?, ?> options) {
			super(resource, helper, options);
		}

		/** EMF reads {@code xmlns} declarations as attributes (its parser is not namespace-aware). */
		@Override
		protected void handleXMLNSAttribute(String attrib, String value) {
			ResourceSet set = xmlResource.getResourceSet();
			boolean bekannt = IMMER.contains(value) || set != null && set.getPackageRegistry().containsKey(value);
			if (!bekannt) {
				throw new FremderNamensraum(value);
			}
			if (QuartierwerkResources.NAMESPACE_1_0.equals(value)) {
				Format10.markiere(xmlResource);
			}
			super.handleXMLNSAttribute(attrib, value);
		}

		@Override
		protected void handleXSISchemaLocation(String schemaLocations) {
			// a schema location names where to find a package; packages come from the installation only
		}

		@Override
		protected void handleXSINoNamespaceSchemaLocation(String schemaLocation) {
			// as above
		}
	}
}
