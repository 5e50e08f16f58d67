/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.core;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

import nl.casustafel.core.CasebookLists;
import nl.casustafel.core.ContributionProblem;
import nl.casustafel.core.ContributionProblem.Severity;
import nl.casustafel.core.Contributions;
import nl.casustafel.meeting.core.internal.Messages;
import nl.casustafel.model.Casebook;
import nl.casustafel.model.CasebookFactory;
import nl.casustafel.model.CasebookPackage;
import nl.casustafel.model.Meeting;
import nl.casustafel.model.MeetingSeries;
import nl.casustafel.model.MeetingType;
import nl.casustafel.model.Organisation;

/**
 * Meeting types: the casebook's own (configurable data) and those contributed by plug-ins through
 * {@value MeetingCore#MEETING_TYPES_EXTENSION_POINT}.
 *
 * @since 0.1
 */
public final class MeetingTypes {

	private static final CasebookPackage P = CasebookPackage.eINSTANCE;

	/** What was read from the extension registry: the usable types and the problems. */
	private record Read(List<MeetingTypeDescriptor> types, List<ContributionProblem> problems) {
	}

	private static volatile Read contributed;

	private static volatile boolean following;

	private MeetingTypes() {
	}

	/**
	 * @return the contributed meeting types, in registry order, one per key; empty outside OSGi.
	 *         Read once and cached.
	 */
	public static List<MeetingTypeDescriptor> contributed() {
		return read().types();
	}

	/**
	 * @return the problems with contributed meeting types (left out or ignored ones), each naming
	 *         the contributing plug-in, in the user's language
	 */
	public static List<ContributionProblem> problems() {
		return read().problems();
	}

