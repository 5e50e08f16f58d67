/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.cases.ui.internal.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;
import org.osgi.framework.Bundle;

import nl.casustafel.cases.ui.CasesUi;
import nl.casustafel.cases.ui.internal.Messages;
import nl.casustafel.cases.ui.spi.CaseEditorSection;
import nl.casustafel.cases.ui.spi.CaseSectionSite;
import nl.casustafel.core.CasebookSession;
import nl.casustafel.core.PluginFailures;
import nl.casustafel.model.Case;

/**
 * The sections partner plug-ins contribute to the overview page of the case editor (extension
 * point {@value #EXTENSION_POINT}), each isolated: a section whose plug-in throws shows a message
 * naming the plug-in, and the page and the other sections keep working.
 */
final class ContributedSections {

	/** The extension point's identifier. */
	static final String EXTENSION_POINT = CasesUi.PLUGIN_ID + ".caseEditorSections"; //$NON-NLS-1$

	private static final String ELEMENT_SECTION = "section"; //$NON-NLS-1$

	private static final String ATTRIBUTE_ID = "id"; //$NON-NLS-1$

	private static final String ATTRIBUTE_TITLE = "title"; //$NON-NLS-1$

	private static final String ATTRIBUTE_DESCRIPTION = "description"; //$NON-NLS-1$

	private static final String ATTRIBUTE_CLASS = "class"; //$NON-NLS-1$

	private static final String ATTRIBUTE_ORDER = "order"; //$NON-NLS-1$

	private static final int DEFAULT_ORDER = 100;

	/** One contributed section as declared. */
	record Descriptor(IConfigurationElement element, String id, String title, String description, int order,
			String contributor) {
	}

	private final CaseEditor editor;

	private final List<Slot> slots = new ArrayList<>();

	ContributedSections(CaseEditor editor) {
		this.editor = editor;
	}

