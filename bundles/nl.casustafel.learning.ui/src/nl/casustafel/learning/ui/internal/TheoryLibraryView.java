/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.learning.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;

import nl.casustafel.learning.core.LearningSessions;
import nl.casustafel.learning.core.LearningTags;
import nl.casustafel.learning.model.LearningFactory;
import nl.casustafel.learning.model.LearningPackage.Literals;
import nl.casustafel.learning.model.TheoryItem;

/**
 * The theory library of the active casebook: short pieces of theory and policy, each with a summary
 * in the team's own words, where to read more, a hand-out and tags. Sessions link to them; advice
 * can build on them.
 */
public final class TheoryLibraryView extends ViewPart {

	private TableViewer viewer;
	private TheoryItem selected;
	private Composite details;
	private final List<Runnable> refreshers = new ArrayList<>();
	private boolean refreshing;
	private final Runnable listener = this::refresh;

	@Override
	public void createPartControl(Composite parent) {
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		viewer = new TableViewer(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		Widgets.name(viewer.getTable(), "theory.table"); //$NON-NLS-1$
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column(Messages.theory_columnTitle, 200, item -> Widgets.nonNull(item.getTitle()));
		column(Messages.theory_columnTags, 160, item -> String.join(", ", item.getTags())); //$NON-NLS-1$
		column(Messages.theory_columnReference, 220, item -> Widgets.nonNull(item.getReference()));
		viewer.addSelectionChangedListener(event -> {
			Object first = viewer.getStructuredSelection().getFirstElement();
			selected = first instanceof TheoryItem item ? item : null;
			refreshDetails();
		});
		getSite().setSelectionProvider(viewer);

		org.eclipse.swt.custom.ScrolledComposite scrolled = new org.eclipse.swt.custom.ScrolledComposite(sash, SWT.V_SCROLL);
		scrolled.setExpandHorizontal(true);
		scrolled.setExpandVertical(true);
		details = new Composite(scrolled, SWT.NONE);
		details.setLayout(new GridLayout(2, false));
		scrolled.setContent(details);
		scrolled.addListener(SWT.Resize, event -> scrolled.setMinSize(details.computeSize(scrolled.getClientArea().width, SWT.DEFAULT)));
		field(Messages.theory_title, "theory.title", Literals.THEORY_ITEM__TITLE, SWT.SINGLE, 0); //$NON-NLS-1$
		field(Messages.theory_summary, "theory.summary", Literals.THEORY_ITEM__SUMMARY, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL, 80); //$NON-NLS-1$
		field(Messages.theory_reference, "theory.reference", Literals.THEORY_ITEM__REFERENCE, SWT.SINGLE, 0); //$NON-NLS-1$
		field(Messages.theory_handout, "theory.handout", Literals.THEORY_ITEM__HANDOUT, SWT.SINGLE, 0); //$NON-NLS-1$
		new Label(details, SWT.NONE).setText(Messages.theory_tags);
		Text tags = Widgets.name(new Text(details, SWT.BORDER), "theory.tags"); //$NON-NLS-1$
		tags.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		tags.setToolTipText(NLS.bind(Messages.facilitator_tagsTooltip, String.join(", ", LearningTags.suggested()))); //$NON-NLS-1$
		Runnable commitTags = () -> {
			if (selected != null && !refreshing) {
				List<String> value = LearningTags.parse(tags.getText());
				if (!value.equals(selected.getTags())) {
					Casebooks.execute(SetCommand.create(Casebooks.domain(), selected, Literals.THEORY_ITEM__TAGS, value));
				}
			}
		};
		tags.addListener(SWT.FocusOut, event -> commitTags.run());
		tags.addListener(SWT.DefaultSelection, event -> commitTags.run());
		refreshers.add(() -> tags.setText(selected == null ? "" : String.join(", ", selected.getTags()))); //$NON-NLS-1$ //$NON-NLS-2$
		sash.setWeights(45, 55);

		IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
		toolbar.add(new Action(Messages.theory_add, Images.descriptor(Images.THEORY)) {
			@Override
			public void run() {
				if (!Casebooks.editable()) {
					return;
				}
				TheoryItem item = LearningFactory.eINSTANCE.createTheoryItem();
				item.setTitle(Messages.theory_newTitle);
				if (Casebooks.execute(LearningSessions.addTheoryItem(Casebooks.domain(), Casebooks.casebook(), item))) {
					refresh();
					viewer.setSelection(new StructuredSelection(item), true);
				}
			}
		});
		toolbar.add(new Action(Messages.theory_remove, Images.shared(org.eclipse.ui.ISharedImages.IMG_TOOL_DELETE)) {
			@Override
			public void run() {
				if (selected != null && MessageDialog.openConfirm(getSite().getShell(), Messages.theory_remove,
						NLS.bind(Messages.theory_removeQuestion, Widgets.nonNull(selected.getTitle())))) {
					Casebooks.execute(DeleteCommand.create(Casebooks.domain(), selected));
				}
			}
		});
		Casebooks.addListener(listener);
		refresh();
	}

	private void column(String title, int width, java.util.function.Function<TheoryItem, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((TheoryItem) element);
			}
		});
	}

	private void field(String label, String name, EStructuralFeature feature, int style, int height) {
		Label caption = new Label(details, SWT.NONE);
		caption.setText(label);
		caption.setLayoutData(new GridData(SWT.LEFT, (style & SWT.MULTI) != 0 ? SWT.TOP : SWT.CENTER, false, false));
		Text text = Widgets.name(new Text(details, style | SWT.BORDER), name);
		GridData data = new GridData(SWT.FILL, (style & SWT.MULTI) != 0 ? SWT.FILL : SWT.CENTER, true, (style & SWT.MULTI) != 0);
		data.widthHint = 150;
		if (height > 0) {
			data.heightHint = height;
		}
		text.setLayoutData(data);
		Runnable commit = () -> {
			if (selected != null && !refreshing) {
				String value = text.getText();
				Object current = selected.eGet(feature);
				if (!value.equals(current == null ? "" : current)) { //$NON-NLS-1$
					Casebooks.execute(SetCommand.create(Casebooks.domain(), selected, feature, value.isEmpty() ? null : value));
				}
			}
		};
		text.addListener(SWT.FocusOut, event -> commit.run());
		if ((style & SWT.MULTI) == 0) {
			text.addListener(SWT.DefaultSelection, event -> commit.run());
		}
		refreshers.add(() -> {
			Object value = selected == null ? null : selected.eGet(feature);
			String shown = value == null ? "" : value.toString(); //$NON-NLS-1$
			if (!shown.equals(text.getText())) {
				text.setText(shown);
			}
		});
	}

	private void refreshDetails() {
		refreshing = true;
		try {
			for (Runnable refresher : refreshers) {
				refresher.run();
			}
			boolean enabled = selected != null && Casebooks.editable();
			for (org.eclipse.swt.widgets.Control child : details.getChildren()) {
				child.setEnabled(enabled);
			}
		} finally {
			refreshing = false;
		}
	}

	/** Re-reads the library of the active casebook. */
	void refresh() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		List<TheoryItem> items = LearningSessions.theoryItems(Casebooks.casebook());
		viewer.setInput(items);
		viewer.refresh();
		if (selected != null && !items.contains(selected)) {
			selected = null;
		}
		refreshDetails();
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		Casebooks.removeListener(listener);
		super.dispose();
	}
}