	private static Read read() {
		Read result = contributed;
		if (result == null) {
			IExtensionRegistry registry = RegistryFactory.getRegistry();
			if (registry != null && !following) {
				following = true;
				Contributions.follow(registry, MeetingCore.MEETING_TYPES_EXTENSION_POINT, () -> contributed = null);
			}
			result = readRegistry(registry);
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
		type.setDescription(descriptor.description().isEmpty() ? null : descriptor.description());
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
		return AddCommand.create(domain, casebook, P.getCasebook_MeetingTypes(), type);
	}

	/**
	 * A problem that keeps a meeting type from being usable as it is.
	 *
	 * @param feature the attribute at fault
	 * @param message the localised message
	 */
	public record Problem(EAttribute feature, String message) {
	}

	/**
	 * Checks a casebook meeting type: a name, a key that no other type of the casebook has, and
	 * positive duration, timebox and cases per hour.
	 *
	 * @param casebook the casebook
	 * @param type     one of its meeting types
	 * @return the problems, empty when there are none
	 */
	public static List<Problem> problems(Casebook casebook, MeetingType type) {
		List<Problem> problems = new ArrayList<>();
		if (isBlank(type.getName())) {
			problems.add(new Problem(P.getMeetingType_Name(), Messages.MeetingType_NameMissing));
		}
		if (isBlank(type.getKey())) {
			problems.add(new Problem(P.getMeetingType_Key(), Messages.MeetingType_KeyMissing));
		} else {
			for (MeetingType other : CasebookLists.resolved(casebook.getMeetingTypes())) {
				if (other != type && type.getKey().strip().equals(other.getKey() == null ? null : other.getKey().strip())) {
					problems.add(new Problem(P.getMeetingType_Key(),
							NLS.bind(Messages.MeetingType_KeyTaken, type.getKey().strip(), other.getName())));
					break;
				}
			}
		}
		if (type.getDefaultDurationMinutes() <= 0) {
			problems.add(new Problem(P.getMeetingType_DefaultDurationMinutes(), Messages.MeetingType_DurationNotPositive));
		}
		if (type.getDefaultTimeboxMinutes() <= 0) {
			problems.add(new Problem(P.getMeetingType_DefaultTimeboxMinutes(), Messages.MeetingType_TimeboxNotPositive));
		}
		if (type.getMaxCasesPerHour() <= 0) {
			problems.add(new Problem(P.getMeetingType_MaxCasesPerHour(), Messages.MeetingType_MaxCasesNotPositive));
		}
		return problems;
	}

	/**
	 * Makes a new meeting type with the defaults of a casusoverleg (60 minutes, 10 per case, at
	 * most {@value MeetingTypeDescriptor#DEFAULT_MAX_CASES_PER_HOUR} cases an hour), no required
	 * parties, and a name and key no type of the casebook has yet.
	 *
	 * @param casebook the casebook
	 * @return the new type, not yet in the casebook: add it with {@link #addToCasebookCommand}
	 */
	public static MeetingType newMeetingType(Casebook casebook) {
		MeetingType type = CasebookFactory.eINSTANCE.createMeetingType();
		type.setName(uniqueName(casebook, Messages.MeetingType_NewName));
		type.setKey(uniqueKey(casebook, keyOf(type.getName())));
		type.setDefaultDurationMinutes(60);
		type.setDefaultTimeboxMinutes(10);
		type.setMaxCasesPerHour(MeetingTypeDescriptor.DEFAULT_MAX_CASES_PER_HOUR);
		return type;
	}

	/**
	 * Copies a meeting type under a new name and key: same defaults, description and required
	 * parties.
	 *
	 * @param casebook the casebook
	 * @param type     the type to copy
	 * @return the copy, not yet in the casebook: add it with {@link #addToCasebookCommand}
	 */
	public static MeetingType duplicate(Casebook casebook, MeetingType type) {
		MeetingType copy = CasebookFactory.eINSTANCE.createMeetingType();
		copy.setName(uniqueName(casebook, NLS.bind(Messages.MeetingType_CopyName, type.getName() == null ? "" : type.getName()))); //$NON-NLS-1$
		String key = type.getKey() == null || type.getKey().isBlank() ? keyOf(copy.getName()) : type.getKey().strip();
		copy.setKey(uniqueKey(casebook, key + '-' + Messages.MeetingType_CopyKeySuffix));
		copy.setDescription(type.getDescription());
		copy.setDefaultDurationMinutes(type.getDefaultDurationMinutes());
		copy.setDefaultTimeboxMinutes(type.getDefaultTimeboxMinutes());
		copy.setMaxCasesPerHour(type.getMaxCasesPerHour());
		copy.getRequiredParties().addAll(type.getRequiredParties());
		return copy;
	}

	/**
	 * @param casebook the casebook
	 * @param type     one of its meeting types
	 * @return the meetings of that type
	 */
	public static List<Meeting> meetingsOf(Casebook casebook, MeetingType type) {
		return CasebookLists.resolved(casebook.getMeetings()).stream().filter(m -> m.getType() == type).toList();
	}

	/**
	 * @param casebook the casebook
	 * @param type     one of its meeting types
	 * @return the series of that type
	 */
	public static List<MeetingSeries> seriesOf(Casebook casebook, MeetingType type) {
		return casebook.getMeetingSeries().stream().filter(s -> s.getType() == type).toList();
	}

	/**
	 * @param casebook the casebook
	 * @param type     one of its meeting types
	 * @return whether a meeting or a series refers to it (it may then not be removed)
	 */
	public static boolean isInUse(Casebook casebook, MeetingType type) {
		return !meetingsOf(casebook, type).isEmpty() || !seriesOf(casebook, type).isEmpty();
	}

	/**
	 * @param domain   the editing domain
	 * @param casebook the casebook
	 * @param type     one of its meeting types
	 * @return an undoable command removing it, or an unexecutable command when a meeting or series
	 *         uses it (see {@link #isInUse})
	 */
	public static Command removeCommand(EditingDomain domain, Casebook casebook, MeetingType type) {
		if (isInUse(casebook, type)) {
			return UnexecutableCommand.INSTANCE;
		}
		return RemoveCommand.create(domain, casebook, P.getCasebook_MeetingTypes(), type);
	}

	/**
	 * @param name a name, e.g. "Focusoverleg jeugd"
	 * @return a key made of it: lower case ASCII letters and digits separated by hyphens
	 *         ({@code focusoverleg-jeugd}); {@code overleg} when nothing is left
	 */
	public static String keyOf(String name) {
		String plain = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}", "") //$NON-NLS-1$ //$NON-NLS-2$
				.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		return plain.isEmpty() ? "overleg" : plain; //$NON-NLS-1$
	}

	private static String uniqueKey(Casebook casebook, String base) {
		String key = base;
		for (int i = 2; find(casebook, key) != null || isContributed(key); i++) {
			key = base + '-' + i;
		}
		return key;
	}

