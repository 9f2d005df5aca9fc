package org.quartierwerk.reports.internal;

import java.net.URL;
import java.util.Map;

import org.eclipse.birt.report.model.api.DefaultResourceLocator;
import org.eclipse.birt.report.model.api.IResourceLocator;
import org.eclipse.birt.report.model.api.ModuleHandle;
import org.osgi.framework.FrameworkUtil;

/**
 * Finds a design's resources beside it, as BIRT does, and then in this bundle's {@code berichte/}, so a template in
 * another bundle (a course's certificate) uses {@code quartierwerk.rptlibrary} for its look without a copy.
 */
final class LibraryLocator extends DefaultResourceLocator {

	private static final String FOLDER = "berichte/";

	@Override
	public URL findResource(ModuleHandle module, String fileName, int type) {
		URL found = super.findResource(module, fileName, type);
		return found != null ? found : shared(fileName, type);
	}

	@Override
	@SuppressWarnings("rawtypes")
	public URL findResource(ModuleHandle module, String fileName, int type, Map appContext) {
		URL found = super.findResource(module, fileName, type, appContext);
		return found != null ? found : shared(fileName, type);
	}

	private static URL shared(String fileName, int type) {
		if (type != IResourceLocator.LIBRARY || fileName.contains("/") || fileName.contains("\\")) {
			return null;
		}
		return FrameworkUtil.getBundle(LibraryLocator.class).getEntry(FOLDER + fileName);
	}
}
