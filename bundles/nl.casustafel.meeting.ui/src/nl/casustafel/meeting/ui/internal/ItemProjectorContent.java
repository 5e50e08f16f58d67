/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.ui.internal;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import nl.casustafel.meeting.core.ProjectedItem;
import nl.casustafel.meeting.ui.MeetingUi;
import nl.casustafel.projector.ui.ProjectorContent;
import nl.casustafel.projector.ui.ProjectorStyle;

/**
 * The current agenda item on the shared screen. It renders a {@link ProjectedItem} made for the
 * projector audience, so it only has what the masking profile lets the room see: case number with
 * pseudonym or initials, the question, the reason, the non-sensitive details, headings of collapsed
 * sections, the agreements, the decision; plus the countdown. Nothing of another case.
 */
final class ItemProjectorContent implements ProjectorContent {

	/** Longest section line on the projector; longer ones are cut (the chair console has all). */
	private static final int MAX_LINE = 110;

	private final String title;
	private final ProjectedItem item;
	private Label timer;
	private Label timerNote;
	private ProjectorStyle style;

	ItemProjectorContent(String title, ProjectedItem item) {
		this.title = title;
		this.item = item;
	}

	@Override
	public String getTitle() {
		return title;
	}

	@Override
	public void createContents(Composite parent, ProjectorStyle projectorStyle) {
		this.style = projectorStyle;
		Composite page = new Composite(parent, SWT.NONE);
		page.setBackground(style.background());
		GridLayout layout = new GridLayout(2, false);
		layout.horizontalSpacing = 40;
		layout.verticalSpacing = 6;
		page.setLayout(layout);

		Label heading = label(page, item.heading(), style.displayFont(), style.foreground(), "projector.heading"); //$NON-NLS-1$
		heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Composite clock = new Composite(page, SWT.NONE);
		clock.setBackground(style.background());
		clock.setLayoutData(new GridData(SWT.RIGHT, SWT.TOP, false, false, 1, 3));
		GridLayout clockLayout = new GridLayout(1, false);
		clockLayout.marginWidth = 0;
		clock.setLayout(clockLayout);
		timer = label(clock, "00:00", style.timerFont(), style.foreground(), "projector.timer"); //$NON-NLS-1$ //$NON-NLS-2$
		timer.setAlignment(SWT.RIGHT);
		GridData timerData = new GridData(SWT.RIGHT, SWT.TOP, false, false);
		timerData.widthHint = textWidth(timer, "+88:88"); //$NON-NLS-1$
		timer.setLayoutData(timerData);
		timerNote = label(clock, "", style.bodyFont(), style.muted(), "projector.timerNote"); //$NON-NLS-1$ //$NON-NLS-2$
		timerNote.setAlignment(SWT.RIGHT);
		GridData noteData = new GridData(SWT.RIGHT, SWT.TOP, true, false);
		noteData.widthHint = textWidth(timerNote, Messages.Projector_Overrun + "  "); //$NON-NLS-1$
		timerNote.setLayoutData(noteData);

		String kindLine = item.kind();
		if (!item.decision().isEmpty()) {
			kindLine = kindLine + "   \u00b7   " + NLS.bind(Messages.Projector_Decision, item.decision()); //$NON-NLS-1$
		}
		wide(label(page, kindLine, style.smallFont(), style.muted(), "projector.kind"), 1); //$NON-NLS-1$
		if (!item.alert().isEmpty()) {
			wide(label(page, "\u26a0 " + item.alert(), style.bodyFont(), style.warning(), "projector.alert"), 1); //$NON-NLS-1$ //$NON-NLS-2$
		} else {
			wide(label(page, "", style.smallFont(), style.muted(), "projector.alert"), 1); //$NON-NLS-1$ //$NON-NLS-2$
		}

		if (!item.question().isEmpty()) {
			caption(page, Messages.Projector_Question);
			wide(label(page, item.question(), style.headingFont(), style.accent(), "projector.question"), 2); //$NON-NLS-1$
		}
		if (!item.reason().isEmpty()) {
			caption(page, Messages.Projector_Reason);
			wide(label(page, item.reason(), style.bodyFont(), style.foreground(), "projector.reason"), 2); //$NON-NLS-1$
		}
		for (ProjectedItem.Section section : item.sections()) {
			if (section.collapsed()) {
				wide(label(page, "\u25b8 " + NLS.bind(Messages.Projector_Collapsed, section.title()), style.bodyFont(), style.muted(), //$NON-NLS-1$
						"projector.section." + section.field().name()), 2); //$NON-NLS-1$
			} else {
				caption(page, section.title());
				wide(label(page, shorten(String.join("\n", section.lines())), style.bodyFont(), style.foreground(), //$NON-NLS-1$
						"projector.section." + section.field().name()), 2); //$NON-NLS-1$
			}
		}
		if (!item.agreements().isEmpty()) {
			caption(page, Messages.Projector_Agreements);
			StringBuilder lines = new StringBuilder();
			for (String agreement : item.agreements()) {
				if (!lines.isEmpty()) {
					lines.append('\n');
				}
				lines.append("\u2022 ").append(agreement); //$NON-NLS-1$
			}
			wide(label(page, lines.toString(), style.bodyFont(), style.foreground(), "projector.agreements"), 2); //$NON-NLS-1$
		}
		if (!item.noodscenario().isEmpty()) {
			caption(page, Messages.Projector_Noodscenario);
			wide(label(page, item.noodscenario(), style.bodyFont(), style.foreground(), "projector.noodscenario"), 2); //$NON-NLS-1$
		}
	}

