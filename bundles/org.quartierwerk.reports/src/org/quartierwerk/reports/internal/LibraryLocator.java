package org.quartierwerk.reports.internal;

import java.net.URL;
import java.util.Map;

import org.eclipse.birt.report.model.api.DefaultResourceLocator;
import org.eclipse.birt.report.model.api.IResourceLocator;
import org.eclipse.birt.report.model.api.ModuleHandle;
import org.osgi.framework.FrameworkUtil;

/**
 * Finds a design's resources beside it, as BIRT does, and then in this bundle's {@code berichte/}, so a template in
 * another bundle (a course's certificate) uses {@code quartierwerk.rptlibrary} for its look without a copy. Nothing
 * outside the installed bundles is found: a design cannot make Quartierwerk open a file or a URL.
 */
final class LibraryLocator extends DefaultResourceLocator {

	private static final String FOLDER = "berichte/";

	@Override
	public URL findResource(ModuleHandle module, String fileName, int type) {
		if (!local(fileName)) {
			return null;
		}
		URL found = inBundle(super.findResource(module, fileName, type));
		return found != null ? found : shared(fileName, type);
	}

	@Override
	@SuppressWarnings("rawtypes")
	public URL findResource(ModuleHandle module, String fileName, int type, Map appContext) {
		if (!local(fileName)) {
			return null;
		}
		URL found = inBundle(super.findResource(module, fileName, type, appContext));
		return found != null ? found : shared(fileName, type);
	}

	/** Only names relative to the design: a URL, an absolute path or a way up would lead outside the bundle. */
	private static boolean local(String fileName) {
		return fileName != null && !fileName.isBlank() && !fileName.contains(":") && !fileName.startsWith("/")
				&& !fileName.startsWith("\\") && !fileName.contains("..");
	}

	/** A resource found beside a design counts only inside an installed bundle, never on disk or the network. */
	private static URL inBundle(URL found) {
		return found != null && found.getProtocol().startsWith("bundle") ? found : null;
	}

	private static URL shared(String fileName, int type) {
		if (type != IResourceLocator.LIBRARY || fileName.contains("/") || fileName.contains("\\")) {
			return null;
		}
		return FrameworkUtil.getBundle(LibraryLocator.class).getEntry(FOLDER + fileName);
	}
}
