/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.reflection.model;

import java.util.Date;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Reflection</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An answer to a question, or a free note, about one target (a case, an agenda item, a meeting, a learning session or a journal). Stored in the casebook's contributions.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.casustafel.reflection.model.Reflection#getId <em>Id</em>}</li>
 *   <li>{@link nl.casustafel.reflection.model.Reflection#getTarget <em>Target</em>}</li>
 *   <li>{@link nl.casustafel.reflection.model.Reflection#getQuestionSetId <em>Question Set Id</em>}</li>
 *   <li>{@link nl.casustafel.reflection.model.Reflection#getQuestionId <em>Question Id</em>}</li>
 *   <li>{@link nl.casustafel.reflection.model.Reflection#getQuestionText <em>Question Text</em>}</li>
 *   <li>{@link nl.casustafel.reflection.model.Reflection#getAnswer <em>Answer</em>}</li>
 *   <li>{@link nl.casustafel.reflection.model.Reflection#getAuthor <em>Author</em>}</li>
 *   <li>{@link nl.casustafel.reflection.model.Reflection#getDate <em>Date</em>}</li>
 *   <li>{@link nl.casustafel.reflection.model.Reflection#isDiscussed <em>Discussed</em>}</li>
 *   <li>{@link nl.casustafel.reflection.model.Reflection#getDiscussedOn <em>Discussed On</em>}</li>
 * </ul>
 *
 * @see nl.casustafel.reflection.model.ReflectionPackage#getReflection()
 * @model
 * @generated
 */
public interface Reflection extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see nl.casustafel.reflection.model.ReflectionPackage#getReflection_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link nl.casustafel.reflection.model.Reflection#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the reflection is about: any object of the casebook (a case, agenda item, meeting, learning session, journal).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(EObject)
	 * @see nl.casustafel.reflection.model.ReflectionPackage#getReflection_Target()
	 * @model
	 * @generated
	 */
	EObject getTarget();

	/**
	 * Sets the value of the '{@link nl.casustafel.reflection.model.Reflection#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(EObject value);

	/**
	 * Returns the value of the '<em><b>Question Set Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The id of the question's set. Question sets are files outside the casebook, so the question is referred to by id; empty for a free note.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Question Set Id</em>' attribute.
	 * @see #setQuestionSetId(String)
	 * @see nl.casustafel.reflection.model.ReflectionPackage#getReflection_QuestionSetId()
	 * @model
	 * @generated
	 */
	String getQuestionSetId();

	/**
	 * Sets the value of the '{@link nl.casustafel.reflection.model.Reflection#getQuestionSetId <em>Question Set Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Question Set Id</em>' attribute.
	 * @see #getQuestionSetId()
	 * @generated
	 */
	void setQuestionSetId(String value);

	/**
	 * Returns the value of the '<em><b>Question Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The id of the question within its set; empty for a free note.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Question Id</em>' attribute.
	 * @see #setQuestionId(String)
	 * @see nl.casustafel.reflection.model.ReflectionPackage#getReflection_QuestionId()
	 * @model
	 * @generated
	 */
	String getQuestionId();

	/**
	 * Sets the value of the '{@link nl.casustafel.reflection.model.Reflection#getQuestionId <em>Question Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Question Id</em>' attribute.
	 * @see #getQuestionId()
	 * @generated
	 */
	void setQuestionId(String value);

	/**
	 * Returns the value of the '<em><b>Question Text</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The question as it was asked, kept so that the record stays readable when the set changes or is no longer installed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Question Text</em>' containment reference.
	 * @see #setQuestionText(LocalizedText)
	 * @see nl.casustafel.reflection.model.ReflectionPackage#getReflection_QuestionText()
	 * @model containment="true"
	 * @generated
	 */
	LocalizedText getQuestionText();

	/**
	 * Sets the value of the '{@link nl.casustafel.reflection.model.Reflection#getQuestionText <em>Question Text</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Question Text</em>' containment reference.
	 * @see #getQuestionText()
	 * @generated
	 */
	void setQuestionText(LocalizedText value);

	/**
	 * Returns the value of the '<em><b>Answer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Answer</em>' attribute.
	 * @see #setAnswer(String)
	 * @see nl.casustafel.reflection.model.ReflectionPackage#getReflection_Answer()
	 * @model
	 * @generated
	 */
	String getAnswer();

	/**
	 * Sets the value of the '{@link nl.casustafel.reflection.model.Reflection#getAnswer <em>Answer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Answer</em>' attribute.
	 * @see #getAnswer()
	 * @generated
	 */
	void setAnswer(String value);

	/**
	 * Returns the value of the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Author</em>' attribute.
	 * @see #setAuthor(String)
	 * @see nl.casustafel.reflection.model.ReflectionPackage#getReflection_Author()
	 * @model
	 * @generated
	 */
	String getAuthor();

	/**
	 * Sets the value of the '{@link nl.casustafel.reflection.model.Reflection#getAuthor <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Author</em>' attribute.
	 * @see #getAuthor()
	 * @generated
	 */
	void setAuthor(String value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the answer was last written.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(Date)
	 * @see nl.casustafel.reflection.model.ReflectionPackage#getReflection_Date()
	 * @model
	 * @generated
	 */
	Date getDate();

	/**
	 * Sets the value of the '{@link nl.casustafel.reflection.model.Reflection#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(Date value);

	/**
	 * Returns the value of the '<em><b>Discussed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the question was discussed (at the table, in the session).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Discussed</em>' attribute.
	 * @see #setDiscussed(boolean)
	 * @see nl.casustafel.reflection.model.ReflectionPackage#getReflection_Discussed()
	 * @model
	 * @generated
	 */
	boolean isDiscussed();

	/**
	 * Sets the value of the '{@link nl.casustafel.reflection.model.Reflection#isDiscussed <em>Discussed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Discussed</em>' attribute.
	 * @see #isDiscussed()
	 * @generated
	 */
	void setDiscussed(boolean value);

	/**
	 * Returns the value of the '<em><b>Discussed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Discussed On</em>' attribute.
	 * @see #setDiscussedOn(Date)
	 * @see nl.casustafel.reflection.model.ReflectionPackage#getReflection_DiscussedOn()
	 * @model
	 * @generated
	 */
	Date getDiscussedOn();

	/**
	 * Sets the value of the '{@link nl.casustafel.reflection.model.Reflection#getDiscussedOn <em>Discussed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Discussed On</em>' attribute.
	 * @see #getDiscussedOn()
	 * @generated
	 */
	void setDiscussedOn(Date value);

} // Reflection
