/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network.io;

import java.util.List;

import org.eclipse.emf.common.command.Command;

/**
 * The outcome of reading network files: either problems (and nothing to do) or one command that
 * imports everything at once. Import is all-or-nothing: one bad row means no command, so nothing is
 * imported half; executing the command imports all rows, and one undo takes them all back.
 *
 * @param problems              every problem found, in file and line order; empty when the import can go
 *                              ahead
 * @param command               the compound command creating and updating the organisations and relations,
 *                              or {@code null} when there are problems (or nothing to import)
 * @param organisationsCreated  how many organisations the command creates
 * @param organisationsUpdated  how many existing organisations it changes
 * @param relationsCreated      how many relations it creates
 * @param relationsUpdated      how many existing relations it changes
 * @param skipped               how many nodes and edges of the file were left out because they are not
 *                              organisations or relations (persons, covenants, ... of an exported case
 *                              network)
 */
public record ImportResult(List<ImportProblem> problems, Command command, int organisationsCreated,
		int organisationsUpdated, int relationsCreated, int relationsUpdated, int skipped) {

	/**
	 * Copies the problem list.
	 */
	public ImportResult {
		problems = List.copyOf(problems);
	}

	/** @return whether there are no problems */
	public boolean ok() {
		return problems.isEmpty();
	}
}
