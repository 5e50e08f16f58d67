/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import nl.casustafel.core.CasebookLists;
import nl.casustafel.model.Case;
import nl.casustafel.model.Casebook;
import nl.casustafel.model.Covenant;
import nl.casustafel.model.InformalTie;
import nl.casustafel.model.Involvement;
import nl.casustafel.model.Meeting;
import nl.casustafel.model.Organisation;
import nl.casustafel.model.Professional;
import nl.casustafel.model.Relation;
import nl.casustafel.model.Subject;
import nl.casustafel.network.analysis.CaseAnalysis;
import nl.casustafel.network.analysis.CaseAnalysis.MissingParty;
import nl.casustafel.network.style.EdgeTypes;

/**
 * Builds the two network graphs of a casebook (GUIDE.md 7).
 * <ul>
 * <li>The <b>regional network</b> (<i>lokale kaart</i>): every organisation, every covenant with its
 * parties, and every relation (referral routes, information sharing, funding, mandates, escalation,
 * cooperation, tension, handover, missing partners).</li>
 * <li>The <b>case network</b> of one case: the person or household in the centre; the involved
 * professionals and organisations with their roles; who has the case direction and who knows the
 * person; the person's informal ties; obligatory parties that stayed away from meetings about the
 * case ("should attend but doesn't"); and the regional relations among the organisations shown,
 * tensions included.</li>
 * </ul>
 * Node ids are the ids of the model objects; objects of files that could not be read are left out. A
 * relation's edge type is {@link EdgeTypes#typeOf(nl.casustafel.model.Relation)}: its kind, or the
 * partner type its subtype names.
 */
public final class NetworkBuilder {

	/** Scope key of the regional network. */
	public static final String REGION_SCOPE = "region"; //$NON-NLS-1$

	/** Prefix of the scope key of a case network; the case's id follows. */
	public static final String CASE_SCOPE_PREFIX = "case:"; //$NON-NLS-1$

	private NetworkBuilder() {
		// static access only
	}

	/**
	 * @param aCase a case
	 * @return the scope key of its network
	 */
	public static String caseScope(Case aCase) {
		return CASE_SCOPE_PREFIX + aCase.getId();
	}

	/**
	 * @param casebook a casebook
	 * @return its regional network
	 */
	public static NetworkGraph region(Casebook casebook) {
		NetworkGraph.Builder graph = NetworkGraph.builder(REGION_SCOPE);
		for (Organisation organisation : CasebookLists.resolved(casebook.getOrganisations())) {
			graph.add(organisationNode(organisation, Set.of()));
		}
		for (Covenant covenant : CasebookLists.resolved(casebook.getCovenants())) {
			NetworkNode node = graph.add(new NetworkNode(covenant.getId(), NodeKind.COVENANT, covenant.getName(), null,
					null, covenant, covenant.getValidFrom(), covenant.getValidTo(), Set.of()));
			for (Organisation party : CasebookLists.resolved(covenant.getParties())) {
				NetworkNode partyNode = graph.node(party.getId());
				if (partyNode != null) {
					graph.add(new NetworkEdge(covenant.getId() + "/" + party.getId(), EdgeTypes.key(nl.casustafel.model.RelationKind.COVENANT), //$NON-NLS-1$
							node, partyNode, null, covenant.getValidFrom(), covenant.getValidTo(), 0, null, covenant));
				}
			}
		}
		addRelations(graph, casebook, false);
		return graph.build();
	}

	/**
	 * @param aCase a case
	 * @return its network, with role keys as edge labels
	 */
	public static NetworkGraph forCase(Case aCase) {
		return forCase(aCase, UnaryOperator.identity());
	}

