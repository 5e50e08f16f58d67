/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.ui.internal;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.osgi.service.prefs.BackingStoreException;

import nl.casustafel.meeting.core.Audience;
import nl.casustafel.meeting.core.MaskingPreferences;
import nl.casustafel.meeting.core.SensitiveField;
import nl.casustafel.meeting.core.Visibility;

/**
 * Which case data the shared screen, the chair console and the minutes show: per category shown,
 * collapsed until the chair reveals it, or hidden. Identity (name, BSN, address, birth date) is
 * never shown on the projector nor in pseudonymised minutes, whatever is chosen here. Edits the
 * preferences of the default masking profile ({@link MaskingPreferences}).
 */
public class MaskingPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	private static final Audience[] AUDIENCES = Audience.values();
	private final Map<Audience, Map<SensitiveField, Combo>> combos = new EnumMap<>(Audience.class);

	@Override
	public void init(IWorkbench workbench) {
		setDescription(Messages.Masking_Description);
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite grid = new Composite(parent, SWT.NONE);
		grid.setLayout(new GridLayout(AUDIENCES.length + 1, false));
		grid.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		new Label(grid, SWT.NONE);
		for (Audience audience : AUDIENCES) {
			Label header = new Label(grid, SWT.NONE);
			header.setText(audienceLabel(audience));
		}
		for (SensitiveField field : SensitiveField.values()) {
			new Label(grid, SWT.NONE).setText(field.label());
			for (Audience audience : AUDIENCES) {
				Combo combo = new Combo(grid, SWT.READ_ONLY);
				for (Visibility v : Visibility.values()) {
					combo.add(visibilityLabel(v));
				}
				boolean fixed = field == SensitiveField.IDENTITY
						&& (audience == Audience.PROJECTOR || audience == Audience.PSEUDONYMISED_MINUTES);
				combo.select(fixed ? Visibility.HIDDEN.ordinal() : MaskingPreferences.get(audience, field).ordinal());
				combo.setEnabled(!fixed);
				combos.computeIfAbsent(audience, a -> new EnumMap<>(SensitiveField.class)).put(field, combo);
			}
		}
		Label note = new Label(grid, SWT.WRAP);
		note.setText(Messages.Masking_Floor);
		GridData noteData = new GridData(SWT.FILL, SWT.TOP, true, false, AUDIENCES.length + 1, 1);
		noteData.widthHint = 500;
		note.setLayoutData(noteData);
		return grid;
	}

	private static String audienceLabel(Audience audience) {
		return switch (audience) {
		case PROJECTOR -> Messages.Masking_Projector;
		case CHAIR -> Messages.Masking_Chair;
		case MINUTES -> Messages.Masking_Minutes;
		case PSEUDONYMISED_MINUTES -> Messages.Masking_PseudonymisedMinutes;
		};
	}

	private static String visibilityLabel(Visibility visibility) {
		return switch (visibility) {
		case SHOWN -> Messages.Masking_Shown;
		case COLLAPSED -> Messages.Masking_Collapsed;
		case HIDDEN -> Messages.Masking_Hidden;
		};
	}

	@Override
	protected void performDefaults() {
		combos.forEach((audience, fields) -> fields.forEach(
				(field, combo) -> combo.select(MaskingPreferences.defaultVisibility(audience, field).ordinal())));
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		combos.forEach((audience, fields) -> fields.forEach((field, combo) -> {
			if (combo.isEnabled()) {
				MaskingPreferences.set(audience, field, Visibility.values()[combo.getSelectionIndex()]);
			}
		}));
		try {
			MaskingPreferences.node().flush();
		} catch (BackingStoreException e) {
			setErrorMessage(e.getMessage());
			return false;
		}
		return true;
	}
}
