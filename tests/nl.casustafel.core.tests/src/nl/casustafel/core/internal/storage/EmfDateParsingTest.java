/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.core.internal.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Date;

import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast date parser of {@link CasebookXMIHelper} reads exactly what EMF reads.
 */
class EmfDateParsingTest {

	@ParameterizedTest
	@ValueSource(strings = { "2025-06-15T15:06:40.000+0000", "2026-03-01T09:30:00.123+0100",
			"1999-12-31T23:59:59.999-0930", "2024-02-29T00:00:00.000+1400", "1970-01-01T00:00:00.000+0000",
			"1901-07-04T12:00:00.500-0000" })
	void parsesLikeEmf(String text) {
		Date expected = (Date) EcoreFactory.eINSTANCE.createFromString(EcorePackage.Literals.EDATE, text);

		assertEquals(expected, CasebookXMIHelper.parseEmfDate(text));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2025-06-15", "2025-06-15T15:06:40", "2025-06-15T15:06:40.000", "2025-13-15T15:06:40.000+0000",
			"2025-02-30T15:06:40.000+0000", "2025-06-15T25:06:40.000+0000", "2025-06-15X15:06:40.000+0000",
			"2025-06-15T15:06:40.000Z0000", "abcd-06-15T15:06:40.000+0000" })
	void leavesOtherFormsToEmf(String text) {
		assertNull(CasebookXMIHelper.parseEmfDate(text));
	}
}
