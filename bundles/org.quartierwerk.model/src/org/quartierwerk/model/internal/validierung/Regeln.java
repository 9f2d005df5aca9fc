package org.quartierwerk.model.internal.validierung;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EContentsEList;
import org.quartierwerk.model.Ausgabeposition;
import org.quartierwerk.model.Beteiligung;
import org.quartierwerk.model.Bewilligungsstatus;
import org.quartierwerk.model.Bezeichnungen;
import org.quartierwerk.model.Finanzierungsanteil;
import org.quartierwerk.model.Finanzierungsplan;
import org.quartierwerk.model.Finanzierungsquelle;
import org.quartierwerk.model.Kennzahl;
import org.quartierwerk.model.Laufzeit;
import org.quartierwerk.model.Partizipationsstufe;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.Quartier;
import org.quartierwerk.model.QuartierwerkPackage.Literals;
import org.quartierwerk.model.Stelle;
import org.quartierwerk.model.internal.util.QuartierwerkValidator;
import org.quartierwerk.model.validierung.Validierung;

/**
 * The rules behind the constraints named in {@code quartierwerk.ecore}: the generated validator
 * calls one method per constraint, and this subclass gives each its meaning and a German message.
 * The generic checks of EMF (required fields) report in German too.
 */
public final class Regeln extends QuartierwerkValidator {

	public static final Regeln INSTANCE = new Regeln();

	/** Sums may differ by less than half a cent. */
	private static final BigDecimal TOLERANZ = new BigDecimal("0.005");
	private static final BigDecimal HUNDERT = new BigDecimal("100");

	@Override
	protected boolean validate_MultiplicityConforms(EObject object, EStructuralFeature feature, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		if (feature.isRequired() && !object.eIsSet(feature)) {
			return fehler(diagnostics, object, feature, "Das Pflichtfeld \u201E" + feld(feature) + "\u201C ist nicht ausgefüllt.");
		}
		return super.validate_MultiplicityConforms(object, feature, diagnostics, context);
	}

	@Override
	public boolean validate_EveryProxyResolves(EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return verweise(object, diagnostics, EObject::eIsProxy, "zeigt auf etwas, das nicht gefunden wurde");
	}

	@Override
	public boolean validate_EveryReferenceIsContained(EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (object.eResource() == null) {
			return true;
		}
		return verweise(object, diagnostics, target -> !target.eIsProxy() && target.eResource() == null,
				"zeigt auf etwas, das nirgends gespeichert ist");
	}

	/** Reports each cross reference of the object for which the test holds. */
	private boolean verweise(EObject object, DiagnosticChain diagnostics, Predicate<EObject> test,
			String befund) {
		boolean ok = true;
		for (EContentsEList.FeatureIterator<EObject> targets = (EContentsEList.FeatureIterator<EObject>) object.eCrossReferences()
				.iterator(); targets.hasNext();) {
			EObject target = targets.next();
			if (test.test(target)) {
				ok = fehler(diagnostics, object, targets.feature(), "Der Verweis im Feld \u201E" + feld(targets.feature()) + "\u201C "
						+ befund + ".");
			}
		}
		return ok;
	}

	@Override
	public boolean validatePraxisbeispiel_pflichtangaben(Praxisbeispiel beispiel, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		boolean ok = true;
		if (beispiel.getTitel() != null && beispiel.getTitel().isBlank()) {
			ok &= fehler(diagnostics, beispiel, Literals.PRAXISBEISPIEL__TITEL, "Der Titel ist leer.");
		}
		ok &= gesetzt(diagnostics, beispiel, Literals.PRAXISBEISPIEL__BUNDESLAND);
		ok &= gesetzt(diagnostics, beispiel, Literals.PRAXISBEISPIEL__HERAUSFORDERUNG);
		ok &= gesetzt(diagnostics, beispiel, Literals.PRAXISBEISPIEL__TRAEGER);
		return ok;
	}

