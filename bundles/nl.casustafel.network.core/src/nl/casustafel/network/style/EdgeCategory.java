/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network.style;

/**
 * What an edge type means for the network as a whole: analysis and automatic layout key on it.
 */
public enum EdgeCategory {

	/** Directed flow of cases, information, money or mandate (referral, funding, escalation...). */
	ROUTE,

	/** Working together without a direction (cooperation, involvement in a case...). */
	COOPERATION,

	/** A formal bond (covenant membership). */
	FORMAL,

	/** Friction between partners (tension). */
	FRICTION,

	/** Someone who should be there but is not ("should attend but doesn't"). */
	ABSENCE;

	/**
	 * @return whether edges of this category are working ties, through which cases and information
	 *         actually travel (routes and cooperation); brokers and isolated partners are computed on
	 *         these
	 */
	public boolean isWorkingTie() {
		return this == ROUTE || this == COOPERATION;
	}
}
