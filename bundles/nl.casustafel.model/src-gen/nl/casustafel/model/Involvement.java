/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Involvement</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An organisation (and professional) involved in a case, in a role, for some life domains.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.casustafel.model.Involvement#getRole <em>Role</em>}</li>
 *   <li>{@link nl.casustafel.model.Involvement#isKnowsPerson <em>Knows Person</em>}</li>
 *   <li>{@link nl.casustafel.model.Involvement#getSince <em>Since</em>}</li>
 *   <li>{@link nl.casustafel.model.Involvement#getOrganisation <em>Organisation</em>}</li>
 *   <li>{@link nl.casustafel.model.Involvement#getProfessional <em>Professional</em>}</li>
 *   <li>{@link nl.casustafel.model.Involvement#getDomains <em>Domains</em>}</li>
 * </ul>
 *
 * @see nl.casustafel.model.CasebookPackage#getInvolvement()
 * @model
 * @generated
 */
public interface Involvement extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see #setRole(String)
	 * @see nl.casustafel.model.CasebookPackage#getInvolvement_Role()
	 * @model
	 * @generated
	 */
	String getRole();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Involvement#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see #getRole()
	 * @generated
	 */
	void setRole(String value);

	/**
	 * Returns the value of the '<em><b>Knows Person</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Knows Person</em>' attribute.
	 * @see #setKnowsPerson(boolean)
	 * @see nl.casustafel.model.CasebookPackage#getInvolvement_KnowsPerson()
	 * @model
	 * @generated
	 */
	boolean isKnowsPerson();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Involvement#isKnowsPerson <em>Knows Person</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Knows Person</em>' attribute.
	 * @see #isKnowsPerson()
	 * @generated
	 */
	void setKnowsPerson(boolean value);

	/**
	 * Returns the value of the '<em><b>Since</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Since</em>' attribute.
	 * @see #setSince(Date)
	 * @see nl.casustafel.model.CasebookPackage#getInvolvement_Since()
	 * @model
	 * @generated
	 */
	Date getSince();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Involvement#getSince <em>Since</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Since</em>' attribute.
	 * @see #getSince()
	 * @generated
	 */
	void setSince(Date value);

	/**
	 * Returns the value of the '<em><b>Organisation</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Organisation</em>' reference.
	 * @see #setOrganisation(Organisation)
	 * @see nl.casustafel.model.CasebookPackage#getInvolvement_Organisation()
	 * @model
	 * @generated
	 */
	Organisation getOrganisation();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Involvement#getOrganisation <em>Organisation</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Organisation</em>' reference.
	 * @see #getOrganisation()
	 * @generated
	 */
	void setOrganisation(Organisation value);

	/**
	 * Returns the value of the '<em><b>Professional</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Professional</em>' reference.
	 * @see #setProfessional(Professional)
	 * @see nl.casustafel.model.CasebookPackage#getInvolvement_Professional()
	 * @model
	 * @generated
	 */
	Professional getProfessional();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Involvement#getProfessional <em>Professional</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Professional</em>' reference.
	 * @see #getProfessional()
	 * @generated
	 */
	void setProfessional(Professional value);

	/**
	 * Returns the value of the '<em><b>Domains</b></em>' reference list.
	 * The list contents are of type {@link nl.casustafel.model.LifeDomain}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Domains</em>' reference list.
	 * @see nl.casustafel.model.CasebookPackage#getInvolvement_Domains()
	 * @model
	 * @generated
	 */
	EList<LifeDomain> getDomains();

} // Involvement
