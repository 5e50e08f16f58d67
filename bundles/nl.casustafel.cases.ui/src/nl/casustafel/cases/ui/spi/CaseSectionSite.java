/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.cases.ui.spi;

import org.eclipse.emf.common.command.Command;
import org.eclipse.ui.forms.widgets.FormToolkit;

import nl.casustafel.core.CasebookSession;

/**
 * What a {@link CaseEditorSection} may use of the case editor it is shown in. Provided by
 * Casustafel; partners do not implement it.
 *
 * @since 0.1
 * @noimplement This interface is not intended to be implemented by clients.
 */
public interface CaseSectionSite {

	/**
	 * @return the casebook session of the case
	 */
	CasebookSession getSession();

	/**
	 * @return the toolkit of the editor's forms, for widgets that look like the rest of the page
	 */
	FormToolkit getToolkit();

	/**
	 * @return whether the casebook may be changed (it is not open read-only)
	 */
	boolean isEditable();

	/**
	 * Executes a command on the session's editing domain, so it can be undone and makes the
	 * casebook dirty. Does nothing when the casebook is read-only or the command cannot execute.
	 *
	 * @param command an EMF command changing the case
	 * @return whether the command was executed
	 */
	boolean execute(Command command);
}
