/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

import nl.casustafel.core.CasebookLists;
import nl.casustafel.model.Case;
import nl.casustafel.model.Casebook;
import nl.casustafel.model.CasebookFactory;
import nl.casustafel.model.CasebookPackage;
import nl.casustafel.model.Organisation;
import nl.casustafel.model.Relation;
import nl.casustafel.model.RelationKind;
import nl.casustafel.model.TensionDimension;
import nl.casustafel.network.diagram.DiagramFactory;
import nl.casustafel.network.diagram.DiagramPackage;
import nl.casustafel.network.diagram.NetworkDiagram;
import nl.casustafel.network.diagram.NodePosition;
import nl.casustafel.network.internal.Messages;
import nl.casustafel.network.layout.Point;
import nl.casustafel.network.style.EdgeTypes;

/**
 * The EMF commands of the network view. Every change the view makes goes through one of these on the
 * session's editing domain, so it can be undone and redone and marks the casebook dirty: creating,
 * changing, reconnecting and deleting relations, and pinning nodes where the user dragged them.
 * <p>
 * Pinned positions live in a {@link NetworkDiagram} per scope in {@link Casebook#getContributions()}
 * (stored in the casebook's contributions files); the first pin of a scope creates it.
 * </p>
 */
public final class NetworkCommands {

	private static final CasebookPackage P = CasebookPackage.eINSTANCE;

	private NetworkCommands() {
		// static access only
	}

	/**
	 * @param domain   the editing domain
	 * @param casebook the casebook
	 * @param kind     the kind of relation
	 * @param source   its source
	 * @param target   its target (another organisation)
	 * @param aCase    the case in whose network it was drawn, or {@code null}
	 * @return a command adding the relation (valid from the day of creation), unexecutable when source
	 *         and target are the same
	 */
	public static Command createRelation(EditingDomain domain, Casebook casebook, RelationKind kind, Organisation source,
			Organisation target, Case aCase) {
		return createRelation(domain, casebook, EdgeTypes.key(kind), source, target, aCase);
	}

	/**
	 * Creates a relation of any type of {@link EdgeTypes#relationTypes()}: a relation kind, or a
	 * partner's type (stored as kind {@code OTHER} with the type's key as subtype). One command, so one
	 * Undo takes it back.
	 *
	 * @param domain   the editing domain
	 * @param casebook the casebook
	 * @param type     the type key, e.g. {@code REFERRAL} or {@code probation.supervision}
	 * @param source   its source
	 * @param target   its target (another organisation)
	 * @param aCase    the case in whose network it was drawn, or {@code null}
	 * @return a command adding the relation (valid from the day of creation), unexecutable when source
	 *         and target are the same
	 */
	public static Command createRelation(EditingDomain domain, Casebook casebook, String type, Organisation source,
			Organisation target, Case aCase) {
		if (source == null || target == null || source == target) {
			return UnexecutableCommand.INSTANCE;
		}
		Set<String> used = new HashSet<>();
		for (Relation relation : CasebookLists.resolved(casebook.getRelations())) {
			used.add(relation.getId());
		}
		Relation relation = CasebookFactory.eINSTANCE.createRelation();
		relation.setId(NetworkIds.relationId(type, source, target, used));
		relation.setKind(EdgeTypes.kindFor(type));
		relation.setSubtype(EdgeTypes.subtypeFor(type));
		relation.setSource(source);
		relation.setTarget(target);
		relation.setTension(TensionDimension.NONE);
		relation.setCase(aCase);
		relation.setKnowledgeSource(aCase == null ? "observation" : "case"); //$NON-NLS-1$ //$NON-NLS-2$
		Command add = AddCommand.create(domain, casebook, P.getCasebook_Relations(), relation);
		return labelled(add, NLS.bind(Messages.command_createRelation, EdgeTypes.get(type).label()), relation);
	}

	/**
	 * @param domain   the editing domain
	 * @param relation a relation
	 * @param kind     its new kind
	 * @return a command changing the kind
	 */
	public static Command setKind(EditingDomain domain, Relation relation, RelationKind kind) {
		return labelled(SetCommand.create(domain, relation, P.getRelation_Kind(), kind), Messages.command_setKind,
				relation);
	}