	@Override
	public boolean validatePraxisbeispiel_traegerIstOrganisation(Praxisbeispiel beispiel, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		return pruefe(diagnostics, beispiel, Literals.PRAXISBEISPIEL__TRAEGER,
				() -> beispiel.getTraeger() == null || beispiel.getOrganisationen().contains(beispiel.getTraeger()),
				"Der Träger muss eine der Organisationen des Praxisbeispiels sein.");
	}

	@Override
	public boolean validateQuartier_einwohnerPlausibel(Quartier quartier, DiagnosticChain diagnostics, Map<Object, Object> context) {
		Integer einwohner = quartier.getEinwohner();
		Integer kommune = quartier.getKommuneEinwohner();
		boolean ok = pruefe(diagnostics, quartier, Literals.QUARTIER__EINWOHNER, () -> einwohner == null || einwohner >= 0,
				"Die Zahl der Einwohner darf nicht negativ sein.");
		ok &= pruefe(diagnostics, quartier, Literals.QUARTIER__KOMMUNE_EINWOHNER, () -> kommune == null || kommune >= 0,
				"Die Zahl der Einwohner der Kommune darf nicht negativ sein.");
		return ok & pruefe(diagnostics, quartier, Literals.QUARTIER__EINWOHNER,
				() -> einwohner == null || kommune == null || einwohner <= kommune,
				"Das Quartier hat mehr Einwohner (" + einwohner + ") als seine Kommune (" + kommune + ").");
	}

	@Override
	public boolean validateLaufzeit_beginnVorEnde(Laufzeit laufzeit, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return pruefe(diagnostics, laufzeit, Literals.LAUFZEIT__ENDE,
				() -> laufzeit.getBeginn() == null || laufzeit.getEnde() == null
						|| laufzeit.getBeginn().kannVorOderAm(laufzeit.getEnde()),
				"Das Ende (" + laufzeit.getEnde() + ") liegt vor dem Beginn (" + laufzeit.getBeginn() + ").");
	}

	@Override
	public boolean validateStelle_umfangImBereich(Stelle stelle, DiagnosticChain diagnostics, Map<Object, Object> context) {
		BigDecimal umfang = stelle.getUmfangProzent();
		return pruefe(diagnostics, stelle, Literals.STELLE__UMFANG_PROZENT,
				() -> umfang == null || umfang.signum() > 0 && umfang.compareTo(HUNDERT) <= 0,
				"Der Umfang muss über 0 und höchstens 100 Prozent einer Vollzeitstelle sein, nicht " + zahl(umfang) + ".");
	}

	@Override
	public boolean validateAusgabeposition_betragNichtNegativ(Ausgabeposition ausgabe, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		return nichtNegativ(diagnostics, ausgabe, Literals.AUSGABEPOSITION__BETRAG, ausgabe.getBetrag());
	}

	@Override
	public boolean validateFinanzierungsanteil_betragNichtNegativ(Finanzierungsanteil anteil, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		return nichtNegativ(diagnostics, anteil, Literals.FINANZIERUNGSANTEIL__BETRAG, anteil.getBetrag());
	}

	@Override
	public boolean validateFinanzierungsanteil_anteilImBereich(Finanzierungsanteil anteil, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		return prozent(diagnostics, anteil, Literals.FINANZIERUNGSANTEIL__ANTEIL_PROZENT, anteil.getAnteilProzent());
	}

	@Override
	public boolean validateFinanzierungsquelle_quoteImBereich(Finanzierungsquelle quelle, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		return prozent(diagnostics, quelle, Literals.FINANZIERUNGSQUELLE__FOERDERQUOTE_MAX, quelle.getFoerderquoteMax());
	}

