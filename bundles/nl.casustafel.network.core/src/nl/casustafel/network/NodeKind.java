/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network;

/**
 * What a node of a network graph stands for.
 */
public enum NodeKind {

	/** A partner organisation ({@link nl.casustafel.model.Organisation}). */
	ORGANISATION,

	/** A covenant ({@link nl.casustafel.model.Covenant}); its parties hang from it. */
	COVENANT,

	/** The person or household a case is about ({@link nl.casustafel.model.Subject}), or the case itself. */
	SUBJECT,

	/** A professional involved in a case ({@link nl.casustafel.model.Professional}). */
	PROFESSIONAL,

	/** Someone from the subject's own network ({@link nl.casustafel.model.InformalTie}). */
	INFORMAL_TIE
}
