/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network.io;

/**
 * Escaping for the XML the exporters write by hand (GraphML, SVG): small, deterministic output.
 */
final class XmlText {

	private XmlText() {
		// static access only
	}

	/**
	 * @param text a text, may be {@code null}
	 * @return the text escaped for element content and attribute values; characters XML 1.0 does not
	 *         allow are left out
	 */
	static String escape(String text) {
		if (text == null) {
			return ""; //$NON-NLS-1$
		}
		StringBuilder result = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '&' -> result.append("&amp;"); //$NON-NLS-1$
			case '<' -> result.append("&lt;"); //$NON-NLS-1$
			case '>' -> result.append("&gt;"); //$NON-NLS-1$
			case '"' -> result.append("&quot;"); //$NON-NLS-1$
			case '\'' -> result.append("&apos;"); //$NON-NLS-1$
			case '\n' -> result.append("&#10;"); //$NON-NLS-1$
			case '\r' -> result.append("&#13;"); //$NON-NLS-1$
			case '\t' -> result.append("&#9;"); //$NON-NLS-1$
			default -> {
				if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF) {
					result.append(c);
				}
			}
			}
		}
		return result.toString();
	}

	/**
	 * @param rgb a colour {@code 0xRRGGBB}
	 * @return {@code #RRGGBB}
	 */
	static String color(int rgb) {
		return String.format("#%06X", Integer.valueOf(rgb & 0xFFFFFF)); //$NON-NLS-1$
	}
}
