/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import nl.casustafel.core.CasebookLists;
import nl.casustafel.model.Casebook;
import nl.casustafel.model.CasebookFactory;
import nl.casustafel.model.CasebookPackage;
import nl.casustafel.model.MeetingType;
import nl.casustafel.model.Organisation;

/**
 * Meeting types: the casebook's own (configurable data) and those contributed by plug-ins through
 * {@value MeetingCore#MEETING_TYPES_EXTENSION_POINT}.
 *
 * @since 0.1
 */
public final class MeetingTypes {

	private static volatile List<MeetingTypeDescriptor> contributed;

	private MeetingTypes() {
	}

	/**
	 * @return the contributed meeting types, in registry order, one per key; empty outside OSGi.
	 *         Read once and cached.
	 */
	public static List<MeetingTypeDescriptor> contributed() {
		List<MeetingTypeDescriptor> result = contributed;
		if (result == null) {
			result = readRegistry();
			contributed = result;
		}
		return result;
	}

	/**
	 * The types a user may choose for a new meeting: every type of the casebook, followed by the
	 * contributed types whose key the casebook does not have yet.
	 *
	 * @param casebook the casebook
	 * @return casebook types ({@link MeetingType}) and descriptors ({@link MeetingTypeDescriptor})
	 */
	public static List<Object> available(Casebook casebook) {
		List<Object> result = new ArrayList<>(CasebookLists.resolved(casebook.getMeetingTypes()));
		for (MeetingTypeDescriptor descriptor : contributed()) {
			if (find(casebook, descriptor.key()) == null) {
				result.add(descriptor);
			}
		}
		return result;
	}

	/**
	 * @param casebook the casebook
	 * @param key      a meeting type key
	 * @return the casebook's meeting type with that key, or {@code null}
	 */
	public static MeetingType find(Casebook casebook, String key) {
		for (MeetingType type : CasebookLists.resolved(casebook.getMeetingTypes())) {
			if (key.equals(type.getKey())) {
				return type;
			}
		}
		return null;
	}

	/**
	 * Makes a casebook meeting type from a contribution: its required parties are the casebook's
	 * organisations of the contribution's organisation types.
	 *
	 * @param casebook   the casebook whose organisations become required parties
	 * @param descriptor the contribution
	 * @return a new meeting type, not yet in the casebook
	 */
	public static MeetingType toMeetingType(Casebook casebook, MeetingTypeDescriptor descriptor) {
		MeetingType type = CasebookFactory.eINSTANCE.createMeetingType();
		type.setKey(descriptor.key());
		type.setName(descriptor.name());
		type.setDefaultDurationMinutes(descriptor.defaultDurationMinutes());
		type.setDefaultTimeboxMinutes(descriptor.defaultTimeboxMinutes());
		type.setMaxCasesPerHour(descriptor.maxCasesPerHour());
		for (Organisation organisation : CasebookLists.resolved(casebook.getOrganisations())) {
			if (organisation.getType() != null && descriptor.requiredPartyTypes().contains(organisation.getType())) {
				type.getRequiredParties().add(organisation);
			}
		}
		return type;
	}

	/**
	 * @param domain the editing domain
	 * @param casebook the casebook
	 * @param type   a new meeting type, e.g. from {@link #toMeetingType(Casebook, MeetingTypeDescriptor)}
	 * @return an undoable command adding it to the casebook
	 */
	public static Command addToCasebookCommand(EditingDomain domain, Casebook casebook, MeetingType type) {
		return AddCommand.create(domain, casebook, CasebookPackage.Literals.CASEBOOK__MEETING_TYPES, type);
	}

	/** Forgets the cached contributions (after plug-ins were installed). */
	public static void refresh() {
		contributed = null;
	}

	private static List<MeetingTypeDescriptor> readRegistry() {
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		if (registry == null) {
			return List.of();
		}
		Map<String, MeetingTypeDescriptor> byKey = new LinkedHashMap<>();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(MeetingCore.MEETING_TYPES_EXTENSION_POINT)) {
			if (!"meetingType".equals(element.getName())) { //$NON-NLS-1$
				continue;
			}
			String contributor = element.getContributor().getName();
			try {
				List<String> parties = new ArrayList<>();
				for (IConfigurationElement party : element.getChildren("requiredParty")) { //$NON-NLS-1$
					String type = party.getAttribute("organisationType"); //$NON-NLS-1$
					if (type != null && !type.isBlank()) {
						parties.add(type.strip());
					}
				}
				String max = element.getAttribute("maxCasesPerHour"); //$NON-NLS-1$
				MeetingTypeDescriptor descriptor = new MeetingTypeDescriptor(element.getAttribute("key"), //$NON-NLS-1$
						element.getAttribute("name"), element.getAttribute("description"), //$NON-NLS-1$ //$NON-NLS-2$
						Integer.parseInt(element.getAttribute("defaultDurationMinutes").strip()), //$NON-NLS-1$
						Integer.parseInt(element.getAttribute("defaultTimeboxMinutes").strip()), //$NON-NLS-1$
						max == null ? MeetingTypeDescriptor.DEFAULT_MAX_CASES_PER_HOUR : Integer.parseInt(max.strip()),
						parties, contributor);
				if (byKey.putIfAbsent(descriptor.key(), descriptor) != null) {
					log(Status.warning("Meeting type '" + descriptor.key() + "' of plug-in " + contributor //$NON-NLS-1$ //$NON-NLS-2$
							+ " ignored: another plug-in contributed the same key")); //$NON-NLS-1$
				}
			} catch (RuntimeException e) {
				log(Status.error("Meeting type of plug-in " + contributor + " skipped: " + e.getMessage(), e)); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		return Collections.unmodifiableList(new ArrayList<>(byKey.values()));
	}

	private static void log(org.eclipse.core.runtime.IStatus status) {
		try {
			ILog.of(MeetingTypes.class).log(status);
		} catch (RuntimeException e) {
			System.err.println(status.getMessage());
		}
	}
}
