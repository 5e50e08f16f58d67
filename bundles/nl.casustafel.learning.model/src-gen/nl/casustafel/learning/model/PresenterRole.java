/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.learning.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Presenter Role</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What the case presenter (inbrenger) does in a step.
 * <!-- end-model-doc -->
 * @see nl.casustafel.learning.model.LearningPackage#getPresenterRole()
 * @model
 * @generated
 */
public enum PresenterRole implements Enumerator {
	/**
	 * The '<em><b>SPEAKS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPEAKS_VALUE
	 * @generated
	 * @ordered
	 */
	SPEAKS(0, "SPEAKS", "SPEAKS"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>ANSWERS FACTS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANSWERS_FACTS_VALUE
	 * @generated
	 * @ordered
	 */
	ANSWERS_FACTS(1, "ANSWERS_FACTS", "ANSWERS_FACTS"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>LISTENS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LISTENS_VALUE
	 * @generated
	 * @ordered
	 */
	LISTENS(2, "LISTENS", "LISTENS"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SPEAKS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPEAKS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SPEAKS_VALUE = 0;

	/**
	 * The '<em><b>ANSWERS FACTS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANSWERS_FACTS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ANSWERS_FACTS_VALUE = 1;

	/**
	 * The '<em><b>LISTENS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LISTENS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LISTENS_VALUE = 2;

	/**
	 * An array of all the '<em><b>Presenter Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PresenterRole[] VALUES_ARRAY =
		new PresenterRole[] {
			SPEAKS,
			ANSWERS_FACTS,
			LISTENS,
		};

	/**
	 * A public read-only list of all the '<em><b>Presenter Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PresenterRole> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Presenter Role</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PresenterRole get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PresenterRole result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Presenter Role</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PresenterRole getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PresenterRole result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Presenter Role</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PresenterRole get(int value) {
		switch (value) {
			case SPEAKS_VALUE: return SPEAKS;
			case ANSWERS_FACTS_VALUE: return ANSWERS_FACTS;
			case LISTENS_VALUE: return LISTENS;
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
	private PresenterRole(int value, String name, String literal) {
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
	
} //PresenterRole
