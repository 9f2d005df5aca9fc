package org.quartierwerk.app.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;

import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.quartierwerk.app.internal.editor.EditorOeffner;
import org.quartierwerk.core.WorkspaceLocator;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/** The Projekte part: the project files of the workspace, by name. */
public final class ProjekteNavigator {

	@Inject
	@Service
	private WorkspaceLocator workspace;

	@Inject
	@Translation
	private Messages messages;

	@Inject
	private EPartService parts;

	@Inject
	private EModelService models;

	@Inject
	private MApplication application;

	private Label status;
	private TableViewer viewer;

	@PostConstruct
	public void createControls(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
		status = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
		viewer = new TableViewer(parent, SWT.SINGLE | SWT.V_SCROLL | SWT.FULL_SELECTION);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return projectName((Path) element);
			}
		});
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		// double-click or Enter opens the project
		viewer.addDoubleClickListener(event -> {
			Object gewaehlt = ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (gewaehlt instanceof Path datei) {
				EditorOeffner.oeffne(projectName(datei), parts, models, application);
			}
		});
		refresh();
	}

	/** Reads the workspace again, so files added outside the workbench show up. */
	public void refresh() {
		try {
			List<Path> files = workspace.projectFiles();
			viewer.setInput(files);
			status.setText(files.isEmpty() ? messages.navigatorEmpty
					: MessageFormat.format(messages.navigatorWorkspace, workspace.folder()));
		} catch (IOException e) {
			viewer.setInput(List.of());
			status.setText(MessageFormat.format(messages.navigatorUnreadable, e.getMessage()));
		}
		status.getParent().layout(true, true);
	}

	@Focus
	public void setFocus() {
		refresh();
		viewer.getControl().setFocus();
	}

	static String projectName(Path file) {
		String name = file.getFileName().toString();
		return name.substring(0, name.length() - WorkspaceLocator.PROJECT_FILE_EXTENSION.length());
	}
}
