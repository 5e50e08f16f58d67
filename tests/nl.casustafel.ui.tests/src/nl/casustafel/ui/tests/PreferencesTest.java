/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.IPreferencesService;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.casustafel.core.CasebookException;
import nl.casustafel.core.CorePreferences;
import nl.casustafel.core.LockHolder;
import nl.casustafel.tests.support.Workbench;
import nl.casustafel.ui.internal.casebook.DialogPrompts;
import nl.casustafel.ui.internal.casebook.RecentCasebooks;
import nl.casustafel.ui.internal.preferences.CasustafelPreferencePage;

/**
 * The preferences (keys and defaults from core, edited on Window &gt; Voorkeuren &gt; Casustafel)
 * and the texts the user reads when a casebook is in use.
 */
class PreferencesTest {

	private final IEclipsePreferences node = InstanceScope.INSTANCE.getNode(CorePreferences.QUALIFIER);

	private final String recent = node.get(CorePreferences.CASEBOOK_RECENT, null);

	private final String last = node.get(CorePreferences.CASEBOOK_LAST, null);

	@AfterEach
	void restorePreferences() throws Exception {
		node.remove(CorePreferences.CASEBOOK_RECENT_COUNT);
		restore(CorePreferences.CASEBOOK_RECENT, recent);
		restore(CorePreferences.CASEBOOK_LAST, last);
		node.flush();
	}

	private void restore(String key, String value) {
		if (value == null) {
			node.remove(key);
		} else {
			node.put(key, value);
		}
	}

	@Test
	void defaultsComeFromCore() {
		IPreferencesService preferences = Platform.getPreferencesService();

		assertEquals(6, preferences.getInt(CorePreferences.QUALIFIER, CorePreferences.AGENDA_CASES_PER_HOUR_WARNING, -1, null));
		assertEquals(10, preferences.getInt(CorePreferences.QUALIFIER, CorePreferences.AGENDA_DEFAULT_TIMEBOX, -1, null));
		assertEquals(8, preferences.getInt(CorePreferences.QUALIFIER, CorePreferences.CASEBOOK_RECENT_COUNT, -1, null));
		assertTrue(preferences.getBoolean(CorePreferences.QUALIFIER, CorePreferences.CASEBOOK_OPEN_LAST, false, null));
		assertEquals(CorePreferences.defaultCasebookFolder().toString(),
				preferences.getString(CorePreferences.QUALIFIER, CorePreferences.CASEBOOK_DEFAULT_FOLDER, "", null));
	}

	@Test
	void recentListKeepsAsManyAsThePreferenceSays() {
		node.putInt(CorePreferences.CASEBOOK_RECENT_COUNT, 2);
		Path one = Path.of("/tmp/casustafel-test/one");
		Path two = Path.of("/tmp/casustafel-test/two");
		Path three = Path.of("/tmp/casustafel-test/three");

		RecentCasebooks.add(one);
		RecentCasebooks.add(two);
		RecentCasebooks.add(three);

		assertEquals(List.of(three, two), RecentCasebooks.list());
	}

	@Test
	void preferencePageOpensInTheDialog() {
		PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(WorkbenchDriver.shell(),
				CasustafelPreferencePage.ID, null, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			Workbench.processEvents();
			assertInstanceOf(CasustafelPreferencePage.class, dialog.getSelectedPage());
			assertTrue(((CasustafelPreferencePage) dialog.getSelectedPage()).isValid());
		} finally {
			dialog.close();
		}
	}

	@Test
	void lockedMessageNamesWhoSinceWhen() {
		Path folder = Path.of("/data/zvh-lindeveld");
		LockHolder holder = new LockHolder("anna", "pc-zvh-07", 4242, Instant.parse("2026-03-02T08:15:00Z"));
		CasebookException locked = new CasebookException(CasebookException.Kind.LOCKED, "locked", folder, holder, null,
				null);

		String message = DialogPrompts.readOnlyMessage(folder, locked);

		assertTrue(message.contains("anna"), message);
		assertTrue(message.contains("pc-zvh-07"), message);
		assertTrue(message.contains("2026"), message);
		assertTrue(message.contains("alleen-lezen"), message);
	}
}