	private static int textWidth(Label label, String text) {
		org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(label);
		try {
			gc.setFont(label.getFont());
			return gc.textExtent(text).x + 8;
		} finally {
			gc.dispose();
		}
	}

	private static String shorten(String text) {
		StringBuilder result = new StringBuilder();
		for (String line : text.split("\n")) { //$NON-NLS-1$
			if (!result.isEmpty()) {
				result.append('\n');
			}
			result.append(line.length() <= MAX_LINE ? line : line.substring(0, MAX_LINE - 1) + '\u2026');
		}
		return result.toString();
	}

	private void caption(Composite page, String text) {
		Label caption = label(page, text, style.smallFont(), style.muted(), null);
		GridData data = new GridData(SWT.FILL, SWT.BOTTOM, true, false, 2, 1);
		data.verticalIndent = 14;
		caption.setLayoutData(data);
	}

	private static void wide(Label label, int span) {
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, span, 1);
		data.widthHint = 400; // wrap within the available width
		label.setLayoutData(data);
	}

	private Label label(Composite parent, String text, Font font, Color color, String name) {
		Label label = new Label(parent, SWT.WRAP);
		label.setText(text.replace("&", "&&")); //$NON-NLS-1$ //$NON-NLS-2$
		label.setFont(font);
		label.setForeground(color);
		label.setBackground(style.background());
		if (name != null) {
			label.setData(MeetingUi.WIDGET_KEY, name);
		}
		return label;
	}

	/**
	 * Shows the countdown.
	 *
	 * @param text     e.g. "07:32" or "+01:15"
	 * @param overrun  whether the item overruns its timebox
	 * @param nearlyUp whether the time is nearly up
	 */
	void updateTimer(String text, boolean overrun, boolean nearlyUp) {
		if (timer == null || timer.isDisposed()) {
			return;
		}
		timer.setText(text);
		timer.setForeground(overrun ? style.alarm() : nearlyUp ? style.warning() : style.foreground());
		timerNote.setText(overrun ? Messages.Projector_Overrun : ""); //$NON-NLS-1$
		timerNote.setForeground(overrun ? style.alarm() : style.muted());
		timer.getParent().layout(true);
	}

	/** @return the projected item shown */
	ProjectedItem getItem() {
		return item;
	}
}
