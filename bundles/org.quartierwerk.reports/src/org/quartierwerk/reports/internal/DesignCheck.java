package org.quartierwerk.reports.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a report design once with a parser that resolves nothing before BIRT sees it: BIRT's own parser would follow
 * a DTD or an external entity to another file or a URL. A design with a DOCTYPE is refused.
 */
final class DesignCheck {

	/** Largest design that is read, in bytes; ours are below 200 KB. */
	static final int MAX_SIZE = 8 * 1024 * 1024;

	/** Returns null when the design may be given to BIRT, else the German reason. */
	static String problem(byte[] design) {
		try {
			SAXParserFactory factory = SAXParserFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
			factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.newSAXParser().parse(new InputSource(new ByteArrayInputStream(design)), new DefaultHandler() {
				@Override
				public InputSource resolveEntity(String publicId, String systemId) throws SAXException {
					throw new SAXException("entity");
				}
			});
			return null;
		} catch (SAXParseException e) {
			String message = e.getMessage() == null ? "" : e.getMessage();
			return message.contains("DOCTYPE") ? "Sie enthält eine DOCTYPE-Deklaration; aus Sicherheitsgründen wird sie nicht gelesen."
					: "Sie ist kein gültiges XML (Zeile " + e.getLineNumber() + ", Spalte " + e.getColumnNumber() + ").";
		} catch (SAXException | IOException | ParserConfigurationException e) {
			return "Sie kann nicht sicher gelesen werden.";
		}
	}

	private DesignCheck() {
	}
}