	/**
	 * @param aCase      a case
	 * @param roleLabels turns a role key of an involvement (e.g. {@code case-director}) into the label
	 *                   shown on its edge
	 * @return its network
	 */
	public static NetworkGraph forCase(Case aCase, UnaryOperator<String> roleLabels) {
		NetworkGraph.Builder graph = NetworkGraph.builder(caseScope(aCase));
		Subject subject = CasebookLists.resolvedOrNull(aCase.getSubject());
		String number = aCase.getCaseNumber() == null ? "" : aCase.getCaseNumber(); //$NON-NLS-1$
		NetworkNode centre;
		if (subject != null) {
			centre = graph.add(new NetworkNode(subject.getId(), NodeKind.SUBJECT, subject.getPseudonym(), number, null,
					aCase, null, null, EnumSet.of(NodeFlag.CENTRE)));
		} else {
			centre = graph.add(new NetworkNode(aCase.getId(), NodeKind.SUBJECT, number, null, null, aCase, null, null,
					EnumSet.of(NodeFlag.CENTRE)));
		}

		CaseAnalysis.Regie regie = CaseAnalysis.regie(aCase);
		Professional director = regie == null ? null : regie.professional();
		for (Involvement involvement : aCase.getInvolvements()) {
			Organisation organisation = CasebookLists.resolvedOrNull(involvement.getOrganisation());
			Professional professional = CasebookLists.resolvedOrNull(involvement.getProfessional());
			NetworkNode organisationNode = organisation == null ? null : addOrganisation(graph, organisation, Set.of());
			NetworkNode from = organisationNode;
			if (professional != null) {
				from = addProfessional(graph, professional, organisation, involvement.isKnowsPerson(),
						professional == director);
				if (organisationNode != null) {
					addMembership(graph, from, organisationNode, professional, organisation);
				}
			} else if (organisationNode != null && involvement.isKnowsPerson()) {
				from = graph.add(organisationNode.withFlags(EnumSet.of(NodeFlag.KNOWS_PERSON)));
			}
			if (from == null) {
				continue;
			}
			String role = involvement.getRole();
			String label = role == null || role.isEmpty() ? null : roleLabels.apply(role);
			if (professional != null && professional == director) {
				continue; // the regie edge below stands for this involvement
			}
			graph.add(new NetworkEdge(involvement.getId(), EdgeTypes.INVOLVEMENT, from, centre, label,
					involvement.getSince(), null, 0, null, involvement));
		}
		if (director != null) {
			NetworkNode directorNode = addProfessional(graph, director, regie.organisation(), false, true);
			if (regie.organisation() != null) {
				NetworkNode organisationNode = addOrganisation(graph, regie.organisation(), Set.of());
				addMembership(graph, directorNode, organisationNode, director, regie.organisation());
			}
			graph.add(new NetworkEdge(aCase.getId() + "/regie", EdgeTypes.REGIE, directorNode, centre, null, null, null, //$NON-NLS-1$
					0, null, aCase));
		}

		for (InformalTie tie : aCase.getInformalTies()) {
			Set<NodeFlag> flags = tie.isKnowsPerson() ? EnumSet.of(NodeFlag.KNOWS_PERSON) : Set.of();
			NetworkNode node = graph.add(new NetworkNode(tie.getId(), NodeKind.INFORMAL_TIE, tie.getLabel(), null, null,
					tie, null, null, flags));
			graph.add(new NetworkEdge(tie.getId(), EdgeTypes.INFORMAL, node, centre, tie.getRelationship(), null, null, 0,
					null, tie));
		}

		for (MissingParty missing : CaseAnalysis.missingParties(aCase)) {
			NetworkNode node = addOrganisation(graph, missing.organisation(), EnumSet.of(NodeFlag.MISSING_PARTY));
			List<Meeting> meetings = missing.meetings();
			Meeting last = meetings.get(meetings.size() - 1);
			graph.add(new NetworkEdge(aCase.getId() + "/absent/" + missing.organisation().getId(), //$NON-NLS-1$
					EdgeTypes.SHOULD_ATTEND, node, centre, null, last.getDate(), null, 0, null, last));
		}

		if (aCase.eContainer() instanceof Casebook casebook) {
			addRelations(graph, casebook, true);
		}
		return graph.build();
	}

