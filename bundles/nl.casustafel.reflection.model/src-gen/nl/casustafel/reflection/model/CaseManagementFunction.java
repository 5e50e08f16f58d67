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
 * A representation of the literals of the enumeration '<em><b>Case Management Function</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see nl.casustafel.reflection.model.ReflectionPackage#getCaseManagementFunction()
 * @model
 * @generated
 */
public enum CaseManagementFunction implements Enumerator {
	/**
	 * The '<em><b>OUTREACH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OUTREACH_VALUE
	 * @generated
	 * @ordered
	 */
	OUTREACH(0, "OUTREACH", "outreach"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>ASSESSMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ASSESSMENT_VALUE
	 * @generated
	 * @ordered
	 */
	ASSESSMENT(1, "ASSESSMENT", "assessment"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>PLANNING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PLANNING_VALUE
	 * @generated
	 * @ordered
	 */
	PLANNING(2, "PLANNING", "planning"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>LINKING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LINKING_VALUE
	 * @generated
	 * @ordered
	 */
	LINKING(3, "LINKING", "linking"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>COORDINATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COORDINATION_VALUE
	 * @generated
	 * @ordered
	 */
	COORDINATION(4, "COORDINATION", "coordination"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>ADVOCACY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADVOCACY_VALUE
	 * @generated
	 * @ordered
	 */
	ADVOCACY(5, "ADVOCACY", "advocacy"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>MONITORING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MONITORING_VALUE
	 * @generated
	 * @ordered
	 */
	MONITORING(6, "MONITORING", "monitoring"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>EVALUATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EVALUATION_VALUE
	 * @generated
	 * @ordered
	 */
	EVALUATION(7, "EVALUATION", "evaluation"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>OUTREACH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OUTREACH
	 * @model literal="outreach"
	 * @generated
	 * @ordered
	 */
	public static final int OUTREACH_VALUE = 0;

	/**
	 * The '<em><b>ASSESSMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ASSESSMENT
	 * @model literal="assessment"
	 * @generated
	 * @ordered
	 */
	public static final int ASSESSMENT_VALUE = 1;

	/**
	 * The '<em><b>PLANNING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PLANNING
	 * @model literal="planning"
	 * @generated
	 * @ordered
	 */
	public static final int PLANNING_VALUE = 2;

	/**
	 * The '<em><b>LINKING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LINKING
	 * @model literal="linking"
	 * @generated
	 * @ordered
	 */
	public static final int LINKING_VALUE = 3;

	/**
	 * The '<em><b>COORDINATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COORDINATION
	 * @model literal="coordination"
	 * @generated
	 * @ordered
	 */
	public static final int COORDINATION_VALUE = 4;

	/**
	 * The '<em><b>ADVOCACY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADVOCACY
	 * @model literal="advocacy"
	 * @generated
	 * @ordered
	 */
	public static final int ADVOCACY_VALUE = 5;

	/**
	 * The '<em><b>MONITORING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MONITORING
	 * @model literal="monitoring"
	 * @generated
	 * @ordered
	 */
	public static final int MONITORING_VALUE = 6;

	/**
	 * The '<em><b>EVALUATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EVALUATION
	 * @model literal="evaluation"
	 * @generated
	 * @ordered
	 */
	public static final int EVALUATION_VALUE = 7;

	/**
	 * An array of all the '<em><b>Case Management Function</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final CaseManagementFunction[] VALUES_ARRAY =
		new CaseManagementFunction[] {
			OUTREACH,
			ASSESSMENT,
			PLANNING,
			LINKING,
			COORDINATION,
			ADVOCACY,
			MONITORING,
			EVALUATION,
		};

	/**
	 * A public read-only list of all the '<em><b>Case Management Function</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<CaseManagementFunction> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Case Management Function</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CaseManagementFunction get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CaseManagementFunction result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Case Management Function</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CaseManagementFunction getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CaseManagementFunction result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Case Management Function</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CaseManagementFunction get(int value) {
		switch (value) {
			case OUTREACH_VALUE: return OUTREACH;
			case ASSESSMENT_VALUE: return ASSESSMENT;
			case PLANNING_VALUE: return PLANNING;
			case LINKING_VALUE: return LINKING;
			case COORDINATION_VALUE: return COORDINATION;
			case ADVOCACY_VALUE: return ADVOCACY;
			case MONITORING_VALUE: return MONITORING;
			case EVALUATION_VALUE: return EVALUATION;
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
	private CaseManagementFunction(int value, String name, String literal) {
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
	
} //CaseManagementFunction
