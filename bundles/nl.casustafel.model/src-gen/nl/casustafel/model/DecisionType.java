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
 * A representation of the literals of the enumeration '<em><b>Decision Type</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Outcome of one case item in a meeting.
 * <!-- end-model-doc -->
 * @see nl.casustafel.model.CasebookPackage#getDecisionType()
 * @model
 * @generated
 */
public enum DecisionType implements Enumerator {
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
	 * The '<em><b>INTERVENE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERVENE_VALUE
	 * @generated
	 * @ordered
	 */
	INTERVENE(1, "INTERVENE", "INTERVENE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>MORE INFORMATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MORE_INFORMATION_VALUE
	 * @generated
	 * @ordered
	 */
	MORE_INFORMATION(2, "MORE_INFORMATION", "MORE_INFORMATION"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>REFER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REFER_VALUE
	 * @generated
	 * @ordered
	 */
	REFER(3, "REFER", "REFER"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>ESCALATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ESCALATE_VALUE
	 * @generated
	 * @ordered
	 */
	ESCALATE(4, "ESCALATE", "ESCALATE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CLOSE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLOSE_VALUE
	 * @generated
	 * @ordered
	 */
	CLOSE(5, "CLOSE", "CLOSE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>REAGENDA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REAGENDA_VALUE
	 * @generated
	 * @ordered
	 */
	REAGENDA(6, "REAGENDA", "REAGENDA"); //$NON-NLS-1$ //$NON-NLS-2$

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
	 * The '<em><b>INTERVENE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERVENE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INTERVENE_VALUE = 1;

	/**
	 * The '<em><b>MORE INFORMATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MORE_INFORMATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MORE_INFORMATION_VALUE = 2;

	/**
	 * The '<em><b>REFER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REFER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REFER_VALUE = 3;

	/**
	 * The '<em><b>ESCALATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ESCALATE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ESCALATE_VALUE = 4;

	/**
	 * The '<em><b>CLOSE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLOSE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CLOSE_VALUE = 5;

	/**
	 * The '<em><b>REAGENDA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REAGENDA
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REAGENDA_VALUE = 6;

	/**
	 * An array of all the '<em><b>Decision Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DecisionType[] VALUES_ARRAY =
		new DecisionType[] {
			NONE,
			INTERVENE,
			MORE_INFORMATION,
			REFER,
			ESCALATE,
			CLOSE,
			REAGENDA,
		};

	/**
	 * A public read-only list of all the '<em><b>Decision Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DecisionType> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Decision Type</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DecisionType get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DecisionType result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Decision Type</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DecisionType getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DecisionType result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Decision Type</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DecisionType get(int value) {
		switch (value) {
			case NONE_VALUE: return NONE;
			case INTERVENE_VALUE: return INTERVENE;
			case MORE_INFORMATION_VALUE: return MORE_INFORMATION;
			case REFER_VALUE: return REFER;
			case ESCALATE_VALUE: return ESCALATE;
			case CLOSE_VALUE: return CLOSE;
			case REAGENDA_VALUE: return REAGENDA;
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
	private DecisionType(int value, String name, String literal) {
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
	
} //DecisionType
