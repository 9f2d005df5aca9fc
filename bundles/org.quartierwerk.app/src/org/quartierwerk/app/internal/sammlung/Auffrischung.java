package org.quartierwerk.app.internal.sammlung;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.quartierwerk.app.internal.editor.EditorOeffner;
import org.quartierwerk.app.internal.editor.PraxisbeispielEditor;
import org.quartierwerk.app.internal.praxisbeispiele.PraxisbeispielNavigator;
import org.quartierwerk.core.WorkspaceLocator;

/**
 * After an Abgleich or Wiederherstellen changed project files: their open editors show the new files (closed and
 * opened again – they hold nothing unsaved, the caller made sure), the navigator reads the workspace again and the
 * navigator's marks are computed again.
 */
final class Auffrischung {

	private Auffrischung() {
	}

	/** The project's name of a file of the collection ({@code Quartier Süd.xmi} → {@code Quartier Süd}); other names stay. */
	static String name(String datei) {
		return datei.endsWith(WorkspaceLocator.PROJECT_FILE_EXTENSION) && !datei.contains("/")
				? datei.substring(0, datei.length() - WorkspaceLocator.PROJECT_FILE_EXTENSION.length())
				: datei;
	}

	/** Shows what the collection changed in these projects (names or files). */
	static void nachAenderung(Collection<String> geaendert, MApplication application, EPartService parts, EModelService models) {
		Set<String> namen = new LinkedHashSet<>();
		geaendert.forEach(d -> namen.add(name(d)));
		for (MPart part : List.copyOf(parts.getParts())) {
			String projekt = part.getPersistedState().get(PraxisbeispielEditor.PROJEKT);
			if (PraxisbeispielEditor.PART_ID.equals(part.getElementId()) && projekt != null && namen.contains(projekt)
					&& part.getObject() != null && !part.isDirty()) {
				parts.hidePart(part, true);
				EditorOeffner.oeffne(projekt, parts, models, application);
			}
		}
		for (MPart part : parts.getParts()) {
			if (PraxisbeispielNavigator.PART_ID.equals(part.getElementId()) && part.getObject() instanceof PraxisbeispielNavigator navigator) {
				navigator.refresh();
			}
		}
		if (application.getContext().get(Sammlungsmarken.class) instanceof Sammlungsmarken marken) {
			marken.aktualisiere();
		}
	}
}
