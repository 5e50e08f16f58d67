/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network.diagram;

import nl.casustafel.model.Identifiable;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Network Diagram</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One diagram of the network view: the regional network (scope "region") or the network of one case (scope "case:" + the case's id). Holds the nodes the user pinned by dragging; all other nodes are placed by the automatic layout.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.casustafel.network.diagram.NetworkDiagram#getScope <em>Scope</em>}</li>
 *   <li>{@link nl.casustafel.network.diagram.NetworkDiagram#getPositions <em>Positions</em>}</li>
 * </ul>
 *
 * @see nl.casustafel.network.diagram.DiagramPackage#getNetworkDiagram()
 * @model
 * @generated
 */
public interface NetworkDiagram extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Which diagram this is: "region", or "case:" followed by the id of the case.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scope</em>' attribute.
	 * @see #setScope(String)
	 * @see nl.casustafel.network.diagram.DiagramPackage#getNetworkDiagram_Scope()
	 * @model
	 * @generated
	 */
	String getScope();

	/**
	 * Sets the value of the '{@link nl.casustafel.network.diagram.NetworkDiagram#getScope <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scope</em>' attribute.
	 * @see #getScope()
	 * @generated
	 */
	void setScope(String value);

	/**
	 * Returns the value of the '<em><b>Positions</b></em>' containment reference list.
	 * The list contents are of type {@link nl.casustafel.network.diagram.NodePosition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Positions</em>' containment reference list.
	 * @see nl.casustafel.network.diagram.DiagramPackage#getNetworkDiagram_Positions()
	 * @model containment="true"
	 * @generated
	 */
	EList<NodePosition> getPositions();

} // NetworkDiagram
