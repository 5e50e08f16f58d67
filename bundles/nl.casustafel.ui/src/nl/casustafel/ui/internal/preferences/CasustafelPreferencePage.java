/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.ui.internal.preferences;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

import nl.casustafel.core.CorePreferences;
import nl.casustafel.ui.internal.casebook.Messages;

/**
 * Window &gt; Preferences &gt; Casustafel: casebooks (default folder, open the last one at start,
 * number of recent casebooks) and agenda defaults (cases-per-hour warning, default timebox). Edits
 * the {@link CorePreferences} of node {@value CorePreferences#QUALIFIER}; keys and defaults are
 * defined there.
 */
public class CasustafelPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	/** The page's id. */
	public static final String ID = "nl.casustafel.ui.preferences.casustafel"; //$NON-NLS-1$

	/** Creates the page. */
	public CasustafelPreferencePage() {
		super(GRID);
		setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, CorePreferences.QUALIFIER));
		setDescription(Messages.preferences_description);
	}

	@Override
	public void init(IWorkbench workbench) {
		// nothing to initialise
	}

	@Override
	protected void createFieldEditors() {
		Composite casebooks = group(Messages.preferences_group_casebooks);
		FolderFieldEditor folder = new FolderFieldEditor(CorePreferences.CASEBOOK_DEFAULT_FOLDER,
				Messages.preferences_defaultFolder, casebooks);
		folder.setChangeButtonText(Messages.preferences_browse);
		folder.setEmptyStringAllowed(false);
		addField(folder);
		addField(new BooleanFieldEditor(CorePreferences.CASEBOOK_OPEN_LAST, Messages.preferences_openLast,
				casebooks));
		IntegerFieldEditor recent = new IntegerFieldEditor(CorePreferences.CASEBOOK_RECENT_COUNT,
				Messages.preferences_recentCount, casebooks, 2);
		recent.setValidRange(1, CorePreferences.MAX_RECENT_CASEBOOKS);
		addField(recent);
		narrow(recent, casebooks);
		relayout(casebooks);

		Composite agenda = group(Messages.preferences_group_agenda);
		IntegerFieldEditor casesPerHour = new IntegerFieldEditor(CorePreferences.AGENDA_CASES_PER_HOUR_WARNING,
				Messages.preferences_casesPerHour, agenda, 3);
		casesPerHour.setValidRange(1, 60);
		addField(casesPerHour);
		narrow(casesPerHour, agenda);
		IntegerFieldEditor timebox = new IntegerFieldEditor(CorePreferences.AGENDA_DEFAULT_TIMEBOX,
				Messages.preferences_timebox, agenda, 3);
		timebox.setValidRange(1, 240);
		addField(timebox);
		narrow(timebox, agenda);
		relayout(agenda);
	}

	private Group group(String title) {
		Group group = new Group(getFieldEditorParent(), SWT.NONE);
		group.setText(title);
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).indent(0, 6).applyTo(group);
		return group;
	}

	/** A number field as wide as a few digits, not as wide as the folder field above it. */
	private void narrow(IntegerFieldEditor editor, Composite parent) {
		Text text = editor.getTextControl(parent);
		GridData data = (GridData) text.getLayoutData();
		data.horizontalAlignment = SWT.BEGINNING;
		data.grabExcessHorizontalSpace = false;
		data.widthHint = convertWidthInCharsToPixels(6);
	}

	/** Field editors set their parent's layout; give the group its margins back. */
	private static void relayout(Composite group) {
		GridLayoutFactory.swtDefaults().numColumns(3).margins(8, 8).applyTo(group);
	}
}
