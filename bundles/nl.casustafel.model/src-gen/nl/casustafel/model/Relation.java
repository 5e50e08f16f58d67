/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.model;

import java.util.Date;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Relation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A relation between two partner organisations in the regional network.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.casustafel.model.Relation#getKind <em>Kind</em>}</li>
 *   <li>{@link nl.casustafel.model.Relation#getSubtype <em>Subtype</em>}</li>
 *   <li>{@link nl.casustafel.model.Relation#getLabel <em>Label</em>}</li>
 *   <li>{@link nl.casustafel.model.Relation#getValidFrom <em>Valid From</em>}</li>
 *   <li>{@link nl.casustafel.model.Relation#getValidTo <em>Valid To</em>}</li>
 *   <li>{@link nl.casustafel.model.Relation#getStrength <em>Strength</em>}</li>
 *   <li>{@link nl.casustafel.model.Relation#getTension <em>Tension</em>}</li>
 *   <li>{@link nl.casustafel.model.Relation#getKnowledgeSource <em>Knowledge Source</em>}</li>
 *   <li>{@link nl.casustafel.model.Relation#getNotes <em>Notes</em>}</li>
 *   <li>{@link nl.casustafel.model.Relation#getSource <em>Source</em>}</li>
 *   <li>{@link nl.casustafel.model.Relation#getTarget <em>Target</em>}</li>
 *   <li>{@link nl.casustafel.model.Relation#getCase <em>Case</em>}</li>
 * </ul>
 *
 * @see nl.casustafel.model.CasebookPackage#getRelation()
 * @model
 * @generated
 */
public interface Relation extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.casustafel.model.RelationKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see nl.casustafel.model.RelationKind
	 * @see #setKind(RelationKind)
	 * @see nl.casustafel.model.CasebookPackage#getRelation_Kind()
	 * @model
	 * @generated
	 */
	RelationKind getKind();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Relation#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see nl.casustafel.model.RelationKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(RelationKind value);

	/**
	 * Returns the value of the '<em><b>Subtype</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subtype</em>' attribute.
	 * @see #setSubtype(String)
	 * @see nl.casustafel.model.CasebookPackage#getRelation_Subtype()
	 * @model
	 * @generated
	 */
	String getSubtype();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Relation#getSubtype <em>Subtype</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subtype</em>' attribute.
	 * @see #getSubtype()
	 * @generated
	 */
	void setSubtype(String value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see nl.casustafel.model.CasebookPackage#getRelation_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Relation#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Valid From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Valid From</em>' attribute.
	 * @see #setValidFrom(Date)
	 * @see nl.casustafel.model.CasebookPackage#getRelation_ValidFrom()
	 * @model
	 * @generated
	 */
	Date getValidFrom();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Relation#getValidFrom <em>Valid From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Valid From</em>' attribute.
	 * @see #getValidFrom()
	 * @generated
	 */
	void setValidFrom(Date value);

	/**
	 * Returns the value of the '<em><b>Valid To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Valid To</em>' attribute.
	 * @see #setValidTo(Date)
	 * @see nl.casustafel.model.CasebookPackage#getRelation_ValidTo()
	 * @model
	 * @generated
	 */
	Date getValidTo();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Relation#getValidTo <em>Valid To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Valid To</em>' attribute.
	 * @see #getValidTo()
	 * @generated
	 */
	void setValidTo(Date value);

	/**
	 * Returns the value of the '<em><b>Strength</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Strength</em>' attribute.
	 * @see #setStrength(int)
	 * @see nl.casustafel.model.CasebookPackage#getRelation_Strength()
	 * @model
	 * @generated
	 */
	int getStrength();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Relation#getStrength <em>Strength</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Strength</em>' attribute.
	 * @see #getStrength()
	 * @generated
	 */
	void setStrength(int value);

	/**
	 * Returns the value of the '<em><b>Tension</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.casustafel.model.TensionDimension}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tension</em>' attribute.
	 * @see nl.casustafel.model.TensionDimension
	 * @see #setTension(TensionDimension)
	 * @see nl.casustafel.model.CasebookPackage#getRelation_Tension()
	 * @model
	 * @generated
	 */
	TensionDimension getTension();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Relation#getTension <em>Tension</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tension</em>' attribute.
	 * @see nl.casustafel.model.TensionDimension
	 * @see #getTension()
	 * @generated
	 */
	void setTension(TensionDimension value);

	/**
	 * Returns the value of the '<em><b>Knowledge Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Knowledge Source</em>' attribute.
	 * @see #setKnowledgeSource(String)
	 * @see nl.casustafel.model.CasebookPackage#getRelation_KnowledgeSource()
	 * @model
	 * @generated
	 */
	String getKnowledgeSource();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Relation#getKnowledgeSource <em>Knowledge Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Knowledge Source</em>' attribute.
	 * @see #getKnowledgeSource()
	 * @generated
	 */
	void setKnowledgeSource(String value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see nl.casustafel.model.CasebookPackage#getRelation_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Relation#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(Organisation)
	 * @see nl.casustafel.model.CasebookPackage#getRelation_Source()
	 * @model
	 * @generated
	 */
	Organisation getSource();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Relation#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(Organisation value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(Organisation)
	 * @see nl.casustafel.model.CasebookPackage#getRelation_Target()
	 * @model
	 * @generated
	 */
	Organisation getTarget();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Relation#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(Organisation value);

	/**
	 * Returns the value of the '<em><b>Case</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Case</em>' reference.
	 * @see #setCase(Case)
	 * @see nl.casustafel.model.CasebookPackage#getRelation_Case()
	 * @model
	 * @generated
	 */
	Case getCase();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Relation#getCase <em>Case</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Case</em>' reference.
	 * @see #getCase()
	 * @generated
	 */
	void setCase(Case value);

} // Relation
