/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.ui.emf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

/**
 * Edits of the model as EMF commands on the object's editing domain, so that every edit can be
 * undone and redone and marks the casebook dirty. Each command is labelled for the Undo menu in the
 * user's language ("Vraag wijzigen").
 */
public final class EditCommands {

	private EditCommands() {
		// static helpers only
	}

	/**
	 * Sets a feature, unless it already has that value.
	 *
	 * @param owner   the object
	 * @param feature the feature
	 * @param value   the new value; for a many-valued feature a collection (the new list)
	 * @return whether a command was executed
	 */
	public static boolean set(EObject owner, EStructuralFeature feature, Object value) {
		EditingDomain domain = EditingDomains.of(owner);
		if (domain == null) {
			return false;
		}
		Object current = owner.eGet(feature);
		Object newValue = value;
		if (feature.isMany()) {
			newValue = value == null ? List.of() : value;
			if (current instanceof List<?> list && newValue instanceof Collection<?> collection
					&& new ArrayList<>(list).equals(new ArrayList<>(collection))) {
				return false;
			}
		} else if (Objects.equals(current, value)) {
			return false;
		}
		Command command = SetCommand.create(domain, owner, feature, newValue);
		return execute(domain, command, NLS.bind(Messages.command_set, ModelLabels.feature(feature)));
	}

	/**
	 * Adds a value to a many-valued feature (for a containment feature: a new child).
	 *
	 * @param owner   the object
	 * @param feature the many-valued feature
	 * @param value   the value to add
	 * @return whether a command was executed
	 */
	public static boolean add(EObject owner, EStructuralFeature feature, Object value) {
		EditingDomain domain = EditingDomains.of(owner);
		if (domain == null) {
			return false;
		}
		Command command = AddCommand.create(domain, owner, feature, value);
		return execute(domain, command, NLS.bind(Messages.command_add, ModelLabels.feature(feature)));
	}

	/**
	 * Deletes contained objects from a list of their owner, and clears references to them elsewhere
	 * in the casebook.
	 *
	 * @param owner   the owner of the list
	 * @param feature the containment feature (for the Undo label)
	 * @param objects the contained objects to delete
	 * @return whether a command was executed
	 */
	public static boolean delete(EObject owner, EStructuralFeature feature, Collection<? extends EObject> objects) {
		EditingDomain domain = EditingDomains.of(owner);
		if (domain == null || objects.isEmpty()) {
			return false;
		}
		Command command = DeleteCommand.create(domain, objects);
		return execute(domain, command, NLS.bind(Messages.command_remove, ModelLabels.feature(feature)));
	}

	private static boolean execute(EditingDomain domain, Command command, String label) {
		Command labelled = new CommandWrapper(label, label, command);
		if (!labelled.canExecute()) {
			labelled.dispose();
			return false;
		}
		domain.getCommandStack().execute(labelled);
		return true;
	}
}
