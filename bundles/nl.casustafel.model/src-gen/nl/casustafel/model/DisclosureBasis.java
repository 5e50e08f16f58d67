/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Disclosure Basis</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Legal basis cited for sharing information.
 * <!-- end-model-doc -->
 * @see nl.casustafel.model.CasebookPackage#getDisclosureBasis()
 * @model
 * @generated
 */
public enum DisclosureBasis implements Enumerator {
	/**
	 * The '<em><b>CONSENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONSENT_VALUE
	 * @generated
	 * @ordered
	 */
	CONSENT(0, "CONSENT", "CONSENT"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>COVENANT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COVENANT_VALUE
	 * @generated
	 * @ordered
	 */
	COVENANT(1, "COVENANT", "COVENANT"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>LEGAL DUTY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEGAL_DUTY_VALUE
	 * @generated
	 * @ordered
	 */
	LEGAL_DUTY(2, "LEGAL_DUTY", "LEGAL_DUTY"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>VITAL INTEREST</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VITAL_INTEREST_VALUE
	 * @generated
	 * @ordered
	 */
	VITAL_INTEREST(3, "VITAL_INTEREST", "VITAL_INTEREST"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SERIOUS CRIME</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SERIOUS_CRIME_VALUE
	 * @generated
	 * @ordered
	 */
	SERIOUS_CRIME(4, "SERIOUS_CRIME", "SERIOUS_CRIME"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CONSENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONSENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONSENT_VALUE = 0;

	/**
	 * The '<em><b>COVENANT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COVENANT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COVENANT_VALUE = 1;

	/**
	 * The '<em><b>LEGAL DUTY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEGAL_DUTY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LEGAL_DUTY_VALUE = 2;

	/**
	 * The '<em><b>VITAL INTEREST</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VITAL_INTEREST
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VITAL_INTEREST_VALUE = 3;

	/**
	 * The '<em><b>SERIOUS CRIME</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SERIOUS_CRIME
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SERIOUS_CRIME_VALUE = 4;

	/**
	 * An array of all the '<em><b>Disclosure Basis</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DisclosureBasis[] VALUES_ARRAY =
		new DisclosureBasis[] {
			CONSENT,
			COVENANT,
			LEGAL_DUTY,
			VITAL_INTEREST,
			SERIOUS_CRIME,
		};

	/**
	 * A public read-only list of all the '<em><b>Disclosure Basis</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DisclosureBasis> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Disclosure Basis</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DisclosureBasis get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DisclosureBasis result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Disclosure Basis</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DisclosureBasis getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DisclosureBasis result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Disclosure Basis</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DisclosureBasis get(int value) {
		switch (value) {
			case CONSENT_VALUE: return CONSENT;
			case COVENANT_VALUE: return COVENANT;
			case LEGAL_DUTY_VALUE: return LEGAL_DUTY;
			case VITAL_INTEREST_VALUE: return VITAL_INTEREST;
			case SERIOUS_CRIME_VALUE: return SERIOUS_CRIME;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private DisclosureBasis(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //DisclosureBasis
