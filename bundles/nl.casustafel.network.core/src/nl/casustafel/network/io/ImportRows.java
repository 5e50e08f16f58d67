/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the readers found in the files before it is checked against the casebook: organisation and
 * relation rows with their file positions, in the fields of {@link NetworkColumns}.
 */
final class ImportRows {

	/**
	 * One organisation or relation of a file.
	 *
	 * @param file        the file name
	 * @param line        where it starts
	 * @param values      field to text (absent or blank: no value)
	 * @param present     the fields the file has (a column, a declared GraphML key): on update only these
	 *                    change
	 * @param columnNames field to the name the file uses for it, for messages
	 */
	record Row(String file, int line, Map<String, String> values, Set<String> present, Map<String, String> columnNames) {

		String value(String field) {
			String value = values.get(field);
			return value == null || value.isBlank() ? null : value.strip();
		}

		String column(String field) {
			return columnNames.getOrDefault(field, field);
		}
	}

	final List<Row> organisations = new ArrayList<>();

	final List<Row> relations = new ArrayList<>();

	final List<ImportProblem> problems = new ArrayList<>();

	int skipped;
}
