package org.quartierwerk.reports;

import java.net.URL;
import java.util.Arrays;
import java.util.Dictionary;
import java.util.EnumSet;
import java.util.Set;

import org.osgi.framework.Bundle;
import org.osgi.service.component.ComponentContext;

/**
 * A template described entirely by component properties, so a bundle contributes one with a
 * component description and a {@code .rptdesign} file, without code:
 *
 * <pre>
 * &lt;scr:component name="meine.vorlage" activate="activate"&gt;
 *   &lt;implementation class="org.quartierwerk.reports.VorlagenDatei"/&gt;
 *   &lt;service&gt;&lt;provide interface="org.quartierwerk.reports.Berichtsvorlage"/&gt;&lt;/service&gt;
 *   &lt;property name="id" value="meine-vorlage"/&gt;
 *   &lt;property name="titel" value="…"/&gt; &lt;property name="beschreibung" value="…"/&gt;
 *   &lt;property name="formate" value="pdf,docx,odt,html"/&gt;
 *   &lt;property name="sammlung" type="Boolean" value="false"/&gt;
 *   &lt;property name="design" value="berichte/meine-vorlage.rptdesign"/&gt;
 *   &lt;property name="kurs" value="biq"/&gt;  (only for a course's template)
 * &lt;/scr:component&gt;
 * </pre>
 *
 * The contributing bundle imports the package {@code org.quartierwerk.reports}.
 */
public final class VorlagenDatei implements Berichtsvorlage {

	private String id;
	private String titel;
	private String beschreibung;
	private Set<Berichtsformat> formate;
	private boolean sammlung;
	private String kurs;
	private URL design;

	public void activate(ComponentContext context) {
		Dictionary<String, Object> properties = context.getProperties();
		Bundle bundle = context.getBundleContext().getBundle();
		id = text(properties, "id");
		titel = text(properties, "titel");
		beschreibung = text(properties, "beschreibung");
		formate = EnumSet.noneOf(Berichtsformat.class);
		Arrays.stream(text(properties, "formate").split(",")).map(Berichtsformat::von)
				.forEach(format -> format.ifPresent(formate::add));
		sammlung = Boolean.TRUE.equals(properties.get("sammlung"));
		kurs = text(properties, "kurs");
		String path = text(properties, "design");
		design = bundle.getEntry(path);
		if (design == null) {
			throw new IllegalStateException("Die Berichtsvorlage " + path + " fehlt in " + bundle.getSymbolicName() + ".");
		}
	}

	private static String text(Dictionary<String, Object> properties, String key) {
		Object value = properties.get(key);
		return value == null ? "" : value.toString();
	}

	@Override
	public String id() {
		return id;
	}

	@Override
	public String titel() {
		return titel;
	}

	@Override
	public String beschreibung() {
		return beschreibung;
	}

	@Override
	public Set<Berichtsformat> formate() {
		return formate;
	}

	@Override
	public boolean sammlung() {
		return sammlung;
	}

	@Override
	public String kurs() {
		return kurs;
	}

	@Override
	public URL design() {
		return design;
	}
}
