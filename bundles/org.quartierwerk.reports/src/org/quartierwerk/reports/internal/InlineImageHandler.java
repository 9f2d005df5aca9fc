package org.quartierwerk.reports.internal;

import java.util.Base64;

import org.eclipse.birt.report.engine.api.HTMLImageHandler;
import org.eclipse.birt.report.engine.api.IImage;
import org.eclipse.birt.report.engine.api.script.IReportContext;

/**
 * Puts charts and other generated images into the HTML file itself as {@code data:} URLs, so a report is one
 * self-contained file; BIRT's default writes them to a temporary directory that a recipient never sees.
 */
final class InlineImageHandler extends HTMLImageHandler {

	@Override
	public String onCustomImage(IImage image, IReportContext context) {
		return dataUrl(image);
	}

	@Override
	public String onDocImage(IImage image, IReportContext context) {
		return dataUrl(image);
	}

	@Override
	public String onDesignImage(IImage image, IReportContext context) {
		return dataUrl(image);
	}

	private static String dataUrl(IImage image) {
		String mimeType = image.getMimeType() == null ? "image/png" : image.getMimeType();
		return "data:" + mimeType + ";base64," + Base64.getEncoder().encodeToString(image.getImageData());
	}
}
