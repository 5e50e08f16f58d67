/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Person</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.casustafel.model.Person#getGender <em>Gender</em>}</li>
 *   <li>{@link nl.casustafel.model.Person#getBirthYear <em>Birth Year</em>}</li>
 *   <li>{@link nl.casustafel.model.Person#getAgeBand <em>Age Band</em>}</li>
 *   <li>{@link nl.casustafel.model.Person#getHousehold <em>Household</em>}</li>
 * </ul>
 *
 * @see nl.casustafel.model.CasebookPackage#getPerson()
 * @model
 * @generated
 */
public interface Person extends Subject {
	/**
	 * Returns the value of the '<em><b>Gender</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.casustafel.model.Gender}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Gender</em>' attribute.
	 * @see nl.casustafel.model.Gender
	 * @see #setGender(Gender)
	 * @see nl.casustafel.model.CasebookPackage#getPerson_Gender()
	 * @model
	 * @generated
	 */
	Gender getGender();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Person#getGender <em>Gender</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gender</em>' attribute.
	 * @see nl.casustafel.model.Gender
	 * @see #getGender()
	 * @generated
	 */
	void setGender(Gender value);

	/**
	 * Returns the value of the '<em><b>Birth Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Birth Year</em>' attribute.
	 * @see #setBirthYear(int)
	 * @see nl.casustafel.model.CasebookPackage#getPerson_BirthYear()
	 * @model
	 * @generated
	 */
	int getBirthYear();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Person#getBirthYear <em>Birth Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Birth Year</em>' attribute.
	 * @see #getBirthYear()
	 * @generated
	 */
	void setBirthYear(int value);

	/**
	 * Returns the value of the '<em><b>Age Band</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.casustafel.model.AgeBand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Age Band</em>' attribute.
	 * @see nl.casustafel.model.AgeBand
	 * @see #setAgeBand(AgeBand)
	 * @see nl.casustafel.model.CasebookPackage#getPerson_AgeBand()
	 * @model
	 * @generated
	 */
	AgeBand getAgeBand();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Person#getAgeBand <em>Age Band</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Age Band</em>' attribute.
	 * @see nl.casustafel.model.AgeBand
	 * @see #getAgeBand()
	 * @generated
	 */
	void setAgeBand(AgeBand value);

	/**
	 * Returns the value of the '<em><b>Household</b></em>' reference.
	 * It is bidirectional and its opposite is '{@link nl.casustafel.model.Household#getMembers <em>Members</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Household</em>' reference.
	 * @see #setHousehold(Household)
	 * @see nl.casustafel.model.CasebookPackage#getPerson_Household()
	 * @see nl.casustafel.model.Household#getMembers
	 * @model opposite="members"
	 * @generated
	 */
	Household getHousehold();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Person#getHousehold <em>Household</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Household</em>' reference.
	 * @see #getHousehold()
	 * @generated
	 */
	void setHousehold(Household value);

} // Person