	@Override
	public boolean validateFinanzierungsquelle_hoechstbetragNichtNegativ(Finanzierungsquelle quelle,
			DiagnosticChain diagnostics, Map<Object, Object> context) {
		return nichtNegativ(diagnostics, quelle, Literals.FINANZIERUNGSQUELLE__HOECHSTBETRAG, quelle.getHoechstbetrag());
	}

	/**
	 * Σ Finanzierung = Σ Ausgaben overall and, where every amount names its year, per year; a plan without any
	 * Ausgaben only gets a warning.
	 */
	@Override
	public boolean validateFinanzierungsplan_ausgeglichen(Finanzierungsplan plan, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		List<Finanzierungsanteil> anteile = plan.getAnteile().stream()
				.filter(a -> a.getBetrag() != null && a.getStatus() != Bewilligungsstatus.ABGELEHNT).toList();
		List<Ausgabeposition> ausgaben = plan.getAusgaben().stream().filter(a -> a.getBetrag() != null).toList();
		boolean ok = true;
		BigDecimal prozente = plan.getAnteile().stream().map(Finanzierungsanteil::getAnteilProzent).filter(Objects::nonNull)
				.reduce(BigDecimal.ZERO, BigDecimal::add);
		ok &= pruefe(diagnostics, plan, Literals.FINANZIERUNGSPLAN__ANTEILE, () -> prozente.compareTo(HUNDERT.add(new BigDecimal("0.1"))) <= 0,
				"Die Anteile der Finanzierung ergeben zusammen " + zahl(prozente) + " Prozent, mehr als 100 Prozent.");
		if (anteile.isEmpty() && ausgaben.isEmpty()) {
			return ok;
		}
		if (ausgaben.isEmpty()) {
			// documented funding without a cost plan (as in the DStGB examples) is incomplete, not contradictory
			return ok & warnung(diagnostics, plan, Literals.FINANZIERUNGSPLAN__AUSGABEN, "Der Finanzierungsplan nennt Finanzierung von "
					+ euro(summeAnteile(anteile)) + ", aber keine Ausgaben; ob er ausgeglichen ist, lässt sich erst mit den Ausgaben prüfen.");
		}
		ok &= ausgleich(diagnostics, plan, "insgesamt", summeAusgaben(ausgaben), summeAnteile(anteile));
		boolean jedesJahrBekannt = anteile.stream().allMatch(a -> a.getJahr() != null)
				&& ausgaben.stream().allMatch(a -> a.getJahr() != null);
		if (jedesJahrBekannt) {
			TreeSet<Integer> jahre = new TreeSet<>();
			anteile.forEach(a -> jahre.add(a.getJahr()));
			ausgaben.forEach(a -> jahre.add(a.getJahr()));
			for (Integer jahr : jahre) {
				ok &= ausgleich(diagnostics, plan, "im Jahr " + jahr,
						summeAusgaben(ausgaben.stream().filter(a -> jahr.equals(a.getJahr())).toList()),
						summeAnteile(anteile.stream().filter(a -> jahr.equals(a.getJahr())).toList()));
			}
		}
		return ok;
	}

	/** A source's share of the eligible expenditure stays within its Förderquote. */
	@Override
	public boolean validateFinanzierungsplan_foerderquoteEingehalten(Finanzierungsplan plan, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		if (plan.getAusgaben().stream().noneMatch(a -> a.getBetrag() != null)) {
			return true; // without any Ausgaben the quota cannot be checked; the balance rule warns about it
		}
		BigDecimal zuwendungsfaehig = summeAusgaben(
				plan.getAusgaben().stream().filter(a -> a.getBetrag() != null && a.isZuwendungsfaehig()).toList());
		boolean ok = true;
		for (Map.Entry<Finanzierungsquelle, BigDecimal> entry : summenJeQuelle(plan).entrySet()) {
			Finanzierungsquelle quelle = entry.getKey();
			BigDecimal quote = quelle.getFoerderquoteMax();
			if (quote == null) {
				continue;
			}
			BigDecimal erlaubt = zuwendungsfaehig.multiply(quote).divide(HUNDERT);
			ok &= pruefe(diagnostics, plan, Literals.FINANZIERUNGSPLAN__ANTEILE,
					() -> entry.getValue().compareTo(erlaubt.add(TOLERANZ)) <= 0,
					"\u201E" + quelle.getName() + "\u201C fördert höchstens " + zahl(quote) + " Prozent der zuwendungsfähigen Ausgaben ("
							+ euro(erlaubt) + "), geplant sind " + euro(entry.getValue()) + ".");
		}
		return ok;
	}

