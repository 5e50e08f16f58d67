/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.ui.emf;

import java.util.Date;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

/**
 * Converts a model value to the text a user edits, and back.
 */
public interface ValueConverter {

	/**
	 * @param value a model value, possibly {@code null}
	 * @return the text to edit, never {@code null}
	 */
	String format(Object value);

	/**
	 * @param text what the user typed
	 * @return the model value
	 * @throws IllegalArgumentException with a message for the user when the text is not valid
	 */
	Object parse(String text);

	/**
	 * @param text what the user typed
	 * @return {@code null} when the text is valid, else a message for the user
	 */
	default String validate(String text) {
		try {
			parse(text);
			return null;
		} catch (IllegalArgumentException e) {
			return e.getMessage();
		}
	}

	/** Plain text; an empty text is no value. */
	ValueConverter STRING = new ValueConverter() {
		@Override
		public String format(Object value) {
			return value == null ? "" : value.toString(); //$NON-NLS-1$
		}

		@Override
		public Object parse(String text) {
			return text == null || text.isEmpty() ? null : text;
		}
	};

	/** Dates as dd-MM-yyyy, see {@link DateFormats}. */
	ValueConverter DATE = new ValueConverter() {
		@Override
		public String format(Object value) {
			return value instanceof Date date ? DateFormats.format(date) : ""; //$NON-NLS-1$
		}

		@Override
		public Object parse(String text) {
			return DateFormats.parse(text);
		}
	};

	/**
	 * Whole numbers.
	 *
	 * @param primitive whether the model type is primitive ({@code int}): an empty text is 0 then
	 * @return the converter
	 */
	static ValueConverter integer(boolean primitive) {
		return new ValueConverter() {
			@Override
			public String format(Object value) {
				return value == null ? "" : value.toString(); //$NON-NLS-1$
			}

			@Override
			public Object parse(String text) {
				String trimmed = text == null ? "" : text.trim(); //$NON-NLS-1$
				if (trimmed.isEmpty()) {
					return primitive ? Integer.valueOf(0) : null;
				}
				try {
					return Integer.valueOf(trimmed);
				} catch (NumberFormatException e) {
					throw new IllegalArgumentException(NLS.bind(Messages.number_invalid, trimmed), e);
				}
			}
		};
	}

	/**
	 * @param dataType any serializable data type
	 * @return a converter using the data type's factory
	 */
	static ValueConverter of(EDataType dataType) {
		Class<?> type = dataType.getInstanceClass();
		if (type == String.class) {
			return STRING;
		}
		if (type == Date.class) {
			return DATE;
		}
		if (type == int.class || type == Integer.class) {
			return integer(type == int.class);
		}
		return new ValueConverter() {
			@Override
			public String format(Object value) {
				return value == null ? "" : EcoreUtil.convertToString(dataType, value); //$NON-NLS-1$
			}

			@Override
			public Object parse(String text) {
				String trimmed = text == null ? "" : text.trim(); //$NON-NLS-1$
				if (trimmed.isEmpty()) {
					return dataType.getDefaultValue();
				}
				try {
					return EcoreUtil.createFromString(dataType, trimmed);
				} catch (RuntimeException e) {
					throw new IllegalArgumentException(NLS.bind(Messages.value_invalid, trimmed), e);
				}
			}
		};
	}
}
