/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.examples.probation.internal;

import java.time.LocalDate;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

import nl.casustafel.cases.ui.spi.CaseEditorSection;
import nl.casustafel.cases.ui.spi.CaseSectionSite;
import nl.casustafel.meeting.core.Dates;
import nl.casustafel.model.Case;
import nl.casustafel.model.CasebookFactory;
import nl.casustafel.model.CasebookPackage;
import nl.casustafel.model.Involvement;
import nl.casustafel.model.Organisation;
import nl.casustafel.model.Provenance;
import nl.casustafel.model.TimelineEvent;

/**
 * The section <i>Reclassering: toezicht</i> on the case editor's overview page: whether probation
 * supervises the person, its agreements counted, the latest three-way talk and the breaches of
 * conditions; and a button that records today's three-way talk on the case's timeline, as one
 * undoable command through the editor.
 */
public final class SupervisionSection implements CaseEditorSection {

	private CaseSectionSite site;

	private Label status;

	private Label agreements;

	private Label talk;

	private Label breaches;

	private Button recordTalk;

	private Case shown;

	@Override
	public void createContents(Composite parent, CaseSectionSite sectionSite) {
		this.site = sectionSite;
		FormToolkit toolkit = sectionSite.getToolkit();
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(10, 6).applyTo(parent);
		status = ProbationWidgets.field(toolkit, parent, Messages.section_status, "section.status"); //$NON-NLS-1$
		agreements = ProbationWidgets.field(toolkit, parent, Messages.section_agreements, "section.agreements"); //$NON-NLS-1$
		talk = ProbationWidgets.field(toolkit, parent, Messages.section_lastTalk, "section.lastTalk"); //$NON-NLS-1$
		breaches = ProbationWidgets.field(toolkit, parent, Messages.section_breaches, "section.breaches"); //$NON-NLS-1$
		recordTalk = toolkit.createButton(parent, Messages.section_recordTalk, SWT.PUSH);
		recordTalk.setToolTipText(Messages.section_recordTalkTooltip);
		ProbationWidgets.name(recordTalk, "section.recordTalk"); //$NON-NLS-1$
		GridDataFactory.swtDefaults().span(2, 1).applyTo(recordTalk);
		recordTalk.addListener(SWT.Selection, event -> recordThreeWayTalk());
	}

	@Override
	public void showCase(Case aCase) {
		shown = aCase;
		Supervision supervision = Supervision.of(aCase, LocalDate.now());
		status.setText(supervision.statusText());
		agreements.setText(supervision.agreementCounts());
		TimelineEvent last = supervision.lastThreeWayTalk();
		talk.setText(last == null ? Messages.section_noTalk : Dates.formatShort(last.getDate()));
		breaches.setText(Long.toString(supervision.breaches()));
		recordTalk.setEnabled(site.isEditable() && organisation(supervision) != null);
		reflow();
	}

	/**
	 * The texts may take more or fewer lines than before: lays out the section and lets the editor's
	 * scrolled form recompute its height, so nothing is cut off at the bottom.
	 */
	private void reflow() {
		Control[] changed = { status, agreements, talk, breaches };
		for (Composite parent = status.getParent(); parent != null; parent = parent.getParent()) {
			if (parent instanceof ScrolledForm form) {
				form.getBody().layout(changed, SWT.ALL | SWT.CHANGED);
				form.reflow(true);
				return;
			}
		}
		status.getParent().layout(changed, SWT.ALL | SWT.CHANGED);
	}

	/** Adds a three-way talk of today, held by the supervising (or else another) probation service. */
	private void recordThreeWayTalk() {
		Case aCase = shown;
		if (aCase == null) {
			return;
		}
		Organisation organisation = organisation(Supervision.of(aCase, LocalDate.now()));
		TimelineEvent event = CasebookFactory.eINSTANCE.createTimelineEvent();
		event.setDate(Dates.toDate(LocalDate.now()));
		event.setKind(Probation.EVENT_THREE_WAY_TALK);
		event.setTitle(Messages.section_talkTitle);
		event.setDescription(NLS.bind(Messages.section_talkDescription, organisation == null ? "" : organisation.getName())); //$NON-NLS-1$
		event.setProvenance(Provenance.DIRECT);
		event.setSource(organisation);
		Command command = AddCommand.create(site.getSession().getEditingDomain(), aCase,
				CasebookPackage.Literals.CASE__TIMELINE, event);
		site.execute(command);
	}

	/** The probation service that holds the talk: the supervisor's, else any involved, else none. */
	private static Organisation organisation(Supervision supervision) {
		Involvement holder = supervision.supervisor() != null ? supervision.supervisor()
				: supervision.involvements().isEmpty() ? null : supervision.involvements().get(0);
		return holder == null ? null : Supervision.organisationOf(holder);
	}
}