	@Override
	public boolean validateFinanzierungsplan_hoechstbetragEingehalten(Finanzierungsplan plan, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		boolean ok = true;
		for (Map.Entry<Finanzierungsquelle, BigDecimal> entry : summenJeQuelle(plan).entrySet()) {
			BigDecimal hoechst = entry.getKey().getHoechstbetrag();
			if (hoechst != null) {
				ok &= pruefe(diagnostics, plan, Literals.FINANZIERUNGSPLAN__ANTEILE,
						() -> entry.getValue().compareTo(hoechst.add(TOLERANZ)) <= 0,
						"\u201E" + entry.getKey().getName() + "\u201C fördert höchstens " + euro(hoechst) + ", geplant sind "
								+ euro(entry.getValue()) + ".");
			}
		}
		return ok;
	}

	@Override
	public boolean validateBeteiligung_stufeInstalliert(Beteiligung beteiligung, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		Partizipationsstufe stufe = beteiligung.getStufe();
		if (stufe == null) {
			return warnung(diagnostics, beteiligung, Literals.BETEILIGUNG__STUFE, "Für diese Beteiligung ist keine Partizipationsstufe gewählt.");
		}
		Object installiert = context == null ? null : context.get(Validierung.INSTALLIERTE_MODELLE);
		return pruefe(diagnostics, beteiligung, Literals.BETEILIGUNG__STUFE,
				() -> !stufe.eIsProxy() && stufe.getModell() != null
						&& (!(installiert instanceof Collection<?> ids) || ids.contains(stufe.getModell().getId())),
				"Die gewählte Partizipationsstufe gehört zu keinem installierten Partizipationsmodell.");
	}

	@Override
	public boolean validateKennzahl_zielwertGesetzt(Kennzahl kennzahl, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return gesetzt(diagnostics, kennzahl, Literals.KENNZAHL__ZIELWERT);
	}

	private boolean ausgleich(DiagnosticChain diagnostics, Finanzierungsplan plan, String wann, BigDecimal ausgaben,
			BigDecimal finanzierung) {
		BigDecimal luecke = ausgaben.subtract(finanzierung);
		if (luecke.abs().compareTo(TOLERANZ) < 0) {
			return true;
		}
		String befund = luecke.signum() > 0 ? "es fehlen " + euro(luecke) : "sie übersteigt sie um " + euro(luecke.negate());
		return fehler(diagnostics, plan, Literals.FINANZIERUNGSPLAN__ANTEILE, "Der Finanzierungsplan ist " + wann
				+ " nicht ausgeglichen: Ausgaben " + euro(ausgaben) + ", Finanzierung " + euro(finanzierung) + "; " + befund + ".");
	}

	private static Map<Finanzierungsquelle, BigDecimal> summenJeQuelle(Finanzierungsplan plan) {
		// EObjects compare by identity, so each source counts once
		Map<Finanzierungsquelle, BigDecimal> summen = new LinkedHashMap<>();
		for (Finanzierungsanteil anteil : plan.getAnteile()) {
			if (anteil.getQuelle() != null && anteil.getBetrag() != null && anteil.getStatus() != Bewilligungsstatus.ABGELEHNT) {
				summen.merge(anteil.getQuelle(), anteil.getBetrag(), BigDecimal::add);
			}
		}
		return summen;
	}

