package org.quartierwerk.app.internal;

import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.eclipse.core.databinding.observable.Realm;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.contributions.IContributionFactory;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.bindings.keys.KeyBindingDispatcher;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.internal.workbench.E4Workbench;
import org.eclipse.e4.ui.internal.workbench.E4XMIResourceFactory;
import org.eclipse.e4.ui.internal.workbench.ModelAssembler;
import org.eclipse.e4.ui.internal.workbench.swt.E4Application;
import org.eclipse.e4.ui.internal.workbench.swt.PartRenderingEngine;
import org.eclipse.e4.ui.model.application.MAddon;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.swt.DisplayUISynchronize;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.jface.databinding.swt.DisplayRealm;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.quartierwerk.app.internal.willkommen.Willkommensstart;
import org.quartierwerk.testing.Dienste;

/**
 * The Quartierwerk workbench running in the test's OSGi runtime: the application model from {@code Application.e4xmi}
 * with the model fragments of its areas (assembled by e4's {@code ModelAssembler}, as in the product), its add-ons,
 * handlers and key bindings, rendered by e4's SWT renderers in German, as the product starts it –
 * without the life-cycle hook (no examples are copied into the workspace) and without persisted window state.
 */
public final class RunningWorkbench implements AutoCloseable {

	private static final String MODEL = "org.quartierwerk.app/Application.e4xmi";

	private final Display display;
	private final IEclipseContext context;
	private final MApplication application;
	private final E4Workbench workbench;
	private final MWindow window;

	private RunningWorkbench(Display display) {
		this.display = display;
		context = E4Application.createDefaultContext();
		context.set(Display.class, display);
		context.set(Realm.class, DisplayRealm.getRealm(display));
		context.set(UISynchronize.class, new DisplayUISynchronize(display));
		context.set(TranslationService.LOCALE, Locale.GERMANY);
		context.set(IWorkbench.PRESENTATION_URI_ARG, PartRenderingEngine.engineURI);
		context.set(IWorkbench.PERSIST_STATE, Boolean.FALSE);
		ContextInjectionFactory.setDefault(context);
		// @Translation objects are made by a supplier that must see this context's locale
		UiTesting.connectTranslations(context);

		ResourceSet resources = new ResourceSetImpl();
		resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put(Resource.Factory.Registry.DEFAULT_EXTENSION,
				new E4XMIResourceFactory());
		Resource model = resources.getResource(URI.createPlatformPluginURI(MODEL, true), true);
		application = (MApplication) model.getContents().get(0);
		application.setContext(context);
		context.set(MApplication.class, application);
		// the model fragments of the areas (plugin.xml), merged in as E4Application does in the product
		ModelAssembler fragmente = Dienste.warte(ModelAssembler.class);
		fragmente.init(application, context, context.get(UISynchronize.class));
		fragmente.processModel(true);
		E4Application.initializeServices(application);
		IContributionFactory factory = context.get(IContributionFactory.class);
		for (MAddon addon : application.getAddons()) {
			IEclipseContext local = EclipseContextFactory.create();
			local.set(MAddon.class, addon);
			addon.setObject(factory.create(addon.getContributionURI(), context, local));
		}
		workbench = new E4Workbench(application, context);
		window = application.getChildren().get(0);
		workbench.createAndRunUI(window);
		// the product's rendering engine says so once it has rendered the whole application; rendering one window does not
		context.get(IEventBroker.class).post(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE, application);
		shell().forceActive();
		// the event reaches the add-ons later, through the event admin's thread and the display's queue; a test that
		// ended before would leave it to run in the next test's event loop, against this closed window
		if (!await(() -> Boolean.TRUE.equals(context.get(Willkommensstart.GEPRUEFT)))) {
			throw new AssertionError("the workbench did not handle its start within " + UiTesting.TIMEOUT);
		}
		settle();
	}

	/** Starts the workbench on the current display and shows its main window. */
	public static RunningWorkbench start() {
		return new RunningWorkbench(Display.getDefault());
	}


	public Display display() {
		return display;
	}

	public Shell shell() {
		return (Shell) window.getWidget();
	}

	public MApplication application() {
		return application;
	}

	/** A service or value of the main window's context, where handlers and parts find theirs. */
	public <T> T get(Class<T> type) {
		return window.getContext().get(type);
	}

	/** The part with this element id, brought to the front, its object created. */
	public MPart show(String partId) {
		EPartService parts = get(EPartService.class);
		MPart part = parts.showPart(partId, EPartService.PartState.ACTIVATE);
		settle();
		return part;
	}

	/** Runs a command as the menu or a key would, through the handler of the active context. */
	public Object execute(String commandId) {
		var command = get(ECommandService.class).createCommand(commandId, null);
		Object result = get(EHandlerService.class).executeHandler(command);
		settle();
		return result;
	}

	/** Whether a command's handler would run now (the menu item and the key are enabled). */
	public boolean canExecute(String commandId) {
		return get(EHandlerService.class).canExecute(get(ECommandService.class).createCommand(commandId, null));
	}

	/**
	 * Gives a control the keyboard focus, as a click into it does; the main window becomes the active one again (after
	 * a dialog, Xvfb without a window manager leaves no window active).
	 */
	public void focus(Control control) {
		shell().forceActive();
		settle();
		if (!control.setFocus()) {
			throw new AssertionError("cannot focus " + control);
		}
		settle();
	}

	/**
	 * Types a key with modifiers (e.g. {@code SWT.MOD1, 's'}) on the focused control. The key goes through the
	 * workbench's key binding dispatcher, the display filter that turns keys into commands; a key without a binding
	 * reaches the control as a key event, Enter as its default selection. (Xvfb takes no synthetic keys from
	 * {@code Display.post} here, so the test hands the event to the filter the X event would reach.)
	 */
	public void press(int modifiers, int key) {
		Control focus = display.getFocusControl();
		if (focus == null) {
			throw new AssertionError("no control has the keyboard focus");
		}
		Event event = new Event();
		event.type = SWT.KeyDown;
		event.display = display;
		event.widget = focus;
		event.stateMask = modifiers;
		event.keyCode = key;
		event.character = (modifiers & SWT.CTRL) != 0 && Character.isLetter(key) ? (char) (key & 0x1f) : (char) key;
		event.doit = true;
		context.get(KeyBindingDispatcher.class).getKeyDownFilter().handleEvent(event);
		if (event.doit && event.type != SWT.None) {
			focus.notifyListeners(SWT.KeyDown, event);
			if (key == SWT.CR && event.doit) {
				focus.notifyListeners(SWT.DefaultSelection, new Event());
			}
		}
		settle();
	}

	/** Lets the display run what is queued: layout, painting, asynchronous updates. */
	public void settle() {
		UiTesting.settle(display);
	}

	/**
	 * Whether the condition holds within {@link UiTesting#TIMEOUT}, running the display meanwhile: for what the
	 * workbench does later (a delayed update, a job that posts its result).
	 */
	public boolean await(BooleanSupplier condition) {
		return UiTesting.await(display, condition);
	}

	public static <T extends Control> T find(Composite parent, Class<T> type, Predicate<T> test) {
		return UiTesting.find(parent, type, test);
	}

	@Override
	public void close() {
		workbench.close();
		settle();
		ContextInjectionFactory.setDefault(null);
		context.dispose();
	}
}
