/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network.diagram;

import nl.casustafel.model.CasebookPackage;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Layout data of the network view, kept with the casebook (Casebook.contributions): the node positions the user pinned, per diagram.
 * <!-- end-model-doc -->
 * @see nl.casustafel.network.diagram.DiagramFactory
 * @model kind="package"
 * @generated
 */
public interface DiagramPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "diagram"; //$NON-NLS-1$

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://casustafel.nl/model/network/1.0"; //$NON-NLS-1$

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "cstnet"; //$NON-NLS-1$

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	DiagramPackage eINSTANCE = nl.casustafel.network.diagram.impl.DiagramPackageImpl.init();

	/**
	 * The meta object id for the '{@link nl.casustafel.network.diagram.impl.NetworkDiagramImpl <em>Network Diagram</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.casustafel.network.diagram.impl.NetworkDiagramImpl
	 * @see nl.casustafel.network.diagram.impl.DiagramPackageImpl#getNetworkDiagram()
	 * @generated
	 */
	int NETWORK_DIAGRAM = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_DIAGRAM__ID = CasebookPackage.IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_DIAGRAM__SCOPE = CasebookPackage.IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Positions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_DIAGRAM__POSITIONS = CasebookPackage.IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Network Diagram</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_DIAGRAM_FEATURE_COUNT = CasebookPackage.IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Network Diagram</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_DIAGRAM_OPERATION_COUNT = CasebookPackage.IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.casustafel.network.diagram.impl.NodePositionImpl <em>Node Position</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.casustafel.network.diagram.impl.NodePositionImpl
	 * @see nl.casustafel.network.diagram.impl.DiagramPackageImpl#getNodePosition()
	 * @generated
	 */
	int NODE_POSITION = 1;

	/**
	 * The feature id for the '<em><b>Node Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_POSITION__NODE_ID = 0;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_POSITION__X = 1;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_POSITION__Y = 2;

	/**
	 * The number of structural features of the '<em>Node Position</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_POSITION_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Node Position</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_POSITION_OPERATION_COUNT = 0;


	/**
	 * Returns the meta object for class '{@link nl.casustafel.network.diagram.NetworkDiagram <em>Network Diagram</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Network Diagram</em>'.
	 * @see nl.casustafel.network.diagram.NetworkDiagram
	 * @generated
	 */
	EClass getNetworkDiagram();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.network.diagram.NetworkDiagram#getScope <em>Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scope</em>'.
	 * @see nl.casustafel.network.diagram.NetworkDiagram#getScope()
	 * @see #getNetworkDiagram()
	 * @generated
	 */
	EAttribute getNetworkDiagram_Scope();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.casustafel.network.diagram.NetworkDiagram#getPositions <em>Positions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Positions</em>'.
	 * @see nl.casustafel.network.diagram.NetworkDiagram#getPositions()
	 * @see #getNetworkDiagram()
	 * @generated
	 */
	EReference getNetworkDiagram_Positions();

	/**
	 * Returns the meta object for class '{@link nl.casustafel.network.diagram.NodePosition <em>Node Position</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Node Position</em>'.
	 * @see nl.casustafel.network.diagram.NodePosition
	 * @generated
	 */
	EClass getNodePosition();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.network.diagram.NodePosition#getNodeId <em>Node Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Node Id</em>'.
	 * @see nl.casustafel.network.diagram.NodePosition#getNodeId()
	 * @see #getNodePosition()
	 * @generated
	 */
	EAttribute getNodePosition_NodeId();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.network.diagram.NodePosition#getX <em>X</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>X</em>'.
	 * @see nl.casustafel.network.diagram.NodePosition#getX()
	 * @see #getNodePosition()
	 * @generated
	 */
	EAttribute getNodePosition_X();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.network.diagram.NodePosition#getY <em>Y</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Y</em>'.
	 * @see nl.casustafel.network.diagram.NodePosition#getY()
	 * @see #getNodePosition()
	 * @generated
	 */
	EAttribute getNodePosition_Y();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	DiagramFactory getDiagramFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link nl.casustafel.network.diagram.impl.NetworkDiagramImpl <em>Network Diagram</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.casustafel.network.diagram.impl.NetworkDiagramImpl
		 * @see nl.casustafel.network.diagram.impl.DiagramPackageImpl#getNetworkDiagram()
		 * @generated
		 */
		EClass NETWORK_DIAGRAM = eINSTANCE.getNetworkDiagram();

		/**
		 * The meta object literal for the '<em><b>Scope</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK_DIAGRAM__SCOPE = eINSTANCE.getNetworkDiagram_Scope();

		/**
		 * The meta object literal for the '<em><b>Positions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK_DIAGRAM__POSITIONS = eINSTANCE.getNetworkDiagram_Positions();

		/**
		 * The meta object literal for the '{@link nl.casustafel.network.diagram.impl.NodePositionImpl <em>Node Position</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.casustafel.network.diagram.impl.NodePositionImpl
		 * @see nl.casustafel.network.diagram.impl.DiagramPackageImpl#getNodePosition()
		 * @generated
		 */
		EClass NODE_POSITION = eINSTANCE.getNodePosition();

		/**
		 * The meta object literal for the '<em><b>Node Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_POSITION__NODE_ID = eINSTANCE.getNodePosition_NodeId();

		/**
		 * The meta object literal for the '<em><b>X</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_POSITION__X = eINSTANCE.getNodePosition_X();

		/**
		 * The meta object literal for the '<em><b>Y</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_POSITION__Y = eINSTANCE.getNodePosition_Y();

	}

} //DiagramPackage
