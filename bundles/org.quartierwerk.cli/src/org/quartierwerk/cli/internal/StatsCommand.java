package org.quartierwerk.cli.internal;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.quartierwerk.catalog.Katalog;
import org.quartierwerk.cli.CliCommand;
import org.quartierwerk.core.PraxisbeispielStore;
import org.quartierwerk.model.Bezeichnungen;
import org.quartierwerk.model.Partizipationsmodell;
import org.quartierwerk.model.Partizipationsstufe;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.Projektphase;
import org.quartierwerk.model.analyse.Sammlung;

/** {@code quartierwerk statistik}: counts and the participation profile of the workspace's Praxisbeispiele. */
@Component(service = CliCommand.class)
public final class StatsCommand implements CliCommand {

	@Reference
	private PraxisbeispielStore store;

	@Reference
	private Katalog katalog;

	@Override
	public Description description() {
		return new Description("statistik", "", Messages.statsSummary).formerly("stats");
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		if (!args.isEmpty()) {
			err.println(NLS.bind(Messages.noArgumentsExpected, description().name()));
			return USAGE;
		}
		Sammlungsdaten daten = Sammlungsdaten.lade(store, err);
		List<Praxisbeispiel> beispiele = List.copyOf(daten.beispiele().values());
		out.println(NLS.bind(Messages.statsCount, beispiele.size()));
		zaehlung(out, Messages.statsBundesland, Sammlung.anzahlJeBundesland(beispiele));
		zaehlung(out, Messages.statsHerausforderung, Sammlung.anzahlJeHerausforderung(beispiele));
		zaehlung(out, Messages.statsFinanzierungsart, Sammlung.anzahlJeFinanzierungsart(beispiele));
		for (Partizipationsmodell modell : katalog.partizipationsmodelle()) {
			out.println(NLS.bind(Messages.statsProfil, modell.getName()));
			NumberFormat prozent = NumberFormat.getNumberInstance(Locale.GERMANY);
			for (Map.Entry<Projektphase, Map<Partizipationsstufe, BigDecimal>> phase : Sammlung.partizipationsprofil(beispiele, modell)
					.entrySet()) {
				out.println("  " + Bezeichnungen.von(phase.getKey()) + ": " + phase.getValue().entrySet().stream()
						.map(e -> e.getKey().getName() + " " + prozent.format(e.getValue()) + " %").collect(Collectors.joining(", ")));
			}
		}
		return daten.unlesbar() == 0 ? OK : FAILED;
	}

	private static void zaehlung(PrintStream out, String ueberschrift, Map<? extends Enumerator, Long> anzahl) {
		out.println(ueberschrift);
		anzahl.forEach((wert, n) -> out.println("  " + Bezeichnungen.von(wert) + ": " + n));
	}
}
