/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds groups of nodes that are densely tied among themselves (label propagation): every node takes
 * the group most of its neighbours are in, until nothing changes. Deterministic: nodes are visited in
 * the given order and ties go to the group with the lowest number.
 */
final class Communities {

	private static final int ROUNDS = 30;

	private Communities() {
		// static access only
	}

	/**
	 * @param count      the number of nodes (0 .. count-1)
	 * @param neighbours for every node, its neighbours (with repetition for parallel edges)
	 * @return the groups, each a list of node numbers in increasing order, ordered by their first node
	 */
	static List<List<Integer>> detect(int count, List<List<Integer>> neighbours) {
		int[] group = new int[count];
		for (int i = 0; i < count; i++) {
			group[i] = i;
		}
		int[] votes = new int[count];
		List<Integer> touched = new ArrayList<>();
		for (int round = 0; round < ROUNDS; round++) {
			boolean changed = false;
			for (int node = 0; node < count; node++) {
				List<Integer> around = neighbours.get(node);
				if (around.isEmpty()) {
					continue;
				}
				for (Integer other : around) {
					int g = group[other.intValue()];
					if (votes[g]++ == 0) {
						touched.add(Integer.valueOf(g));
					}
				}
				int best = group[node];
				int bestVotes = votes[best];
				for (Integer g : touched) {
					int v = votes[g.intValue()];
					if (v > bestVotes || v == bestVotes && g.intValue() < best) {
						best = g.intValue();
						bestVotes = v;
					}
				}
				for (Integer g : touched) {
					votes[g.intValue()] = 0;
				}
				touched.clear();
				if (best != group[node]) {
					group[node] = best;
					changed = true;
				}
			}
			if (!changed) {
				break;
			}
		}
		Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
		for (int node = 0; node < count; node++) {
			groups.computeIfAbsent(Integer.valueOf(group[node]), key -> new ArrayList<>()).add(Integer.valueOf(node));
		}
		return new ArrayList<>(groups.values());
	}
}
