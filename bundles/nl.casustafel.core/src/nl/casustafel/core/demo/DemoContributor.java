/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.core.demo;

import nl.casustafel.model.Casebook;

/**
 * Adds a capability's or partner's demo data to the Lindeveld demo region, so that the demo
 * casebook shows every installed capability without the core knowing about it.
 * <p>
 * Register an implementation as an OSGi service. {@link DemoRegion#create()} calls every registered
 * contributor (highest {@code service.ranking} first) on the finished region, before the casebook
 * belongs to any session. A contributor adds its objects directly (no commands), typically to
 * {@link Casebook#getContributions()}, refers to the region's objects by their stable ids (for
 * example {@code prof-anouk-peters}), and adds nothing when what it needs is missing. A contributor
 * that throws is logged and skipped. Outside OSGi no contributor is called.
 * </p>
 *
 * @since 0.1
 */
@FunctionalInterface
public interface DemoContributor {

	/**
	 * @param demo the demo region, complete apart from other contributors' data
	 */
	void contribute(Casebook demo);
}
