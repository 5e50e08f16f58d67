/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.ui.internal.casebook;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.ui.AbstractSourceProvider;
import org.eclipse.ui.ISources;

import nl.casustafel.core.CasebookSession;
import nl.casustafel.ui.CasebookCommands;

/**
 * The expression variables describing the active casebook ({@link CasebookCommands#VARIABLE_CASEBOOK}
 * and friends), for {@code visibleWhen}, {@code enabledWhen} and {@code activeWhen} expressions of
 * any bundle. Registered through {@code org.eclipse.ui.services}.
 */
public class CasebookSourceProvider extends AbstractSourceProvider implements ActiveCasebook.Listener {

	private static final String[] NAMES = { CasebookCommands.VARIABLE_CASEBOOK, CasebookCommands.VARIABLE_CASEBOOK_OPEN,
			CasebookCommands.VARIABLE_CASEBOOK_DIRTY, CasebookCommands.VARIABLE_CASEBOOK_READ_ONLY,
			CasebookCommands.VARIABLE_CASEBOOK_EDITABLE };

	private Map<String, Object> last = Map.of();

	/**
	 * Creates the provider and follows the active casebook.
	 */
	public CasebookSourceProvider() {
		ActiveCasebook.get().addListener(this);
	}

	@Override
	public String[] getProvidedSourceNames() {
		return NAMES.clone();
	}

	@Override
	public Map<String, Object> getCurrentState() {
		CasebookSession session = ActiveCasebook.get().session();
		Map<String, Object> state = new HashMap<>();
		state.put(CasebookCommands.VARIABLE_CASEBOOK, session == null ? IEvaluationContext.UNDEFINED_VARIABLE : session);
		state.put(CasebookCommands.VARIABLE_CASEBOOK_OPEN, Boolean.valueOf(session != null));
		state.put(CasebookCommands.VARIABLE_CASEBOOK_DIRTY, Boolean.valueOf(session != null && session.isDirty()));
		state.put(CasebookCommands.VARIABLE_CASEBOOK_READ_ONLY,
				Boolean.valueOf(session != null && session.isReadOnly()));
		state.put(CasebookCommands.VARIABLE_CASEBOOK_EDITABLE,
				Boolean.valueOf(session != null && !session.isReadOnly()));
		return state;
	}

	@Override
	public void activeCasebookChanged(ActiveCasebook state) {
		Map<String, Object> current = getCurrentState();
		if (!current.equals(last)) {
			last = current;
			fireSourceChanged(ISources.WORKBENCH, current);
		}
	}

	@Override
	public void dispose() {
		ActiveCasebook.get().removeListener(this);
	}
}
