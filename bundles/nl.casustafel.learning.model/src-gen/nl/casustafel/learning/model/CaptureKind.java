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
 * A representation of the literals of the enumeration '<em><b>Capture Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see nl.casustafel.learning.model.LearningPackage#getCaptureKind()
 * @model
 * @generated
 */
public enum CaptureKind implements Enumerator {
	/**
	 * The '<em><b>NOTE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOTE_VALUE
	 * @generated
	 * @ordered
	 */
	NOTE(0, "NOTE", "NOTE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>THEORY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #THEORY_VALUE
	 * @generated
	 * @ordered
	 */
	THEORY(1, "THEORY", "THEORY"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>FINAL QUESTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FINAL_QUESTION_VALUE
	 * @generated
	 * @ordered
	 */
	FINAL_QUESTION(2, "FINAL_QUESTION", "FINAL_QUESTION"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>QUESTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #QUESTION_VALUE
	 * @generated
	 * @ordered
	 */
	QUESTION(3, "QUESTION", "QUESTION"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>ADVICE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADVICE_VALUE
	 * @generated
	 * @ordered
	 */
	ADVICE(4, "ADVICE", "ADVICE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>ACTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACTION_VALUE
	 * @generated
	 * @ordered
	 */
	ACTION(5, "ACTION", "ACTION"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>TAKEAWAY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TAKEAWAY_VALUE
	 * @generated
	 * @ordered
	 */
	TAKEAWAY(6, "TAKEAWAY", "TAKEAWAY"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>LEARNING POINT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEARNING_POINT_VALUE
	 * @generated
	 * @ordered
	 */
	LEARNING_POINT(7, "LEARNING_POINT", "LEARNING_POINT"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>PARKED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARKED_VALUE
	 * @generated
	 * @ordered
	 */
	PARKED(8, "PARKED", "PARKED"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>NOTE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOTE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NOTE_VALUE = 0;

	/**
	 * The '<em><b>THEORY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #THEORY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int THEORY_VALUE = 1;

	/**
	 * The '<em><b>FINAL QUESTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FINAL_QUESTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FINAL_QUESTION_VALUE = 2;

	/**
	 * The '<em><b>QUESTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #QUESTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int QUESTION_VALUE = 3;

	/**
	 * The '<em><b>ADVICE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADVICE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ADVICE_VALUE = 4;

	/**
	 * The '<em><b>ACTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ACTION_VALUE = 5;

	/**
	 * The '<em><b>TAKEAWAY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TAKEAWAY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TAKEAWAY_VALUE = 6;

	/**
	 * The '<em><b>LEARNING POINT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEARNING_POINT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LEARNING_POINT_VALUE = 7;

	/**
	 * The '<em><b>PARKED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARKED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PARKED_VALUE = 8;

	/**
	 * An array of all the '<em><b>Capture Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final CaptureKind[] VALUES_ARRAY =
		new CaptureKind[] {
			NOTE,
			THEORY,
			FINAL_QUESTION,
			QUESTION,
			ADVICE,
			ACTION,
			TAKEAWAY,
			LEARNING_POINT,
			PARKED,
		};

	/**
	 * A public read-only list of all the '<em><b>Capture Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<CaptureKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Capture Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CaptureKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CaptureKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Capture Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CaptureKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CaptureKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Capture Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CaptureKind get(int value) {
		switch (value) {
			case NOTE_VALUE: return NOTE;
			case THEORY_VALUE: return THEORY;
			case FINAL_QUESTION_VALUE: return FINAL_QUESTION;
			case QUESTION_VALUE: return QUESTION;
			case ADVICE_VALUE: return ADVICE;
			case ACTION_VALUE: return ACTION;
			case TAKEAWAY_VALUE: return TAKEAWAY;
			case LEARNING_POINT_VALUE: return LEARNING_POINT;
			case PARKED_VALUE: return PARKED;
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
	private CaptureKind(int value, String name, String literal) {
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
	
} //CaptureKind
