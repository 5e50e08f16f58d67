/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.reflection.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import nl.casustafel.projector.ui.ProjectorContent;
import nl.casustafel.projector.ui.ProjectorStyle;
import nl.casustafel.reflection.core.ReflectionTexts;
import nl.casustafel.reflection.model.Question;
import nl.casustafel.reflection.model.QuestionSet;
import nl.casustafel.reflection.model.Theme;
import nl.casustafel.reflection.ui.ReflectionUi;

/**
 * One reflection question, large, on the shared screen. Shows the question, its theme and level,
 * and nothing about the case or the people: the room sees only the question.
 */
public final class QuestionProjection implements ProjectorContent {

	private final QuestionSet set;

	private final Question question;

	/**
	 * @param set      the question's set
	 * @param question the question
	 */
	public QuestionProjection(QuestionSet set, Question question) {
		this.set = set;
		this.question = question;
	}

	/**
	 * @return the question shown
	 */
	public Question getQuestion() {
		return question;
	}

	@Override
	public String getTitle() {
		return Messages.projector_title + " \u00b7 " + ReflectionTexts.text(set.getTitle()); //$NON-NLS-1$
	}

	@Override
	public void createContents(Composite parent, ProjectorStyle style) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setBackground(style.background());
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		layout.verticalSpacing = style.bodyFont().getFontData()[0].getHeight();
		page.setLayout(layout);

		Label top = new Label(page, SWT.NONE);
		top.setBackground(style.background());
		top.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

		Theme theme = question.eContainer() instanceof Theme t ? t : null;
		String context = (theme == null ? "" : ReflectionTexts.text(theme.getTitle()) + "  \u00b7  ") //$NON-NLS-1$ //$NON-NLS-2$
				+ Labels.level(question.getLevel());
		Label contextLabel = style.label(page, context, style.headingFont());
		contextLabel.setForeground(style.accent());
		contextLabel.setData(ReflectionUi.WIDGET_KEY, "projector.context"); //$NON-NLS-1$
		GridData contextData = new GridData(SWT.FILL, SWT.CENTER, true, false);
		contextLabel.setLayoutData(contextData);

		Label questionLabel = style.label(page, ReflectionTexts.text(question.getText()), style.displayFont());
		questionLabel.setData(ReflectionUi.WIDGET_KEY, "projector.question"); //$NON-NLS-1$
		GridData questionData = new GridData(SWT.FILL, SWT.CENTER, true, false);
		questionLabel.setLayoutData(questionData);

		Label bottom = new Label(page, SWT.NONE);
		bottom.setBackground(style.background());
		GridData bottomData = new GridData(SWT.FILL, SWT.FILL, true, true);
		bottomData.verticalSpan = 1;
		bottom.setLayoutData(bottomData);

		// Wrapping labels need a width: follow the projector's width.
		page.addListener(SWT.Resize, event -> {
			int width = page.getClientArea().width;
			if (width > 0 && questionData.widthHint != width) {
				questionData.widthHint = width;
				contextData.widthHint = width;
				page.layout(true, true);
			}
		});
	}
}
