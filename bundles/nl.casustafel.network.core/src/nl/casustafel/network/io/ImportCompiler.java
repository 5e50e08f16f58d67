/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

import nl.casustafel.core.CasebookLists;
import nl.casustafel.model.Casebook;
import nl.casustafel.model.CasebookFactory;
import nl.casustafel.model.CasebookPackage;
import nl.casustafel.model.Organisation;
import nl.casustafel.model.OrganisationLogic;
import nl.casustafel.model.Relation;
import nl.casustafel.model.RelationKind;
import nl.casustafel.model.TensionDimension;
import nl.casustafel.network.NetworkSearch;
import nl.casustafel.network.edit.NetworkIds;
import nl.casustafel.network.internal.Messages;
import nl.casustafel.network.style.EdgeTypes;

/**
 * Checks imported rows against the casebook and turns them into one command, or into problems.
 * <p>
 * Organisations are matched by id, else by name (when exactly one organisation has it); matched ones
 * are updated in the fields the file has, others created. Relations are matched by id and updated, or
 * created. A relation's source and target name an organisation by id or name, of the file or of the
 * casebook.
 * </p>
 */
final class ImportCompiler {

	private static final CasebookPackage P = CasebookPackage.eINSTANCE;

	private final EditingDomain domain;

	private final Casebook casebook;

	private final List<ImportProblem> problems = new ArrayList<>();

	private final Map<String, Organisation> organisationsById = new HashMap<>();

	private final Map<String, List<Organisation>> organisationsByName = new HashMap<>();

	private final Map<String, Relation> relationsById = new HashMap<>();

	private final Set<String> usedIds = new HashSet<>();

	/** File id and file name (normalised) of imported organisations to the organisation they become. */
	private final Map<String, Organisation> fileOrganisations = new HashMap<>();

	private final Map<String, Organisation> fileOrganisationsByName = new HashMap<>();

	private ImportCompiler(EditingDomain domain, Casebook casebook) {
		this.domain = domain;
		this.casebook = casebook;
		for (Organisation organisation : CasebookLists.resolved(casebook.getOrganisations())) {
			organisationsById.put(organisation.getId(), organisation);
			organisationsByName.computeIfAbsent(NetworkSearch.normalise(organisation.getName()), key -> new ArrayList<>())
					.add(organisation);
			if (organisation.getShortName() != null && !organisation.getShortName().isBlank()) {
				organisationsByName
						.computeIfAbsent(NetworkSearch.normalise(organisation.getShortName()), key -> new ArrayList<>())
						.add(organisation);
			}
			usedIds.add(organisation.getId());
		}
		for (Relation relation : CasebookLists.resolved(casebook.getRelations())) {
			relationsById.put(relation.getId(), relation);
			usedIds.add(relation.getId());
		}
	}

	/**
	 * @param domain   the editing domain the command is for
	 * @param casebook the casebook to import into
	 * @param rows     what the files hold
	 * @return the problems, or the command
	 */
	static ImportResult compile(EditingDomain domain, Casebook casebook, ImportRows rows) {
		return new ImportCompiler(domain, casebook).run(rows);
	}

