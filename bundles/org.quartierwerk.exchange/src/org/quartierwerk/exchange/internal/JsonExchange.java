package org.quartierwerk.exchange.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emfcloud.jackson.module.EMFModule;
import org.eclipse.emfcloud.jackson.resource.JsonResourceFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.quartierwerk.catalog.Katalog;
import org.quartierwerk.core.DurableFile;
import org.quartierwerk.core.InputFiles;
import org.quartierwerk.core.PraxisbeispielStore;
import org.quartierwerk.core.StoreException;
import org.quartierwerk.core.WorkspaceLocator;
import org.quartierwerk.exchange.Exchange;
import org.eclipse.osgi.util.NLS;
import org.quartierwerk.exchange.ExchangeException;
import org.quartierwerk.model.Bezeichnungen;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.QuartierwerkPackage;
import org.quartierwerk.model.QuartierwerkResources;
import org.quartierwerk.model.Teildatum;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;

/**
 * Quartierwerk JSON through emfjson-jackson, the DStGB format, CSV, and seeding new workspaces.
 * <p>
 * Größe: the one implementation of the Exchange service: reading with the checks whose messages name file,
 * Praxisbeispiel and field, and adding to the workspace all or nothing. The DStGB mapping and the CSV overview
 * already live in classes of their own.
 */
@Component(service = Exchange.class)
public final class JsonExchange implements Exchange {

	/** Marks a workspace that has had its examples, so deleted examples do not come back. */
	static final String SEEDED_MARKER = WorkspaceLocator.EXAMPLES_MARKER;

	private static final String DSTGB_EXAMPLES = "beispiele/dstgb150-praxisbeispiele.json";

	/** Longest project name taken from a title, in characters and in UTF-8 bytes (file names have at most 255 bytes). */
	private static final int MAX_NAME_CHARS = 100;
	private static final int MAX_NAME_BYTES = 180;

	/** A base with its own scheme: catalogue URIs are written absolute, in-document references as fragments. */
	private static final URI DOCUMENT = URI.createURI("austausch:/praxisbeispiele.json");

	private final ObjectMapper mapper = EMFModule.setupDefaultMapper().registerModule(teildatumAsText());
	private final PraxisbeispielStore store;
	private final WorkspaceLocator workspace;
	private final Katalog katalog;

	@Activate
	public JsonExchange(@Reference PraxisbeispielStore store, @Reference WorkspaceLocator workspace, @Reference Katalog katalog) {
		this.store = store;
		this.workspace = workspace;
		this.katalog = katalog;
	}

	@Override
	public List<Praxisbeispiel> read(Path file) throws ExchangeException {
		try {
			return parse(InputFiles.read(file, MAX_FILE_SIZE, Messages.import_purpose), file.toString());
		} catch (ExchangeException e) {
			throw e;
		} catch (StoreException e) {
			throw new ExchangeException(e.getMessage(), e);
		}
	}

	@Override
	public List<Praxisbeispiel> read(InputStream in, String name) throws ExchangeException {
		try {
			return parse(InputFiles.read(in, name, MAX_FILE_SIZE, Messages.import_purpose), name);
		} catch (ExchangeException e) {
			throw e;
		} catch (StoreException e) {
			throw new ExchangeException(e.getMessage(), e);
		}
	}

