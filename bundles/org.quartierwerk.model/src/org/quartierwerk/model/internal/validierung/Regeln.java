package org.quartierwerk.model.internal.validierung;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EContentsEList;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.quartierwerk.model.Arbeitsschritt;
import org.quartierwerk.model.Ausgabeposition;
import org.quartierwerk.model.Beteiligung;
import org.quartierwerk.model.Bewilligungsstatus;
import org.quartierwerk.model.Bezeichnungen;
import org.quartierwerk.model.Einsparung;
import org.quartierwerk.model.Finanzierungsanteil;
import org.quartierwerk.model.Finanzierungsart;
import org.quartierwerk.model.Finanzierungsplan;
import org.quartierwerk.model.Finanzierungsquelle;
import org.quartierwerk.model.Kennzahl;
import org.quartierwerk.model.Kriteriumsbewertung;
import org.quartierwerk.model.Laufzeit;
import org.quartierwerk.model.Partizipationsstufe;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.Projektverweis;
import org.quartierwerk.model.Quartier;
import org.quartierwerk.model.QuartierwerkPackage;
import org.quartierwerk.model.QuartierwerkPackage.Literals;
import org.quartierwerk.model.Statusereignis;
import org.quartierwerk.model.Stelle;
import org.quartierwerk.model.Teildatum;
import org.quartierwerk.model.Tranche;
import org.quartierwerk.model.Ziel;
import org.quartierwerk.model.analyse.Finanzkennzahlen;
import org.quartierwerk.model.analyse.Finanzverlauf;
import org.quartierwerk.model.analyse.GoodPractice;
import org.quartierwerk.model.internal.Messages;
import org.quartierwerk.model.validierung.Validierung;

/**
 * The validator of the model's package: EMF's default constraints on every object, then the rules of the object's
 * class (docs/fachmodell.md §7), each with a German message that names the object and the field. The generic checks
 * of EMF (required fields, references) report in German too.
 * <p>
 * Every finding has one of three severities (docs/fachmodell.md §7): a <b>Fehler</b> ({@link Diagnostic#ERROR}) is a
 * contradiction in the data, a <b>Warnung</b> ({@link Diagnostic#WARNING}) names what a funder will ask for and is
 * missing, a <b>Hinweis</b> ({@link Diagnostic#INFO}) helps. Only a Fehler makes a rule fail, so a project documented
 * from a brochure, with much left unsaid, validates without Fehler.
 * <p>
 * The rules live only here: {@code quartierwerk.ecore} names no constraints, so EMF generates no validator, and
 * {@link #validate(int, Object, DiagnosticChain, Map)} dispatches by classifier to the table {@link #regeln}.
 * <p>
 * Größe: the one table of all rules of the Prüfung (docs/fachmodell.md §7), each with its check and its German
 * message, and the helpers that word those messages. A rule is looked up here and nowhere else; split by class,
 * the rules and their shared wording would be spread over several files.
 */
public final class Regeln extends EObjectValidator {

	public static final Regeln INSTANCE = new Regeln();

	/** The source of every finding of a rule. */
	public static final String DIAGNOSTIC_SOURCE = "org.quartierwerk.model";

	/** Sums may differ by less than half a cent. */
	private static final BigDecimal TOLERANZ = new BigDecimal("0.005");
	private static final BigDecimal HUNDERT = new BigDecimal("100");

	/** One rule of a class: checks the object, reports what is wrong and tells whether it holds. */
	@FunctionalInterface
	private interface Pruefung<T extends EObject> {
		boolean pruefe(T object, DiagnosticChain diagnostics, Map<Object, Object> context);
	}

	private record Regel(String name, Pruefung<EObject> pruefung) {
	}

