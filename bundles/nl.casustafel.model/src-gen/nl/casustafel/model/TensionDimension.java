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
 * A representation of the literals of the enumeration '<em><b>Tension Dimension</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see nl.casustafel.model.CasebookPackage#getTensionDimension()
 * @model
 * @generated
 */
public enum TensionDimension implements Enumerator {
	/**
	 * The '<em><b>NONE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NONE_VALUE
	 * @generated
	 * @ordered
	 */
	NONE(0, "NONE", "NONE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CULTURE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CULTURE_VALUE
	 * @generated
	 * @ordered
	 */
	CULTURE(1, "CULTURE", "CULTURE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>STRUCTURE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STRUCTURE_VALUE
	 * @generated
	 * @ordered
	 */
	STRUCTURE(2, "STRUCTURE", "STRUCTURE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>DOMAIN GAP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DOMAIN_GAP_VALUE
	 * @generated
	 * @ordered
	 */
	DOMAIN_GAP(3, "DOMAIN_GAP", "DOMAIN_GAP"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>FUNDING RULE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FUNDING_RULE_VALUE
	 * @generated
	 * @ordered
	 */
	FUNDING_RULE(4, "FUNDING_RULE", "FUNDING_RULE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>REPRESENTATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REPRESENTATION_VALUE
	 * @generated
	 * @ordered
	 */
	REPRESENTATION(5, "REPRESENTATION", "REPRESENTATION"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SPLITTING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPLITTING_VALUE
	 * @generated
	 * @ordered
	 */
	SPLITTING(6, "SPLITTING", "SPLITTING"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>NONE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NONE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NONE_VALUE = 0;

	/**
	 * The '<em><b>CULTURE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CULTURE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CULTURE_VALUE = 1;

	/**
	 * The '<em><b>STRUCTURE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STRUCTURE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STRUCTURE_VALUE = 2;

	/**
	 * The '<em><b>DOMAIN GAP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DOMAIN_GAP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DOMAIN_GAP_VALUE = 3;

	/**
	 * The '<em><b>FUNDING RULE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FUNDING_RULE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FUNDING_RULE_VALUE = 4;

	/**
	 * The '<em><b>REPRESENTATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REPRESENTATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REPRESENTATION_VALUE = 5;

	/**
	 * The '<em><b>SPLITTING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPLITTING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SPLITTING_VALUE = 6;

	/**
	 * An array of all the '<em><b>Tension Dimension</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final TensionDimension[] VALUES_ARRAY =
		new TensionDimension[] {
			NONE,
			CULTURE,
			STRUCTURE,
			DOMAIN_GAP,
			FUNDING_RULE,
			REPRESENTATION,
			SPLITTING,
		};

	/**
	 * A public read-only list of all the '<em><b>Tension Dimension</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<TensionDimension> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Tension Dimension</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TensionDimension get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TensionDimension result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Tension Dimension</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TensionDimension getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TensionDimension result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Tension Dimension</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TensionDimension get(int value) {
		switch (value) {
			case NONE_VALUE: return NONE;
			case CULTURE_VALUE: return CULTURE;
			case STRUCTURE_VALUE: return STRUCTURE;
			case DOMAIN_GAP_VALUE: return DOMAIN_GAP;
			case FUNDING_RULE_VALUE: return FUNDING_RULE;
			case REPRESENTATION_VALUE: return REPRESENTATION;
			case SPLITTING_VALUE: return SPLITTING;
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
	private TensionDimension(int value, String name, String literal) {
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
	
} //TensionDimension
