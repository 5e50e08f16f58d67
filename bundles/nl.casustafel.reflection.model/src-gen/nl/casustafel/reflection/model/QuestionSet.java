/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.reflection.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Question Set</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A set of reflection questions grouped in themes; the root of a question-set file.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.casustafel.reflection.model.QuestionSet#getId <em>Id</em>}</li>
 *   <li>{@link nl.casustafel.reflection.model.QuestionSet#getVersion <em>Version</em>}</li>
 *   <li>{@link nl.casustafel.reflection.model.QuestionSet#getPublisher <em>Publisher</em>}</li>
 *   <li>{@link nl.casustafel.reflection.model.QuestionSet#getContexts <em>Contexts</em>}</li>
 *   <li>{@link nl.casustafel.reflection.model.QuestionSet#getTitle <em>Title</em>}</li>
 *   <li>{@link nl.casustafel.reflection.model.QuestionSet#getDescription <em>Description</em>}</li>
 *   <li>{@link nl.casustafel.reflection.model.QuestionSet#getThemes <em>Themes</em>}</li>
 * </ul>
 *
 * @see nl.casustafel.reflection.model.ReflectionPackage#getQuestionSet()
 * @model
 * @generated
 */
public interface QuestionSet extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Stable identifier, unique among all sets (for example "nl.example.probation.supervision"); reflections refer to it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see nl.casustafel.reflection.model.ReflectionPackage#getQuestionSet_Id()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link nl.casustafel.reflection.model.QuestionSet#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The set's own version, for its authors (for example "2026.1").
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(String)
	 * @see nl.casustafel.reflection.model.ReflectionPackage#getQuestionSet_Version()
	 * @model
	 * @generated
	 */
	String getVersion();

	/**
	 * Sets the value of the '{@link nl.casustafel.reflection.model.QuestionSet#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(String value);

	/**
	 * Returns the value of the '<em><b>Publisher</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who wrote the set and holds its rights (an organisation or team).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Publisher</em>' attribute.
	 * @see #setPublisher(String)
	 * @see nl.casustafel.reflection.model.ReflectionPackage#getQuestionSet_Publisher()
	 * @model
	 * @generated
	 */
	String getPublisher();

	/**
	 * Sets the value of the '{@link nl.casustafel.reflection.model.QuestionSet#getPublisher <em>Publisher</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Publisher</em>' attribute.
	 * @see #getPublisher()
	 * @generated
	 */
	void setPublisher(String value);

	/**
	 * Returns the value of the '<em><b>Contexts</b></em>' attribute list.
	 * The list contents are of type {@link nl.casustafel.reflection.model.TargetKind}.
	 * The literals are from the enumeration {@link nl.casustafel.reflection.model.TargetKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the set fits: it is offered when one of these is selected. Empty: everywhere.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Contexts</em>' attribute list.
	 * @see nl.casustafel.reflection.model.TargetKind
	 * @see nl.casustafel.reflection.model.ReflectionPackage#getQuestionSet_Contexts()
	 * @model
	 * @generated
	 */
	EList<TargetKind> getContexts();

	/**
	 * Returns the value of the '<em><b>Title</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' containment reference.
	 * @see #setTitle(LocalizedText)
	 * @see nl.casustafel.reflection.model.ReflectionPackage#getQuestionSet_Title()
	 * @model containment="true" required="true"
	 * @generated
	 */
	LocalizedText getTitle();

	/**
	 * Sets the value of the '{@link nl.casustafel.reflection.model.QuestionSet#getTitle <em>Title</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' containment reference.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(LocalizedText value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' containment reference.
	 * @see #setDescription(LocalizedText)
	 * @see nl.casustafel.reflection.model.ReflectionPackage#getQuestionSet_Description()
	 * @model containment="true"
	 * @generated
	 */
	LocalizedText getDescription();

	/**
	 * Sets the value of the '{@link nl.casustafel.reflection.model.QuestionSet#getDescription <em>Description</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' containment reference.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(LocalizedText value);

	/**
	 * Returns the value of the '<em><b>Themes</b></em>' containment reference list.
	 * The list contents are of type {@link nl.casustafel.reflection.model.Theme}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Themes</em>' containment reference list.
	 * @see nl.casustafel.reflection.model.ReflectionPackage#getQuestionSet_Themes()
	 * @model containment="true"
	 * @generated
	 */
	EList<Theme> getThemes();

} // QuestionSet
