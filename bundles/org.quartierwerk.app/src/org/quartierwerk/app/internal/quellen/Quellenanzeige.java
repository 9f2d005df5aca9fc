package org.quartierwerk.app.internal.quellen;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.Enumerator;
import org.quartierwerk.app.internal.basis.Messages;
import org.quartierwerk.model.Bezeichnungen;
import org.quartierwerk.model.Finanzierungsart;
import org.quartierwerk.model.Finanzierungsquelle;
import org.quartierwerk.model.Textvergleich;

/** How the Finanzierungsquellen view shows the catalogue: which sources a search finds, their groups, their details. */
final class Quellenanzeige {

	/** One Finanzierungsart with its visible sources; {@code art} is null for sources without one. */
	record Gruppe(Finanzierungsart art, List<Finanzierungsquelle> quellen) {
	}

	/** The details of a source, one line per stated value; what the catalogue does not state is left out. */
	static String beschreibe(Finanzierungsquelle q, Messages texte) {
		List<String> zeilen = new ArrayList<>();
		zeilen.add(String.valueOf(q.getName()));
		zeilen.add("");
		zeile(zeilen, texte.quellenArt, q.isSetArt() ? Bezeichnungen.von(q.getArt()) : null);
		zeile(zeilen, texte.quellenGeber, q.getGeber());
		zeile(zeilen, texte.quellenProgramm, q.getProgramm());
		zeile(zeilen, texte.quellenRechtsgrundlage, q.getRechtsgrundlage());
		zeile(zeilen, texte.quellenFoerderquote, q.getFoerderquoteMax() == null ? null : q.getFoerderquoteMax().stripTrailingZeros().toPlainString());
		zeile(zeilen, texte.quellenHoechstbetrag, euro(q.getHoechstbetrag()));
		zeile(zeilen, texte.quellenLaufzeit, q.getMaxLaufzeitJahre() == null ? null : q.getMaxLaufzeitJahre().toString());
		zeile(zeilen, texte.quellenTurnus, q.getTurnus());
		zeile(zeilen, texte.quellenFoerdergebiet, q.getFoerdergebiet().isEmpty() ? texte.quellenUeberall : namen(q.getFoerdergebiet()));
		zeile(zeilen, texte.quellenHandlungsfelder, q.getHandlungsfelder().isEmpty() ? null : namen(q.getHandlungsfelder()));
		if (q.getBeschreibung() != null && !q.getBeschreibung().isBlank()) {
			zeilen.add("");
			zeilen.add(q.getBeschreibung());
		}
		zeilen.add("");
		zeile(zeilen, texte.quellenBeleg, q.getBeleg());
		return String.join("\n", zeilen);
	}

	private static void zeile(List<String> zeilen, String muster, String wert) {
		if (wert != null && !wert.isBlank()) {
			zeilen.add(Messages.format(muster, wert));
		}
	}

	private static String namen(List<? extends Enumerator> literale) {
		return literale.stream().map(Bezeichnungen::von).collect(Collectors.joining(", "));
	}

	private static String euro(BigDecimal betrag) {
		return betrag == null ? null : new DecimalFormat("#,##0 €", DecimalFormatSymbols.getInstance(Locale.GERMANY)).format(betrag);
	}

	/** Case-insensitive in name, Geber, Programm, Beschreibung and the Art's German name. */
	static boolean passtZu(Finanzierungsquelle q, String text) {
		if (text.isEmpty()) {
			return true;
		}
		return Stream.of(q.getName(), q.getGeber(), q.getProgramm(), q.getBeschreibung(),
				q.isSetArt() ? Bezeichnungen.von(q.getArt()) : null)
				.anyMatch(feld -> feld != null && Textvergleich.suchform(feld).contains(text));
	}

	/** Groups in the order of the Finanzierungsart literals, sources without one last. */
	static List<Gruppe> gruppen(List<Finanzierungsquelle> quellen) {
		Map<Finanzierungsart, List<Finanzierungsquelle>> jeArt = new LinkedHashMap<>();
		for (Finanzierungsart art : Finanzierungsart.values()) {
			jeArt.put(art, new ArrayList<>());
		}
		List<Finanzierungsquelle> ohneArt = new ArrayList<>();
		for (Finanzierungsquelle q : quellen) {
			(q.isSetArt() ? jeArt.get(q.getArt()) : ohneArt).add(q);
		}
		List<Gruppe> gruppen = new ArrayList<>();
		jeArt.forEach((art, liste) -> {
			if (!liste.isEmpty()) {
				gruppen.add(new Gruppe(art, liste));
			}
		});
		if (!ohneArt.isEmpty()) {
			gruppen.add(new Gruppe(null, ohneArt));
		}
		return gruppen;
	}

	private Quellenanzeige() {
	}
}
