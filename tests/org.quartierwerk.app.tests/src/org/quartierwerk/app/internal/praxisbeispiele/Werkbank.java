package org.quartierwerk.app.internal.praxisbeispiele;


import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.MApplicationFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MTrimmedWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.quartierwerk.app.internal.basis.Messages;
import org.quartierwerk.app.internal.UiTesting;
import org.quartierwerk.app.internal.editor.PraxisbeispielEditor;

/**
 * What the tests of the navigator, the Probleme view and the project handlers need of the workbench, without
 * starting one: an application model with the editor stack, the part service (opening an editor injects the real
 * {@link PraxisbeispielEditor} into a composite of the test shell), the model service, e4 injection with
 * {@code @Translation} and {@code @Service} in OSGi, and screenshots.
 */
public final class Werkbank implements AutoCloseable {

	public final Display display = Display.getDefault();
	public final Shell shell = new Shell(display);
	public final BundleContext bundles = FrameworkUtil.getBundle(Werkbank.class).getBundleContext();
	public final IEclipseContext context;
	public final MApplication application = MApplicationFactory.INSTANCE.createApplication();
	public final MPartStack editoren = MBasicFactory.INSTANCE.createPartStack();
	public final EPartService parts;
	private final Composite editorflaeche;
	private final List<IEclipseContext> editorkontexte = new ArrayList<>();

	public Werkbank() {
		context = EclipseContextFactory.getServiceContext(bundles).createChild("werkbank test");
		context.set(TranslationService.LOCALE, Locale.GERMAN);
		application.setContext(context);
		MTrimmedWindow fenster = MBasicFactory.INSTANCE.createTrimmedWindow();
		editoren.setElementId("org.quartierwerk.app.partstack.editors");
		fenster.getChildren().add(editoren);
		application.getChildren().add(fenster);
		UiTesting.connectTranslations(context);
		parts = teileDienst();
		context.set(EPartService.class, parts);
		context.set(EModelService.class, modellDienst());
		context.set(MApplication.class, application);
		context.set(Shell.class, shell);
		context.set(ESelectionService.class, auswahlDienst());
		shell.setLayout(new FillLayout());
		editorflaeche = new Composite(new Shell(display), SWT.NONE);
		editorflaeche.setLayout(new FillLayout());
	}

	/** A part object made by e4 injection in a composite of the shell, as the workbench renders a part. */
	public <T> T teil(Class<T> typ, int breite, int hoehe) {
		Composite parent = new Composite(shell, SWT.NONE);
		IEclipseContext teilkontext = context.createChild(typ.getSimpleName());
		teilkontext.set(Composite.class, parent);
		MPart part = MBasicFactory.INSTANCE.createPart();
		teilkontext.set(MPart.class, part);
		T objekt = ContextInjectionFactory.make(typ, teilkontext);
		part.setObject(objekt);
		part.setContext(teilkontext);
		shell.setSize(breite, hoehe);
		shell.open();
		settle();
		return objekt;
	}

	/** The open editor parts. */
	public List<MPart> editorteile() {
		return List.copyOf(parts.getParts());
	}

	public Messages texte() {
		return ContextInjectionFactory.make(TexteHolder.class, context).texte;
	}

	/** Injection of the translated texts. */
	public static final class TexteHolder {
		@jakarta.inject.Inject
		@Translation
		Messages texte;
	}

	public void settle() {
		UiTesting.settle(display);
	}

	/** Runs the event loop until the condition holds, e.g. after a view's delay before it updates. */
	public void warteBis(BooleanSupplier bedingung, Supplier<String> was) {
		UiTesting.waitFor(display, bedingung, was);
	}

	public void screenshot(String name) throws Exception {
		UiTesting.screenshot(shell, name);
	}

	@Override
	public void close() {
		for (var part : List.copyOf(editoren.getChildren())) {
			parts.hidePart((MPart) part, true);
		}
		context.dispose();
		editorflaeche.getShell().dispose();
		shell.dispose();
	}

	private EPartService teileDienst() {
		return (EPartService) Proxy.newProxyInstance(Werkbank.class.getClassLoader(), new Class<?>[] { EPartService.class },
				(proxy, method, args) -> switch (method.getName()) {
				case "getParts" -> List.copyOf(editoren.getChildren());
				case "showPart" -> zeige((MPart) args[0]);
				case "hidePart" -> {
					verstecke((MPart) args[0]);
					yield null;
				}
				case "savePart" -> {
					((PraxisbeispielEditor) ((MPart) args[0]).getObject()).save();
					settle();
					yield true;
				}
				case "hashCode" -> System.identityHashCode(proxy);
				case "equals" -> proxy == args[0];
				case "toString" -> "EPartService of the test";
				default -> throw new UnsupportedOperationException(method.getName());
				});
	}

	private EModelService modellDienst() {
		return (EModelService) Proxy.newProxyInstance(Werkbank.class.getClassLoader(), new Class<?>[] { EModelService.class },
				(proxy, method, args) -> switch (method.getName()) {
				case "createModelElement" -> MBasicFactory.INSTANCE.createPart();
				case "find" -> editoren.getElementId().equals(args[0]) ? editoren : null;
				case "hashCode" -> System.identityHashCode(proxy);
				case "equals" -> proxy == args[0];
				case "toString" -> "EModelService of the test";
				default -> throw new UnsupportedOperationException(method.getName());
				});
	}

	/** As the workbench's: what a part selects becomes the active selection the handlers get. */
	private ESelectionService auswahlDienst() {
		return (ESelectionService) Proxy.newProxyInstance(Werkbank.class.getClassLoader(), new Class<?>[] { ESelectionService.class },
				(proxy, method, args) -> switch (method.getName()) {
				case "setSelection" -> {
					context.set(IServiceConstants.ACTIVE_SELECTION, args[0]);
					yield null;
				}
				case "getSelection" -> context.get(IServiceConstants.ACTIVE_SELECTION);
				case "hashCode" -> System.identityHashCode(proxy);
				case "equals" -> proxy == args[0];
				case "toString" -> "ESelectionService of the test";
				default -> throw new UnsupportedOperationException(method.getName());
				});
	}

	private MPart zeige(MPart part) {
		if (part.getObject() == null) {
			for (var child : editorflaeche.getChildren()) {
				child.setVisible(false);
			}
			Composite parent = new Composite(editorflaeche, SWT.NONE);
			IEclipseContext editorkontext = context.createChild("editor " + part.getLabel());
			editorkontext.set(MPart.class, part);
			editorkontext.set(Composite.class, parent);
			part.setContext(editorkontext);
			part.setObject(ContextInjectionFactory.make(PraxisbeispielEditor.class, editorkontext));
			editorkontext.set("parent", parent);
			editorkontexte.add(editorkontext);
			editorflaeche.getShell().setSize(900, 600);
			editorflaeche.layout(true, true);
			settle();
		}
		return part;
	}

	private void verstecke(MPart part) {
		IEclipseContext editorkontext = part.getContext();
		if (editorkontext != null) {
			Composite parent = (Composite) editorkontext.get("parent");
			editorkontext.dispose();
			parent.dispose();
			editorkontexte.remove(editorkontext);
		}
		part.setObject(null);
		part.setContext(null);
		editoren.getChildren().remove(part);
	}
}
