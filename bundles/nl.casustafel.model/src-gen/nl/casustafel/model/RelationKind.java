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
 * A representation of the literals of the enumeration '<em><b>Relation Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Categories of partner relations; the visual language of the network view keys on these.
 * <!-- end-model-doc -->
 * @see nl.casustafel.model.CasebookPackage#getRelationKind()
 * @model
 * @generated
 */
public enum RelationKind implements Enumerator {
	/**
	 * The '<em><b>REFERRAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REFERRAL_VALUE
	 * @generated
	 * @ordered
	 */
	REFERRAL(0, "REFERRAL", "REFERRAL"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>INFORMATION SHARING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INFORMATION_SHARING_VALUE
	 * @generated
	 * @ordered
	 */
	INFORMATION_SHARING(1, "INFORMATION_SHARING", "INFORMATION_SHARING"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>FUNDING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FUNDING_VALUE
	 * @generated
	 * @ordered
	 */
	FUNDING(2, "FUNDING", "FUNDING"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>MANDATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MANDATE_VALUE
	 * @generated
	 * @ordered
	 */
	MANDATE(3, "MANDATE", "MANDATE"), //$NON-NLS-1$ //$NON-NLS-2$

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
	 * The '<em><b>COVENANT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COVENANT_VALUE
	 * @generated
	 * @ordered
	 */
	COVENANT(5, "COVENANT", "COVENANT"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>COOPERATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COOPERATION_VALUE
	 * @generated
	 * @ordered
	 */
	COOPERATION(6, "COOPERATION", "COOPERATION"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>TENSION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TENSION_VALUE
	 * @generated
	 * @ordered
	 */
	TENSION(7, "TENSION", "TENSION"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>HANDOVER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HANDOVER_VALUE
	 * @generated
	 * @ordered
	 */
	HANDOVER(8, "HANDOVER", "HANDOVER"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>MISSING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MISSING_VALUE
	 * @generated
	 * @ordered
	 */
	MISSING(9, "MISSING", "MISSING"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(10, "OTHER", "OTHER"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>REFERRAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REFERRAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REFERRAL_VALUE = 0;

	/**
	 * The '<em><b>INFORMATION SHARING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INFORMATION_SHARING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INFORMATION_SHARING_VALUE = 1;

	/**
	 * The '<em><b>FUNDING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FUNDING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FUNDING_VALUE = 2;

	/**
	 * The '<em><b>MANDATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MANDATE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MANDATE_VALUE = 3;

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
	 * The '<em><b>COVENANT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COVENANT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COVENANT_VALUE = 5;

	/**
	 * The '<em><b>COOPERATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COOPERATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COOPERATION_VALUE = 6;

	/**
	 * The '<em><b>TENSION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TENSION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TENSION_VALUE = 7;

	/**
	 * The '<em><b>HANDOVER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HANDOVER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int HANDOVER_VALUE = 8;

	/**
	 * The '<em><b>MISSING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MISSING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MISSING_VALUE = 9;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 10;

	/**
	 * An array of all the '<em><b>Relation Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final RelationKind[] VALUES_ARRAY =
		new RelationKind[] {
			REFERRAL,
			INFORMATION_SHARING,
			FUNDING,
			MANDATE,
			ESCALATION,
			COVENANT,
			COOPERATION,
			TENSION,
			HANDOVER,
			MISSING,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Relation Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<RelationKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Relation Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RelationKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RelationKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Relation Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RelationKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RelationKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Relation Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RelationKind get(int value) {
		switch (value) {
			case REFERRAL_VALUE: return REFERRAL;
			case INFORMATION_SHARING_VALUE: return INFORMATION_SHARING;
			case FUNDING_VALUE: return FUNDING;
			case MANDATE_VALUE: return MANDATE;
			case ESCALATION_VALUE: return ESCALATION;
			case COVENANT_VALUE: return COVENANT;
			case COOPERATION_VALUE: return COOPERATION;
			case TENSION_VALUE: return TENSION;
			case HANDOVER_VALUE: return HANDOVER;
			case MISSING_VALUE: return MISSING;
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
	private RelationKind(int value, String name, String literal) {
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
	
} //RelationKind
