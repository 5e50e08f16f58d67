/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Informal Tie</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Someone from the subject's own network (family, neighbour, threatened person).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.casustafel.model.InformalTie#getLabel <em>Label</em>}</li>
 *   <li>{@link nl.casustafel.model.InformalTie#getRelationship <em>Relationship</em>}</li>
 *   <li>{@link nl.casustafel.model.InformalTie#isKnowsPerson <em>Knows Person</em>}</li>
 *   <li>{@link nl.casustafel.model.InformalTie#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @see nl.casustafel.model.CasebookPackage#getInformalTie()
 * @model
 * @generated
 */
public interface InformalTie extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see nl.casustafel.model.CasebookPackage#getInformalTie_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.InformalTie#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Relationship</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Relationship</em>' attribute.
	 * @see #setRelationship(String)
	 * @see nl.casustafel.model.CasebookPackage#getInformalTie_Relationship()
	 * @model
	 * @generated
	 */
	String getRelationship();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.InformalTie#getRelationship <em>Relationship</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Relationship</em>' attribute.
	 * @see #getRelationship()
	 * @generated
	 */
	void setRelationship(String value);

	/**
	 * Returns the value of the '<em><b>Knows Person</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Knows Person</em>' attribute.
	 * @see #setKnowsPerson(boolean)
	 * @see nl.casustafel.model.CasebookPackage#getInformalTie_KnowsPerson()
	 * @model
	 * @generated
	 */
	boolean isKnowsPerson();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.InformalTie#isKnowsPerson <em>Knows Person</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Knows Person</em>' attribute.
	 * @see #isKnowsPerson()
	 * @generated
	 */
	void setKnowsPerson(boolean value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see nl.casustafel.model.CasebookPackage#getInformalTie_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.InformalTie#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

} // InformalTie
