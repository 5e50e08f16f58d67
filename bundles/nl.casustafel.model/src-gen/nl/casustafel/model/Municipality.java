/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Municipality</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.casustafel.model.Municipality#getName <em>Name</em>}</li>
 *   <li>{@link nl.casustafel.model.Municipality#getPopulation <em>Population</em>}</li>
 *   <li>{@link nl.casustafel.model.Municipality#getCentreMunicipality <em>Centre Municipality</em>}</li>
 * </ul>
 *
 * @see nl.casustafel.model.CasebookPackage#getMunicipality()
 * @model
 * @generated
 */
public interface Municipality extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see nl.casustafel.model.CasebookPackage#getMunicipality_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Municipality#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Population</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Population</em>' attribute.
	 * @see #setPopulation(int)
	 * @see nl.casustafel.model.CasebookPackage#getMunicipality_Population()
	 * @model
	 * @generated
	 */
	int getPopulation();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Municipality#getPopulation <em>Population</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Population</em>' attribute.
	 * @see #getPopulation()
	 * @generated
	 */
	void setPopulation(int value);

	/**
	 * Returns the value of the '<em><b>Centre Municipality</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Centre Municipality</em>' reference.
	 * @see #setCentreMunicipality(Municipality)
	 * @see nl.casustafel.model.CasebookPackage#getMunicipality_CentreMunicipality()
	 * @model
	 * @generated
	 */
	Municipality getCentreMunicipality();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Municipality#getCentreMunicipality <em>Centre Municipality</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Centre Municipality</em>' reference.
	 * @see #getCentreMunicipality()
	 * @generated
	 */
	void setCentreMunicipality(Municipality value);

} // Municipality
