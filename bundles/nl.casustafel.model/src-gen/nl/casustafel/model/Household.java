/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Household</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.casustafel.model.Household#getMembers <em>Members</em>}</li>
 * </ul>
 *
 * @see nl.casustafel.model.CasebookPackage#getHousehold()
 * @model
 * @generated
 */
public interface Household extends Subject {
	/**
	 * Returns the value of the '<em><b>Members</b></em>' reference list.
	 * The list contents are of type {@link nl.casustafel.model.Person}.
	 * It is bidirectional and its opposite is '{@link nl.casustafel.model.Person#getHousehold <em>Household</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Members</em>' reference list.
	 * @see nl.casustafel.model.CasebookPackage#getHousehold_Members()
	 * @see nl.casustafel.model.Person#getHousehold
	 * @model opposite="household"
	 * @generated
	 */
	EList<Person> getMembers();

} // Household