	private ImportResult run(ImportRows rows) {
		problems.addAll(rows.problems);
		CompoundCommand command = new CompoundCommand(Messages.import_commandLabel);
		List<Organisation> newOrganisations = new ArrayList<>();
		int organisationsUpdated = 0;
		Map<String, Integer> organisationIdLines = new HashMap<>();
		for (ImportRows.Row row : rows.organisations) {
			String id = row.value(NetworkColumns.ID);
			if (id != null && duplicate(row, NetworkColumns.ID, id, organisationIdLines)) {
				continue;
			}
			String name = row.value(NetworkColumns.NAME);
			OrganisationLogic logic = null;
			String logicText = row.value(NetworkColumns.LOGIC);
			if (logicText != null) {
				logic = Values.logic(logicText);
				if (logic == null) {
					problem(row, NetworkColumns.LOGIC, NLS.bind(Messages.import_badLogic, logicText));
				}
			}
			Organisation existing = id == null ? null : organisationsById.get(id);
			if (existing == null && name != null) {
				List<Organisation> named = organisationsByName.get(NetworkSearch.normalise(name));
				if (named != null && named.size() == 1) {
					existing = named.get(0);
				}
			}
			if (existing == null && name == null) {
				problem(row, NetworkColumns.NAME, NLS.bind(Messages.import_required, row.column(NetworkColumns.NAME)));
				continue;
			}
			Organisation target = existing;
			if (existing == null) {
				target = CasebookFactory.eINSTANCE.createOrganisation();
				target.setId(id != null && !usedIds.contains(id) ? id : NetworkIds.unique("org-" + NetworkIds.slug(name), usedIds)); //$NON-NLS-1$
				usedIds.add(target.getId());
				target.setName(name);
				target.setShortName(row.value(NetworkColumns.SHORT_NAME));
				target.setLogic(logic == null ? OrganisationLogic.OTHER : logic);
				target.setType(row.value(NetworkColumns.TYPE));
				target.setNotes(row.value(NetworkColumns.NOTES));
				newOrganisations.add(target);
			} else {
				int before = command.getCommandList().size();
				set(command, row, existing, P.getOrganisation_Name(), NetworkColumns.NAME, name, false);
				set(command, row, existing, P.getOrganisation_ShortName(), NetworkColumns.SHORT_NAME,
						row.value(NetworkColumns.SHORT_NAME), true);
				if (logicText != null && logic != null) {
					set(command, row, existing, P.getOrganisation_Logic(), NetworkColumns.LOGIC, logic, false);
				}
				set(command, row, existing, P.getOrganisation_Type(), NetworkColumns.TYPE, row.value(NetworkColumns.TYPE),
						true);
				set(command, row, existing, P.getOrganisation_Notes(), NetworkColumns.NOTES,
						row.value(NetworkColumns.NOTES), true);
				if (command.getCommandList().size() > before) {
					organisationsUpdated++;
				}
			}
			if (id != null) {
				fileOrganisations.put(id, target);
			}
			if (name != null) {
				fileOrganisationsByName.put(NetworkSearch.normalise(name), target);
			}
			String shortName = row.value(NetworkColumns.SHORT_NAME);
			if (shortName != null) {
				fileOrganisationsByName.putIfAbsent(NetworkSearch.normalise(shortName), target);
			}
		}

		List<Relation> newRelations = new ArrayList<>();
		int relationsUpdated = 0;
		Map<String, Integer> relationIdLines = new HashMap<>();
		for (ImportRows.Row row : rows.relations) {
			String id = row.value(NetworkColumns.ID);
			if (id != null && duplicate(row, NetworkColumns.ID, id, relationIdLines)) {
				continue;
			}
			int problemsBefore = problems.size();
			RelationKind kind = null;
			String partnerType = null;
			String kindText = row.value(NetworkColumns.KIND);
			if (kindText == null) {
				problem(row, NetworkColumns.KIND, NLS.bind(Messages.import_required, row.column(NetworkColumns.KIND)));
			} else {
				kind = Values.kind(kindText);
				if (kind == null && EdgeTypes.isPartnerType(kindText)) {
					// a partner's relation type named as the kind: stored as OTHER with the key as subtype
					kind = EdgeTypes.kindFor(kindText);
					partnerType = kindText;
				}
				if (kind == null) {
					problem(row, NetworkColumns.KIND, NLS.bind(Messages.import_badKind, kindText));
				}
			}
			Organisation source = organisation(row, NetworkColumns.SOURCE);
			Organisation target = organisation(row, NetworkColumns.TARGET);
			if (source != null && source == target) {
				problem(row, NetworkColumns.TARGET, Messages.import_selfRelation);
			}
			Date from = day(row, NetworkColumns.VALID_FROM);
			Date to = day(row, NetworkColumns.VALID_TO);
			if (from != null && to != null && to.before(from)) {
				problem(row, NetworkColumns.VALID_TO, Messages.import_dateOrder);
			}
			Integer strength = null;
			String strengthText = row.value(NetworkColumns.STRENGTH);
			if (strengthText != null) {
				try {
					strength = Integer.valueOf(strengthText);
					if (strength.intValue() < 0) {
						throw new NumberFormatException(strengthText);
					}
				} catch (NumberFormatException e) {
					problem(row, NetworkColumns.STRENGTH, NLS.bind(Messages.import_badNumber, strengthText));
				}
			}
			TensionDimension tension = null;
			String tensionText = row.value(NetworkColumns.TENSION);
			if (tensionText != null) {
				tension = Values.tension(tensionText);
				if (tension == null) {
					problem(row, NetworkColumns.TENSION, NLS.bind(Messages.import_badTension, tensionText));
				}
			}
			if (problems.size() > problemsBefore) {
				continue;
			}
			Relation existing = id == null ? null : relationsById.get(id);
			if (existing == null) {
				Relation relation = CasebookFactory.eINSTANCE.createRelation();
				relation.setId(id != null && !usedIds.contains(id) ? id
						: NetworkIds.relationId(kind, source, target, usedIds));
				usedIds.add(relation.getId());
				relation.setKind(kind);
				relation.setSource(source);
				relation.setTarget(target);
				relation.setSubtype(partnerType != null ? partnerType : row.value(NetworkColumns.SUBTYPE));
				relation.setLabel(row.value(NetworkColumns.LABEL));
				relation.setValidFrom(from);
				relation.setValidTo(to);
				relation.setStrength(strength == null ? 0 : strength.intValue());
				relation.setTension(tension == null ? TensionDimension.NONE : tension);
				relation.setKnowledgeSource(row.value(NetworkColumns.KNOWLEDGE_SOURCE));
				relation.setNotes(row.value(NetworkColumns.NOTES));
				newRelations.add(relation);
			} else {
				int before = command.getCommandList().size();
				set(command, row, existing, P.getRelation_Kind(), NetworkColumns.KIND, kind, false);
				set(command, row, existing, P.getRelation_Source(), NetworkColumns.SOURCE, source, false);
				set(command, row, existing, P.getRelation_Target(), NetworkColumns.TARGET, target, false);
				if (partnerType == null) {
					set(command, row, existing, P.getRelation_Subtype(), NetworkColumns.SUBTYPE,
							row.value(NetworkColumns.SUBTYPE), true);
				} else if (!partnerType.equals(existing.getSubtype())) {
					command.append(SetCommand.create(domain, existing, P.getRelation_Subtype(), partnerType));
				}
				set(command, row, existing, P.getRelation_Label(), NetworkColumns.LABEL, row.value(NetworkColumns.LABEL),
						true);
				set(command, row, existing, P.getRelation_ValidFrom(), NetworkColumns.VALID_FROM, from, true);
				set(command, row, existing, P.getRelation_ValidTo(), NetworkColumns.VALID_TO, to, true);
				set(command, row, existing, P.getRelation_Strength(), NetworkColumns.STRENGTH,
						Integer.valueOf(strength == null ? 0 : strength.intValue()), true);
				set(command, row, existing, P.getRelation_Tension(), NetworkColumns.TENSION,
						tension == null ? TensionDimension.NONE : tension, true);
				set(command, row, existing, P.getRelation_KnowledgeSource(), NetworkColumns.KNOWLEDGE_SOURCE,
						row.value(NetworkColumns.KNOWLEDGE_SOURCE), true);
				set(command, row, existing, P.getRelation_Notes(), NetworkColumns.NOTES, row.value(NetworkColumns.NOTES),
						true);
				if (command.getCommandList().size() > before) {
					relationsUpdated++;
				}
			}
		}

		if (!problems.isEmpty()) {
			problems.sort(Comparator.comparing(ImportProblem::file).thenComparingInt(ImportProblem::line));
			return new ImportResult(problems, null, 0, 0, 0, 0, rows.skipped);
		}
		if (!newOrganisations.isEmpty()) {
			command.append(AddCommand.create(domain, casebook, P.getCasebook_Organisations(), newOrganisations));
		}
		if (!newRelations.isEmpty()) {
			command.append(AddCommand.create(domain, casebook, P.getCasebook_Relations(), newRelations));
		}
		// The creations go first: updated relations may point at new organisations.
		List<Command> ordered = new ArrayList<>(command.getCommandList());
		ordered.sort(Comparator.comparingInt(c -> c instanceof AddCommand ? 0 : 1));
		CompoundCommand result = new CompoundCommand(Messages.import_commandLabel, ordered);
		return new ImportResult(problems, ordered.isEmpty() ? null : result, newOrganisations.size(), organisationsUpdated,
				newRelations.size(), relationsUpdated, rows.skipped);
	}