	private static BigDecimal summeAusgaben(List<Ausgabeposition> ausgaben) {
		return ausgaben.stream().map(Ausgabeposition::getBetrag).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private static BigDecimal summeAnteile(List<Finanzierungsanteil> anteile) {
		return anteile.stream().map(Finanzierungsanteil::getBetrag).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private boolean gesetzt(DiagnosticChain diagnostics, EObject object, EStructuralFeature feature) {
		return pruefe(diagnostics, object, feature, () -> object.eIsSet(feature),
				"Das Feld \u201E" + feld(feature) + "\u201C ist nicht ausgefüllt.");
	}

	private boolean nichtNegativ(DiagnosticChain diagnostics, EObject object, EAttribute feature, BigDecimal betrag) {
		return pruefe(diagnostics, object, feature, () -> betrag == null || betrag.signum() >= 0,
				"Der Betrag im Feld \u201E" + feld(feature) + "\u201C darf nicht negativ sein (" + euro(betrag) + ").");
	}

	private boolean prozent(DiagnosticChain diagnostics, EObject object, EAttribute feature, BigDecimal wert) {
		return pruefe(diagnostics, object, feature,
				() -> wert == null || wert.signum() >= 0 && wert.compareTo(HUNDERT) <= 0,
				"Das Feld \u201E" + feld(feature) + "\u201C muss zwischen 0 und 100 Prozent liegen, nicht " + zahl(wert) + ".");
	}

	/** Reports an error unless the condition holds; a rule that fails itself is reported, never thrown. */
	private boolean pruefe(DiagnosticChain diagnostics, EObject object, EStructuralFeature feature, BooleanSupplier bedingung,
			String meldung) {
		boolean erfuellt;
		try {
			erfuellt = bedingung.getAsBoolean();
		} catch (RuntimeException e) {
			return fehler(diagnostics, object, feature, "Die Prüfung des Feldes \u201E" + feld(feature) + "\u201C ist gescheitert: " + e);
		}
		return erfuellt || fehler(diagnostics, object, feature, meldung);
	}

	private boolean fehler(DiagnosticChain diagnostics, EObject object, EStructuralFeature feature, String meldung) {
		melde(diagnostics, Diagnostic.ERROR, object, feature, meldung);
		return false;
	}

	private boolean warnung(DiagnosticChain diagnostics, EObject object, EStructuralFeature feature, String meldung) {
		melde(diagnostics, Diagnostic.WARNING, object, feature, meldung);
		return true;
	}

	private static void melde(DiagnosticChain diagnostics, int severity, EObject object, EStructuralFeature feature,
			String meldung) {
		if (diagnostics != null) {
			diagnostics.add(new BasicDiagnostic(severity, DIAGNOSTIC_SOURCE, 0, bezeichnung(object) + ": " + meldung,
					new Object[] { object, feature }));
		}
	}

	/** "Praxisbeispiel „Galgenhalde“", "Ausgabeposition „Miete“" or just the type. */
	static String bezeichnung(EObject object) {
		String typ = object.eClass().getName();
		for (String name : new String[] { "titel", "name", "bezeichnung", "indikator", "funktion" }) {
			EStructuralFeature feature = object.eClass().getEStructuralFeature(name);
			if (feature != null && object.eGet(feature) instanceof String text && !text.isBlank()) {
				return typ + " \u201E" + text + "\u201C";
			}
		}
		return typ;
	}

	/** The field's German label, so that users read "Bundesland", not "bundesland". */
	private static String feld(EStructuralFeature feature) {
		return Bezeichnungen.feld(feature);
	}

	private static String euro(BigDecimal betrag) {
		return betrag == null ? "–" : NumberFormat.getCurrencyInstance(Locale.GERMANY).format(betrag);
	}

	private static String zahl(BigDecimal wert) {
		return wert == null ? "–" : NumberFormat.getNumberInstance(Locale.GERMANY).format(wert);
	}
}