	private static void addRelations(NetworkGraph.Builder graph, Casebook casebook, boolean onlyBetweenShown) {
		for (Relation relation : CasebookLists.resolved(casebook.getRelations())) {
			Organisation source = CasebookLists.resolvedOrNull(relation.getSource());
			Organisation target = CasebookLists.resolvedOrNull(relation.getTarget());
			if (source == null || target == null || source == target) {
				continue;
			}
			NetworkNode sourceNode = graph.node(source.getId());
			NetworkNode targetNode = graph.node(target.getId());
			if (onlyBetweenShown && (sourceNode == null || targetNode == null)) {
				continue;
			}
			if (sourceNode == null) {
				sourceNode = graph.add(organisationNode(source, Set.of()));
			}
			if (targetNode == null) {
				targetNode = graph.add(organisationNode(target, Set.of()));
			}
			graph.add(new NetworkEdge(relation.getId(), EdgeTypes.typeOf(relation), sourceNode, targetNode,
					relation.getLabel(), relation.getValidFrom(), relation.getValidTo(), relation.getStrength(),
					relation.getTension(), relation));
		}
	}

	private static NetworkNode addOrganisation(NetworkGraph.Builder graph, Organisation organisation,
			Set<NodeFlag> flags) {
		NetworkNode existing = graph.node(organisation.getId());
		if (existing != null) {
			return flags.isEmpty() || existing.flags().containsAll(flags) ? existing : graph.add(existing.withFlags(flags));
		}
		return graph.add(organisationNode(organisation, flags));
	}

	private static NetworkNode addProfessional(NetworkGraph.Builder graph, Professional professional,
			Organisation organisation, boolean knowsPerson, boolean regie) {
		EnumSet<NodeFlag> flags = EnumSet.noneOf(NodeFlag.class);
		if (knowsPerson) {
			flags.add(NodeFlag.KNOWS_PERSON);
		}
		if (regie) {
			flags.add(NodeFlag.REGIE);
		}
		NetworkNode existing = graph.node(professional.getId());
		if (existing != null) {
			return existing.flags().containsAll(flags) ? existing : graph.add(existing.withFlags(flags));
		}
		Organisation home = organisation != null ? organisation : CasebookLists.resolvedOrNull(professional.getOrganisation());
		String detail = home == null ? null : shortName(home);
		return graph.add(new NetworkNode(professional.getId(), NodeKind.PROFESSIONAL, professional.getName(), detail,
				home == null ? null : home.getLogic(), professional, professional.getValidFrom(), professional.getValidTo(),
				flags));
	}

	private static void addMembership(NetworkGraph.Builder graph, NetworkNode professionalNode,
			NetworkNode organisationNode, Professional professional, Organisation organisation) {
		String id = professional.getId() + "@" + organisation.getId(); //$NON-NLS-1$
		if (!graph.hasEdge(id)) {
			graph.add(new NetworkEdge(id, EdgeTypes.MEMBERSHIP, professionalNode, organisationNode, null, null, null, 0,
					null, professional));
		}
	}

	private static NetworkNode organisationNode(Organisation organisation, Set<NodeFlag> flags) {
		String shortName = organisation.getShortName();
		boolean hasShort = shortName != null && !shortName.isBlank();
		String label = hasShort ? shortName : organisation.getName();
		String detail = hasShort && organisation.getName() != null && !organisation.getName().equals(shortName)
				? organisation.getName()
				: null;
		return new NetworkNode(organisation.getId(), NodeKind.ORGANISATION, label, detail, organisation.getLogic(),
				organisation, null, null, flags);
	}

	private static String shortName(Organisation organisation) {
		String shortName = organisation.getShortName();
		return shortName != null && !shortName.isBlank() ? shortName : organisation.getName();
	}
}
