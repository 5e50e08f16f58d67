/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.examples.probation.tests;

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

	private ExampleIds() {
	}
}
