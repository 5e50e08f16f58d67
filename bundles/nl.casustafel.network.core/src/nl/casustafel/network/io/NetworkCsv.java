/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

import nl.casustafel.model.Casebook;
import nl.casustafel.model.Organisation;
import nl.casustafel.model.Relation;
import nl.casustafel.network.NetworkEdge;
import nl.casustafel.network.NetworkGraph;
import nl.casustafel.network.NetworkNode;
import nl.casustafel.network.internal.Messages;
import nl.casustafel.network.style.EdgeTypes;

/**
 * Organisations and relations as CSV files, as kept in spreadsheets: one file of organisations
 * ({@link NetworkColumns#ORGANISATION_FIELDS}) and one of relations
 * ({@link NetworkColumns#RELATION_FIELDS}).
 * <p>
 * <b>Export</b> writes UTF-8 with a byte order mark, semicolons and CRLF line ends, which spreadsheet
 * programs with Dutch settings open as columns. <b>Import</b> accepts semicolons, commas or tabs,
 * UTF-8 or Windows-1252, English or Dutch column names in any order (unknown columns are ignored),
 * enumerations as literal or Dutch word, days as yyyy-mm-dd or d-m-yyyy. It tells a file of
 * organisations from one of relations by its header (relations have a source and a target column)
 * and reports every bad row with file, line, column and reason; with any problem nothing is imported.
 * </p>
 */
public final class NetworkCsv {

	private static final char SEPARATOR = ';';

	private static final String LINE_END = "\r\n"; //$NON-NLS-1$

	private NetworkCsv() {
		// static access only
	}

	/**
	 * @param organisations the organisations
	 * @param out           where to write (the caller closes it)
	 * @throws IOException when writing fails
	 */
	public static void writeOrganisations(List<Organisation> organisations, Writer out) throws IOException {
		out.write('\uFEFF');
		out.write(CsvTable.line(NetworkColumns.ORGANISATION_FIELDS, SEPARATOR) + LINE_END);
		for (Organisation organisation : organisations) {
			out.write(CsvTable.line(List.of(Values.text(organisation.getId()), Values.text(organisation.getName()),
					Values.text(organisation.getShortName()),
					organisation.getLogic() == null ? "" : organisation.getLogic().getLiteral(), //$NON-NLS-1$
					Values.text(organisation.getType()), Values.text(organisation.getNotes())), SEPARATOR) + LINE_END);
		}
	}

	/**
	 * @param relations the relations
	 * @param out       where to write (the caller closes it)
	 * @throws IOException when writing fails
	 */
	public static void writeRelations(List<Relation> relations, Writer out) throws IOException {
		out.write('\uFEFF');
		out.write(CsvTable.line(NetworkColumns.RELATION_FIELDS, SEPARATOR) + LINE_END);
		for (Relation relation : relations) {
			out.write(CsvTable.line(List.of(Values.text(relation.getId()), EdgeTypes.key(relation.getKind()),
					relation.getSource() == null ? "" : Values.text(relation.getSource().getId()), //$NON-NLS-1$
					relation.getTarget() == null ? "" : Values.text(relation.getTarget().getId()), //$NON-NLS-1$
					Values.text(relation.getSubtype()), Values.text(relation.getLabel()),
					Values.format(relation.getValidFrom()), Values.format(relation.getValidTo()),
					Integer.toString(relation.getStrength()),
					relation.getTension() == null ? "" : relation.getTension().getLiteral(), //$NON-NLS-1$
					Values.text(relation.getKnowledgeSource()), Values.text(relation.getNotes())), SEPARATOR) + LINE_END);
		}
	}

	/**
	 * @param graph a graph
	 * @return the organisations of its nodes, in order
	 */
	public static List<Organisation> organisations(NetworkGraph graph) {
		List<Organisation> result = new ArrayList<>();
		for (NetworkNode node : graph.nodes()) {
			if (node.element() instanceof Organisation organisation) {
				result.add(organisation);
			}
		}
		return result;
	}

	/**
	 * @param graph a graph
	 * @return the relations of its edges, in order
	 */
	public static List<Relation> relations(NetworkGraph graph) {
		Set<Relation> result = new LinkedHashSet<>();
		for (NetworkEdge edge : graph.edges()) {
			if (edge.element() instanceof Relation relation) {
				result.add(relation);
			}
		}
		return new ArrayList<>(result);
	}

	/**
	 * Writes the organisations and relations of a graph (what the view shows) to two files.
	 *
	 * @param graph         the graph
	 * @param organisations the organisations file
	 * @param relations     the relations file
	 * @throws IOException when writing fails
	 */
	public static void export(NetworkGraph graph, Path organisations, Path relations) throws IOException {
		try (Writer out = Files.newBufferedWriter(organisations, StandardCharsets.UTF_8)) {
			writeOrganisations(organisations(graph), out);
		}
		try (Writer out = Files.newBufferedWriter(relations, StandardCharsets.UTF_8)) {
			writeRelations(relations(graph), out);
		}
	}