	/**
	 * Gives a relation another type of {@link EdgeTypes#relationTypes()}, as one command: a partner's
	 * type sets kind {@code OTHER} and the type's key as subtype; a relation kind sets the kind and
	 * clears a subtype that named a partner's type (another subtype is kept).
	 *
	 * @param domain   the editing domain
	 * @param relation a relation
	 * @param type     its new type key
	 * @return a command changing kind and subtype, unexecutable when the relation has that type already
	 */
	public static Command setType(EditingDomain domain, Relation relation, String type) {
		RelationKind kind = EdgeTypes.kindFor(type);
		String subtype = EdgeTypes.subtypeFor(type);
		if (subtype == null && !EdgeTypes.isPartnerType(relation.getSubtype())) {
			subtype = relation.getSubtype();
		}
		CompoundCommand command = new CompoundCommand(Messages.command_setKind) {
			@Override
			public Collection<?> getAffectedObjects() {
				return List.of(relation);
			}
		};
		if (relation.getKind() != kind) {
			command.append(SetCommand.create(domain, relation, P.getRelation_Kind(), kind));
		}
		if (!Objects.equals(relation.getSubtype(), subtype)) {
			command.append(SetCommand.create(domain, relation, P.getRelation_Subtype(),
					subtype == null ? SetCommand.UNSET_VALUE : subtype));
		}
		return command.isEmpty() ? UnexecutableCommand.INSTANCE : command;
	}

	/**
	 * @param domain    the editing domain
	 * @param relation  a relation
	 * @param newSource its new source, or {@code null} to keep it
	 * @param newTarget its new target, or {@code null} to keep it
	 * @return a command moving the relation's ends; unexecutable when they would be the same
	 */
	public static Command reconnect(EditingDomain domain, Relation relation, Organisation newSource,
			Organisation newTarget) {
		Organisation source = newSource != null ? newSource : relation.getSource();
		Organisation target = newTarget != null ? newTarget : relation.getTarget();
		if (source == null || target == null || source == target) {
			return UnexecutableCommand.INSTANCE;
		}
		CompoundCommand command = new CompoundCommand(Messages.command_reconnect);
		if (newSource != null && newSource != relation.getSource()) {
			command.append(SetCommand.create(domain, relation, P.getRelation_Source(), newSource));
		}
		if (newTarget != null && newTarget != relation.getTarget()) {
			command.append(SetCommand.create(domain, relation, P.getRelation_Target(), newTarget));
		}
		return command.isEmpty() ? UnexecutableCommand.INSTANCE : command;
	}

	/**
	 * @param domain    the editing domain
	 * @param casebook  the casebook
	 * @param relations relations to delete
	 * @return a command removing them from the casebook
	 */
	public static Command deleteRelations(EditingDomain domain, Casebook casebook, Collection<Relation> relations) {
		if (relations.isEmpty()) {
			return UnexecutableCommand.INSTANCE;
		}
		return labelled(RemoveCommand.create(domain, casebook, P.getCasebook_Relations(), relations),
				Messages.command_deleteRelations, null);
	}

	/**
	 * @param casebook a casebook
	 * @param scope    a scope key (see {@link nl.casustafel.network.NetworkBuilder})
	 * @return the diagram of that scope, or {@code null}
	 */
	public static NetworkDiagram diagram(Casebook casebook, String scope) {
		for (EObject contribution : CasebookLists.resolved(casebook.getContributions())) {
			if (contribution instanceof NetworkDiagram diagram && scope.equals(diagram.getScope())) {
				return diagram;
			}
		}
		return null;
	}

	/**
	 * @param casebook a casebook
	 * @param scope    a scope key
	 * @return node id to pinned top-left corner, for the layout; empty when nothing is pinned
	 */
	public static Map<String, Point> pinnedPositions(Casebook casebook, String scope) {
		Map<String, Point> result = new LinkedHashMap<>();
		NetworkDiagram diagram = diagram(casebook, scope);
		if (diagram != null) {
			for (NodePosition position : diagram.getPositions()) {
				result.put(position.getNodeId(), new Point(position.getX(), position.getY()));
			}
		}
		return result;
	}