	private List<Praxisbeispiel> parse(byte[] content, String source) throws ExchangeException {
		JsonNode root;
		try {
			root = new ObjectMapper().readTree(content);
		} catch (JsonProcessingException e) {
			throw new ExchangeException(NLS.bind(Messages.json_invalid, source, where(e.getLocation())), e);
		} catch (IOException e) {
			throw new ExchangeException(NLS.bind(Messages.json_unreadable, source), e);
		}
		if (root == null || root.isMissingNode()) {
			throw new ExchangeException(NLS.bind(Messages.json_empty, source));
		}
		if (DstgbFormat.matches(root)) {
			return speicherbar(DstgbFormat.read(root, source), source);
		}
		String namensraum = namensraum(root);
		if (QuartierwerkResources.neueresFormat(namensraum)) {
			throw new ExchangeException(NLS.bind(Messages.json_newerFormat, source,
					namensraum.substring(QuartierwerkResources.MODEL_NAMESPACE_PREFIX.length())));
		}
		if (!QuartierwerkPackage.eNS_URI.equals(namensraum) && !QuartierwerkResources.NAMESPACE_1_0.equals(namensraum)) {
			throw new ExchangeException(NLS.bind(Messages.json_unknownFormat, source));
		}
		ResourceSet set = newResourceSet();
		List<Resource> dokumente = new ArrayList<>();
		boolean format10 = QuartierwerkResources.NAMESPACE_1_0.equals(namensraum);
		if (root.isArray()) {
			// each Praxisbeispiel is a document of its own, its references relative to itself
			for (JsonAbschnitte.Abschnitt abschnitt : abschnitte(content, format10, source)) {
				if (abschnitt.text() == null) {
					throw new ExchangeException(NLS.bind(Messages.json_notAProject, source, Messages.json_noObject));
				}
				dokumente.add(lade(set, URI.createURI("austausch:/praxisbeispiel-" + (abschnitt.index() + 1) + ".json"),
						abschnitt.text(), source));
			}
		} else {
			dokumente.add(lade(set, DOCUMENT, content, source));
		}
		List<Praxisbeispiel> beispiele = new ArrayList<>();
		for (Resource dokument : dokumente) {
			for (EObject inhalt : dokument.getContents()) {
				if (!(inhalt instanceof Praxisbeispiel beispiel)) {
					throw new ExchangeException(NLS.bind(Messages.json_notAProject, source, inhalt.eClass().getName()));
				}
				beispiele.add(beispiel);
			}
		}
		dokumente.forEach(EcoreUtil::resolveAll);
		if (format10) {
			QuartierwerkResources.ausFormat10(beispiele);
		}
		return speicherbar(beispiele, source);
	}

	private static Resource lade(ResourceSet set, URI uri, byte[] content, String source) throws ExchangeException {
		Resource resource = set.createResource(uri);
		try (InputStream in = new ByteArrayInputStream(content)) {
			resource.load(in, null);
		} catch (IOException | RuntimeException e) {
			throw new ExchangeException(NLS.bind(Messages.json_unreadableBecause, source, describe(e)), e);
		}
		if (!resource.getErrors().isEmpty()) {
			Resource.Diagnostic fehler = resource.getErrors().get(0);
			throw new ExchangeException(NLS.bind(Messages.json_unreadableBecause, source,
					NLS.bind(Messages.json_invalidValue, stelle(fehler.getLine(), fehler.getColumn()))));
		}
		return resource;
	}

	private static List<JsonAbschnitte.Abschnitt> abschnitte(byte[] content, boolean format10, String source) throws ExchangeException {
		try {
			return JsonAbschnitte.von(content, format10);
		} catch (IOException e) {
			throw new ExchangeException(NLS.bind(Messages.json_unreadable, source), e);
		}
	}

	/**
	 * Refuses what a project file cannot hold, naming the project and the field: a character XML does not allow (a
	 * control character, U+FFFE, half of a surrogate pair) and a number no one can calculate with. Otherwise the import
	 * would be read and then fail when it is saved, with no word about where.
	 */
	private static List<Praxisbeispiel> speicherbar(List<Praxisbeispiel> beispiele, String source) throws ExchangeException {
		for (int i = 0; i < beispiele.size(); i++) {
			Praxisbeispiel beispiel = beispiele.get(i);
			List<EObject> objekte = new ArrayList<>();
			objekte.add(beispiel);
			beispiel.eAllContents().forEachRemaining(objekte::add);
			for (EObject objekt : objekte) {
				for (EAttribute attribut : objekt.eClass().getEAllAttributes()) {
					if (!objekt.eIsSet(attribut)) {
						continue;
					}
					Object wert = objekt.eGet(attribut);
					for (Object einzeln : attribut.isMany() ? (List<?>) wert : Collections.singletonList(wert)) {
						if (einzeln instanceof String text) {
							int zeichen = nichtSpeicherbar(text);
							if (zeichen >= 0) {
								throw new ExchangeException(
										NLS.bind(Messages.json_badCharacter, wo(source, i, beispiel, attribut), String.format("%04X", zeichen)));
							}
						} else if (einzeln instanceof BigDecimal zahl && !QuartierwerkResources.rechenbar(zahl)) {
							throw new ExchangeException(NLS.bind(Messages.json_numberTooLong,
									new Object[] { wo(source, i, beispiel, attribut), kurz(zahl.toString()),
											QuartierwerkResources.MAX_STELLEN_VOR_DEM_KOMMA, QuartierwerkResources.MAX_STELLEN_NACH_DEM_KOMMA }));
						}
					}
				}
			}
		}
		return beispiele;
	}

