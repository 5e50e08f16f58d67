/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network.layout;

import nl.casustafel.network.NetworkNode;
import nl.casustafel.network.NodeKind;

/**
 * Tells the layout how big a node is. The view measures its labels with its fonts; without a view
 * (tests, SVG from a script) {@link #ESTIMATE} guesses from the number of characters.
 */
@FunctionalInterface
public interface NodeSizer {

	/**
	 * Sizes from the label lengths, for 16 px bold labels and 13 px second lines.
	 */
	NodeSizer ESTIMATE = node -> {
		int text = Math.max(node.label().length() * 10, node.detail() == null ? 0 : node.detail().length() * 7);
		int width = Math.max(node.kind() == NodeKind.SUBJECT ? 170 : 120, text + 40);
		int height = node.detail() == null ? 48 : 62;
		if (node.kind() == NodeKind.SUBJECT || node.kind() == NodeKind.COVENANT) {
			height += 16;
		}
		return new Box(0, 0, Math.min(width, 320), height);
	};

	/**
	 * @param node a node
	 * @return its size (only width and height are used)
	 */
	Box size(NetworkNode node);
}
