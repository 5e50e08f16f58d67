/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network.ui.internal.parts;

import org.eclipse.gef.EditPart;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.GraphicalNodeEditPolicy;
import org.eclipse.gef.requests.CreateConnectionRequest;
import org.eclipse.gef.requests.ReconnectRequest;

import nl.casustafel.model.Organisation;
import nl.casustafel.network.edit.NetworkCommands;

/**
 * Drawing relations from organisation to organisation (GEF's connection creation) and dragging a
 * relation's end to another organisation. Only organisations take part: the persons, professionals
 * and covenants of a network have no relations of their own.
 */
public class RelationDrawPolicy extends GraphicalNodeEditPolicy {

	/** The start of a relation being drawn: remembers its source. */
	private static final class Start extends Command {

		final Organisation source;

		Start(Organisation source) {
			this.source = source;
		}
	}

	private NodePart node() {
		return (NodePart) getHost();
	}

	private Organisation organisation() {
		return node().node().element() instanceof Organisation organisation ? organisation : null;
	}

	@Override
	protected Command getConnectionCreateCommand(CreateConnectionRequest request) {
		Organisation source = organisation();
		if (source == null || !node().contents().editable()) {
			return null;
		}
		Start start = new Start(source);
		request.setStartCommand(start);
		return start;
	}

	@Override
	protected Command getConnectionCompleteCommand(CreateConnectionRequest request) {
		Organisation target = organisation();
		if (target == null || !(request.getStartCommand() instanceof Start start)
				|| !(request.getNewObject() instanceof String type)) {
			return null;
		}
		DiagramContents contents = node().contents();
		return new EmfCommand(NetworkCommands.createRelation(contents.session().getEditingDomain(),
				contents.session().getCasebook(), type, start.source, target, contents.caseShown()));
	}

	@Override
	protected Command getReconnectSourceCommand(ReconnectRequest request) {
		return reconnect(request, true);
	}

	@Override
	protected Command getReconnectTargetCommand(ReconnectRequest request) {
		return reconnect(request, false);
	}

	private Command reconnect(ReconnectRequest request, boolean source) {
		EditPart connection = request.getConnectionEditPart();
		Organisation organisation = organisation();
		if (!(connection instanceof EdgePart edge) || edge.relation() == null || organisation == null
				|| !node().contents().editable()) {
			return null;
		}
		DiagramContents contents = node().contents();
		return new EmfCommand(NetworkCommands.reconnect(contents.session().getEditingDomain(), edge.relation(),
				source ? organisation : null, source ? null : organisation));
	}
}
