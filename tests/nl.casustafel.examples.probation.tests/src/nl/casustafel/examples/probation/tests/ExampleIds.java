/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.examples.probation.tests;

import java.util.List;

/**
 * The identifiers the example plug-in promises to keep stable (its README lists them). The tests
 * name them here rather than reaching into the plug-in: a partner's contributions are found
 * through Casustafel's registries only.
 */
final class ExampleIds {

	static final String BUNDLE = "nl.casustafel.examples.probation";

	static final String QUESTION_SET = "nl.casustafel.examples.probation.toezicht";

	static final String METHOD = "reclassering.intervisie-toezicht";

	static final String MEETING_TYPE = "reclassering-driegesprek";

	static final String EXPORTER_FORMAT = "reclassering-csv";

	static final String VIEW = "nl.casustafel.examples.probation.caseView";

	static final String VIEW_CATEGORY = "nl.casustafel.examples.probation.views";

	static final String SECTION = "nl.casustafel.examples.probation.supervisionSection";

	static final List<String> RELATION_TYPES = List.of("reclassering.toezicht", "reclassering.advies",
			"reclassering.vaste-koppeling");

	static final String ORGANISATION_TYPE = "reclassering-verslaving";

	static final String ROLE = "reclassering-werkstrafbegeleider";

	static final List<String> EVENT_KINDS = List.of("reclassering-advies", "reclassering-overtreding",
			"reclassering-driegesprek");

	/** The key under which the plug-in names its widgets ({@code Widget.getData(String)}). */
	static final String WIDGET_KEY = "nl.casustafel.examples.probation.widget";

	/** The Voorzitter perspective. */
	static final String CHAIR_PERSPECTIVE = "nl.casustafel.ui.perspective.chair";

	/** The Reflection view, which the example's view is stacked with. */
	static final String REFLECTION_VIEW = "nl.casustafel.reflection.ui.view";

	private ExampleIds() {
	}
}
