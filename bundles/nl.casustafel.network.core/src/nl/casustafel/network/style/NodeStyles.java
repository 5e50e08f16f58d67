/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network.style;

import java.util.List;

import nl.casustafel.model.OrganisationLogic;
import nl.casustafel.network.NetworkNode;
import nl.casustafel.network.NodeFlag;
import nl.casustafel.network.NodeKind;
import nl.casustafel.network.internal.Messages;

/**
 * The visual language of nodes: shape and colour by the organisation's logic (care, justice,
 * municipality, other), and by kind for covenants, persons, professionals and informal ties. Chosen for
 * a projector: strong outlines, light fills, black text; shape and colour both carry the logic, so it
 * survives a grey-scale print and colour blindness.
 */
public final class NodeStyles {

	/** Colour of text on nodes. */
	public static final int TEXT = 0x111111;

	private static final NodeStyle CARE = new NodeStyle(NodeShape.ROUNDED_RECTANGLE, 0xCDEBC7, 0x2E7D32, 3, false);

	private static final NodeStyle JUSTICE = new NodeStyle(NodeShape.RECTANGLE, 0xCFE0F6, 0x1A4F9C, 3, false);

	private static final NodeStyle MUNICIPALITY = new NodeStyle(NodeShape.HEXAGON, 0xFFE0B2, 0xC25E00, 3, false);

	private static final NodeStyle OTHER = new NodeStyle(NodeShape.ELLIPSE, 0xE6E6E6, 0x4D4D4D, 3, false);

	private static final NodeStyle COVENANT = new NodeStyle(NodeShape.DIAMOND, 0xF1E2F6, 0x7B1FA2, 2, false);

	private static final NodeStyle SUBJECT = new NodeStyle(NodeShape.ELLIPSE, 0xFFF176, 0x222222, 4, false);

	private static final NodeStyle INFORMAL_TIE = new NodeStyle(NodeShape.ELLIPSE, 0xFFFFFF, 0x8D6E63, 2, true);

	private NodeStyles() {
		// static access only
	}

	/**
	 * @param node a node
	 * @return its style
	 */
	public static NodeStyle of(NetworkNode node) {
		NodeStyle style = switch (node.kind()) {
		case COVENANT -> COVENANT;
		case SUBJECT -> SUBJECT;
		case INFORMAL_TIE -> INFORMAL_TIE;
		case PROFESSIONAL -> {
			NodeStyle logic = of(node.logic());
			yield new NodeStyle(NodeShape.ROUNDED_RECTANGLE, 0xFFFFFF, logic.border(), 2, false);
		}
		case ORGANISATION -> of(node.logic());
		};
		if (node.has(NodeFlag.MISSING_PARTY)) {
			style = new NodeStyle(style.shape(), 0xFFFFFF, style.border(), style.borderWidth(), true);
		}
		return style;
	}

	/**
	 * @param logic a logic, or {@code null} (as other)
	 * @return the style of organisations of that logic
	 */
	public static NodeStyle of(OrganisationLogic logic) {
		if (logic == null) {
			return OTHER;
		}
		return switch (logic) {
		case CARE -> CARE;
		case JUSTICE -> JUSTICE;
		case MUNICIPALITY -> MUNICIPALITY;
		case OTHER -> OTHER;
		};
	}

	/**
	 * @param kind a node kind other than organisation
	 * @return its style, as shown in the legend
	 */
	public static NodeStyle of(NodeKind kind) {
		return switch (kind) {
		case COVENANT -> COVENANT;
		case SUBJECT -> SUBJECT;
		case INFORMAL_TIE -> INFORMAL_TIE;
		case PROFESSIONAL -> new NodeStyle(NodeShape.ROUNDED_RECTANGLE, 0xFFFFFF, 0x4D4D4D, 2, false);
		case ORGANISATION -> OTHER;
		};
	}

	/**
	 * @param logic a logic
	 * @return its label for legends and filters (<i>zorg</i>, <i>justitie</i>, <i>gemeente</i>, <i>overig</i>)
	 */
	public static String label(OrganisationLogic logic) {
		return switch (logic) {
		case CARE -> Messages.logic_care;
		case JUSTICE -> Messages.logic_justice;
		case MUNICIPALITY -> Messages.logic_municipality;
		case OTHER -> Messages.logic_other;
		};
	}

	/**
	 * @param kind a node kind
	 * @return its label for legends
	 */
	public static String label(NodeKind kind) {
		return switch (kind) {
		case ORGANISATION -> Messages.nodeKind_organisation;
		case COVENANT -> Messages.nodeKind_covenant;
		case SUBJECT -> Messages.nodeKind_subject;
		case PROFESSIONAL -> Messages.nodeKind_professional;
		case INFORMAL_TIE -> Messages.nodeKind_informalTie;
		};
	}

	/**
	 * @param flag a node flag
	 * @return its label for legends and badges
	 */
	public static String label(NodeFlag flag) {
		return switch (flag) {
		case CENTRE -> Messages.flag_centre;
		case REGIE -> Messages.flag_regie;
		case KNOWS_PERSON -> Messages.flag_knowsPerson;
		case MISSING_PARTY -> Messages.flag_missingParty;
		};
	}

	/**
	 * @param flag a flag shown as a badge
	 * @return the badge's colour {@code 0xRRGGBB}
	 */
	public static int badgeColor(NodeFlag flag) {
		return switch (flag) {
		case REGIE -> 0x283593;
		case KNOWS_PERSON -> 0x2E7D32;
		case MISSING_PARTY -> 0xC2185B;
		case CENTRE -> 0x222222;
		};
	}

	/**
	 * @param flag a flag shown as a badge
	 * @return the badge's letter (R, K, !)
	 */
	public static String badgeText(NodeFlag flag) {
		return switch (flag) {
		case REGIE -> Messages.badge_regie;
		case KNOWS_PERSON -> Messages.badge_knowsPerson;
		case MISSING_PARTY -> Messages.badge_missingParty;
		case CENTRE -> ""; //$NON-NLS-1$
		};
	}

	/**
	 * @return the logics in legend order
	 */
	public static List<OrganisationLogic> logics() {
		return List.of(OrganisationLogic.CARE, OrganisationLogic.JUSTICE, OrganisationLogic.MUNICIPALITY,
				OrganisationLogic.OTHER);
	}
}
