/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.examples.probation.tests;

import java.nio.file.Path;
import java.time.LocalDate;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import nl.casustafel.cases.ui.CaseEditors;
import nl.casustafel.meeting.core.Dates;
import nl.casustafel.model.Agreement;
import nl.casustafel.model.AgreementStatus;
import nl.casustafel.model.AgreementType;
import nl.casustafel.model.Case;
import nl.casustafel.model.CasebookFactory;
import nl.casustafel.model.CasebookPackage;
import nl.casustafel.model.Organisation;
import nl.casustafel.model.Provenance;
import nl.casustafel.model.TimelineEvent;
import nl.casustafel.tests.support.DemoCasebook;
import nl.casustafel.tests.support.Screenshots;
import nl.casustafel.tests.support.Workbench;

/**
 * The example's view (stacked with the Reflection view) and its section on the case editor, in the
 * Voorzitter perspective at 1920x1080, on case LV-06 with a few probation events and agreements
 * added (a screenshot tour, see {@link Screenshots}):
 * <pre>
 * xvfb-run -a -s "-screen 0 1920x1080x24" ./mvnw -o verify -pl tests/nl.casustafel.examples.probation.tests -am \
 *     -Dtest=ProbationScreenshots "-Dtests.argLine=-Xmx1g -Dcasustafel.screenshots=$PWD/docs/screenshots/partner"
 * </pre>
 */
@EnabledIfSystemProperty(named = Screenshots.PROPERTY, matches = ".+")
class ProbationScreenshots {

	@TempDir
	Path temp;

	private DemoCasebook demo;

	@AfterEach
	void close() {
		demo.close();
	}

	@Test
	void takeScreenshots() throws Exception {
		demo = DemoCasebook.create(temp);
		PlatformUI.getWorkbench().showPerspective(ExampleIds.CHAIR_PERSPECTIVE, PlatformUI.getWorkbench().getActiveWorkbenchWindow());
		Screenshots screenshots = Screenshots.start();
		Case kevin = demo.caseNumbered("LV-06");
		addProbationHistory(kevin);

		IWorkbenchPage page = Workbench.page();
		CaseEditors.open(page, demo.session(), kevin);
		page.showView(ExampleIds.VIEW, null, IWorkbenchPage.VIEW_VISIBLE);
		Workbench.processEvents();
		screenshots.shoot("probation-view");

		FormToolkit.ensureVisible(Workbench.get(Workbench.shell(), ExampleIds.WIDGET_KEY, "section.recordTalk", Control.class));
		screenshots.shoot("probation-section");
	}

	/** Fictional: an advice report, a breach, and two open agreements of probation on LV-06. */
	private void addProbationHistory(Case kevin) {
		EditingDomain domain = demo.session().getEditingDomain();
		Organisation reclassering = Find.organisation(demo, "org-reclassering");
		CompoundCommand command = new CompoundCommand();
		command.append(AddCommand.create(domain, kevin, CasebookPackage.Literals.CASE__TIMELINE,
				event("reclassering-advies", LocalDate.of(2025, 5, 20), "Advies aan het OM: voorwaardelijk met contactverbod", reclassering)));
		command.append(AddCommand.create(domain, kevin, CasebookPackage.Literals.CASE__TIMELINE,
				event("reclassering-overtreding", LocalDate.of(2026, 1, 28), "Contactverbod overtreden (bericht aan ex-partner)", reclassering)));
		command.append(AddCommand.create(domain, kevin, CasebookPackage.Literals.CASE__AGREEMENTS,
				agreement("Overtreding van het contactverbod bespreken met het OM", LocalDate.now().minusDays(3), reclassering)));
		command.append(AddCommand.create(domain, kevin, CasebookPackage.Literals.CASE__AGREEMENTS,
				agreement("Driegesprek met Kevin en de GGZ over de behandeling", LocalDate.now().plusDays(10), reclassering)));
		domain.getCommandStack().execute(command);
	}

	private static TimelineEvent event(String kind, LocalDate date, String title, Organisation source) {
		TimelineEvent event = CasebookFactory.eINSTANCE.createTimelineEvent();
		event.setKind(kind);
		event.setDate(Dates.toDate(date));
		event.setTitle(title);
		event.setSource(source);
		event.setProvenance(Provenance.DIRECT);
		return event;
	}

	private static Agreement agreement(String description, LocalDate due, Organisation organisation) {
		Agreement agreement = CasebookFactory.eINSTANCE.createAgreement();
		agreement.setDescription(description);
		agreement.setOrganisation(organisation);
		agreement.setStatus(AgreementStatus.OPEN);
		agreement.setType(AgreementType.INTERVENTION);
		agreement.setDueDate(Dates.toDate(due));
		return agreement;
	}
}
