/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.learning.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Method Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One timed step of a method: what it is for, how to run it, who may speak, and what is captured.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.casustafel.learning.model.MethodStep#getKey <em>Key</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.MethodStep#getLabel <em>Label</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.MethodStep#getMinutes <em>Minutes</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.MethodStep#getPresenter <em>Presenter</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.MethodStep#getTitle <em>Title</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.MethodStep#getGoal <em>Goal</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.MethodStep#getGuidance <em>Guidance</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.MethodStep#getSpeakingRules <em>Speaking Rules</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.MethodStep#getCaptures <em>Captures</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.MethodStep#getPrompts <em>Prompts</em>}</li>
 * </ul>
 *
 * @see nl.casustafel.learning.model.LearningPackage#getMethodStep()
 * @model
 * @generated
 */
public interface MethodStep extends EObject {
	/**
	 * Returns the value of the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Key</em>' attribute.
	 * @see #setKey(String)
	 * @see nl.casustafel.learning.model.LearningPackage#getMethodStep_Key()
	 * @model
	 * @generated
	 */
	String getKey();

	/**
	 * Sets the value of the '{@link nl.casustafel.learning.model.MethodStep#getKey <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key</em>' attribute.
	 * @see #getKey()
	 * @generated
	 */
	void setKey(String value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The step's number as shown to the room (for example 0 for a theory step before step 1).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see nl.casustafel.learning.model.LearningPackage#getMethodStep_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link nl.casustafel.learning.model.MethodStep#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Minutes</em>' attribute.
	 * @see #setMinutes(int)
	 * @see nl.casustafel.learning.model.LearningPackage#getMethodStep_Minutes()
	 * @model
	 * @generated
	 */
	int getMinutes();

	/**
	 * Sets the value of the '{@link nl.casustafel.learning.model.MethodStep#getMinutes <em>Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Minutes</em>' attribute.
	 * @see #getMinutes()
	 * @generated
	 */
	void setMinutes(int value);

	/**
	 * Returns the value of the '<em><b>Presenter</b></em>' attribute.
	 * The default value is <code>"SPEAKS"</code>.
	 * The literals are from the enumeration {@link nl.casustafel.learning.model.PresenterRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Presenter</em>' attribute.
	 * @see nl.casustafel.learning.model.PresenterRole
	 * @see #setPresenter(PresenterRole)
	 * @see nl.casustafel.learning.model.LearningPackage#getMethodStep_Presenter()
	 * @model default="SPEAKS"
	 * @generated
	 */
	PresenterRole getPresenter();

	/**
	 * Sets the value of the '{@link nl.casustafel.learning.model.MethodStep#getPresenter <em>Presenter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Presenter</em>' attribute.
	 * @see nl.casustafel.learning.model.PresenterRole
	 * @see #getPresenter()
	 * @generated
	 */
	void setPresenter(PresenterRole value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' containment reference.
	 * @see #setTitle(LocalizedText)
	 * @see nl.casustafel.learning.model.LearningPackage#getMethodStep_Title()
	 * @model containment="true"
	 * @generated
	 */
	LocalizedText getTitle();

	/**
	 * Sets the value of the '{@link nl.casustafel.learning.model.MethodStep#getTitle <em>Title</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' containment reference.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(LocalizedText value);

	/**
	 * Returns the value of the '<em><b>Goal</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Goal</em>' containment reference.
	 * @see #setGoal(LocalizedText)
	 * @see nl.casustafel.learning.model.LearningPackage#getMethodStep_Goal()
	 * @model containment="true"
	 * @generated
	 */
	LocalizedText getGoal();

	/**
	 * Sets the value of the '{@link nl.casustafel.learning.model.MethodStep#getGoal <em>Goal</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Goal</em>' containment reference.
	 * @see #getGoal()
	 * @generated
	 */
	void setGoal(LocalizedText value);

	/**
	 * Returns the value of the '<em><b>Guidance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Guidance</em>' containment reference.
	 * @see #setGuidance(LocalizedText)
	 * @see nl.casustafel.learning.model.LearningPackage#getMethodStep_Guidance()
	 * @model containment="true"
	 * @generated
	 */
	LocalizedText getGuidance();

	/**
	 * Sets the value of the '{@link nl.casustafel.learning.model.MethodStep#getGuidance <em>Guidance</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Guidance</em>' containment reference.
	 * @see #getGuidance()
	 * @generated
	 */
	void setGuidance(LocalizedText value);

	/**
	 * Returns the value of the '<em><b>Speaking Rules</b></em>' containment reference list.
	 * The list contents are of type {@link nl.casustafel.learning.model.LocalizedText}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Speaking Rules</em>' containment reference list.
	 * @see nl.casustafel.learning.model.LearningPackage#getMethodStep_SpeakingRules()
	 * @model containment="true"
	 * @generated
	 */
	EList<LocalizedText> getSpeakingRules();

	/**
	 * Returns the value of the '<em><b>Captures</b></em>' containment reference list.
	 * The list contents are of type {@link nl.casustafel.learning.model.CaptureSpec}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Captures</em>' containment reference list.
	 * @see nl.casustafel.learning.model.LearningPackage#getMethodStep_Captures()
	 * @model containment="true"
	 * @generated
	 */
	EList<CaptureSpec> getCaptures();

	/**
	 * Returns the value of the '<em><b>Prompts</b></em>' containment reference list.
	 * The list contents are of type {@link nl.casustafel.learning.model.LocalizedText}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Open prompts the facilitator may put to the group (for example evaluation questions).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Prompts</em>' containment reference list.
	 * @see nl.casustafel.learning.model.LearningPackage#getMethodStep_Prompts()
	 * @model containment="true"
	 * @generated
	 */
	EList<LocalizedText> getPrompts();

} // MethodStep
