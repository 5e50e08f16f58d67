/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network;

/**
 * Facts about a node that the view shows as badges.
 */
public enum NodeFlag {

	/** The centre of a case network: the person or household the case is about. */
	CENTRE,

	/** Has the case direction (<i>casusregie</i>). */
	REGIE,

	/** Knows the person (an involvement or an informal tie marked so). */
	KNOWS_PERSON,

	/** An obligatory party of a meeting about the case that did not attend. */
	MISSING_PARTY
}
