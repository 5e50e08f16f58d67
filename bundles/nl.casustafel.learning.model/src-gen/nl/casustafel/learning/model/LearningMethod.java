/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.learning.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Method</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A structured way of learning from a case: an ordered list of timed steps. Methods come as data (built in, or contributed by plugins); a session keeps its own copy of the method it follows.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.casustafel.learning.model.LearningMethod#getKey <em>Key</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.LearningMethod#getVersion <em>Version</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.LearningMethod#getOrigin <em>Origin</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.LearningMethod#getName <em>Name</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.LearningMethod#getSummary <em>Summary</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.LearningMethod#getCaseTemplate <em>Case Template</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.LearningMethod#getSteps <em>Steps</em>}</li>
 * </ul>
 *
 * @see nl.casustafel.learning.model.LearningPackage#getLearningMethod()
 * @model
 * @generated
 */
public interface LearningMethod extends EObject {
	/**
	 * Returns the value of the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Stable identifier of the method, unique among all methods (for example casusleerbijeenkomst, or a partner's own key with its organisation as prefix).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Key</em>' attribute.
	 * @see #setKey(String)
	 * @see nl.casustafel.learning.model.LearningPackage#getLearningMethod_Key()
	 * @model
	 * @generated
	 */
	String getKey();

	/**
	 * Sets the value of the '{@link nl.casustafel.learning.model.LearningMethod#getKey <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key</em>' attribute.
	 * @see #getKey()
	 * @generated
	 */
	void setKey(String value);

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(String)
	 * @see nl.casustafel.learning.model.LearningPackage#getLearningMethod_Version()
	 * @model
	 * @generated
	 */
	String getVersion();

	/**
	 * Sets the value of the '{@link nl.casustafel.learning.model.LearningMethod#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(String value);

	/**
	 * Returns the value of the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who supplied the method: the contributing plugin's symbolic name, set when the method is loaded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Origin</em>' attribute.
	 * @see #setOrigin(String)
	 * @see nl.casustafel.learning.model.LearningPackage#getLearningMethod_Origin()
	 * @model
	 * @generated
	 */
	String getOrigin();

	/**
	 * Sets the value of the '{@link nl.casustafel.learning.model.LearningMethod#getOrigin <em>Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Origin</em>' attribute.
	 * @see #getOrigin()
	 * @generated
	 */
	void setOrigin(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' containment reference.
	 * @see #setName(LocalizedText)
	 * @see nl.casustafel.learning.model.LearningPackage#getLearningMethod_Name()
	 * @model containment="true"
	 * @generated
	 */
	LocalizedText getName();

	/**
	 * Sets the value of the '{@link nl.casustafel.learning.model.LearningMethod#getName <em>Name</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' containment reference.
	 * @see #getName()
	 * @generated
	 */
	void setName(LocalizedText value);

	/**
	 * Returns the value of the '<em><b>Summary</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Summary</em>' containment reference.
	 * @see #setSummary(LocalizedText)
	 * @see nl.casustafel.learning.model.LearningPackage#getLearningMethod_Summary()
	 * @model containment="true"
	 * @generated
	 */
	LocalizedText getSummary();

	/**
	 * Sets the value of the '{@link nl.casustafel.learning.model.LearningMethod#getSummary <em>Summary</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Summary</em>' containment reference.
	 * @see #getSummary()
	 * @generated
	 */
	void setSummary(LocalizedText value);

	/**
	 * Returns the value of the '<em><b>Case Template</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Headings the presenter fills in when writing up the case.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Case Template</em>' containment reference.
	 * @see #setCaseTemplate(LocalizedText)
	 * @see nl.casustafel.learning.model.LearningPackage#getLearningMethod_CaseTemplate()
	 * @model containment="true"
	 * @generated
	 */
	LocalizedText getCaseTemplate();

	/**
	 * Sets the value of the '{@link nl.casustafel.learning.model.LearningMethod#getCaseTemplate <em>Case Template</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Case Template</em>' containment reference.
	 * @see #getCaseTemplate()
	 * @generated
	 */
	void setCaseTemplate(LocalizedText value);

	/**
	 * Returns the value of the '<em><b>Steps</b></em>' containment reference list.
	 * The list contents are of type {@link nl.casustafel.learning.model.MethodStep}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Steps</em>' containment reference list.
	 * @see nl.casustafel.learning.model.LearningPackage#getLearningMethod_Steps()
	 * @model containment="true"
	 * @generated
	 */
	EList<MethodStep> getSteps();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The planned length: the sum of the steps' minutes.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	int totalMinutes();

} // LearningMethod
