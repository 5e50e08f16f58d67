/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Casebook</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Root of a casebook: one region's organisations, people, cases and meetings. Lists marked for splitting are stored in separate files.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.casustafel.model.Casebook#getName <em>Name</em>}</li>
 *   <li>{@link nl.casustafel.model.Casebook#getRegion <em>Region</em>}</li>
 *   <li>{@link nl.casustafel.model.Casebook#getMunicipalities <em>Municipalities</em>}</li>
 *   <li>{@link nl.casustafel.model.Casebook#getLifeDomains <em>Life Domains</em>}</li>
 *   <li>{@link nl.casustafel.model.Casebook#getOrganisations <em>Organisations</em>}</li>
 *   <li>{@link nl.casustafel.model.Casebook#getProfessionals <em>Professionals</em>}</li>
 *   <li>{@link nl.casustafel.model.Casebook#getIdentities <em>Identities</em>}</li>
 *   <li>{@link nl.casustafel.model.Casebook#getSubjects <em>Subjects</em>}</li>
 *   <li>{@link nl.casustafel.model.Casebook#getCases <em>Cases</em>}</li>
 *   <li>{@link nl.casustafel.model.Casebook#getMeetingTypes <em>Meeting Types</em>}</li>
 *   <li>{@link nl.casustafel.model.Casebook#getMeetingSeries <em>Meeting Series</em>}</li>
 *   <li>{@link nl.casustafel.model.Casebook#getMeetings <em>Meetings</em>}</li>
 *   <li>{@link nl.casustafel.model.Casebook#getRelations <em>Relations</em>}</li>
 *   <li>{@link nl.casustafel.model.Casebook#getCovenants <em>Covenants</em>}</li>
 *   <li>{@link nl.casustafel.model.Casebook#getPolicySignals <em>Policy Signals</em>}</li>
 *   <li>{@link nl.casustafel.model.Casebook#getContributions <em>Contributions</em>}</li>
 * </ul>
 *
 * @see nl.casustafel.model.CasebookPackage#getCasebook()
 * @model
 * @generated
 */
public interface Casebook extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see nl.casustafel.model.CasebookPackage#getCasebook_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Casebook#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Region</em>' attribute.
	 * @see #setRegion(String)
	 * @see nl.casustafel.model.CasebookPackage#getCasebook_Region()
	 * @model
	 * @generated
	 */
	String getRegion();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Casebook#getRegion <em>Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Region</em>' attribute.
	 * @see #getRegion()
	 * @generated
	 */
	void setRegion(String value);

	/**
	 * Returns the value of the '<em><b>Municipalities</b></em>' containment reference list.
	 * The list contents are of type {@link nl.casustafel.model.Municipality}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Municipalities</em>' containment reference list.
	 * @see nl.casustafel.model.CasebookPackage#getCasebook_Municipalities()
	 * @model containment="true"
	 * @generated
	 */
	EList<Municipality> getMunicipalities();

	/**
	 * Returns the value of the '<em><b>Life Domains</b></em>' containment reference list.
	 * The list contents are of type {@link nl.casustafel.model.LifeDomain}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Life Domains</em>' containment reference list.
	 * @see nl.casustafel.model.CasebookPackage#getCasebook_LifeDomains()
	 * @model containment="true"
	 * @generated
	 */
	EList<LifeDomain> getLifeDomains();

	/**
	 * Returns the value of the '<em><b>Organisations</b></em>' containment reference list.
	 * The list contents are of type {@link nl.casustafel.model.Organisation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Organisations</em>' containment reference list.
	 * @see nl.casustafel.model.CasebookPackage#getCasebook_Organisations()
	 * @model containment="true" resolveProxies="true"
	 * @generated
	 */
	EList<Organisation> getOrganisations();

	/**
	 * Returns the value of the '<em><b>Professionals</b></em>' containment reference list.
	 * The list contents are of type {@link nl.casustafel.model.Professional}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Professionals</em>' containment reference list.
	 * @see nl.casustafel.model.CasebookPackage#getCasebook_Professionals()
	 * @model containment="true" resolveProxies="true"
	 * @generated
	 */
	EList<Professional> getProfessionals();

	/**
	 * Returns the value of the '<em><b>Identities</b></em>' containment reference list.
	 * The list contents are of type {@link nl.casustafel.model.ProtectedIdentity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Identities</em>' containment reference list.
	 * @see nl.casustafel.model.CasebookPackage#getCasebook_Identities()
	 * @model containment="true" resolveProxies="true"
	 * @generated
	 */
	EList<ProtectedIdentity> getIdentities();

	/**
	 * Returns the value of the '<em><b>Subjects</b></em>' containment reference list.
	 * The list contents are of type {@link nl.casustafel.model.Subject}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subjects</em>' containment reference list.
	 * @see nl.casustafel.model.CasebookPackage#getCasebook_Subjects()
	 * @model containment="true" resolveProxies="true"
	 * @generated
	 */
	EList<Subject> getSubjects();

	/**
	 * Returns the value of the '<em><b>Cases</b></em>' containment reference list.
	 * The list contents are of type {@link nl.casustafel.model.Case}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cases</em>' containment reference list.
	 * @see nl.casustafel.model.CasebookPackage#getCasebook_Cases()
	 * @model containment="true" resolveProxies="true"
	 * @generated
	 */
	EList<Case> getCases();

	/**
	 * Returns the value of the '<em><b>Meeting Types</b></em>' containment reference list.
	 * The list contents are of type {@link nl.casustafel.model.MeetingType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Meeting Types</em>' containment reference list.
	 * @see nl.casustafel.model.CasebookPackage#getCasebook_MeetingTypes()
	 * @model containment="true"
	 * @generated
	 */
	EList<MeetingType> getMeetingTypes();

	/**
	 * Returns the value of the '<em><b>Meeting Series</b></em>' containment reference list.
	 * The list contents are of type {@link nl.casustafel.model.MeetingSeries}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Meeting Series</em>' containment reference list.
	 * @see nl.casustafel.model.CasebookPackage#getCasebook_MeetingSeries()
	 * @model containment="true"
	 * @generated
	 */
	EList<MeetingSeries> getMeetingSeries();

	/**
	 * Returns the value of the '<em><b>Meetings</b></em>' containment reference list.
	 * The list contents are of type {@link nl.casustafel.model.Meeting}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Meetings</em>' containment reference list.
	 * @see nl.casustafel.model.CasebookPackage#getCasebook_Meetings()
	 * @model containment="true" resolveProxies="true"
	 * @generated
	 */
	EList<Meeting> getMeetings();

	/**
	 * Returns the value of the '<em><b>Relations</b></em>' containment reference list.
	 * The list contents are of type {@link nl.casustafel.model.Relation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Relations</em>' containment reference list.
	 * @see nl.casustafel.model.CasebookPackage#getCasebook_Relations()
	 * @model containment="true" resolveProxies="true"
	 * @generated
	 */
	EList<Relation> getRelations();

	/**
	 * Returns the value of the '<em><b>Covenants</b></em>' containment reference list.
	 * The list contents are of type {@link nl.casustafel.model.Covenant}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Covenants</em>' containment reference list.
	 * @see nl.casustafel.model.CasebookPackage#getCasebook_Covenants()
	 * @model containment="true"
	 * @generated
	 */
	EList<Covenant> getCovenants();

	/**
	 * Returns the value of the '<em><b>Policy Signals</b></em>' containment reference list.
	 * The list contents are of type {@link nl.casustafel.model.PolicySignal}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Policy Signals</em>' containment reference list.
	 * @see nl.casustafel.model.CasebookPackage#getCasebook_PolicySignals()
	 * @model containment="true"
	 * @generated
	 */
	EList<PolicySignal> getPolicySignals();

	/**
	 * Returns the value of the '<em><b>Contributions</b></em>' containment reference list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.EObject}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Contributions</em>' containment reference list.
	 * @see nl.casustafel.model.CasebookPackage#getCasebook_Contributions()
	 * @model containment="true" resolveProxies="true"
	 * @generated
	 */
	EList<EObject> getContributions();

} // Casebook
