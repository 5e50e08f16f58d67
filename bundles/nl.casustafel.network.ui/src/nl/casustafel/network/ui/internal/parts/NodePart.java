/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network.ui.internal.parts;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.draw2d.ConnectionAnchor;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.ConnectionEditPart;
import org.eclipse.gef.DragTracker;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.NodeEditPart;
import org.eclipse.gef.Request;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.editparts.AbstractGraphicalEditPart;
import org.eclipse.gef.requests.SimpleFactory;
import org.eclipse.gef.tools.ConnectionDragCreationTool;

import nl.casustafel.network.NetworkEdge;
import nl.casustafel.network.NetworkNode;
import nl.casustafel.network.layout.Box;
import nl.casustafel.network.ui.internal.figures.NodeFigure;
import nl.casustafel.network.ui.internal.figures.ShapeAnchor;

/**
 * A node of the diagram. Dragging it pins it where it is dropped (see {@link NodeMovePolicy}); while
 * the view draws relations, dragging from it to another organisation creates a relation (see
 * {@link RelationDrawPolicy}); double-clicking it opens it.
 */
public class NodePart extends AbstractGraphicalEditPart implements NodeEditPart {

	/** @return the node */
	public NetworkNode node() {
		return (NetworkNode) getModel();
	}

	/** @return the diagram's contents */
	public DiagramContents contents() {
		return (DiagramContents) getViewer().getContents().getModel();
	}

	/** @return the node figure */
	public NodeFigure nodeFigure() {
		return (NodeFigure) getFigure();
	}

	@Override
	protected IFigure createFigure() {
		return new NodeFigure(contents().theme(), node());
	}

	@Override
	protected void createEditPolicies() {
		installEditPolicy(EditPolicy.GRAPHICAL_NODE_ROLE, new RelationDrawPolicy());
	}

	@Override
	protected void refreshVisuals() {
		DiagramContents contents = contents();
		Box box = contents.layout().node(node().id());
		if (box != null) {
			((GraphicalEditPart) getParent()).setLayoutConstraint(this, getFigure(),
					new Rectangle(box.x(), box.y(), box.width(), box.height()));
		}
		nodeFigure().setPinned(contents.pinned().contains(node().id()));
		nodeFigure().setHighlighted(contents.highlighted().contains(node().id()));
	}

	/**
	 * Updates the highlight from the contents without rebuilding the diagram.
	 */
	public void refreshHighlight() {
		nodeFigure().setHighlighted(contents().highlighted().contains(node().id()));
	}

	@Override
	protected List getModelSourceConnections() {
		List<Object> result = new ArrayList<>();
		for (NetworkEdge edge : contents().graph().edgesOf(node())) {
			if (edge.source() == node()) {
				result.add(edge);
			}
		}
		return result;
	}

	@Override
	protected List getModelTargetConnections() {
		List<Object> result = new ArrayList<>();
		for (NetworkEdge edge : contents().graph().edgesOf(node())) {
			if (edge.target() == node() && edge.source() != node()) {
				result.add(edge);
			}
		}
		return result;
	}

	@Override
	public ConnectionAnchor getSourceConnectionAnchor(ConnectionEditPart connection) {
		return connection instanceof EdgePart edge ? edge.anchor(nodeFigure(), true) : defaultAnchor();
	}

	@Override
	public ConnectionAnchor getTargetConnectionAnchor(ConnectionEditPart connection) {
		return connection instanceof EdgePart edge ? edge.anchor(nodeFigure(), false) : defaultAnchor();
	}

	@Override
	public ConnectionAnchor getSourceConnectionAnchor(Request request) {
		return defaultAnchor();
	}

	@Override
	public ConnectionAnchor getTargetConnectionAnchor(Request request) {
		return defaultAnchor();
	}

	private ConnectionAnchor defaultAnchor() {
		return new ShapeAnchor(getFigure(), nodeFigure().style().shape());
	}

	@Override
	public DragTracker getDragTracker(Request request) {
		String type = contents().host().drawingType();
		if (type != null && contents().editable()) {
			ConnectionDragCreationTool tool = new ConnectionDragCreationTool(new SimpleFactory(String.class) {
				@Override
				public Object getNewObject() {
					return type;
				}
			});
			return tool;
		}
		return super.getDragTracker(request);
	}

	@Override
	public void performRequest(Request request) {
		if (RequestConstants.REQ_OPEN.equals(request.getType())) {
			contents().host().open(node().id());
		} else {
			super.performRequest(request);
		}
	}
}
