/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network.io;

import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file split into records (RFC 4180: quoted fields may hold the separator, doubled quotes and
 * line breaks). The separator is what the header line uses most: semicolon (Dutch spreadsheets),
 * comma or tab.
 */
final class CsvTable {

	/** One record and the line it starts on. */
	record Record(int line, List<String> fields) {
	}

	final char separator;

	final List<Record> records = new ArrayList<>();

	/** Line of an unterminated quote, or 0. */
	int unterminatedQuoteLine;

	private CsvTable(char separator) {
		this.separator = separator;
	}

	static CsvTable parse(String text) {
		String content = text.startsWith("\uFEFF") ? text.substring(1) : text; //$NON-NLS-1$
		CsvTable table = new CsvTable(detectSeparator(content));
		table.read(content);
		return table;
	}

	private static char detectSeparator(String text) {
		int semicolons = 0;
		int commas = 0;
		int tabs = 0;
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			} else if (!quoted && (c == '\n' || c == '\r')) {
				break;
			} else if (!quoted && c == ';') {
				semicolons++;
			} else if (!quoted && c == ',') {
				commas++;
			} else if (!quoted && c == '\t') {
				tabs++;
			}
		}
		if (tabs > semicolons && tabs > commas) {
			return '\t';
		}
		return commas > semicolons ? ',' : ';';
	}

	private void read(String text) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		int line = 1;
		int recordLine = 1;
		boolean quoted = false;
		boolean fieldStarted = false;
		int quoteLine = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"') {
					if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
						field.append('"');
						i++;
					} else {
						quoted = false;
					}
				} else {
					if (c == '\n') {
						line++;
					}
					field.append(c);
				}
			} else if (c == '"' && !fieldStarted) {
				quoted = true;
				fieldStarted = true;
				quoteLine = line;
			} else if (c == separator) {
				fields.add(field.toString());
				field.setLength(0);
				fieldStarted = false;
			} else if (c == '\r' || c == '\n') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				fields.add(field.toString());
				field.setLength(0);
				fieldStarted = false;
				addRecord(recordLine, fields);
				fields = new ArrayList<>();
				line++;
				recordLine = line;
			} else {
				field.append(c);
				fieldStarted = true;
			}
		}
		if (quoted) {
			unterminatedQuoteLine = quoteLine;
		}
		if (fieldStarted || !fields.isEmpty() || field.length() > 0) {
			fields.add(field.toString());
			addRecord(recordLine, fields);
		}
	}

	private void addRecord(int line, List<String> fields) {
		boolean blank = fields.stream().allMatch(String::isBlank);
		if (!blank) {
			records.add(new Record(line, fields));
		}
	}

	/**
	 * @param fields the fields of a record
	 * @param separator the separator
	 * @return the CSV line (without line break)
	 */
	static String line(List<String> fields, char separator) {
		StringBuilder line = new StringBuilder();
		for (String field : fields) {
			if (line.length() > 0) {
				line.append(separator);
			}
			String value = field == null ? "" : field; //$NON-NLS-1$
			boolean quote = value.indexOf(separator) >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
					|| value.indexOf('\r') >= 0 || !value.equals(value.strip());
			if (quote) {
				line.append('"').append(value.replace("\"", "\"\"")).append('"'); //$NON-NLS-1$ //$NON-NLS-2$
			} else {
				line.append(value);
			}
		}
		return line.toString();
	}
}
