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
 * A representation of the literals of the enumeration '<em><b>Agreement Type</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see nl.casustafel.model.CasebookPackage#getAgreementType()
 * @model
 * @generated
 */
public enum AgreementType implements Enumerator {
	/**
	 * The '<em><b>INTERVENTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERVENTION_VALUE
	 * @generated
	 * @ordered
	 */
	INTERVENTION(0, "INTERVENTION", "INTERVENTION"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>GATHER INFORMATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GATHER_INFORMATION_VALUE
	 * @generated
	 * @ordered
	 */
	GATHER_INFORMATION(1, "GATHER_INFORMATION", "GATHER_INFORMATION"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>REFERRAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REFERRAL_VALUE
	 * @generated
	 * @ordered
	 */
	REFERRAL(2, "REFERRAL", "REFERRAL"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CLIENT CONTACT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLIENT_CONTACT_VALUE
	 * @generated
	 * @ordered
	 */
	CLIENT_CONTACT(3, "CLIENT_CONTACT", "CLIENT_CONTACT"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>ESCALATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ESCALATION_VALUE
	 * @generated
	 * @ordered
	 */
	ESCALATION(4, "ESCALATION", "ESCALATION"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(5, "OTHER", "OTHER"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>INTERVENTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERVENTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INTERVENTION_VALUE = 0;

	/**
	 * The '<em><b>GATHER INFORMATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GATHER_INFORMATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GATHER_INFORMATION_VALUE = 1;

	/**
	 * The '<em><b>REFERRAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REFERRAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REFERRAL_VALUE = 2;

	/**
	 * The '<em><b>CLIENT CONTACT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLIENT_CONTACT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CLIENT_CONTACT_VALUE = 3;

	/**
	 * The '<em><b>ESCALATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ESCALATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ESCALATION_VALUE = 4;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 5;

	/**
	 * An array of all the '<em><b>Agreement Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final AgreementType[] VALUES_ARRAY =
		new AgreementType[] {
			INTERVENTION,
			GATHER_INFORMATION,
			REFERRAL,
			CLIENT_CONTACT,
			ESCALATION,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Agreement Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<AgreementType> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Agreement Type</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AgreementType get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AgreementType result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Agreement Type</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AgreementType getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AgreementType result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Agreement Type</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AgreementType get(int value) {
		switch (value) {
			case INTERVENTION_VALUE: return INTERVENTION;
			case GATHER_INFORMATION_VALUE: return GATHER_INFORMATION;
			case REFERRAL_VALUE: return REFERRAL;
			case CLIENT_CONTACT_VALUE: return CLIENT_CONTACT;
			case ESCALATION_VALUE: return ESCALATION;
			case OTHER_VALUE: return OTHER;
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
	private AgreementType(int value, String name, String literal) {
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
	
} //AgreementType
