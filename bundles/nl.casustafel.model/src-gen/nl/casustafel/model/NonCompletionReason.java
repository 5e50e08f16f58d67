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
 * A representation of the literals of the enumeration '<em><b>Non Completion Reason</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Why an agreement was not done; required when its status is NOT_DONE.
 * <!-- end-model-doc -->
 * @see nl.casustafel.model.CasebookPackage#getNonCompletionReason()
 * @model
 * @generated
 */
public enum NonCompletionReason implements Enumerator {
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
	 * The '<em><b>CIRCUMSTANCES CHANGED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CIRCUMSTANCES_CHANGED_VALUE
	 * @generated
	 * @ordered
	 */
	CIRCUMSTANCES_CHANGED(1, "CIRCUMSTANCES_CHANGED", "CIRCUMSTANCES_CHANGED"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>NOT CARRIED OUT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_CARRIED_OUT_VALUE
	 * @generated
	 * @ordered
	 */
	NOT_CARRIED_OUT(2, "NOT_CARRIED_OUT", "NOT_CARRIED_OUT"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>NO LONGER VALID</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NO_LONGER_VALID_VALUE
	 * @generated
	 * @ordered
	 */
	NO_LONGER_VALID(3, "NO_LONGER_VALID", "NO_LONGER_VALID"); //$NON-NLS-1$ //$NON-NLS-2$

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
	 * The '<em><b>CIRCUMSTANCES CHANGED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CIRCUMSTANCES_CHANGED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CIRCUMSTANCES_CHANGED_VALUE = 1;

	/**
	 * The '<em><b>NOT CARRIED OUT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_CARRIED_OUT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NOT_CARRIED_OUT_VALUE = 2;

	/**
	 * The '<em><b>NO LONGER VALID</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NO_LONGER_VALID
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NO_LONGER_VALID_VALUE = 3;

	/**
	 * An array of all the '<em><b>Non Completion Reason</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final NonCompletionReason[] VALUES_ARRAY =
		new NonCompletionReason[] {
			NONE,
			CIRCUMSTANCES_CHANGED,
			NOT_CARRIED_OUT,
			NO_LONGER_VALID,
		};

	/**
	 * A public read-only list of all the '<em><b>Non Completion Reason</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<NonCompletionReason> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Non Completion Reason</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static NonCompletionReason get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			NonCompletionReason result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Non Completion Reason</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static NonCompletionReason getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			NonCompletionReason result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Non Completion Reason</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static NonCompletionReason get(int value) {
		switch (value) {
			case NONE_VALUE: return NONE;
			case CIRCUMSTANCES_CHANGED_VALUE: return CIRCUMSTANCES_CHANGED;
			case NOT_CARRIED_OUT_VALUE: return NOT_CARRIED_OUT;
			case NO_LONGER_VALID_VALUE: return NO_LONGER_VALID;
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
	private NonCompletionReason(int value, String name, String literal) {
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
	
} //NonCompletionReason
