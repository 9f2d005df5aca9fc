package org.quartierwerk.model;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/** Resource sets for Quartierwerk's XMI files, independent of the global EMF registries. */
public final class QuartierwerkResources {

	/** A resource set that reads and writes every file as XMI of the Quartierwerk model. */
	public static ResourceSet newResourceSet() {
		ResourceSet set = new ResourceSetImpl();
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put(Resource.Factory.Registry.DEFAULT_EXTENSION,
				new XMIResourceFactoryImpl());
		set.getPackageRegistry().put(QuartierwerkPackage.eNS_URI, QuartierwerkPackage.eINSTANCE);
		return set;
	}

	private QuartierwerkResources() {
	}
}