	/** The first code point that XML 1.0, and so a project file, cannot hold; or -1. */
	private static int nichtSpeicherbar(String text) {
		return text.codePoints().filter(c -> !(c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF
				|| c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF)).findFirst().orElse(-1);
	}

	/** "datei.json: Praxisbeispiel 2 („Titel“), Feld „Betrag“" */
	private static String wo(String source, int index, Praxisbeispiel beispiel, EAttribute attribut) {
		String titel = beispiel.getTitel();
		if (titel == null || titel.isBlank() || nichtSpeicherbar(titel) >= 0) {
			return NLS.bind(Messages.json_where, new Object[] { source, index + 1, Bezeichnungen.feld(attribut) });
		}
		return NLS.bind(Messages.json_whereTitled, new Object[] { source, index + 1, kurz(titel), Bezeichnungen.feld(attribut) });
	}

	private static String kurz(String text) {
		return text.length() <= 60 ? text : text.substring(0, text.offsetByCodePoints(0, 59)) + "\u2026";
	}

	/** The namespace of the first object's class ("http://quartierwerk.org/model/2.0"), or null. */
	private static String namensraum(JsonNode root) {
		JsonNode first = root.isArray() && !root.isEmpty() ? root.get(0) : root;
		if (!first.isObject() || !first.has("eClass")) {
			return null;
		}
		String klasse = first.get("eClass").asText();
		int raute = klasse.indexOf('#');
		return raute < 0 ? null : klasse.substring(0, raute);
	}

	/**
	 * One Praxisbeispiel as an object; several as an array in which each is written as a document of its own, so its
	 * references are relative to itself and it can be moved into another file (docs/austauschformate.md).
	 */
	@Override
	public void writeJson(List<Praxisbeispiel> beispiele, OutputStream out) throws IOException {
		if (beispiele.size() == 1) {
			dokument(beispiele.get(0)).save(out, null);
			return;
		}
		ArrayNode alle = mapper.createArrayNode();
		for (Praxisbeispiel beispiel : beispiele) {
			ByteArrayOutputStream einzeln = new ByteArrayOutputStream();
			dokument(beispiel).save(einzeln, null);
			alle.add(mapper.readTree(einzeln.toByteArray()));
		}
		mapper.writerWithDefaultPrettyPrinter().writeValue(out, alle);
	}

	/** A copy of the Praxisbeispiel alone in a JSON resource, so the caller's object stays in its own resource. */
	private Resource dokument(Praxisbeispiel beispiel) {
		Resource resource = newResourceSet().createResource(DOCUMENT);
		resource.getContents().add(EcoreUtil.copy(beispiel));
		return resource;
	}

	@Override
	public void writeCsv(SequencedMap<String, Praxisbeispiel> beispiele, Writer out) throws IOException {
		CsvOverview.write(beispiele, out);
	}

	@Override
	public synchronized List<Uebernahme> addToWorkspace(List<Praxisbeispiel> beispiele) throws StoreException {
		List<String> vorhanden = store.names();
		Set<String> vergeben = new HashSet<>(vorhanden);
		SequencedMap<String, Praxisbeispiel> neue = new LinkedHashMap<>();
		List<Uebernahme> uebernahmen = new ArrayList<>();
		for (Praxisbeispiel beispiel : beispiele) {
			String gleich = identischeKopie(beispiel, vorhanden);
			if (gleich != null) {
				uebernahmen.add(new Uebernahme(gleich, false));
				continue;
			}
			String name = freeName(beispiel.getTitel(), vergeben);
			vergeben.add(name);
			neue.put(name, beispiel);
			uebernahmen.add(new Uebernahme(name, true));
		}
		if (!neue.isEmpty()) {
			store.addAll(neue);
		}
		return uebernahmen;
	}

	/** The name of a project in the workspace with the same content, under the title's name or a numbered one; or null. */
	private String identischeKopie(Praxisbeispiel beispiel, List<String> vorhanden) {
		String basis = baseName(beispiel.getTitel());
		for (String name : vorhanden) {
			if (name.equals(basis) || name.startsWith(basis + " (") && name.matches(Pattern.quote(basis) + " \\(\\d+\\)")) {
				try {
					if (EcoreUtil.equals(beispiel, store.load(name))) {
						return name;
					}
				} catch (StoreException e) {
					// an unreadable project is no copy; the import gets its own name
				}
			}
		}
		return null;
	}

