/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.learning.core.internal;

import nl.casustafel.core.demo.DemoContributor;
import nl.casustafel.learning.core.demo.LearningDemo;
import nl.casustafel.model.Casebook;

/**
 * Adds the learning sessions and theory library of {@link LearningDemo} to the Lindeveld demo
 * region (an OSGi service, see {@code OSGI-INF/nl.casustafel.learning.core.LearningDemoContributor.xml}).
 */
public final class LearningDemoContributor implements DemoContributor {

	@Override
	public void contribute(Casebook demo) {
		LearningDemo.addTo(demo);
	}
}