	/**
	 * Reads CSV files and checks them against a casebook.
	 *
	 * @param domain   the editing domain the import command is for
	 * @param casebook the casebook to import into
	 * @param files    file name to content; organisations files are read before relations files, so
	 *                 relations may refer to organisations of the same import
	 * @return the problems, or the command that imports everything
	 */
	public static ImportResult read(EditingDomain domain, Casebook casebook, Map<String, String> files) {
		ImportRows rows = new ImportRows();
		Map<String, CsvTable> organisationTables = new LinkedHashMap<>();
		Map<String, CsvTable> relationTables = new LinkedHashMap<>();
		for (Map.Entry<String, String> file : files.entrySet()) {
			CsvTable table = CsvTable.parse(file.getValue());
			if (table.unterminatedQuoteLine > 0) {
				rows.problems.add(new ImportProblem(file.getKey(), table.unterminatedQuoteLine, null,
						Messages.import_unterminatedQuote));
				continue;
			}
			if (table.records.isEmpty()) {
				rows.problems.add(new ImportProblem(file.getKey(), 0, null, Messages.import_emptyFile));
				continue;
			}
			List<String> header = table.records.get(0).fields();
			boolean relations = header.stream().anyMatch(h -> NetworkColumns.SOURCE
					.equals(NetworkColumns.field(h, NetworkColumns.RELATION_FIELDS)));
			(relations ? relationTables : organisationTables).put(file.getKey(), table);
		}
		organisationTables.forEach((name, table) -> rows(name, table, NetworkColumns.ORGANISATION_FIELDS,
				List.of(), rows.organisations, rows.problems));
		relationTables.forEach((name, table) -> rows(name, table, NetworkColumns.RELATION_FIELDS,
				List.of(NetworkColumns.KIND, NetworkColumns.SOURCE, NetworkColumns.TARGET), rows.relations,
				rows.problems));
		return ImportCompiler.compile(domain, casebook, rows);
	}

	/**
	 * Reads CSV files from disk (UTF-8, or Windows-1252 when the file is not valid UTF-8).
	 *
	 * @param domain   the editing domain the import command is for
	 * @param casebook the casebook to import into
	 * @param files    the files
	 * @return the problems, or the command that imports everything
	 * @throws IOException when a file cannot be read
	 */
	public static ImportResult read(EditingDomain domain, Casebook casebook, List<Path> files) throws IOException {
		Map<String, String> contents = new LinkedHashMap<>();
		for (Path file : files) {
			contents.put(file.getFileName().toString(), decode(Files.readAllBytes(file)));
		}
		return read(domain, casebook, contents);
	}

	static String decode(byte[] bytes) {
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
		} catch (CharacterCodingException e) {
			return new String(bytes, Charset.forName("windows-1252")); //$NON-NLS-1$
		}
	}

	private static void rows(String file, CsvTable table, List<String> fields, List<String> required,
			List<ImportRows.Row> into, List<ImportProblem> problems) {
		List<String> header = table.records.get(0).fields();
		Map<Integer, String> fieldAt = new HashMap<>();
		Map<String, String> columnNames = new LinkedHashMap<>();
		for (int i = 0; i < header.size(); i++) {
			String field = NetworkColumns.field(header.get(i), fields);
			if (field != null && !columnNames.containsKey(field)) {
				fieldAt.put(Integer.valueOf(i), field);
				columnNames.put(field, header.get(i).strip());
			}
		}
		boolean missing = false;
		if (fields == NetworkColumns.ORGANISATION_FIELDS && !columnNames.containsKey(NetworkColumns.ID)
				&& !columnNames.containsKey(NetworkColumns.NAME)) {
			// An organisation is found by id or by name: a file needs one of them.
			problems.add(new ImportProblem(file, table.records.get(0).line(), NetworkColumns.NAME,
					NLS.bind(Messages.import_missingColumn, NetworkColumns.NAME)));
			missing = true;
		}
		for (String field : required) {
			if (!columnNames.containsKey(field)) {
				problems.add(new ImportProblem(file, table.records.get(0).line(), field,
						NLS.bind(Messages.import_missingColumn, field)));
				missing = true;
			}
		}
		if (missing) {
			return;
		}
		for (CsvTable.Record record : table.records.subList(1, table.records.size())) {
			if (record.fields().size() > header.size()) {
				problems.add(new ImportProblem(file, record.line(), null, NLS.bind(Messages.import_fieldCount,
						Integer.valueOf(record.fields().size()), Integer.valueOf(header.size()))));
				continue;
			}
			Map<String, String> values = new HashMap<>();
			for (int i = 0; i < record.fields().size(); i++) {
				String field = fieldAt.get(Integer.valueOf(i));
				if (field != null) {
					values.put(field, record.fields().get(i));
				}
			}
			into.add(new ImportRows.Row(file, record.line(), values, columnNames.keySet(), columnNames));
		}
	}
}
