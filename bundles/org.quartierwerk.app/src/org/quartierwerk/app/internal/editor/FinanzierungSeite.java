package org.quartierwerk.app.internal.editor;

import java.math.BigDecimal;
import java.util.function.Supplier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Listener;
import org.quartierwerk.app.internal.basis.Spaltenbreite;
import org.quartierwerk.app.internal.basis.Messages;
import org.quartierwerk.app.internal.basis.Signalfarbe;
import org.quartierwerk.app.internal.basis.Zugaenglich;
import org.quartierwerk.model.Ausgabenkategorie;
import org.quartierwerk.model.Ausgabeposition;
import org.quartierwerk.model.Bewilligungsstatus;
import org.quartierwerk.model.Finanzierungsanteil;
import org.quartierwerk.model.Finanzierungsplan;
import org.quartierwerk.model.Finanzierungsquelle;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.QuartierwerkFactory;
import org.quartierwerk.model.QuartierwerkPackage.Literals;
import org.quartierwerk.model.analyse.Finanzkennzahlen;

/**
 * Page Finanzierung: Ausgaben and Finanzierungsanteile as tables edited in place, with the sums, Förderquote,
 * Eigenanteil and the gap computed live; a plan that does not balance says by how much, in red.
 */
final class FinanzierungSeite {

	/** Differences up to a cent count as balanced. */
	static final BigDecimal TOLERANZ = new BigDecimal("0.01");

	private final Praxisbeispiel beispiel;
	private final EditingDomain domain;
	private final Messages texte;
	private final Composite seite;
	final TableViewer ausgaben;
	final TableViewer anteile;
	final TableViewer jahre;
	final Anteilverlauf verlauf;
	final Jahresdiagramm diagramm;
	final Label summen;
	final Label ausgleich;
	private final List<Finanzierungsquelle> katalogQuellen;

