/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Subject</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The person or household a case is about, known by pseudonym.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.casustafel.model.Subject#getPseudonym <em>Pseudonym</em>}</li>
 *   <li>{@link nl.casustafel.model.Subject#getInitials <em>Initials</em>}</li>
 *   <li>{@link nl.casustafel.model.Subject#getFlags <em>Flags</em>}</li>
 *   <li>{@link nl.casustafel.model.Subject#getTargetGroups <em>Target Groups</em>}</li>
 *   <li>{@link nl.casustafel.model.Subject#getMunicipality <em>Municipality</em>}</li>
 *   <li>{@link nl.casustafel.model.Subject#getIdentity <em>Identity</em>}</li>
 * </ul>
 *
 * @see nl.casustafel.model.CasebookPackage#getSubject()
 * @model abstract="true"
 * @generated
 */
public interface Subject extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Pseudonym</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pseudonym</em>' attribute.
	 * @see #setPseudonym(String)
	 * @see nl.casustafel.model.CasebookPackage#getSubject_Pseudonym()
	 * @model
	 * @generated
	 */
	String getPseudonym();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Subject#getPseudonym <em>Pseudonym</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pseudonym</em>' attribute.
	 * @see #getPseudonym()
	 * @generated
	 */
	void setPseudonym(String value);

	/**
	 * Returns the value of the '<em><b>Initials</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Initials</em>' attribute.
	 * @see #setInitials(String)
	 * @see nl.casustafel.model.CasebookPackage#getSubject_Initials()
	 * @model
	 * @generated
	 */
	String getInitials();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Subject#getInitials <em>Initials</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Initials</em>' attribute.
	 * @see #getInitials()
	 * @generated
	 */
	void setInitials(String value);

	/**
	 * Returns the value of the '<em><b>Flags</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Flags</em>' attribute list.
	 * @see nl.casustafel.model.CasebookPackage#getSubject_Flags()
	 * @model
	 * @generated
	 */
	EList<String> getFlags();

	/**
	 * Returns the value of the '<em><b>Target Groups</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target Groups</em>' attribute list.
	 * @see nl.casustafel.model.CasebookPackage#getSubject_TargetGroups()
	 * @model
	 * @generated
	 */
	EList<String> getTargetGroups();

	/**
	 * Returns the value of the '<em><b>Municipality</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Municipality</em>' reference.
	 * @see #setMunicipality(Municipality)
	 * @see nl.casustafel.model.CasebookPackage#getSubject_Municipality()
	 * @model
	 * @generated
	 */
	Municipality getMunicipality();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Subject#getMunicipality <em>Municipality</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Municipality</em>' reference.
	 * @see #getMunicipality()
	 * @generated
	 */
	void setMunicipality(Municipality value);

	/**
	 * Returns the value of the '<em><b>Identity</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Identity</em>' reference.
	 * @see #setIdentity(ProtectedIdentity)
	 * @see nl.casustafel.model.CasebookPackage#getSubject_Identity()
	 * @model
	 * @generated
	 */
	ProtectedIdentity getIdentity();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Subject#getIdentity <em>Identity</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Identity</em>' reference.
	 * @see #getIdentity()
	 * @generated
	 */
	void setIdentity(ProtectedIdentity value);

} // Subject
