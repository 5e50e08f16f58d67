/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Organisation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A partner organisation at the table or in the network.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.casustafel.model.Organisation#getName <em>Name</em>}</li>
 *   <li>{@link nl.casustafel.model.Organisation#getShortName <em>Short Name</em>}</li>
 *   <li>{@link nl.casustafel.model.Organisation#getLogic <em>Logic</em>}</li>
 *   <li>{@link nl.casustafel.model.Organisation#getType <em>Type</em>}</li>
 *   <li>{@link nl.casustafel.model.Organisation#getSecrecyRegime <em>Secrecy Regime</em>}</li>
 *   <li>{@link nl.casustafel.model.Organisation#getIntakeRules <em>Intake Rules</em>}</li>
 *   <li>{@link nl.casustafel.model.Organisation#getCapacity <em>Capacity</em>}</li>
 *   <li>{@link nl.casustafel.model.Organisation#getWaitingWeeks <em>Waiting Weeks</em>}</li>
 *   <li>{@link nl.casustafel.model.Organisation#getNotes <em>Notes</em>}</li>
 *   <li>{@link nl.casustafel.model.Organisation#getMunicipality <em>Municipality</em>}</li>
 *   <li>{@link nl.casustafel.model.Organisation#getParent <em>Parent</em>}</li>
 *   <li>{@link nl.casustafel.model.Organisation#getInterventions <em>Interventions</em>}</li>
 *   <li>{@link nl.casustafel.model.Organisation#getEscalationContacts <em>Escalation Contacts</em>}</li>
 * </ul>
 *
 * @see nl.casustafel.model.CasebookPackage#getOrganisation()
 * @model
 * @generated
 */
public interface Organisation extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see nl.casustafel.model.CasebookPackage#getOrganisation_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Organisation#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Short Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Short Name</em>' attribute.
	 * @see #setShortName(String)
	 * @see nl.casustafel.model.CasebookPackage#getOrganisation_ShortName()
	 * @model
	 * @generated
	 */
	String getShortName();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Organisation#getShortName <em>Short Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Short Name</em>' attribute.
	 * @see #getShortName()
	 * @generated
	 */
	void setShortName(String value);

	/**
	 * Returns the value of the '<em><b>Logic</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.casustafel.model.OrganisationLogic}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Logic</em>' attribute.
	 * @see nl.casustafel.model.OrganisationLogic
	 * @see #setLogic(OrganisationLogic)
	 * @see nl.casustafel.model.CasebookPackage#getOrganisation_Logic()
	 * @model
	 * @generated
	 */
	OrganisationLogic getLogic();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Organisation#getLogic <em>Logic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Logic</em>' attribute.
	 * @see nl.casustafel.model.OrganisationLogic
	 * @see #getLogic()
	 * @generated
	 */
	void setLogic(OrganisationLogic value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see #setType(String)
	 * @see nl.casustafel.model.CasebookPackage#getOrganisation_Type()
	 * @model
	 * @generated
	 */
	String getType();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Organisation#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see #getType()
	 * @generated
	 */
	void setType(String value);

	/**
	 * Returns the value of the '<em><b>Secrecy Regime</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Secrecy Regime</em>' attribute.
	 * @see #setSecrecyRegime(String)
	 * @see nl.casustafel.model.CasebookPackage#getOrganisation_SecrecyRegime()
	 * @model
	 * @generated
	 */
	String getSecrecyRegime();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Organisation#getSecrecyRegime <em>Secrecy Regime</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Secrecy Regime</em>' attribute.
	 * @see #getSecrecyRegime()
	 * @generated
	 */
	void setSecrecyRegime(String value);

	/**
	 * Returns the value of the '<em><b>Intake Rules</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Intake Rules</em>' attribute.
	 * @see #setIntakeRules(String)
	 * @see nl.casustafel.model.CasebookPackage#getOrganisation_IntakeRules()
	 * @model
	 * @generated
	 */
	String getIntakeRules();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Organisation#getIntakeRules <em>Intake Rules</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Intake Rules</em>' attribute.
	 * @see #getIntakeRules()
	 * @generated
	 */
	void setIntakeRules(String value);

	/**
	 * Returns the value of the '<em><b>Capacity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Capacity</em>' attribute.
	 * @see #setCapacity(int)
	 * @see nl.casustafel.model.CasebookPackage#getOrganisation_Capacity()
	 * @model
	 * @generated
	 */
	int getCapacity();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Organisation#getCapacity <em>Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Capacity</em>' attribute.
	 * @see #getCapacity()
	 * @generated
	 */
	void setCapacity(int value);

	/**
	 * Returns the value of the '<em><b>Waiting Weeks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Waiting Weeks</em>' attribute.
	 * @see #setWaitingWeeks(int)
	 * @see nl.casustafel.model.CasebookPackage#getOrganisation_WaitingWeeks()
	 * @model
	 * @generated
	 */
	int getWaitingWeeks();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Organisation#getWaitingWeeks <em>Waiting Weeks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Waiting Weeks</em>' attribute.
	 * @see #getWaitingWeeks()
	 * @generated
	 */
	void setWaitingWeeks(int value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see nl.casustafel.model.CasebookPackage#getOrganisation_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Organisation#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

	/**
	 * Returns the value of the '<em><b>Municipality</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Municipality</em>' reference.
	 * @see #setMunicipality(Municipality)
	 * @see nl.casustafel.model.CasebookPackage#getOrganisation_Municipality()
	 * @model
	 * @generated
	 */
	Municipality getMunicipality();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Organisation#getMunicipality <em>Municipality</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Municipality</em>' reference.
	 * @see #getMunicipality()
	 * @generated
	 */
	void setMunicipality(Municipality value);

	/**
	 * Returns the value of the '<em><b>Parent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parent</em>' reference.
	 * @see #setParent(Organisation)
	 * @see nl.casustafel.model.CasebookPackage#getOrganisation_Parent()
	 * @model
	 * @generated
	 */
	Organisation getParent();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Organisation#getParent <em>Parent</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parent</em>' reference.
	 * @see #getParent()
	 * @generated
	 */
	void setParent(Organisation value);

	/**
	 * Returns the value of the '<em><b>Interventions</b></em>' containment reference list.
	 * The list contents are of type {@link nl.casustafel.model.Intervention}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Interventions</em>' containment reference list.
	 * @see nl.casustafel.model.CasebookPackage#getOrganisation_Interventions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Intervention> getInterventions();

	/**
	 * Returns the value of the '<em><b>Escalation Contacts</b></em>' reference list.
	 * The list contents are of type {@link nl.casustafel.model.Professional}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Escalation Contacts</em>' reference list.
	 * @see nl.casustafel.model.CasebookPackage#getOrganisation_EscalationContacts()
	 * @model
	 * @generated
	 */
	EList<Professional> getEscalationContacts();

} // Organisation
