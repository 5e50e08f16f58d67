/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.learning.model;

import nl.casustafel.model.Identifiable;
import nl.casustafel.model.Professional;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Theory Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A short piece of theory or policy brought into a session: a summary in the team's own words, where to read more, and a hand-out.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.casustafel.learning.model.TheoryItem#getTitle <em>Title</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.TheoryItem#getSummary <em>Summary</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.TheoryItem#getReference <em>Reference</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.TheoryItem#getHandout <em>Handout</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.TheoryItem#getTags <em>Tags</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.TheoryItem#getPreparedBy <em>Prepared By</em>}</li>
 * </ul>
 *
 * @see nl.casustafel.learning.model.LearningPackage#getTheoryItem()
 * @model
 * @generated
 */
public interface TheoryItem extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see nl.casustafel.learning.model.LearningPackage#getTheoryItem_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link nl.casustafel.learning.model.TheoryItem#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Summary</em>' attribute.
	 * @see #setSummary(String)
	 * @see nl.casustafel.learning.model.LearningPackage#getTheoryItem_Summary()
	 * @model
	 * @generated
	 */
	String getSummary();

	/**
	 * Sets the value of the '{@link nl.casustafel.learning.model.TheoryItem#getSummary <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Summary</em>' attribute.
	 * @see #getSummary()
	 * @generated
	 */
	void setSummary(String value);

	/**
	 * Returns the value of the '<em><b>Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reference</em>' attribute.
	 * @see #setReference(String)
	 * @see nl.casustafel.learning.model.LearningPackage#getTheoryItem_Reference()
	 * @model
	 * @generated
	 */
	String getReference();

	/**
	 * Sets the value of the '{@link nl.casustafel.learning.model.TheoryItem#getReference <em>Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reference</em>' attribute.
	 * @see #getReference()
	 * @generated
	 */
	void setReference(String value);

	/**
	 * Returns the value of the '<em><b>Handout</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the hand-out is: a file path or a web address.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Handout</em>' attribute.
	 * @see #setHandout(String)
	 * @see nl.casustafel.learning.model.LearningPackage#getTheoryItem_Handout()
	 * @model
	 * @generated
	 */
	String getHandout();

	/**
	 * Sets the value of the '{@link nl.casustafel.learning.model.TheoryItem#getHandout <em>Handout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Handout</em>' attribute.
	 * @see #getHandout()
	 * @generated
	 */
	void setHandout(String value);

	/**
	 * Returns the value of the '<em><b>Tags</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tags</em>' attribute list.
	 * @see nl.casustafel.learning.model.LearningPackage#getTheoryItem_Tags()
	 * @model
	 * @generated
	 */
	EList<String> getTags();

	/**
	 * Returns the value of the '<em><b>Prepared By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Prepared By</em>' reference.
	 * @see #setPreparedBy(Professional)
	 * @see nl.casustafel.learning.model.LearningPackage#getTheoryItem_PreparedBy()
	 * @model
	 * @generated
	 */
	Professional getPreparedBy();

	/**
	 * Sets the value of the '{@link nl.casustafel.learning.model.TheoryItem#getPreparedBy <em>Prepared By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Prepared By</em>' reference.
	 * @see #getPreparedBy()
	 * @generated
	 */
	void setPreparedBy(Professional value);

} // TheoryItem
