/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Life Domain Status</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.casustafel.model.LifeDomainStatus#getSeverity <em>Severity</em>}</li>
 *   <li>{@link nl.casustafel.model.LifeDomainStatus#getNote <em>Note</em>}</li>
 *   <li>{@link nl.casustafel.model.LifeDomainStatus#getDomain <em>Domain</em>}</li>
 *   <li>{@link nl.casustafel.model.LifeDomainStatus#getResponsible <em>Responsible</em>}</li>
 * </ul>
 *
 * @see nl.casustafel.model.CasebookPackage#getLifeDomainStatus()
 * @model
 * @generated
 */
public interface LifeDomainStatus extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Severity</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.casustafel.model.Severity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Severity</em>' attribute.
	 * @see nl.casustafel.model.Severity
	 * @see #setSeverity(Severity)
	 * @see nl.casustafel.model.CasebookPackage#getLifeDomainStatus_Severity()
	 * @model
	 * @generated
	 */
	Severity getSeverity();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.LifeDomainStatus#getSeverity <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Severity</em>' attribute.
	 * @see nl.casustafel.model.Severity
	 * @see #getSeverity()
	 * @generated
	 */
	void setSeverity(Severity value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see nl.casustafel.model.CasebookPackage#getLifeDomainStatus_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.LifeDomainStatus#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

	/**
	 * Returns the value of the '<em><b>Domain</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Domain</em>' reference.
	 * @see #setDomain(LifeDomain)
	 * @see nl.casustafel.model.CasebookPackage#getLifeDomainStatus_Domain()
	 * @model
	 * @generated
	 */
	LifeDomain getDomain();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.LifeDomainStatus#getDomain <em>Domain</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Domain</em>' reference.
	 * @see #getDomain()
	 * @generated
	 */
	void setDomain(LifeDomain value);

	/**
	 * Returns the value of the '<em><b>Responsible</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Responsible</em>' reference.
	 * @see #setResponsible(Organisation)
	 * @see nl.casustafel.model.CasebookPackage#getLifeDomainStatus_Responsible()
	 * @model
	 * @generated
	 */
	Organisation getResponsible();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.LifeDomainStatus#getResponsible <em>Responsible</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Responsible</em>' reference.
	 * @see #getResponsible()
	 * @generated
	 */
	void setResponsible(Organisation value);

} // LifeDomainStatus
