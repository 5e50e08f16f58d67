/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.reflection.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Target Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see nl.casustafel.reflection.model.ReflectionPackage#getTargetKind()
 * @model
 * @generated
 */
public enum TargetKind implements Enumerator {
	/**
	 * The '<em><b>CASE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CASE_VALUE
	 * @generated
	 * @ordered
	 */
	CASE(0, "CASE", "case"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>AGENDA ITEM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AGENDA_ITEM_VALUE
	 * @generated
	 * @ordered
	 */
	AGENDA_ITEM(1, "AGENDA_ITEM", "agendaItem"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>MEETING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MEETING_VALUE
	 * @generated
	 * @ordered
	 */
	MEETING(2, "MEETING", "meeting"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>LEARNING SESSION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEARNING_SESSION_VALUE
	 * @generated
	 * @ordered
	 */
	LEARNING_SESSION(3, "LEARNING_SESSION", "learningSession"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>JOURNAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #JOURNAL_VALUE
	 * @generated
	 * @ordered
	 */
	JOURNAL(4, "JOURNAL", "journal"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CASE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CASE
	 * @model literal="case"
	 * @generated
	 * @ordered
	 */
	public static final int CASE_VALUE = 0;

	/**
	 * The '<em><b>AGENDA ITEM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AGENDA_ITEM
	 * @model literal="agendaItem"
	 * @generated
	 * @ordered
	 */
	public static final int AGENDA_ITEM_VALUE = 1;

	/**
	 * The '<em><b>MEETING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MEETING
	 * @model literal="meeting"
	 * @generated
	 * @ordered
	 */
	public static final int MEETING_VALUE = 2;

	/**
	 * The '<em><b>LEARNING SESSION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEARNING_SESSION
	 * @model literal="learningSession"
	 * @generated
	 * @ordered
	 */
	public static final int LEARNING_SESSION_VALUE = 3;

	/**
	 * The '<em><b>JOURNAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #JOURNAL
	 * @model literal="journal"
	 * @generated
	 * @ordered
	 */
	public static final int JOURNAL_VALUE = 4;

	/**
	 * An array of all the '<em><b>Target Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final TargetKind[] VALUES_ARRAY =
		new TargetKind[] {
			CASE,
			AGENDA_ITEM,
			MEETING,
			LEARNING_SESSION,
			JOURNAL,
		};

	/**
	 * A public read-only list of all the '<em><b>Target Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<TargetKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Target Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TargetKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TargetKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Target Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TargetKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TargetKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Target Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TargetKind get(int value) {
		switch (value) {
			case CASE_VALUE: return CASE;
			case AGENDA_ITEM_VALUE: return AGENDA_ITEM;
			case MEETING_VALUE: return MEETING;
			case LEARNING_SESSION_VALUE: return LEARNING_SESSION;
			case JOURNAL_VALUE: return JOURNAL;
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
	private TargetKind(int value, String name, String literal) {
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
	
} //TargetKind
