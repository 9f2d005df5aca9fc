package org.quartierwerk.app.internal.quellen;

import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.quartierwerk.model.Finanzierungsanteil;
import org.quartierwerk.model.Finanzierungsplan;
import org.quartierwerk.model.Finanzierungsquelle;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.QuartierwerkFactory;
import org.quartierwerk.model.QuartierwerkPackage.Literals;

/** Takes a catalogue source into a project's Finanzierungsplan as one command, so one undo takes all of it back. */
final class Planuebernahme {

	/**
	 * A command that adds a new Finanzierungsanteil (beantragt) for the source, creating the plan if the project has
	 * none and copying the source into the plan unless the plan already holds one with its id.
	 */
	static Command fuer(Praxisbeispiel beispiel, Finanzierungsquelle katalogquelle, EditingDomain domain, String label) {
		CompoundCommand befehl = new CompoundCommand(label);
		Finanzierungsplan plan = beispiel.getFinanzierungsplan();
		if (plan == null) {
			plan = QuartierwerkFactory.eINSTANCE.createFinanzierungsplan();
			befehl.append(SetCommand.create(domain, beispiel, Literals.PRAXISBEISPIEL__FINANZIERUNGSPLAN, plan));
		}
		Finanzierungsquelle quelle = plan.getQuellen().stream()
				.filter(q -> q.getId() != null && Objects.equals(q.getId(), katalogquelle.getId())).findFirst().orElse(null);
		if (quelle == null) {
			// catalogue objects are shared by all projects; the plan gets its own copy
			quelle = EcoreUtil.copy(katalogquelle);
			befehl.append(new AddCommand(domain, plan, Literals.FINANZIERUNGSPLAN__QUELLEN, quelle));
		}
		Finanzierungsanteil anteil = QuartierwerkFactory.eINSTANCE.createFinanzierungsanteil();
		anteil.setQuelle(quelle);
		// its Status stays "nicht angegeben" until the user records it
		befehl.append(new AddCommand(domain, plan, Literals.FINANZIERUNGSPLAN__ANTEILE, anteil));
		return befehl;
	}

	private Planuebernahme() {
	}
}
