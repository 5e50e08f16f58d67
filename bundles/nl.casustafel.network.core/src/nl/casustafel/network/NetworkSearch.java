/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Finds nodes by name: case- and accent-insensitive ("ggz" finds "GGZ Lindeveld", "casus" finds
 * "Casusoverleg").
 */
public final class NetworkSearch {

	private NetworkSearch() {
		// static access only
	}

	/**
	 * @param graph a graph
	 * @param text  what the user typed
	 * @return the nodes whose label or second line contains the text: those whose label starts with it
	 *         first, then by label; empty for blank text
	 */
	public static List<NetworkNode> find(NetworkGraph graph, String text) {
		String needle = normalise(text);
		List<NetworkNode> result = new ArrayList<>();
		if (needle.isEmpty()) {
			return result;
		}
		for (NetworkNode node : graph.nodes()) {
			if (normalise(node.label()).contains(needle) || normalise(node.detail()).contains(needle)) {
				result.add(node);
			}
		}
		result.sort(Comparator.comparing((NetworkNode node) -> !normalise(node.label()).startsWith(needle))
				.thenComparing(node -> normalise(node.label())).thenComparing(NetworkNode::id));
		return result;
	}

	/**
	 * @param text a text, may be {@code null}
	 * @return the text in lower case without accents and surrounding blanks
	 */
	public static String normalise(String text) {
		if (text == null) {
			return ""; //$NON-NLS-1$
		}
		String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD);
		return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