	/** The rules per class, in the order they run; the names are those of docs/fachmodell.md §7. */
	private final Map<EClass, List<Regel>> regeln = Map.ofEntries(
			Map.entry(Literals.PRAXISBEISPIEL, List.of(
					regel("pflichtangaben", Praxisbeispiel.class, this::pflichtangaben),
					regel("traegerIstOrganisation", Praxisbeispiel.class, this::traegerIstOrganisation))),
			Map.entry(Literals.QUARTIER, List.of(regel("einwohnerPlausibel", Quartier.class, this::einwohnerPlausibel))),
			Map.entry(Literals.PROJEKTVERWEIS, List.of(regel("verweisBenanntUndGefunden", Projektverweis.class, this::verweisBenanntUndGefunden))),
			Map.entry(Literals.LAUFZEIT, List.of(regel("beginnVorEnde", Laufzeit.class, this::beginnVorEnde))),
			Map.entry(Literals.ARBEITSSCHRITT, List.of(regel("zielImProjekt", Arbeitsschritt.class, this::zielImProjekt))),
			Map.entry(Literals.STELLE, List.of(regel("umfangImBereich", Stelle.class, this::umfangImBereich),
					regel("besetzungPlausibel", Stelle.class, this::besetzungPlausibel))),
			Map.entry(Literals.FINANZIERUNGSPLAN, List.of(
					regel("ausgeglichen", Finanzierungsplan.class, this::ausgeglichen),
					regel("foerderquoteEingehalten", Finanzierungsplan.class, this::foerderquoteEingehalten),
					regel("hoechstbetragEingehalten", Finanzierungsplan.class, this::hoechstbetragEingehalten),
					regel("laufzeitEingehalten", Finanzierungsplan.class, this::laufzeitEingehalten))),
			Map.entry(Literals.AUSGABEPOSITION, List.of(
					regel("betragNichtNegativ", Ausgabeposition.class,
							(ausgabe, d, c) -> nichtNegativ(d, ausgabe, Literals.AUSGABEPOSITION__BETRAG, ausgabe.getBetrag())))),
			Map.entry(Literals.FINANZIERUNGSANTEIL, List.of(
					regel("betragNichtNegativ", Finanzierungsanteil.class,
							(anteil, d, c) -> nichtNegativ(d, anteil, Literals.FINANZIERUNGSANTEIL__BETRAG, anteil.getBetrag())),
					regel("anteilImBereich", Finanzierungsanteil.class,
							(anteil, d, c) -> prozent(d, anteil, Literals.FINANZIERUNGSANTEIL__ANTEIL_PROZENT, anteil.getAnteilProzent())),
					regel("tranchenImBetrag", Finanzierungsanteil.class, this::tranchenImBetrag),
					regel("statusverlaufStimmig", Finanzierungsanteil.class, this::statusverlaufStimmig),
					regel("anschlussBenannt", Finanzierungsanteil.class, this::anschlussBenannt))),
			Map.entry(Literals.TRANCHE, List.of(
					regel("betragNichtNegativ", Tranche.class,
							(tranche, d, c) -> nichtNegativ(d, tranche, Literals.TRANCHE__BETRAG, tranche.getBetrag())))),
			Map.entry(Literals.FINANZIERUNGSQUELLE, List.of(
					regel("quoteImBereich", Finanzierungsquelle.class,
							(quelle, d, c) -> prozent(d, quelle, Literals.FINANZIERUNGSQUELLE__FOERDERQUOTE_MAX, quelle.getFoerderquoteMax())),
					regel("hoechstbetragNichtNegativ", Finanzierungsquelle.class,
							(quelle, d, c) -> nichtNegativ(d, quelle, Literals.FINANZIERUNGSQUELLE__HOECHSTBETRAG, quelle.getHoechstbetrag())))),
			Map.entry(Literals.BETEILIGUNG, List.of(regel("stufeInstalliert", Beteiligung.class, this::stufeInstalliert))),
			Map.entry(Literals.KENNZAHL, List.of(regel("zielwertVorTermin", Kennzahl.class, this::zielwertVorTermin))),
			Map.entry(Literals.KRITERIUMSBEWERTUNG, List.of(
					regel("kriteriumEinmal", Kriteriumsbewertung.class, this::kriteriumEinmal),
					regel("bewertungZurBegruendung", Kriteriumsbewertung.class, this::bewertungZurBegruendung))),
			Map.entry(Literals.EINSPARUNG, List.of(
					regel("betragNichtNegativ", Einsparung.class,
							(einsparung, d, c) -> nichtNegativ(d, einsparung, Literals.EINSPARUNG__BETRAG, einsparung.getBetrag())),
					regel("berechnungBelegt", Einsparung.class, this::berechnungBelegt))));

	private static <T extends EObject> Regel regel(String name, Class<T> klasse, Pruefung<T> pruefung) {
		return new Regel(name, (object, diagnostics, context) -> pruefung.pruefe(klasse.cast(object), diagnostics, context));
	}

	/** Every rule as "Klasse.regel", e.g. "Praxisbeispiel.pflichtangaben", in the order of the model's classes. */
	public List<String> namen() {
		List<String> namen = new ArrayList<>();
		for (EClassifier klassifikator : getEPackage().getEClassifiers()) {
			for (Regel regel : regeln.getOrDefault(klassifikator, List.of())) {
				namen.add(klassifikator.getName() + "." + regel.name());
			}
		}
		return namen;
	}

	@Override
	protected EPackage getEPackage() {
		return QuartierwerkPackage.eINSTANCE;
	}