	/**
	 * Pins nodes at positions: moves those already pinned, adds the others (creating the scope's
	 * diagram when it has none yet).
	 *
	 * @param domain    the editing domain
	 * @param casebook  the casebook
	 * @param scope     the scope key
	 * @param positions node id to its new top-left corner
	 * @return one command for all of them
	 */
	public static Command pin(EditingDomain domain, Casebook casebook, String scope, Map<String, Point> positions) {
		if (positions.isEmpty()) {
			return UnexecutableCommand.INSTANCE;
		}
		CompoundCommand command = new CompoundCommand(
				positions.size() == 1 ? Messages.command_pinNode : Messages.command_pinNodes);
		NetworkDiagram diagram = diagram(casebook, scope);
		List<NodePosition> added = new ArrayList<>();
		for (Map.Entry<String, Point> entry : positions.entrySet()) {
			NodePosition existing = diagram == null ? null : position(diagram, entry.getKey());
			Point point = entry.getValue();
			if (existing != null) {
				command.append(SetCommand.create(domain, existing, DiagramPackage.Literals.NODE_POSITION__X,
						Integer.valueOf(point.x())));
				command.append(SetCommand.create(domain, existing, DiagramPackage.Literals.NODE_POSITION__Y,
						Integer.valueOf(point.y())));
			} else {
				NodePosition position = DiagramFactory.eINSTANCE.createNodePosition();
				position.setNodeId(entry.getKey());
				position.setX(point.x());
				position.setY(point.y());
				added.add(position);
			}
		}
		if (!added.isEmpty()) {
			if (diagram == null) {
				NetworkDiagram created = DiagramFactory.eINSTANCE.createNetworkDiagram();
				created.setId("diagram-" + NetworkIds.slug(scope)); //$NON-NLS-1$
				created.setScope(scope);
				created.getPositions().addAll(added);
				command.append(AddCommand.create(domain, casebook, P.getCasebook_Contributions(), created));
			} else {
				command.append(
						AddCommand.create(domain, diagram, DiagramPackage.Literals.NETWORK_DIAGRAM__POSITIONS, added));
			}
		}
		return command;
	}

	/**
	 * @param domain   the editing domain
	 * @param casebook the casebook
	 * @param scope    the scope key
	 * @param nodeIds  the nodes to give back to the automatic layout; {@code null} for all
	 * @return a command removing their pins, unexecutable when none of them is pinned
	 */
	public static Command unpin(EditingDomain domain, Casebook casebook, String scope, Collection<String> nodeIds) {
		NetworkDiagram diagram = diagram(casebook, scope);
		if (diagram == null) {
			return UnexecutableCommand.INSTANCE;
		}
		List<NodePosition> removed = new ArrayList<>();
		for (NodePosition position : diagram.getPositions()) {
			if (nodeIds == null || nodeIds.contains(position.getNodeId())) {
				removed.add(position);
			}
		}
		if (removed.isEmpty()) {
			return UnexecutableCommand.INSTANCE;
		}
		return labelled(
				RemoveCommand.create(domain, diagram, DiagramPackage.Literals.NETWORK_DIAGRAM__POSITIONS, removed),
				Messages.command_unpin, null);
	}

	private static NodePosition position(NetworkDiagram diagram, String nodeId) {
		for (NodePosition position : diagram.getPositions()) {
			if (nodeId.equals(position.getNodeId())) {
				return position;
			}
		}
		return null;
	}

	/** Gives a command a label for the Undo menu and, optionally, what it is about. */
	private static Command labelled(Command command, String label, EObject result) {
		CompoundCommand compound = new CompoundCommand(label) {
			@Override
			public Collection<?> getAffectedObjects() {
				return result == null ? super.getAffectedObjects() : List.of(result);
			}
		};
		compound.append(command);
		return compound;
	}
}
