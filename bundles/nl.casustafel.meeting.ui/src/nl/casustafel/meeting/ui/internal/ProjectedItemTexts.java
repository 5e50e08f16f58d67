/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.ui.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.casustafel.meeting.core.Audience;
import nl.casustafel.meeting.core.ConductSession;
import nl.casustafel.meeting.core.ItemSummary;
import nl.casustafel.meeting.core.Labels;
import nl.casustafel.meeting.core.ProjectedItem;
import nl.casustafel.model.AgendaItem;

/** Texts of the chair console. */
final class ProjectedItemTexts {

	private ProjectedItemTexts() {
	}

	static String title(AgendaItem item) {
		if (item == null) {
			return ""; //$NON-NLS-1$
		}
		return item.getCase() != null ? Labels.of(item.getCase()) + " \u2014 " + Labels.of(item.getKind()) //$NON-NLS-1$
				: Widgets.nonNull(item.getTitle());
	}

	/**
	 * The item as the chair sees it (the chair audience of the masking profile): more than the room.
	 */
	static String chairText(AgendaItem item, ConductSession session, LocalDate today) {
		if (item == null) {
			return ""; //$NON-NLS-1$
		}
		ProjectedItem p = ProjectedItem.of(item, Audience.CHAIR, java.util.EnumSet.allOf(nl.casustafel.meeting.core.SensitiveField.class), today);
		List<String> lines = new ArrayList<>();
		lines.add(p.heading());
		if (!p.alert().isEmpty()) {
			lines.add("\u26a0 " + p.alert()); //$NON-NLS-1$
		}
		add(lines, Messages.Projector_Question, p.question());
		add(lines, Messages.Projector_Reason, p.reason());
		if (item.getCase() != null) {
			add(lines, Messages.Console_Summary, ItemSummary.of(item.getCase(), today).toLine());
		}
		for (ProjectedItem.Section section : p.sections()) {
			lines.add(""); //$NON-NLS-1$
			lines.add(section.title().toUpperCase());
			for (String line : section.lines()) {
				lines.add("  " + line); //$NON-NLS-1$
			}
		}
		if (!p.agreements().isEmpty()) {
			lines.add(""); //$NON-NLS-1$
			lines.add(Messages.Projector_Agreements.toUpperCase());
			for (String a : p.agreements()) {
				lines.add("  \u2022 " + a); //$NON-NLS-1$
			}
		}
		add(lines, Messages.Projector_Noodscenario, p.noodscenario());
		return String.join("\n", lines); //$NON-NLS-1$
	}

	private static void add(List<String> lines, String label, String value) {
		if (value != null && !value.isEmpty()) {
			lines.add(""); //$NON-NLS-1$
			lines.add(label.toUpperCase() + ": " + value); //$NON-NLS-1$
		}
	}
}
