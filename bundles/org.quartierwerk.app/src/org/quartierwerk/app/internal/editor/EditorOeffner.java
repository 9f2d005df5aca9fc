package org.quartierwerk.app.internal.editor;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/** Opens a project in its editor, or brings its open editor to the front: one editor per project. */
public final class EditorOeffner {

	/** The part stack editors open in (Application.e4xmi). */
	static final String EDITOR_STACK = "org.quartierwerk.app.partstack.editors";
	private static final String EDITOR_CLASS = "bundleclass://org.quartierwerk.app/" + PraxisbeispielEditor.class.getName();

	public static MPart oeffne(String projekt, EPartService parts, EModelService models, MApplication application) {
		for (MPart part : parts.getParts()) {
			if (PraxisbeispielEditor.PART_ID.equals(part.getElementId()) && projekt.equals(part.getPersistedState().get(PraxisbeispielEditor.PROJEKT))) {
				parts.showPart(part, PartState.ACTIVATE);
				return part;
			}
		}
		MPart part = models.createModelElement(MPart.class);
		part.setElementId(PraxisbeispielEditor.PART_ID);
		part.setContributionURI(EDITOR_CLASS);
		part.setLabel(projekt);
		part.setCloseable(true);
		part.getPersistedState().put(PraxisbeispielEditor.PROJEKT, projekt);
		part.getTags().add(EPartService.REMOVE_ON_HIDE_TAG);
		MPartStack stack = (MPartStack) models.find(EDITOR_STACK, application);
		stack.getChildren().add(part);
		parts.showPart(part, PartState.ACTIVATE);
		return part;
	}

	private EditorOeffner() {
	}
}
