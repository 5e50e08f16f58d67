/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.draw2d.FigureCanvas;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.EditPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Widget;
import org.eclipse.ui.PartInitException;

import nl.casustafel.network.NetworkNode;
import nl.casustafel.network.ui.NetworkUi;
import nl.casustafel.network.ui.internal.NetworkView;
import nl.casustafel.network.ui.internal.parts.NodePart;
import nl.casustafel.tests.support.Workbench;

/**
 * Drives the network view as a user would: mouse gestures on the diagram, clicks on the controls
 * and tool items. Processing events, waiting and workbench commands are in {@link Workbench}.
 */
final class NetworkPage {

	private final NetworkView view;

	private NetworkPage(NetworkView view) {
		this.view = view;
	}

	/** @return the network view, opened and active */
	static NetworkPage show() throws PartInitException {
		NetworkView view = (NetworkView) Workbench.page().showView(NetworkUi.VIEW_ID);
		Workbench.processEvents();
		return new NetworkPage(view);
	}

	NetworkView view() {
		return view;
	}

	FigureCanvas canvas() {
		return (FigureCanvas) view.viewer().getControl();
	}

	/** @return the ids of the nodes shown */
	List<String> nodeIds() {
		List<String> ids = new ArrayList<>();
		for (NetworkNode node : view.contents().graph().nodes()) {
			ids.add(node.id());
		}
		return ids;
	}

	NodePart node(String id) {
		NodePart part = view.nodePart(id);
		assertNotNull(part, () -> "node " + id + " is shown");
		return part;
	}

	/** @return the centre of a node in canvas (control) coordinates */
	org.eclipse.swt.graphics.Point centreOnCanvas(String id) {
		view.viewer().reveal(node(id));
		Workbench.processEvents();
		Rectangle bounds = node(id).getFigure().getBounds().getCopy();
		node(id).getFigure().translateToAbsolute(bounds);
		Point centre = bounds.getCenter();
		return new org.eclipse.swt.graphics.Point(centre.x, centre.y);
	}

	/**
	 * Drags with the left mouse button from one point of the canvas to another, in steps, as a user
	 * would.
	 */
	void drag(org.eclipse.swt.graphics.Point from, org.eclipse.swt.graphics.Point to) {
		Control canvas = canvas();
		canvas.setFocus();
		mouse(canvas, SWT.MouseMove, from.x, from.y, 0, 0);
		mouse(canvas, SWT.MouseDown, from.x, from.y, 1, 0);
		int steps = 8;
		for (int i = 1; i <= steps; i++) {
			int x = from.x + (to.x - from.x) * i / steps;
			int y = from.y + (to.y - from.y) * i / steps;
			mouse(canvas, SWT.MouseMove, x, y, 0, SWT.BUTTON1);
		}
		mouse(canvas, SWT.MouseUp, to.x, to.y, 1, SWT.BUTTON1);
		Workbench.processEvents();
	}

	/** Clicks a node (selects it). */
	void click(String id) {
		org.eclipse.swt.graphics.Point at = centreOnCanvas(id);
		Control canvas = canvas();
		mouse(canvas, SWT.MouseMove, at.x, at.y, 0, 0);
		mouse(canvas, SWT.MouseDown, at.x, at.y, 1, 0);
		mouse(canvas, SWT.MouseUp, at.x, at.y, 1, SWT.BUTTON1);
		Workbench.processEvents();
	}

	private static void mouse(Control control, int type, int x, int y, int button, int stateMask) {
		Event event = new Event();
		event.type = type;
		event.widget = control;
		event.x = x;
		event.y = y;
		event.button = button;
		event.stateMask = stateMask;
		event.time = (int) System.currentTimeMillis();
		control.notifyListeners(type, event);
	}

	List<?> selectedParts() {
		return view.viewer().getSelectedEditParts();
	}

	Object selectedModel() {
		List<?> parts = selectedParts();
		return parts.isEmpty() ? null : ((EditPart) parts.get(0)).getModel();
	}

	/** @return the widget named {@code key} in the view's window: a control or an item of a tool bar */
	<T extends Widget> T widget(String key, Class<T> type) {
		Control root = view.viewer().getControl().getShell();
		for (ToolBar bar : Workbench.all(root, ToolBar.class)) {
			for (ToolItem item : bar.getItems()) {
				if (key.equals(item.getData(NetworkUi.WIDGET_KEY))) {
					return type.cast(item);
				}
			}
		}
		return Workbench.get(root, NetworkUi.WIDGET_KEY, key, type);
	}

	/** Clicks a control with the left mouse button. */
	static void clickLeft(Control control) {
		mouse(control, SWT.MouseDown, 5, 5, 1, 0);
		mouse(control, SWT.MouseUp, 5, 5, 1, SWT.BUTTON1);
		Workbench.processEvents();
	}

	/** Sends a selection event, as a click on a button or tool item does. */
	static void select(Widget widget) {
		if (widget instanceof ToolItem item && (item.getStyle() & SWT.RADIO) != 0) {
			for (ToolItem other : item.getParent().getItems()) {
				if ((other.getStyle() & SWT.RADIO) != 0) {
					other.setSelection(other == item);
				}
			}
		}
		Workbench.send(widget, SWT.Selection);
	}
}