	private static boolean isContributed(String key) {
		return contributed().stream().anyMatch(d -> d.key().equals(key));
	}

	private static String uniqueName(Casebook casebook, String base) {
		String name = base;
		for (int i = 2; hasName(casebook, name); i++) {
			name = base + ' ' + i;
		}
		return name;
	}

	private static boolean hasName(Casebook casebook, String name) {
		return CasebookLists.resolved(casebook.getMeetingTypes()).stream().anyMatch(t -> name.equals(t.getName()));
	}

	private static boolean isBlank(String s) {
		return s == null || s.isBlank();
	}

	/** Forgets the cached contributions (after plug-ins were installed). */
	public static void refresh() {
		contributed = null;
	}

	private static Read readRegistry(IExtensionRegistry registry) {
		if (registry == null) {
			return new Read(List.of(), List.of());
		}
		Map<String, MeetingTypeDescriptor> byKey = new LinkedHashMap<>();
		List<ContributionProblem> problems = new ArrayList<>();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(MeetingCore.MEETING_TYPES_EXTENSION_POINT)) {
			if (!"meetingType".equals(element.getName())) { //$NON-NLS-1$
				continue;
			}
			String contributor = Contributions.contributor(element);
			String key = element.getAttribute("key"); //$NON-NLS-1$
			try {
				MeetingTypeDescriptor descriptor = descriptor(element, contributor);
				if (byKey.putIfAbsent(descriptor.key(), descriptor) != null) {
					problems.add(problem(Severity.WARNING, contributor,
							NLS.bind(Messages.MeetingType_ContributionDuplicate, descriptor.key())));
				}
			} catch (RuntimeException e) {
				problems.add(problem(Severity.ERROR, contributor, NLS.bind(Messages.MeetingType_ContributionSkipped,
						key == null || key.isBlank() ? "?" : key, e.getMessage()))); //$NON-NLS-1$
			}
		}
		for (ContributionProblem problem : problems) {
			Contributions.log(MeetingTypes.class, problem);
		}
		return new Read(Collections.unmodifiableList(new ArrayList<>(byKey.values())), List.copyOf(problems));
	}

	private static MeetingTypeDescriptor descriptor(IConfigurationElement element, String contributor) {
		String key = element.getAttribute("key"); //$NON-NLS-1$
		String name = element.getAttribute("name"); //$NON-NLS-1$
		if (key == null || key.isBlank()) {
			throw new IllegalArgumentException(Messages.MeetingType_KeyMissing);
		}
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException(Messages.MeetingType_NameMissing);
		}
		List<String> parties = new ArrayList<>();
		for (IConfigurationElement party : element.getChildren("requiredParty")) { //$NON-NLS-1$
			String type = party.getAttribute("organisationType"); //$NON-NLS-1$
			if (type != null && !type.isBlank()) {
				parties.add(type.strip());
			}
		}
		String max = element.getAttribute("maxCasesPerHour"); //$NON-NLS-1$
		return new MeetingTypeDescriptor(key.strip(), name, element.getAttribute("description"), //$NON-NLS-1$
				positive(element, "defaultDurationMinutes", Messages.MeetingType_DurationNotPositive), //$NON-NLS-1$
				positive(element, "defaultTimeboxMinutes", Messages.MeetingType_TimeboxNotPositive), //$NON-NLS-1$
				max == null ? MeetingTypeDescriptor.DEFAULT_MAX_CASES_PER_HOUR
						: positive(element, "maxCasesPerHour", Messages.MeetingType_MaxCasesNotPositive), //$NON-NLS-1$
				parties, contributor);
	}

	private static int positive(IConfigurationElement element, String attribute, String message) {
		String value = element.getAttribute(attribute);
		int number;
		try {
			number = Integer.parseInt(value == null ? "" : value.strip()); //$NON-NLS-1$
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException(NLS.bind(Messages.MeetingType_NotANumber, attribute, value), e);
		}
		if (number <= 0) {
			throw new IllegalArgumentException(message);
		}
		return number;
	}

	private static ContributionProblem problem(Severity severity, String contributor, String message) {
		return new ContributionProblem(severity, contributor, MeetingCore.MEETING_TYPES_EXTENSION_POINT, message);
	}
}
