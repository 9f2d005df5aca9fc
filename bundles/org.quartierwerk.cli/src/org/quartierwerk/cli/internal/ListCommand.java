package org.quartierwerk.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.quartierwerk.cli.CliCommand;
import org.quartierwerk.core.PraxisbeispielStore;
import org.quartierwerk.model.Bezeichnungen;
import org.quartierwerk.model.Bundesland;
import org.quartierwerk.model.Finanzierungsart;
import org.quartierwerk.model.GoodPracticeKriterium;
import org.quartierwerk.model.Herausforderung;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.Quartier;
import org.quartierwerk.model.Textvergleich;
import org.quartierwerk.model.analyse.Sammlung;
import org.quartierwerk.model.analyse.Sammlung.Facetten;

/** {@code quartierwerk liste [facets]}: the Praxisbeispiele that match every given facet. */
@Component(service = CliCommand.class)
public final class ListCommand implements CliCommand {

	@Reference
	private PraxisbeispielStore store;

	@Override
	public Description description() {
		return new Description("liste", "[--bundesland B] [--herausforderung H] [--finanzierungsart A] [--stufe ID] [--kriterium K] [--ort O] [--text T]",
				Messages.listSummary).formerly("list");
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		Set<Bundesland> laender = EnumSet.noneOf(Bundesland.class);
		Set<Herausforderung> herausforderungen = EnumSet.noneOf(Herausforderung.class);
		Set<Finanzierungsart> arten = EnumSet.noneOf(Finanzierungsart.class);
		Set<String> stufen = new HashSet<>();
		Set<GoodPracticeKriterium> kriterien = EnumSet.noneOf(GoodPracticeKriterium.class);
		List<String> texte = new ArrayList<>();
		List<String> orte = new ArrayList<>();
		for (int i = 0; i < args.size(); i += 2) {
			String option = args.get(i);
			if (i + 1 >= args.size()) {
				err.println(NLS.bind(Messages.optionNeedsValue, option));
				return USAGE;
			}
			String wert = args.get(i + 1);
			boolean bekannt = switch (option) {
			case "--bundesland" -> add(laender, Bundesland.class, wert, option, err);
			case "--herausforderung" -> add(herausforderungen, Herausforderung.class, wert, option, err);
			case "--finanzierungsart" -> add(arten, Finanzierungsart.class, wert, option, err);
			case "--stufe" -> stufen.add(wert) || true;
			// the projects that fulfil the Good-Practice-Kriterium by their own assessment (docs/fachmodell.md §11)
			case "--kriterium" -> add(kriterien, GoodPracticeKriterium.class, wert, option, err);
			case "--text" -> texte.add(wert);
			// a project at a place of this name or in this Kommune, among all its places (docs/fachmodell.md §1.5)
			case "--ort" -> orte.add(Textvergleich.suchform(wert).strip());
			default -> {
				err.println(NLS.bind(Messages.unknownOption, option, description().name()));
				yield false;
			}
			};
			if (!bekannt) {
				return USAGE;
			}
		}
		Sammlungsdaten daten = Sammlungsdaten.lade(store, err);
		Map<String, Praxisbeispiel> beispiele = daten.beispiele();
		Facetten facetten = new Facetten(laender, herausforderungen, arten, stufen, kriterien, texte.isEmpty() ? null : String.join(" ", texte));
		Map<Praxisbeispiel, String> namen = new IdentityHashMap<>();
		beispiele.forEach((name, beispiel) -> namen.put(beispiel, name));
		for (Praxisbeispiel treffer : Sammlung.suche(beispiele.values(), facetten)) {
			if (!orte.stream().allMatch(ort -> anOrt(treffer, ort))) {
				continue;
			}
			out.println(NLS.bind(Messages.listLine, namen.get(treffer), treffer.getTitel()));
		}
		return daten.unlesbar() == 0 ? OK : FAILED;
	}

	/** Whether a place of the project – the Quartier or one of the weitere Orte – has the text in its name or Kommune. */
	private static boolean anOrt(Praxisbeispiel beispiel, String ort) {
		List<Quartier> orte = new ArrayList<>(beispiel.getWeitereOrte());
		if (beispiel.getQuartier() != null) {
			orte.add(beispiel.getQuartier());
		}
		return orte.stream().flatMap(o -> Stream.of(o.getName(), o.getKommune())).filter(Objects::nonNull)
				.anyMatch(name -> Textvergleich.suchform(name).contains(ort));
	}

	/** Accepts the German name ("Nordrhein-Westfalen") or the literal ("NORDRHEIN_WESTFALEN"). */
	private static <E extends Enum<E> & Enumerator> boolean add(Set<E> werte, Class<E> typ, String wert, String option,
			PrintStream err) {
		Optional<E> literal = Bezeichnungen.finde(typ, wert)
				.or(() -> Bezeichnungen.finde(typ, wert.strip().toUpperCase(Locale.GERMAN).replace('-', '_').replace(' ', '_')));
		if (literal.isPresent()) {
			werte.add(literal.get());
			return true;
		}
		err.println(NLS.bind(Messages.unknownValue, new Object[] { wert, option,
				String.join(", ", EnumSet.allOf(typ).stream().map(Bezeichnungen::von).toList()) }));
		return false;
	}
}