	private boolean duplicate(ImportRows.Row row, String field, String id, Map<String, Integer> lines) {
		Integer earlier = lines.putIfAbsent(id, Integer.valueOf(row.line()));
		if (earlier != null) {
			problem(row, field, NLS.bind(Messages.import_duplicateId, id, earlier));
			return true;
		}
		return false;
	}

	private Organisation organisation(ImportRows.Row row, String field) {
		String reference = row.value(field);
		if (reference == null) {
			problem(row, field, NLS.bind(Messages.import_required, row.column(field)));
			return null;
		}
		Organisation found = fileOrganisations.get(reference);
		if (found == null) {
			found = organisationsById.get(reference);
		}
		String name = NetworkSearch.normalise(reference);
		if (found == null) {
			found = fileOrganisationsByName.get(name);
		}
		if (found == null) {
			List<Organisation> named = organisationsByName.get(name);
			if (named != null && named.size() > 1) {
				problem(row, field, NLS.bind(Messages.import_ambiguousName, reference));
				return null;
			}
			found = named == null ? null : named.get(0);
		}
		if (found == null) {
			problem(row, field, NLS.bind(Messages.import_unknownOrganisation, reference));
		}
		return found;
	}

	private Date day(ImportRows.Row row, String field) {
		String text = row.value(field);
		if (text == null) {
			return null;
		}
		Date day = Values.day(text);
		if (day == null) {
			problem(row, field, NLS.bind(Messages.import_badDate, text));
		}
		return day;
	}

	/** Appends a set command when the file has the field and the value differs. */
	private void set(CompoundCommand command, ImportRows.Row row, EObject object, EStructuralFeature feature,
			String field, Object value, boolean clearWhenEmpty) {
		if (!row.present().contains(field) || (value == null && !clearWhenEmpty)) {
			return;
		}
		Object current = object.eGet(feature);
		// Days are compared as days: the time of day of a stored date does not matter.
		boolean same = current instanceof Date date && value instanceof Date other
				? Values.format(date).equals(Values.format(other))
				: Objects.equals(current, value);
		if (!same) {
			command.append(SetCommand.create(domain, object, feature, value == null ? SetCommand.UNSET_VALUE : value));
		}
	}

	private void problem(ImportRows.Row row, String field, String message) {
		problems.add(new ImportProblem(row.file(), row.line(), row.column(field), message));
	}
}
