/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.learning.model;

import nl.casustafel.model.Identifiable;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Library</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A casebook's learning material: the theory library and the learning sessions. One per casebook, kept in Casebook.contributions.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.casustafel.learning.model.LearningLibrary#getTheoryItems <em>Theory Items</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.LearningLibrary#getSessions <em>Sessions</em>}</li>
 * </ul>
 *
 * @see nl.casustafel.learning.model.LearningPackage#getLearningLibrary()
 * @model
 * @generated
 */
public interface LearningLibrary extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Theory Items</b></em>' containment reference list.
	 * The list contents are of type {@link nl.casustafel.learning.model.TheoryItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Theory Items</em>' containment reference list.
	 * @see nl.casustafel.learning.model.LearningPackage#getLearningLibrary_TheoryItems()
	 * @model containment="true"
	 * @generated
	 */
	EList<TheoryItem> getTheoryItems();

	/**
	 * Returns the value of the '<em><b>Sessions</b></em>' containment reference list.
	 * The list contents are of type {@link nl.casustafel.learning.model.LearningSession}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sessions</em>' containment reference list.
	 * @see nl.casustafel.learning.model.LearningPackage#getLearningLibrary_Sessions()
	 * @model containment="true"
	 * @generated
	 */
	EList<LearningSession> getSessions();

} // LearningLibrary
