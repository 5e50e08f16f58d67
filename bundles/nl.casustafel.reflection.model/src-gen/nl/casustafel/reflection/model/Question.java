/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.reflection.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Question</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One reflection question or chair prompt.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.casustafel.reflection.model.Question#getId <em>Id</em>}</li>
 *   <li>{@link nl.casustafel.reflection.model.Question#getLevel <em>Level</em>}</li>
 *   <li>{@link nl.casustafel.reflection.model.Question#getTags <em>Tags</em>}</li>
 *   <li>{@link nl.casustafel.reflection.model.Question#getFunctions <em>Functions</em>}</li>
 *   <li>{@link nl.casustafel.reflection.model.Question#getText <em>Text</em>}</li>
 *   <li>{@link nl.casustafel.reflection.model.Question#getHint <em>Hint</em>}</li>
 * </ul>
 *
 * @see nl.casustafel.reflection.model.ReflectionPackage#getQuestion()
 * @model
 * @generated
 */
public interface Question extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Identifier, unique within the set; reflections refer to it, so keep it when the wording changes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see nl.casustafel.reflection.model.ReflectionPackage#getQuestion_Id()
	 * @model required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link nl.casustafel.reflection.model.Question#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.casustafel.reflection.model.Level}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whose functioning the question is about: the professional, the team, or the organisation in its environment.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see nl.casustafel.reflection.model.Level
	 * @see #setLevel(Level)
	 * @see nl.casustafel.reflection.model.ReflectionPackage#getQuestion_Level()
	 * @model
	 * @generated
	 */
	Level getLevel();

	/**
	 * Sets the value of the '{@link nl.casustafel.reflection.model.Question#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' attribute.
	 * @see nl.casustafel.reflection.model.Level
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(Level value);

	/**
	 * Returns the value of the '<em><b>Tags</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Free keywords for filtering (lower case, no spaces, for example "relapse" or "chair-prompt").
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tags</em>' attribute list.
	 * @see nl.casustafel.reflection.model.ReflectionPackage#getQuestion_Tags()
	 * @model
	 * @generated
	 */
	EList<String> getTags();

	/**
	 * Returns the value of the '<em><b>Functions</b></em>' attribute list.
	 * The list contents are of type {@link nl.casustafel.reflection.model.CaseManagementFunction}.
	 * The literals are from the enumeration {@link nl.casustafel.reflection.model.CaseManagementFunction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The case-management functions an answer to this question shows to be covered (coverage check).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Functions</em>' attribute list.
	 * @see nl.casustafel.reflection.model.CaseManagementFunction
	 * @see nl.casustafel.reflection.model.ReflectionPackage#getQuestion_Functions()
	 * @model
	 * @generated
	 */
	EList<CaseManagementFunction> getFunctions();

	/**
	 * Returns the value of the '<em><b>Text</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' containment reference.
	 * @see #setText(LocalizedText)
	 * @see nl.casustafel.reflection.model.ReflectionPackage#getQuestion_Text()
	 * @model containment="true" required="true"
	 * @generated
	 */
	LocalizedText getText();

	/**
	 * Sets the value of the '{@link nl.casustafel.reflection.model.Question#getText <em>Text</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' containment reference.
	 * @see #getText()
	 * @generated
	 */
	void setText(LocalizedText value);

	/**
	 * Returns the value of the '<em><b>Hint</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Optional guidance for whoever asks the question (not projected).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hint</em>' containment reference.
	 * @see #setHint(LocalizedText)
	 * @see nl.casustafel.reflection.model.ReflectionPackage#getQuestion_Hint()
	 * @model containment="true"
	 * @generated
	 */
	LocalizedText getHint();

	/**
	 * Sets the value of the '{@link nl.casustafel.reflection.model.Question#getHint <em>Hint</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hint</em>' containment reference.
	 * @see #getHint()
	 * @generated
	 */
	void setHint(LocalizedText value);

} // Question
