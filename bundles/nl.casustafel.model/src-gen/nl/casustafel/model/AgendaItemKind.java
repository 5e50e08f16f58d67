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
 * A representation of the literals of the enumeration '<em><b>Agenda Item Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see nl.casustafel.model.CasebookPackage#getAgendaItemKind()
 * @model
 * @generated
 */
public enum AgendaItemKind implements Enumerator {
	/**
	 * The '<em><b>CASE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CASE_VALUE
	 * @generated
	 * @ordered
	 */
	CASE(0, "CASE", "CASE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>OPEN AGREEMENTS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OPEN_AGREEMENTS_VALUE
	 * @generated
	 * @ordered
	 */
	OPEN_AGREEMENTS(1, "OPEN_AGREEMENTS", "OPEN_AGREEMENTS"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>ESCALATIONS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ESCALATIONS_VALUE
	 * @generated
	 * @ordered
	 */
	ESCALATIONS(2, "ESCALATIONS", "ESCALATIONS"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>READ BACK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #READ_BACK_VALUE
	 * @generated
	 * @ordered
	 */
	READ_BACK(3, "READ_BACK", "READ_BACK"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(4, "OTHER", "OTHER"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CASE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CASE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CASE_VALUE = 0;

	/**
	 * The '<em><b>OPEN AGREEMENTS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OPEN_AGREEMENTS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OPEN_AGREEMENTS_VALUE = 1;

	/**
	 * The '<em><b>ESCALATIONS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ESCALATIONS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ESCALATIONS_VALUE = 2;

	/**
	 * The '<em><b>READ BACK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #READ_BACK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int READ_BACK_VALUE = 3;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 4;

	/**
	 * An array of all the '<em><b>Agenda Item Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final AgendaItemKind[] VALUES_ARRAY =
		new AgendaItemKind[] {
			CASE,
			OPEN_AGREEMENTS,
			ESCALATIONS,
			READ_BACK,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Agenda Item Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<AgendaItemKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Agenda Item Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AgendaItemKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AgendaItemKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Agenda Item Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AgendaItemKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AgendaItemKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Agenda Item Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AgendaItemKind get(int value) {
		switch (value) {
			case CASE_VALUE: return CASE;
			case OPEN_AGREEMENTS_VALUE: return OPEN_AGREEMENTS;
			case ESCALATIONS_VALUE: return ESCALATIONS;
			case READ_BACK_VALUE: return READ_BACK;
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
	private AgendaItemKind(int value, String name, String literal) {
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
	
} //AgendaItemKind
