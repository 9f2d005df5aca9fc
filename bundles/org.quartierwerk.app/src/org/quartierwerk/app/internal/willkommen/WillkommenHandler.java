package org.quartierwerk.app.internal.willkommen;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.quartierwerk.app.internal.basis.Messages;

/** Hilfe → Willkommen: shows the Willkommen page in the editor area, or brings it to the front. */
public final class WillkommenHandler {

	private static final String EDITOR_STACK = "org.quartierwerk.app.partstack.editors";
	private static final String KLASSE = "bundleclass://org.quartierwerk.app/" + WillkommenPart.class.getName();

	@Execute
	public void execute(EPartService parts, EModelService models, MApplication application, @Translation Messages texte) {
		zeige(parts, models, application, texte);
	}

	/** The Willkommen page, shown and active. */
	public static MPart zeige(EPartService parts, EModelService models, MApplication application, Messages texte) {
		MPart part = parts.findPart(WillkommenPart.PART_ID);
		if (part == null) {
			part = models.createModelElement(MPart.class);
			part.setElementId(WillkommenPart.PART_ID);
			part.setContributionURI(KLASSE);
			part.setLabel(texte.willkommenPart);
			part.setTooltip(texte.willkommenPartTooltip);
			part.setCloseable(true);
			part.getTags().add(EPartService.REMOVE_ON_HIDE_TAG);
			MPartStack stack = (MPartStack) models.find(EDITOR_STACK, application);
			stack.getChildren().add(0, part);
		}
		parts.showPart(part, PartState.ACTIVATE);
		return part;
	}
}