	@Override
	public List<Praxisbeispiel> dstgbBeispiele() throws ExchangeException {
		try (InputStream in = JsonExchange.class.getClassLoader().getResourceAsStream(DSTGB_EXAMPLES)) {
			if (in == null) {
				throw new ExchangeException(NLS.bind(Messages.examples_missing, DSTGB_EXAMPLES));
			}
			return parse(in.readAllBytes(), DSTGB_EXAMPLES);
		} catch (ExchangeException e) {
			throw e;
		} catch (IOException e) {
			throw new ExchangeException(NLS.bind(Messages.examples_unreadable, DSTGB_EXAMPLES, e.getMessage()), e);
		}
	}

	@Override
	public synchronized List<String> seedWorkspace() throws IOException {
		Path marker = workspace.folder().resolve(SEEDED_MARKER);
		if (Files.exists(marker) || !store.names().isEmpty()) {
			return List.of();
		}
		List<String> namen = addToWorkspace(dstgbBeispiele()).stream().filter(Uebernahme::neu).map(Uebernahme::name).toList();
		DurableFile.replace(marker, (Messages.seed_marker + "\n").getBytes(StandardCharsets.UTF_8), false);
		return namen;
	}

	/** A Teildatum is written as in XMI ("2018", "2018-07", "2018-07-01"); emfjson alone would try it as a bean. */
	private static SimpleModule teildatumAsText() {
		return new SimpleModule("Teildatum").addSerializer(Teildatum.class, ToStringSerializer.instance)
				.addDeserializer(Teildatum.class, new JsonDeserializer<>() {
					@Override
					public Teildatum deserialize(JsonParser parser, DeserializationContext context) throws IOException {
						try {
							return Teildatum.valueOf(parser.getValueAsString());
						} catch (IllegalArgumentException e) {
							throw JsonMappingException.from(parser, e.getMessage(), e);
						}
					}
				});
	}

	private ResourceSet newResourceSet() {
		ResourceSet set = QuartierwerkResources.newResourceSet(katalog.ressourcen());
		set.getResourceFactoryRegistry().getProtocolToFactoryMap().put(DOCUMENT.scheme(), new JsonResourceFactory(mapper));
		return set;
	}

	/** The title made a valid, unused project name: no path characters, at most 100 characters, numbered if taken. */
	static String freeName(String titel, Collection<String> vergeben) {
		String basis = baseName(titel);
		String name = basis;
		for (int nummer = 2; vergeben.contains(name); nummer++) {
			name = basis + " (" + nummer + ")";
		}
		return name;
	}

	/**
	 * The title made a valid project name: no path or control characters (also C1 controls, which the store refuses),
	 * no half surrogate pairs, at most 100 characters and 180 UTF-8 bytes, so that the file, its temporary and backup
	 * names and a number fit the 255 bytes of a file name.
	 */
	static String baseName(String titel) {
		StringBuilder basis = new StringBuilder();
		int bytes = 0;
		String text = titel == null ? "" : titel.strip().replaceFirst("^[.\\s]+", "");
		for (int i = 0; i < text.length();) {
			int zeichen = text.codePointAt(i);
			i += Character.charCount(zeichen);
			if (zeichen == '/' || zeichen == '\\' || Character.isISOControl(zeichen)
					|| zeichen >= Character.MIN_SURROGATE && zeichen <= Character.MAX_SURROGATE) {
				zeichen = '-';
			}
			String teil = Character.toString(zeichen);
			bytes += teil.getBytes(StandardCharsets.UTF_8).length;
			if (basis.length() + teil.length() > MAX_NAME_CHARS || bytes > MAX_NAME_BYTES) {
				break;
			}
			basis.append(teil);
		}
		String name = basis.toString().strip();
		return name.isEmpty() ? "Praxisbeispiel" : name;
	}

	private static String where(JsonLocation location) {
		return location == null || location.getLineNr() < 0 ? ""
				: NLS.bind(Messages.json_position, location.getLineNr(), location.getColumnNr());
	}

	/** Where and that the content does not fit the model, without the JSON library's wording. */
	private static String describe(Throwable e) {
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			if (cause instanceof JsonProcessingException json) {
				return NLS.bind(Messages.json_invalidValue, where(json.getLocation()));
			}
		}
		return NLS.bind(Messages.json_invalidValue, "");
	}

	private static String stelle(int zeile, int spalte) {
		return zeile <= 0 ? "" : NLS.bind(Messages.json_position, zeile, spalte);
	}
}