	/**
	 * EMF calls this for every object and data value of the package: an object gets the default constraints and then the
	 * rules of its class; the model's data types carry no constraints. Without diagnostics the first failure decides.
	 */
	@Override
	protected boolean validate(int classifierID, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!(getEPackage().getEClassifiers().get(classifierID) instanceof EClass klasse) || !(value instanceof EObject object)) {
			return true;
		}
		boolean ok = validate_EveryDefaultConstraint(object, diagnostics, context);
		for (Regel regel : regeln.getOrDefault(klasse, List.of())) {
			if (!ok && diagnostics == null) {
				break;
			}
			ok &= regel.pruefung().pruefe(object, diagnostics, context);
		}
		return ok;
	}

	@Override
	protected boolean validate_MultiplicityConforms(EObject object, EStructuralFeature feature, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		if (feature.isRequired() && !object.eIsSet(feature)) {
			return melde(diagnostics, unverzichtbar(feature) ? Diagnostic.ERROR : Diagnostic.WARNING, object, feature,
					NLS.bind(Messages.regel_required, feld(feature)));
		}
		return super.validate_MultiplicityConforms(object, feature, diagnostics, context);
	}

	@Override
	public boolean validate_EveryProxyResolves(EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return verweise(object, diagnostics, EObject::eIsProxy, Messages.regel_referenceMissing);
	}

	@Override
	public boolean validate_EveryReferenceIsContained(EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (object.eResource() == null) {
			return true;
		}
		return verweise(object, diagnostics, target -> !target.eIsProxy() && target.eResource() == null,
				Messages.regel_referenceNotStored);
	}

	/**
	 * Without a Titel or an id nothing can be named or found: a Fehler. Any other required field left empty (a row
	 * without its name, a Finanzierungsanteil without its Quelle) is incomplete, not contradictory: a Warnung.
	 */
	private static boolean unverzichtbar(EStructuralFeature feature) {
		return feature == Literals.PRAXISBEISPIEL__TITEL || feature instanceof EAttribute attribute && attribute.isID();
	}

	/** Reports each cross reference of the object for which the test holds. */
	private boolean verweise(EObject object, DiagnosticChain diagnostics, Predicate<EObject> test,
			String befund) {
		boolean ok = true;
		for (EContentsEList.FeatureIterator<EObject> targets = (EContentsEList.FeatureIterator<EObject>) object.eCrossReferences()
				.iterator(); targets.hasNext();) {
			EObject target = targets.next();
			if (test.test(target)) {
				ok = fehler(diagnostics, object, targets.feature(), NLS.bind(Messages.regel_reference, feld(targets.feature()), befund));
			}
		}
		return ok;
	}

	private boolean pflichtangaben(Praxisbeispiel beispiel, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean ok = true;
		if (beispiel.getTitel() != null && beispiel.getTitel().isBlank()) {
			ok &= fehler(diagnostics, beispiel, Literals.PRAXISBEISPIEL__TITEL, Messages.regel_titleEmpty);
		}
		// what a funder asks first; the Herausforderung is optional: few sources outside the DStGB document name one
		ok &= pruefe(diagnostics, Diagnostic.WARNING, beispiel, Literals.PRAXISBEISPIEL__BUNDESLAND, beispiel::isSetBundesland,
				NLS.bind(Messages.regel_notSet, feld(Literals.PRAXISBEISPIEL__BUNDESLAND)));
		ok &= pruefe(diagnostics, Diagnostic.WARNING, beispiel, Literals.PRAXISBEISPIEL__TRAEGER, () -> beispiel.getTraeger() != null,
				Messages.regel_noTraeger);
		return ok;
	}

	/** The Träger and every Mitträger are Organisationen of the project; the federführende Träger is no Mitträger too. */
	private boolean traegerIstOrganisation(Praxisbeispiel beispiel, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean ok = pruefe(diagnostics, beispiel, Literals.PRAXISBEISPIEL__TRAEGER,
				() -> beispiel.getTraeger() == null || beispiel.getOrganisationen().contains(beispiel.getTraeger()),
				Messages.regel_traegerNotOrganisation);
		ok &= pruefe(diagnostics, beispiel, Literals.PRAXISBEISPIEL__WEITERE_TRAEGER,
				() -> beispiel.getOrganisationen().containsAll(beispiel.getWeitereTraeger()), Messages.regel_mittraegerNotOrganisation);
		return pruefe(diagnostics, beispiel, Literals.PRAXISBEISPIEL__WEITERE_TRAEGER,
				() -> beispiel.getTraeger() == null || !beispiel.getWeitereTraeger().contains(beispiel.getTraeger()),
				Messages.regel_mittraegerIstTraeger) && ok;
	}

	private boolean einwohnerPlausibel(Quartier quartier, DiagnosticChain diagnostics, Map<Object, Object> context) {
		Integer einwohner = quartier.getEinwohner();
		Integer kommune = quartier.getKommuneEinwohner();
		boolean ok = pruefe(diagnostics, quartier, Literals.QUARTIER__EINWOHNER, () -> einwohner == null || einwohner >= 0,
				Messages.regel_einwohnerNegative);
		ok &= pruefe(diagnostics, quartier, Literals.QUARTIER__KOMMUNE_EINWOHNER, () -> kommune == null || kommune >= 0,
				Messages.regel_kommuneEinwohnerNegative);
		return ok & pruefe(diagnostics, quartier, Literals.QUARTIER__EINWOHNER,
				() -> einwohner == null || kommune == null || einwohner <= kommune,
				NLS.bind(Messages.regel_einwohnerAboveKommune, einwohner, kommune));
	}

	/**
	 * A link names a project or a programme (Warnung), not its own project (Fehler), and its Art (Hinweis); with the
	 * workspace's projects in the context, a project it names by Kennung is there – else it is "nicht gefunden", a
	 * Warnung: the remembered title still says what was meant (docs/fachmodell.md §1.6).
	 */
	private boolean verweisBenanntUndGefunden(Projektverweis verweis, DiagnosticChain diagnostics, Map<Object, Object> context) {
		String kennung = verweis.getZielKennung();
		boolean mitKennung = kennung != null && !kennung.isBlank();
		String titel = verweis.getZielTitel() == null ? "" : verweis.getZielTitel();
		if (!mitKennung && titel.isBlank()) {
			return melde(diagnostics, Diagnostic.WARNING, verweis, Literals.PROJEKTVERWEIS__ZIEL_TITEL, Messages.verweis_ohneZiel);
		}
		boolean ok = pruefe(diagnostics, verweis, Literals.PROJEKTVERWEIS__ZIEL_KENNUNG,
				() -> !mitKennung || !(EcoreUtil.getRootContainer(verweis) instanceof Praxisbeispiel eigenes)
						|| !kennung.equals(eigenes.getKennung()),
				Messages.verweis_aufSichSelbst);
		Object bekannt = context == null ? null : context.get(Validierung.BEKANNTE_PROJEKTE);
		if (ok && mitKennung && bekannt instanceof Collection<?> kennungen) {
			ok &= pruefe(diagnostics, Diagnostic.WARNING, verweis, Literals.PROJEKTVERWEIS__ZIEL_KENNUNG,
					() -> kennungen.contains(kennung), NLS.bind(Messages.verweis_nichtGefunden, titel));
		}
		return pruefe(diagnostics, Diagnostic.INFO, verweis, Literals.PROJEKTVERWEIS__ART, verweis::isSetArt,
				NLS.bind(Messages.verweis_ohneArt, titel)) && ok;
	}

	private boolean beginnVorEnde(Laufzeit laufzeit, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return pruefe(diagnostics, laufzeit, Literals.LAUFZEIT__ENDE,
				() -> laufzeit.getBeginn() == null || laufzeit.getEnde() == null
						|| laufzeit.getBeginn().kannVorOderAm(laufzeit.getEnde()),
				NLS.bind(Messages.regel_endBeforeStart, laufzeit.getEnde(), laufzeit.getBeginn()));
	}

	private boolean umfangImBereich(Stelle stelle, DiagnosticChain diagnostics, Map<Object, Object> context) {
		BigDecimal umfang = stelle.getUmfangProzent();
		return pruefe(diagnostics, stelle, Literals.STELLE__UMFANG_PROZENT,
				() -> umfang == null || umfang.signum() > 0 && umfang.compareTo(HUNDERT) <= 0,
				NLS.bind(Messages.regel_umfang, zahl(umfang)));
	}

	/** The Ziel an Arbeitsschritt serves is one of its own project's. */
	private boolean zielImProjekt(Arbeitsschritt schritt, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return pruefe(diagnostics, schritt, Literals.ARBEITSSCHRITT__ZIEL,
				() -> schritt.getZiel() == null || EcoreUtil.getRootContainer(schritt.getZiel()) == EcoreUtil.getRootContainer(schritt),
				Messages.regel_zielNichtImProjekt);
	}

	/** Vollzeitäquivalente above 0 and at least one Person, where they are given. */
	private boolean besetzungPlausibel(Stelle stelle, DiagnosticChain diagnostics, Map<Object, Object> context) {
		BigDecimal vzae = stelle.getVollzeitaequivalent();
		Integer personen = stelle.getPersonen();
		boolean ok = pruefe(diagnostics, stelle, Literals.STELLE__VOLLZEITAEQUIVALENT, () -> vzae == null || vzae.signum() > 0,
				NLS.bind(Messages.regel_vollzeitaequivalent, zahl(vzae)));
		return pruefe(diagnostics, stelle, Literals.STELLE__PERSONEN, () -> personen == null || personen > 0,
				NLS.bind(Messages.regel_personen, personen)) && ok;
	}

	/**
	 * Σ Finanzierung = Σ Ausgaben overall and, where every amount names its year, per year; a plan without any
	 * Ausgaben only gets a warning.
	 */
	private boolean ausgeglichen(Finanzierungsplan plan, DiagnosticChain diagnostics, Map<Object, Object> context) {
		List<Finanzierungsanteil> anteile = plan.getAnteile().stream().filter(Finanzverlauf::zaehlt).toList();
		List<Ausgabeposition> ausgaben = plan.getAusgaben().stream().filter(a -> a.getBetrag() != null).toList();
		boolean ok = true;
		BigDecimal prozente = plan.getAnteile().stream().map(Finanzierungsanteil::getAnteilProzent).filter(Objects::nonNull)
				.reduce(BigDecimal.ZERO, BigDecimal::add);
		ok &= pruefe(diagnostics, plan, Literals.FINANZIERUNGSPLAN__ANTEILE, () -> prozente.compareTo(HUNDERT.add(new BigDecimal("0.1"))) <= 0,
				NLS.bind(Messages.regel_anteileAbove100, zahl(prozente)));
		if (anteile.isEmpty() && ausgaben.isEmpty()) {
			return ok;
		}
		if (ausgaben.isEmpty()) {
			// documented funding without a cost plan (as in the DStGB examples) is incomplete, not contradictory
			return ok & melde(diagnostics, Diagnostic.WARNING, plan, Literals.FINANZIERUNGSPLAN__AUSGABEN, NLS.bind(Messages.regel_noAusgaben,
					euro(summeAnteile(anteile))));
		}
		ok &= ausgleich(diagnostics, plan, Messages.regel_overall, summeAusgaben(ausgaben), summeAnteile(anteile));
		// a share's amount of a year is its Jahr's or its Tranchen's (docs/fachmodell.md §3.1)
		boolean jedesJahrBekannt = anteile.stream().noneMatch(a -> Finanzverlauf.jahresbetraege(a).containsKey(null))
				&& ausgaben.stream().allMatch(a -> a.getJahr() != null);
		if (jedesJahrBekannt) {
			TreeSet<Integer> jahre = new TreeSet<>();
			anteile.forEach(a -> jahre.addAll(Finanzverlauf.jahresbetraege(a).keySet()));
			ausgaben.forEach(a -> jahre.add(a.getJahr()));
			for (Integer jahr : jahre) {
				ok &= ausgleich(diagnostics, plan, NLS.bind(Messages.regel_inYear, jahr),
						summeAusgaben(ausgaben.stream().filter(a -> jahr.equals(a.getJahr())).toList()),
						anteile.stream().map(a -> Finanzverlauf.jahresbetraege(a).get(jahr)).filter(Objects::nonNull)
								.reduce(BigDecimal.ZERO, BigDecimal::add));
			}
		}
		return ok;
	}

	/** A source's share of the eligible expenditure stays within its Förderquote. */
	private boolean foerderquoteEingehalten(Finanzierungsplan plan, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (plan.getAusgaben().stream().noneMatch(a -> a.getBetrag() != null)) {
			return true; // without any Ausgaben the quota cannot be checked; the balance rule warns about it
		}
		BigDecimal zuwendungsfaehig = summeAusgaben(
				plan.getAusgaben().stream().filter(a -> a.getBetrag() != null && Finanzkennzahlen.zuwendungsfaehig(a)).toList());
		boolean ok = true;
		for (Map.Entry<Finanzierungsquelle, BigDecimal> entry : summenJeQuelle(plan).entrySet()) {
			Finanzierungsquelle quelle = entry.getKey();
			BigDecimal quote = quelle.getFoerderquoteMax();
			if (quote == null) {
				continue;
			}
			BigDecimal erlaubt = zuwendungsfaehig.multiply(quote).divide(HUNDERT);
			boolean bewilligt = bewilligt(plan, quelle);
			ok &= pruefe(diagnostics, bewilligt ? Diagnostic.INFO : Diagnostic.WARNING, plan, Literals.FINANZIERUNGSPLAN__ANTEILE,
					() -> entry.getValue().compareTo(erlaubt.add(TOLERANZ)) <= 0,
					NLS.bind(bewilligt ? Messages.regel_quoteBewilligt : Messages.regel_quote,
							new Object[] { quelle.getName(), zahl(quote), euro(erlaubt), euro(entry.getValue()) }));
		}
		return ok;
	}

	private boolean hoechstbetragEingehalten(Finanzierungsplan plan, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean ok = true;
		for (Map.Entry<Finanzierungsquelle, BigDecimal> entry : summenJeQuelle(plan).entrySet()) {
			BigDecimal hoechst = entry.getKey().getHoechstbetrag();
			if (hoechst != null) {
				boolean bewilligt = bewilligt(plan, entry.getKey());
				ok &= pruefe(diagnostics, bewilligt ? Diagnostic.INFO : Diagnostic.WARNING, plan, Literals.FINANZIERUNGSPLAN__ANTEILE,
						() -> entry.getValue().compareTo(hoechst.add(TOLERANZ)) <= 0,
						NLS.bind(bewilligt ? Messages.regel_hoechstbetragBewilligt : Messages.regel_hoechstbetrag,
								new Object[] { entry.getKey().getName(), euro(hoechst), euro(entry.getValue()) }));
			}
		}
		return ok;
	}

	/**
	 * The years a source's counted Anteile are assigned to (Jahr or Tranchen), first to last, stay within the
	 * catalogue's maximale Laufzeit; like the other limits of the catalogue a Warnung before and a Hinweis after the
	 * grant.
	 */
	private boolean laufzeitEingehalten(Finanzierungsplan plan, DiagnosticChain diagnostics, Map<Object, Object> context) {
		Map<Finanzierungsquelle, int[]> zeitraeume = new LinkedHashMap<>();
		plan.getAnteile().stream().filter(a -> a.getQuelle() != null && Finanzverlauf.zaehlt(a))
				.forEach(a -> Finanzverlauf.zeitraum(a).ifPresent(z -> zeitraeume.merge(a.getQuelle(), z,
						(x, y) -> new int[] { Math.min(x[0], y[0]), Math.max(x[1], y[1]) })));
		boolean ok = true;
		for (Map.Entry<Finanzierungsquelle, int[]> entry : zeitraeume.entrySet()) {
			Integer max = entry.getKey().getMaxLaufzeitJahre();
			int[] zeitraum = entry.getValue();
			if (max != null) {
				boolean bewilligt = bewilligt(plan, entry.getKey());
				ok &= pruefe(diagnostics, bewilligt ? Diagnostic.INFO : Diagnostic.WARNING, plan, Literals.FINANZIERUNGSPLAN__ANTEILE,
						() -> zeitraum[1] - zeitraum[0] + 1 <= max,
						NLS.bind(bewilligt ? Messages.regel_laufzeitBewilligt : Messages.regel_laufzeit, new Object[] {
								entry.getKey().getName(), max, String.valueOf(zeitraum[0]), String.valueOf(zeitraum[1]) }));
			}
		}
		return ok;
	}

	/**
	 * The Tranchen distribute the Betrag: more than the Betrag, or a Tranche in another year than the share's Jahr, is a
	 * contradiction; Tranchen without a Betrag of the share do not count (Hinweis).
	 */
	private boolean tranchenImBetrag(Finanzierungsanteil anteil, DiagnosticChain diagnostics, Map<Object, Object> context) {
		List<Tranche> tranchen = anteil.getTranchen().stream().filter(t -> t.getBetrag() != null).toList();
		if (tranchen.isEmpty()) {
			return true;
		}
		if (anteil.getBetrag() == null) {
			return melde(diagnostics, Diagnostic.INFO, anteil, Literals.FINANZIERUNGSANTEIL__BETRAG, Messages.regel_tranchenOhneBetrag);
		}
		BigDecimal summe = tranchen.stream().map(Tranche::getBetrag).reduce(BigDecimal.ZERO, BigDecimal::add);
		boolean ok = pruefe(diagnostics, anteil, Literals.FINANZIERUNGSANTEIL__TRANCHEN,
				() -> summe.compareTo(anteil.getBetrag().add(TOLERANZ)) <= 0,
				NLS.bind(Messages.regel_tranchenUeberBetrag, euro(summe), euro(anteil.getBetrag())));
		Integer jahr = anteil.getJahr();
		return ok & pruefe(diagnostics, anteil, Literals.FINANZIERUNGSANTEIL__TRANCHEN,
				() -> jahr == null || tranchen.stream().allMatch(t -> t.getJahr() == null || jahr.equals(t.getJahr())),
				NLS.bind(Messages.regel_trancheAusserhalbJahr, String.valueOf(jahr)));
	}

	/**
	 * The Statusverlauf is in time order (an event certainly before its predecessor is a contradiction), and a recorded
	 * Bewilligungsstatus agrees with the last event that names one.
	 */
	private boolean statusverlaufStimmig(Finanzierungsanteil anteil, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean ok = true;
		Teildatum vorher = null;
		for (Statusereignis ereignis : anteil.getStatusverlauf()) {
			Teildatum datum = ereignis.getDatum();
			if (datum != null && vorher != null) {
				Teildatum davor = vorher;
				ok &= pruefe(diagnostics, ereignis, Literals.STATUSEREIGNIS__DATUM, () -> davor.kannVorOderAm(datum),
						NLS.bind(Messages.regel_statusverlaufReihenfolge, datum, davor));
			}
			vorher = datum == null ? vorher : datum;
		}
		var letztes = Finanzverlauf.letztesEreignis(anteil);
		if (anteil.isSetStatus() && letztes.isPresent()) {
			Bewilligungsstatus zuletzt = letztes.get().getStatus();
			ok &= pruefe(diagnostics, anteil, Literals.FINANZIERUNGSANTEIL__STATUS, () -> anteil.getStatus() == zuletzt,
					NLS.bind(Messages.regel_statusWieVerlauf, Bezeichnungen.von(anteil.getStatus()), Bezeichnungen.von(zuletzt)));
		}
		return ok;
	}

	/**
	 * A funding that ends before the project does raises the funder's question what carries the project afterwards
	 * (Nachhaltigkeit, Verstetigung): a Warnung at the source's last Anteil when the last year named for the source lies
	 * before the end of the project's Laufzeit (or the Laufzeit is open) and none of its Anteile names an
	 * Anschlussfinanzierung. Eigenmittel, shares of no source and rejected shares are not asked.
	 */
	private boolean anschlussBenannt(Finanzierungsanteil anteil, DiagnosticChain diagnostics, Map<Object, Object> context) {
		Finanzierungsquelle quelle = anteil.getQuelle();
		if (quelle == null || !Finanzverlauf.zaehlt(anteil) || quelle.isSetArt() && quelle.getArt() == Finanzierungsart.EIGENMITTEL
				|| !(anteil.eContainer() instanceof Finanzierungsplan plan) || !(plan.eContainer() instanceof Praxisbeispiel beispiel)
				|| beispiel.getLaufzeit() == null) {
			return true;
		}
		List<Finanzierungsanteil> derQuelle = plan.getAnteile().stream().filter(a -> a.getQuelle() == quelle && Finanzverlauf.zaehlt(a))
				.toList();
		int eigenesEnde = Finanzverlauf.zeitraum(anteil).map(z -> z[1]).orElse(Integer.MIN_VALUE);
		int endeDerQuelle = derQuelle.stream().map(Finanzverlauf::zeitraum).flatMap(Optional::stream).mapToInt(z -> z[1])
				.max().orElse(Integer.MIN_VALUE);
		if (eigenesEnde == Integer.MIN_VALUE || eigenesEnde < endeDerQuelle
				|| derQuelle.stream().anyMatch(a -> !leer(a.getAnschlussfinanzierung()))) {
			return true; // no year named, the funding goes on in a later Anteil, or what follows is named
		}
		Laufzeit laufzeit = beispiel.getLaufzeit();
		boolean endetVorher = Boolean.TRUE.equals(laufzeit.getOffen())
				|| laufzeit.getEnde() != null && eigenesEnde < laufzeit.getEnde().erster().getYear();
		return !endetVorher || melde(diagnostics, Diagnostic.WARNING, anteil, Literals.FINANZIERUNGSANTEIL__ANSCHLUSSFINANZIERUNG,
				NLS.bind(Messages.regel_anschlussFehlt, String.valueOf(eigenesEnde)));
	}

	/**
	 * Whether every counted Anteil of the source is granted (bewilligt, ausgezahlt or its use proven): then a funder
	 * decided and the catalogue's limit is only something to look at again (a Hinweis); before that, an application
	 * above it will not be granted (a Warnung).
	 */
	private static boolean bewilligt(Finanzierungsplan plan, Finanzierungsquelle quelle) {
		return plan.getAnteile().stream().filter(a -> a.getQuelle() == quelle && Finanzverlauf.zaehlt(a))
				.allMatch(Finanzverlauf::bewilligt);
	}

	private boolean stufeInstalliert(Beteiligung beteiligung, DiagnosticChain diagnostics, Map<Object, Object> context) {
		Partizipationsstufe stufe = beteiligung.getStufe();
		if (stufe == null) {
			return melde(diagnostics, Diagnostic.INFO, beteiligung, Literals.BETEILIGUNG__STUFE, Messages.regel_noStufe);
		}
		Object installiert = context == null ? null : context.get(Validierung.INSTALLIERTE_MODELLE);
		return pruefe(diagnostics, beteiligung, Literals.BETEILIGUNG__STUFE,
				() -> !stufe.eIsProxy() && stufe.getModell() != null
						&& (!(installiert instanceof Collection<?> ids) || ids.contains(stufe.getModell().getId())),
				Messages.regel_stufeNotInstalled);
	}

	/**
	 * A result may be measured without a target ("2012: 412 Hausbesuche"); only a Kennzahl of a Ziel still ahead gets a
	 * Hinweis that a Zielwert would show when the Ziel is reached.
	 */
	private boolean zielwertVorTermin(Kennzahl kennzahl, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (kennzahl.getZielwert() != null || !(kennzahl.eContainer() instanceof Ziel ziel) || ziel.getTermin() == null
				|| !heute().kannVorOderAm(ziel.getTermin())) {
			return true;
		}
		return melde(diagnostics, Diagnostic.INFO, kennzahl, Literals.KENNZAHL__ZIELWERT,
				NLS.bind(Messages.regel_zielwertVorTermin, ziel.getTitel(), ziel.getTermin()));
	}

	/** Two assessments of one criterion contradict each other (which counts?): the later one is a Fehler. */
	private boolean kriteriumEinmal(Kriteriumsbewertung bewertung, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!bewertung.isSetKriterium() || !(bewertung.eContainer() instanceof Praxisbeispiel beispiel)) {
			return true;
		}
		return pruefe(diagnostics, bewertung, Literals.KRITERIUMSBEWERTUNG__KRITERIUM,
				() -> GoodPractice.eintrag(beispiel, bewertung.getKriterium()).orElse(bewertung) == bewertung,
				NLS.bind(Messages.regel_kriteriumDoppelt, Bezeichnungen.von(bewertung.getKriterium())));
	}

	/**
	 * A Begründung without a Bewertung is not contradictory – the assessment may not be decided yet – so only a
	 * Hinweis (docs/fachmodell.md §11).
	 */
	private boolean bewertungZurBegruendung(Kriteriumsbewertung bewertung, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		if (bewertung.isSetBewertung() || bewertung.getBegruendung() == null || bewertung.getBegruendung().isBlank()) {
			return true;
		}
		return melde(diagnostics, Diagnostic.INFO, bewertung, Literals.KRITERIUMSBEWERTUNG__BEWERTUNG,
				NLS.bind(Messages.regel_begruendungOhneBewertung, bewertung.isSetKriterium()
						? Bezeichnungen.von(bewertung.getKriterium()) : feld(Literals.KRITERIUMSBEWERTUNG__KRITERIUM)));
	}

	/** An estimated saving is only as good as its calculation: a Hinweis when a Betrag names neither (docs/fachmodell.md §4.1). */
	private boolean berechnungBelegt(Einsparung einsparung, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean belegt = einsparung.getBetrag() == null || !leer(einsparung.getBerechnung()) || !leer(einsparung.getQuelle());
		return belegt || melde(diagnostics, Diagnostic.INFO, einsparung, Literals.EINSPARUNG__BERECHNUNG,
				Messages.regel_einsparungOhneBeleg);
	}

	private static boolean leer(String text) {
		return text == null || text.isBlank();
	}

	private static Teildatum heute() {
		return Teildatum.valueOf(LocalDate.now().toString());
	}

	private boolean ausgleich(DiagnosticChain diagnostics, Finanzierungsplan plan, String wann, BigDecimal ausgaben,
			BigDecimal finanzierung) {
		BigDecimal luecke = ausgaben.subtract(finanzierung);
		if (luecke.abs().compareTo(TOLERANZ) < 0) {
			return true;
		}
		String befund = luecke.signum() > 0 ? NLS.bind(Messages.regel_missing, euro(luecke))
				: NLS.bind(Messages.regel_exceeds, euro(luecke.negate()));
		// a gap is funding not yet found, not a contradiction
		return melde(diagnostics, Diagnostic.WARNING, plan, Literals.FINANZIERUNGSPLAN__ANTEILE, NLS.bind(Messages.regel_unbalanced,
				new Object[] { wann, euro(ausgaben), euro(finanzierung), befund }));
	}

	private static Map<Finanzierungsquelle, BigDecimal> summenJeQuelle(Finanzierungsplan plan) {
		// EObjects compare by identity, so each source counts once
		Map<Finanzierungsquelle, BigDecimal> summen = new LinkedHashMap<>();
		for (Finanzierungsanteil anteil : plan.getAnteile()) {
			if (anteil.getQuelle() != null && Finanzverlauf.zaehlt(anteil)) {
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

	private boolean nichtNegativ(DiagnosticChain diagnostics, EObject object, EAttribute feature, BigDecimal betrag) {
		return pruefe(diagnostics, object, feature, () -> betrag == null || betrag.signum() >= 0,
				NLS.bind(Messages.regel_negativeAmount, feld(feature), euro(betrag)));
	}

	private boolean prozent(DiagnosticChain diagnostics, EObject object, EAttribute feature, BigDecimal wert) {
		return pruefe(diagnostics, object, feature,
				() -> wert == null || wert.signum() >= 0 && wert.compareTo(HUNDERT) <= 0,
				NLS.bind(Messages.regel_percent, feld(feature), zahl(wert)));
	}

	/** Reports a Fehler unless the condition holds. */
	private boolean pruefe(DiagnosticChain diagnostics, EObject object, EStructuralFeature feature, BooleanSupplier bedingung,
			String meldung) {
		return pruefe(diagnostics, Diagnostic.ERROR, object, feature, bedingung, meldung);
	}

	/**
	 * Reports a finding of this severity unless the condition holds; a rule that fails itself is reported as a Fehler,
	 * never thrown. False only for a Fehler.
	 */
	private boolean pruefe(DiagnosticChain diagnostics, int schwere, EObject object, EStructuralFeature feature,
			BooleanSupplier bedingung, String meldung) {
		boolean erfuellt;
		try {
			erfuellt = bedingung.getAsBoolean();
		} catch (RuntimeException e) {
			return fehler(diagnostics, object, feature, NLS.bind(Messages.regel_failed, feld(feature), e));
		}
		return erfuellt || melde(diagnostics, schwere, object, feature, meldung);
	}

	private boolean fehler(DiagnosticChain diagnostics, EObject object, EStructuralFeature feature, String meldung) {
		return melde(diagnostics, Diagnostic.ERROR, object, feature, meldung);
	}

	/** Adds the finding; false only for a Fehler, since Warnungen and Hinweise do not make a rule fail. */
	private static boolean melde(DiagnosticChain diagnostics, int schwere, EObject object, EStructuralFeature feature,
			String meldung) {
		if (diagnostics != null) {
			diagnostics.add(new BasicDiagnostic(schwere, DIAGNOSTIC_SOURCE, 0, bezeichnung(object) + ": " + meldung,
					new Object[] { object, feature }));
		}
		return schwere < Diagnostic.ERROR;
	}

	/** "Praxisbeispiel „Galgenhalde“", "Ausgabeposition „Miete“" or just the type. */
	static String bezeichnung(EObject object) {
		String typ = object.eClass().getName();
		for (String name : new String[] { "titel", "name", "bezeichnung", "indikator", "funktion", "zielTitel" }) {
			EStructuralFeature feature = object.eClass().getEStructuralFeature(name);
			if (feature != null && object.eGet(feature) instanceof String text && !text.isBlank()) {
				return typ + " \u201E" + text + "\u201C";
			}
		}
		return typ;
	}

	/** The field's label, so that users read "Bundesland", not "bundesland". */
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