	FinanzierungSeite(Composite parent, Praxisbeispiel beispiel, EditingDomain domain, Messages texte,
			List<Finanzierungsquelle> katalogQuellen) {
		this.katalogQuellen = katalogQuellen;
		this.beispiel = beispiel;
		this.domain = domain;
		this.texte = texte;
		seite = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(seite);

		ueberschrift(texte.finanzierungAusgaben);
		ausgaben = tabelle();
		Spalten ausgabeSpalten = new Spalten(ausgaben, domain, texte);
		spalte(ausgaben, texte.spalteBezeichnung, 260, a -> text(((Ausgabeposition) a).getBezeichnung()), Literals.AUSGABEPOSITION__BEZEICHNUNG,
				(a, t) -> t);
		spalte(ausgaben, texte.spalteJahr, 70, a -> Betraege.jahr(((Ausgabeposition) a).getJahr()), Literals.AUSGABEPOSITION__JAHR,
				(a, t) -> Betraege.parseJahr(t));
		spalte(ausgaben, texte.spalteBetrag, 120, a -> Betraege.euro(((Ausgabeposition) a).getBetrag()), Literals.AUSGABEPOSITION__BETRAG,
				(a, t) -> Betraege.parseBetrag(t));
		ausgabeSpalten.auswahl(texte.spalteKategorie, 130, Literals.AUSGABEPOSITION__KATEGORIE, Ausgabenkategorie.VALUES);
		ausgabeSpalten.janein(texte.spalteZuwendungsfaehig, 130, Literals.AUSGABEPOSITION__ZUWENDUNGSFAEHIG);
		knoepfe(ausgaben, texte.ausgabeHinzufuegen, () -> {
			Ausgabeposition neu = QuartierwerkFactory.eINSTANCE.createAusgabeposition();
			neu.setBezeichnung(texte.neueAusgabe);
			return neu;
		}, Literals.FINANZIERUNGSPLAN__AUSGABEN);

		ueberschrift(texte.finanzierungAnteile);
		anteile = tabelle();
		Spalten anteilSpalten = new Spalten(anteile, domain, texte);
		anteilSpalten.auswahl(texte.spalteQuelle, 260, a -> quellen(), this::quellenName, a -> ((Finanzierungsanteil) a).getQuelle(),
				(a, quelle) -> waehleQuelle((Finanzierungsanteil) a, (Finanzierungsquelle) quelle));
		spalte(anteile, texte.spalteJahr, 70, a -> Betraege.jahr(((Finanzierungsanteil) a).getJahr()), Literals.FINANZIERUNGSANTEIL__JAHR,
				(a, t) -> Betraege.parseJahr(t));
		spalte(anteile, texte.spalteBetrag, 120, a -> Betraege.euro(((Finanzierungsanteil) a).getBetrag()), Literals.FINANZIERUNGSANTEIL__BETRAG,
				(a, t) -> Betraege.parseBetrag(t));
		anteilSpalten.auswahl(texte.spalteStatus, 110, Literals.FINANZIERUNGSANTEIL__STATUS, Bewilligungsstatus.VALUES);
		knoepfe(anteile, texte.anteilHinzufuegen, QuartierwerkFactory.eINSTANCE::createFinanzierungsanteil,
				Literals.FINANZIERUNGSPLAN__ANTEILE);
		verlauf = new Anteilverlauf(seite, anteile, domain, texte);

		ueberschrift(texte.finanzierungJahre);
		jahre = Jahressummen.tabelle(seite, domain, texte);
		diagramm = new Jahresdiagramm(seite, texte);

		summen = new Label(seite, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).indent(0, 8).applyTo(summen);
		ausgleich = new Label(seite, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(ausgleich);
		// the figures and the balance on top, where they stay in sight while the tables are filled in
		summen.moveAbove(seite.getChildren()[0]);
		ausgleich.moveBelow(summen);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(summen);
		aktualisiere();
		// the desktop's contrast setting may change while the page is open: its signal colours follow (Signalfarbe)
		Listener thema = e -> aktualisiere();
		seite.getDisplay().addListener(SWT.Settings, thema);
		seite.addDisposeListener(e -> seite.getDisplay().removeListener(SWT.Settings, thema));
	}

	Control control() {
		return seite;
	}

	/** Tables and figures again from the model, after every change (also undo and redo). */
	void aktualisiere() {
		Finanzierungsplan plan = beispiel.getFinanzierungsplan();
		ausgaben.setInput(plan == null ? List.of() : plan.getAusgaben());
		anteile.setInput(plan == null ? List.of() : plan.getAnteile());
		List<Jahressummen.Jahressumme> jahressummen = plan == null ? List.of() : Jahressummen.Jahressumme.von(plan);
		jahre.setInput(jahressummen);
		diagramm.setze(jahressummen);
		verlauf.aktualisiere(plan);
		Finanzkennzahlen zahlen = Finanzkennzahlen.von(plan == null ? QuartierwerkFactory.eINSTANCE.createFinanzierungsplan() : plan);
		// a sum over nothing recorded is no figure (docs/fachmodell.md §3.3): "–"; without Ausgaben no statement on the
		// balance (a plan with only Anteile is not "überfinanziert"), with Ausgaben and no Anteile the whole sum is missing
		boolean ausgabenErfasst = Finanzkennzahlen.ausgabenErfasst(plan);
		boolean finanzierungErfasst = Finanzkennzahlen.finanzierungErfasst(plan);
		summen.setText(Messages.format(texte.finanzierungSummen, ausgabenErfasst ? Betraege.euro(zahlen.ausgaben()) : "–",
				finanzierungErfasst ? Betraege.euro(zahlen.finanzierung()) : "–",
				zahlen.foerderquote() == null || !finanzierungErfasst ? "–" : zahlen.foerderquote().stripTrailingZeros().toPlainString() + " %",
				zahlen.eigenanteil() == null || !finanzierungErfasst ? "–" : Betraege.euro(zahlen.eigenanteil())));
		BigDecimal luecke = zahlen.luecke();
		if (!ausgabenErfasst) {
			ausgleich.setText(texte.finanzierungOffen);
			ausgleich.setForeground(null);
		} else if (luecke.abs().compareTo(TOLERANZ) <= 0) {
			ausgleich.setText(texte.finanzierungAusgeglichen);
			ausgleich.setForeground(Signalfarbe.AUSGEGLICHEN.auf(seite.getDisplay()));
		} else {
			ausgleich.setText(Messages.format(luecke.signum() > 0 ? texte.finanzierungLuecke : texte.finanzierungUeberschuss,
					Betraege.euro(luecke.abs())));
			ausgleich.setForeground(Signalfarbe.WARNUNG.auf(seite.getDisplay()));
		}
		seite.layout(true, true);
	}

	/** Adds a row as one command, creating the plan first when the project has none. */
	void fuegeHinzu(EObject zeile, EStructuralFeature liste) {
		Finanzierungsplan plan = beispiel.getFinanzierungsplan();
		if (plan == null) {
			plan = QuartierwerkFactory.eINSTANCE.createFinanzierungsplan();
			CompoundCommand beides = new CompoundCommand();
			beides.append(SetCommand.create(domain, beispiel, Literals.PRAXISBEISPIEL__FINANZIERUNGSPLAN, plan));
			beides.append(new AddCommand(domain, plan, liste, zeile));
			domain.getCommandStack().execute(beides);
		} else {
			domain.getCommandStack().execute(AddCommand.create(domain, plan, liste, zeile));
		}
	}

	/** Sets a cell's value as one command; what cannot be read (e.g. "zwölf Euro") leaves the value as it was. */
	void setze(EObject zeile, EStructuralFeature feature, Object wert) {
		Command setzen = SetCommand.create(domain, zeile, feature, wert);
		if (setzen.canExecute()) {
			domain.getCommandStack().execute(setzen);
		}
	}

	private void ueberschrift(String text) {
		Felder.ueberschrift(seite, text);
	}

	private TableViewer tabelle() {
		TableViewer viewer = new TableViewer(seite, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).indent(8, 0).hint(SWT.DEFAULT, 100).applyTo(viewer.getControl());
		Zugaenglich.benenneNachLabel(viewer.getControl()); // its heading
		return viewer;
	}

	private void spalte(TableViewer viewer, String titel, int breite, Function<Object, String> anzeige, EStructuralFeature feature,
			BiFunction<Object, String, Object> lesen) {
		TableViewerColumn spalte = new TableViewerColumn(viewer, SWT.NONE);
		spalte.getColumn().setText(titel);
		spalte.getColumn().setWidth(Spaltenbreite.fuer(viewer.getControl(), titel, breite));
		spalte.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return anzeige.apply(element);
			}
		});
		if (feature == null) {
			return;
		}
		CellEditor editor = new TextCellEditor(viewer.getTable());
		spalte.setEditingSupport(new EditingSupport(viewer) {
			@Override
			protected CellEditor getCellEditor(Object element) {
				return editor;
			}

			@Override
			protected boolean canEdit(Object element) {
				return true;
			}

			@Override
			protected Object getValue(Object element) {
				return anzeige.apply(element);
			}

			@Override
			protected void setValue(Object element, Object value) {
				Object wert = lesen.apply(element, String.valueOf(value).strip());
				if (wert != Betraege.UNLESBAR) {
					setze((EObject) element, feature, wert);
				}
			}
		});
	}

	private void knoepfe(TableViewer viewer, String hinzufuegen, Supplier<EObject> neu, EStructuralFeature liste) {
		Composite leiste = new Composite(seite, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(leiste);
		Button plus = new Button(leiste, SWT.PUSH);
		plus.setText(hinzufuegen);
		plus.addListener(SWT.Selection, e -> fuegeHinzu(neu.get(), liste));
		Button minus = new Button(leiste, SWT.PUSH);
		minus.setText(texte.zeileEntfernen);
		minus.addListener(SWT.Selection, e -> {
			List<?> gewaehlt = viewer.getStructuredSelection().toList();
			if (!gewaehlt.isEmpty()) {
				domain.getCommandStack().execute(RemoveCommand.create(domain, gewaehlt));
			}
		});
	}

	/** The plan's sources, then the catalogue's that the plan has not taken over yet. */
	private List<Finanzierungsquelle> quellen() {
		Finanzierungsplan plan = beispiel.getFinanzierungsplan();
		List<Finanzierungsquelle> quellen = new ArrayList<>(plan == null ? List.of() : plan.getQuellen());
		Set<String> uebernommen = new HashSet<>();
		quellen.forEach(q -> uebernommen.add(q.getId()));
		katalogQuellen.stream().filter(q -> !uebernommen.contains(q.getId())).forEach(quellen::add);
		return quellen;
	}

	private String quellenName(Object quelle) {
		String name = text(((Finanzierungsquelle) quelle).getName());
		return katalogQuellen.contains(quelle) ? Messages.format(texte.quelleAusKatalog, name) : name;
	}

	/** A source of the plan is referred to; one of the catalogue is copied into the plan first, in the same command. */
	void waehleQuelle(Finanzierungsanteil anteil, Finanzierungsquelle quelle) {
		Finanzierungsplan plan = (Finanzierungsplan) anteil.eContainer();
		if (plan.getQuellen().contains(quelle)) {
			setze(anteil, Literals.FINANZIERUNGSANTEIL__QUELLE, quelle);
			return;
		}
		Finanzierungsquelle kopie = EcoreUtil.copy(quelle);
		CompoundCommand uebernehmen = new CompoundCommand();
		uebernehmen.append(AddCommand.create(domain, plan, Literals.FINANZIERUNGSPLAN__QUELLEN, kopie));
		uebernehmen.append(SetCommand.create(domain, anteil, Literals.FINANZIERUNGSANTEIL__QUELLE, kopie));
		domain.getCommandStack().execute(uebernehmen);
	}

	private static String text(String text) {
		return text == null ? "" : text;
	}
}
