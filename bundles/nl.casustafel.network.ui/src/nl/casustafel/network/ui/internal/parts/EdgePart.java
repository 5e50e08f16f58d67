/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network.ui.internal.parts;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.draw2d.AbsoluteBendpoint;
import org.eclipse.draw2d.BendpointConnectionRouter;
import org.eclipse.draw2d.ConnectionAnchor;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.XYAnchor;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editparts.AbstractConnectionEditPart;
import org.eclipse.gef.editpolicies.ConnectionEditPolicy;
import org.eclipse.gef.editpolicies.ConnectionEndpointEditPolicy;
import org.eclipse.gef.editpolicies.SelectionEditPolicy;
import org.eclipse.gef.requests.GroupRequest;

import nl.casustafel.model.Relation;
import nl.casustafel.network.NetworkEdge;
import nl.casustafel.network.edit.NetworkCommands;
import nl.casustafel.network.layout.Box;
import nl.casustafel.network.layout.LayoutAlgorithm;
import nl.casustafel.network.style.EdgeTypes;
import nl.casustafel.network.ui.internal.Messages;
import nl.casustafel.network.ui.internal.figures.EdgeFigure;
import nl.casustafel.network.ui.internal.figures.FixedAnchor;
import nl.casustafel.network.ui.internal.figures.NodeFigure;
import nl.casustafel.network.ui.internal.figures.ShapeAnchor;

/**
 * An edge of the diagram, routed as the layout says: orthogonal with bend points from the layered
 * layout, straight (or bent apart from a parallel edge) otherwise. Relations can be deleted and their
 * ends dragged to another organisation; the other edges of a case network follow from the case and are
 * changed there.
 */
public class EdgePart extends AbstractConnectionEditPart {

	/** Role of the policy that widens a selected edge. */
	private static final String SELECTION_FEEDBACK_ROLE = "network.selectionFeedback"; //$NON-NLS-1$

	/** @return the edge */
	public NetworkEdge edge() {
		return (NetworkEdge) getModel();
	}

	/** @return the diagram's contents */
	public DiagramContents contents() {
		return (DiagramContents) getViewer().getContents().getModel();
	}

	/** @return the relation shown, or {@code null} for the ties of a case network and covenant parties */
	public Relation relation() {
		return edge().element() instanceof Relation relation ? relation : null;
	}

	@Override
	protected IFigure createFigure() {
		DiagramContents contents = contents();
		// The roles and relationships of a case network are short and always written; the labels of
		// relations (often long) only when the view's Labels button is on.
		String type = edge().type();
		boolean caseTie = EdgeTypes.INVOLVEMENT.equals(type) || EdgeTypes.INFORMAL.equals(type);
		EdgeFigure figure = new EdgeFigure(contents.theme(), edge(), contents.edgeLabels() || caseTie, tooltip());
		List<nl.casustafel.network.layout.Point> route = contents.layout().route(edge().id());
		if (route != null && route.size() > 2) {
			List<AbsoluteBendpoint> bends = new ArrayList<>();
			for (nl.casustafel.network.layout.Point point : route.subList(1, route.size() - 1)) {
				bends.add(new AbsoluteBendpoint(point.x(), point.y()));
			}
			figure.setConnectionRouter(new BendpointConnectionRouter());
			figure.setRoutingConstraint(bends);
		}
		return figure;
	}

	private String tooltip() {
		NetworkEdge edge = edge();
		StringBuilder text = new StringBuilder(EdgeTypes.get(edge.type()).label());
		text.append(": ").append(edge.source().label()).append(edge.directed() ? " \u2192 " : " \u2014 ") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.append(edge.target().label());
		if (edge.label() != null && !edge.label().isBlank()) {
			text.append('\n').append(edge.label());
		}
		String period = Messages.period(edge.validFrom(), edge.validTo());
		if (period != null) {
			text.append('\n').append(period);
		}
		return text.toString();
	}

	/**
	 * The anchor at one end of this edge: the layered layout's start or end point (so orthogonal routes
	 * stay orthogonal), else where the line leaves the node's shape.
	 *
	 * @param figure the node figure at that end
	 * @param source whether it is the source end
	 * @return the anchor
	 */
	ConnectionAnchor anchor(NodeFigure figure, boolean source) {
		DiagramContents contents = contents();
		List<nl.casustafel.network.layout.Point> route = contents.layout().route(edge().id());
		Box box = contents.layout().node(figure.node().id());
		if (contents.layout().algorithm() == LayoutAlgorithm.LAYERED && route != null && box != null
				&& !contents.pinned().contains(edge().source().id()) && !contents.pinned().contains(edge().target().id())) {
			nl.casustafel.network.layout.Point end = source ? route.get(0) : route.get(route.size() - 1);
			return new FixedAnchor(figure, end.x() - box.x(), end.y() - box.y());
		}
		return new ShapeAnchor(figure, figure.style().shape());
	}

	@Override
	protected ConnectionAnchor getSourceConnectionAnchor() {
		// GEF may ask before both ends exist: a placeholder until then.
		return getSource() == null ? new XYAnchor(new Point(0, 0)) : super.getSourceConnectionAnchor();
	}

	@Override
	protected ConnectionAnchor getTargetConnectionAnchor() {
		return getTarget() == null ? new XYAnchor(new Point(0, 0)) : super.getTargetConnectionAnchor();
	}

	@Override
	protected void createEditPolicies() {
		installEditPolicy(SELECTION_FEEDBACK_ROLE, new SelectionEditPolicy() {
			@Override
			protected void showSelection() {
				((EdgeFigure) getFigure()).setSelected(true);
			}

			@Override
			protected void hideSelection() {
				((EdgeFigure) getFigure()).setSelected(false);
			}
		});
		if (relation() != null) {
			installEditPolicy(EditPolicy.CONNECTION_ENDPOINTS_ROLE, new ConnectionEndpointEditPolicy());
			installEditPolicy(EditPolicy.CONNECTION_ROLE, new ConnectionEditPolicy() {
				@Override
				protected Command getDeleteCommand(GroupRequest request) {
					DiagramContents contents = contents();
					if (!contents.editable()) {
						return null;
					}
					return new EmfCommand(NetworkCommands.deleteRelations(contents.session().getEditingDomain(),
							contents.session().getCasebook(), List.of(relation())));
				}
			});
		}
	}
}