	/**
	 * @return the declared sections in their order; declarations without id, title or class are
	 *         logged under their plug-in's id and left out
	 */
	static List<Descriptor> descriptors() {
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		if (registry == null) {
			return List.of();
		}
		List<Descriptor> descriptors = new ArrayList<>();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			if (!ELEMENT_SECTION.equals(element.getName())) {
				continue;
			}
			String contributor = element.getContributor().getName();
			String id = element.getAttribute(ATTRIBUTE_ID);
			String title = element.getAttribute(ATTRIBUTE_TITLE);
			String type = element.getAttribute(ATTRIBUTE_CLASS);
			if (blank(id) || blank(title) || blank(type)) {
				Bundle bundle = PluginFailures.bundle(contributor);
				PluginFailures.log(bundle, contributor, NLS.bind(Messages.section_declarationIncomplete,
						PluginFailures.label(bundle, contributor), EXTENSION_POINT), null);
				continue;
			}
			descriptors.add(new Descriptor(element, id, title, element.getAttribute(ATTRIBUTE_DESCRIPTION),
					order(element.getAttribute(ATTRIBUTE_ORDER)), contributor));
		}
		descriptors.sort(Comparator.comparingInt(Descriptor::order).thenComparing(Descriptor::id));
		return descriptors;
	}

	/**
	 * Creates the contributed sections in the page body, one grid cell each.
	 *
	 * @param toolkit the page's toolkit
	 * @param body    the page body (a grid)
	 */
	void create(FormToolkit toolkit, Composite body) {
		for (Descriptor descriptor : descriptors()) {
			Slot slot = new Slot(descriptor, toolkit);
			slots.add(slot);
			slot.create(body);
		}
	}

	/**
	 * Shows the editor's case in every working section.
	 */
	void showCase() {
		Case aCase = editor.getCase();
		if (aCase == null || aCase.eIsProxy()) {
			return;
		}
		for (Slot slot : slots) {
			slot.call(Messages.section_phase_show, () -> slot.section.showCase(aCase));
		}
	}

	void dispose() {
		for (Slot slot : slots) {
			if (slot.section != null) {
				slot.call(Messages.section_phase_dispose, slot.section::dispose);
			}
		}
		slots.clear();
	}

	/**
	 * @return the sections (for tests)
	 */
	List<Slot> slots() {
		return slots;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static int order(String value) {
		try {
			return value == null ? DEFAULT_ORDER : Integer.parseInt(value.trim());
		} catch (NumberFormatException e) {
			return DEFAULT_ORDER;
		}
	}

	/** One contributed section on the page. */
	final class Slot implements CaseSectionSite {

		private final Descriptor descriptor;

		private final FormToolkit toolkit;

		private CaseEditorSection section;

		private Composite client;

		private boolean failed;

		private String failure;

		Slot(Descriptor descriptor, FormToolkit toolkit) {
			this.descriptor = descriptor;
			this.toolkit = toolkit;
		}

		void create(Composite body) {
			int style = Section.TITLE_BAR | (descriptor.description() == null ? 0 : Section.DESCRIPTION);
			Section frame = toolkit.createSection(body, style);
			frame.setText(descriptor.title());
			if (descriptor.description() != null) {
				frame.setDescription(descriptor.description());
			}
			frame.setData(CasesUi.WIDGET_KEY, "section." + descriptor.id()); //$NON-NLS-1$
			GridDataFactory.fillDefaults().grab(true, true).applyTo(frame);
			client = toolkit.createComposite(frame);
			frame.setClient(client);
			try {
				Object created = descriptor.element().createExecutableExtension(ATTRIBUTE_CLASS);
				if (!(created instanceof CaseEditorSection contributed)) {
					throw new ClassCastException(NLS.bind(Messages.section_notASection, created.getClass().getName(),
							CaseEditorSection.class.getName()));
				}
				section = contributed;
			} catch (CoreException | RuntimeException | LinkageError e) {
				fail(Messages.section_phase_create, e instanceof CoreException core && core.getCause() != null
						? core.getCause() : e);
				return;
			}
			call(Messages.section_phase_create, () -> section.createContents(client, this));
			toolkit.paintBordersFor(client);
		}

		void call(String phase, Runnable call) {
			if (failed || section == null) {
				return;
			}
			try {
				call.run();
			} catch (RuntimeException | LinkageError e) {
				fail(phase, e);
			}
		}

		private void fail(String phase, Throwable exception) {
			failed = true;
			String contributor = descriptor.contributor();
			Bundle bundle = PluginFailures.bundle(contributor);
			failure = NLS.bind(Messages.section_failed, new Object[] { descriptor.title(),
					PluginFailures.label(bundle, contributor), phase, PluginFailures.describe(exception) });
			PluginFailures.log(bundle, contributor, failure, exception);
			if (client == null || client.isDisposed()) {
				return;
			}
			for (Control child : client.getChildren()) {
				child.dispose();
			}
			GridLayoutFactory.swtDefaults().numColumns(2).applyTo(client);
			Label icon = toolkit.createLabel(client, null);
			icon.setImage(client.getDisplay().getSystemImage(SWT.ICON_ERROR));
			GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(icon);
			Label text = toolkit.createLabel(client, failure, SWT.WRAP);
			text.setData(CasesUi.WIDGET_KEY, "section." + descriptor.id() + ".failure"); //$NON-NLS-1$ //$NON-NLS-2$
			GridDataFactory.fillDefaults().grab(true, false).hint(250, SWT.DEFAULT).applyTo(text);
			client.layout(true, true);
		}

		/**
		 * @return the declaration
		 */
		Descriptor descriptor() {
			return descriptor;
		}

		/**
		 * @return the message shown instead of the section, or {@code null} while it works
		 */
		String failure() {
			return failure;
		}

		@Override
		public CasebookSession getSession() {
			return editor.getSession();
		}

		@Override
		public FormToolkit getToolkit() {
			return toolkit;
		}

		@Override
		public boolean isEditable() {
			return editor.isEditable();
		}

		@Override
		public boolean execute(Command command) {
			if (!isEditable() || command == null || !command.canExecute()) {
				return false;
			}
			editor.getSession().getEditingDomain().getCommandStack().execute(command);
			return true;
		}
	}
}
