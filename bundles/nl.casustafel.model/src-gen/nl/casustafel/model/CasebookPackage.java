/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * @see nl.casustafel.model.CasebookFactory
 * @model kind="package"
 * @generated
 */
public interface CasebookPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model"; //$NON-NLS-1$

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://casustafel.nl/model/casebook/1.0"; //$NON-NLS-1$

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "cst"; //$NON-NLS-1$

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CasebookPackage eINSTANCE = nl.casustafel.model.impl.CasebookPackageImpl.init();

	/**
	 * The meta object id for the '{@link nl.casustafel.model.impl.IdentifiableImpl <em>Identifiable</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.casustafel.model.impl.IdentifiableImpl
	 * @see nl.casustafel.model.impl.CasebookPackageImpl#getIdentifiable()
	 * @generated
	 */
	int IDENTIFIABLE = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIABLE__ID = 0;

	/**
	 * The number of structural features of the '<em>Identifiable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIABLE_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Identifiable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIABLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link nl.casustafel.model.impl.CasebookImpl <em>Casebook</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.casustafel.model.impl.CasebookImpl
	 * @see nl.casustafel.model.impl.CasebookPackageImpl#getCasebook()
	 * @generated
	 */
	int CASEBOOK = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASEBOOK__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASEBOOK__NAME = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASEBOOK__REGION = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Municipalities</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASEBOOK__MUNICIPALITIES = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Life Domains</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASEBOOK__LIFE_DOMAINS = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Organisations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASEBOOK__ORGANISATIONS = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Professionals</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASEBOOK__PROFESSIONALS = IDENTIFIABLE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Identities</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASEBOOK__IDENTITIES = IDENTIFIABLE_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Subjects</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASEBOOK__SUBJECTS = IDENTIFIABLE_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Cases</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASEBOOK__CASES = IDENTIFIABLE_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Meeting Types</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASEBOOK__MEETING_TYPES = IDENTIFIABLE_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Meeting Series</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASEBOOK__MEETING_SERIES = IDENTIFIABLE_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Meetings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASEBOOK__MEETINGS = IDENTIFIABLE_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Relations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASEBOOK__RELATIONS = IDENTIFIABLE_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Covenants</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASEBOOK__COVENANTS = IDENTIFIABLE_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Policy Signals</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASEBOOK__POLICY_SIGNALS = IDENTIFIABLE_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Contributions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASEBOOK__CONTRIBUTIONS = IDENTIFIABLE_FEATURE_COUNT + 15;

	/**
	 * The number of structural features of the '<em>Casebook</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASEBOOK_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 16;

	/**
	 * The number of operations of the '<em>Casebook</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASEBOOK_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.casustafel.model.impl.MunicipalityImpl <em>Municipality</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.casustafel.model.impl.MunicipalityImpl
	 * @see nl.casustafel.model.impl.CasebookPackageImpl#getMunicipality()
	 * @generated
	 */
	int MUNICIPALITY = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUNICIPALITY__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUNICIPALITY__NAME = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Population</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUNICIPALITY__POPULATION = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Centre Municipality</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUNICIPALITY__CENTRE_MUNICIPALITY = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Municipality</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUNICIPALITY_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Municipality</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUNICIPALITY_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.casustafel.model.impl.LifeDomainImpl <em>Life Domain</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.casustafel.model.impl.LifeDomainImpl
	 * @see nl.casustafel.model.impl.CasebookPackageImpl#getLifeDomain()
	 * @generated
	 */
	int LIFE_DOMAIN = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFE_DOMAIN__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFE_DOMAIN__KEY = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFE_DOMAIN__NAME = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Life Domain</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFE_DOMAIN_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Life Domain</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFE_DOMAIN_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.casustafel.model.impl.OrganisationImpl <em>Organisation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.casustafel.model.impl.OrganisationImpl
	 * @see nl.casustafel.model.impl.CasebookPackageImpl#getOrganisation()
	 * @generated
	 */
	int ORGANISATION = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__NAME = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Short Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__SHORT_NAME = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Logic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__LOGIC = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__TYPE = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Secrecy Regime</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__SECRECY_REGIME = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Intake Rules</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__INTAKE_RULES = IDENTIFIABLE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Capacity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__CAPACITY = IDENTIFIABLE_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Waiting Weeks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__WAITING_WEEKS = IDENTIFIABLE_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__NOTES = IDENTIFIABLE_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Municipality</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__MUNICIPALITY = IDENTIFIABLE_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Parent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__PARENT = IDENTIFIABLE_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Interventions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__INTERVENTIONS = IDENTIFIABLE_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Escalation Contacts</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__ESCALATION_CONTACTS = IDENTIFIABLE_FEATURE_COUNT + 12;

	/**
	 * The number of structural features of the '<em>Organisation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 13;

	/**
	 * The number of operations of the '<em>Organisation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.casustafel.model.impl.InterventionImpl <em>Intervention</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.casustafel.model.impl.InterventionImpl
	 * @see nl.casustafel.model.impl.CasebookPackageImpl#getIntervention()
	 * @generated
	 */
	int INTERVENTION = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION__NAME = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION__DESCRIPTION = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Basis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION__BASIS = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Capacity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION__CAPACITY = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Waiting Weeks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION__WAITING_WEEKS = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Domain</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION__DOMAIN = IDENTIFIABLE_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Intervention</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Intervention</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.casustafel.model.impl.ProfessionalImpl <em>Professional</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.casustafel.model.impl.ProfessionalImpl
	 * @see nl.casustafel.model.impl.CasebookPackageImpl#getProfessional()
	 * @generated
	 */
	int PROFESSIONAL = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFESSIONAL__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFESSIONAL__NAME = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Function</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFESSIONAL__FUNCTION = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFESSIONAL__EMAIL = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Phone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFESSIONAL__PHONE = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Valid From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFESSIONAL__VALID_FROM = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Valid To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFESSIONAL__VALID_TO = IDENTIFIABLE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Organisation</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFESSIONAL__ORGANISATION = IDENTIFIABLE_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Substitute</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFESSIONAL__SUBSTITUTE = IDENTIFIABLE_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Roles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFESSIONAL__ROLES = IDENTIFIABLE_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Professional</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFESSIONAL_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Professional</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFESSIONAL_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.casustafel.model.impl.RoleAssignmentImpl <em>Role Assignment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.casustafel.model.impl.RoleAssignmentImpl
	 * @see nl.casustafel.model.impl.CasebookPackageImpl#getRoleAssignment()
	 * @generated
	 */
	int ROLE_ASSIGNMENT = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_ASSIGNMENT__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_ASSIGNMENT__ROLE = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Valid From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_ASSIGNMENT__VALID_FROM = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Valid To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_ASSIGNMENT__VALID_TO = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Hat</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_ASSIGNMENT__HAT = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Role Assignment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_ASSIGNMENT_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Role Assignment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_ASSIGNMENT_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.casustafel.model.impl.ProtectedIdentityImpl <em>Protected Identity</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.casustafel.model.impl.ProtectedIdentityImpl
	 * @see nl.casustafel.model.impl.CasebookPackageImpl#getProtectedIdentity()
	 * @generated
	 */
	int PROTECTED_IDENTITY = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTECTED_IDENTITY__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Full Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTECTED_IDENTITY__FULL_NAME = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Bsn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTECTED_IDENTITY__BSN = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTECTED_IDENTITY__ADDRESS = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Birth Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTECTED_IDENTITY__BIRTH_DATE = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Phone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTECTED_IDENTITY__PHONE = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Protected Identity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTECTED_IDENTITY_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Protected Identity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTECTED_IDENTITY_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.casustafel.model.impl.SubjectImpl <em>Subject</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.casustafel.model.impl.SubjectImpl
	 * @see nl.casustafel.model.impl.CasebookPackageImpl#getSubject()
	 * @generated
	 */
	int SUBJECT = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Pseudonym</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT__PSEUDONYM = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Initials</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT__INITIALS = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Flags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT__FLAGS = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Target Groups</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT__TARGET_GROUPS = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Municipality</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT__MUNICIPALITY = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Identity</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT__IDENTITY = IDENTIFIABLE_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Subject</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Subject</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.casustafel.model.impl.PersonImpl <em>Person</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.casustafel.model.impl.PersonImpl
	 * @see nl.casustafel.model.impl.CasebookPackageImpl#getPerson()
	 * @generated
	 */
	int PERSON = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__ID = SUBJECT__ID;

	/**
	 * The feature id for the '<em><b>Pseudonym</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__PSEUDONYM = SUBJECT__PSEUDONYM;

	/**
	 * The feature id for the '<em><b>Initials</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__INITIALS = SUBJECT__INITIALS;

	/**
	 * The feature id for the '<em><b>Flags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__FLAGS = SUBJECT__FLAGS;

	/**
	 * The feature id for the '<em><b>Target Groups</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__TARGET_GROUPS = SUBJECT__TARGET_GROUPS;

	/**
	 * The feature id for the '<em><b>Municipality</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__MUNICIPALITY = SUBJECT__MUNICIPALITY;

	/**
	 * The feature id for the '<em><b>Identity</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__IDENTITY = SUBJECT__IDENTITY;

	/**
	 * The feature id for the '<em><b>Gender</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__GENDER = SUBJECT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Birth Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__BIRTH_YEAR = SUBJECT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Age Band</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__AGE_BAND = SUBJECT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Household</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__HOUSEHOLD = SUBJECT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Person</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON_FEATURE_COUNT = SUBJECT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Person</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON_OPERATION_COUNT = SUBJECT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.casustafel.model.impl.HouseholdImpl <em>Household</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.casustafel.model.impl.HouseholdImpl
	 * @see nl.casustafel.model.impl.CasebookPackageImpl#getHousehold()
	 * @generated
	 */
	int HOUSEHOLD = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOUSEHOLD__ID = SUBJECT__ID;

	/**
	 * The feature id for the '<em><b>Pseudonym</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOUSEHOLD__PSEUDONYM = SUBJECT__PSEUDONYM;

	/**
	 * The feature id for the '<em><b>Initials</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOUSEHOLD__INITIALS = SUBJECT__INITIALS;

	/**
	 * The feature id for the '<em><b>Flags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOUSEHOLD__FLAGS = SUBJECT__FLAGS;

	/**
	 * The feature id for the '<em><b>Target Groups</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOUSEHOLD__TARGET_GROUPS = SUBJECT__TARGET_GROUPS;

	/**
	 * The feature id for the '<em><b>Municipality</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOUSEHOLD__MUNICIPALITY = SUBJECT__MUNICIPALITY;

	/**
	 * The feature id for the '<em><b>Identity</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOUSEHOLD__IDENTITY = SUBJECT__IDENTITY;

	/**
	 * The feature id for the '<em><b>Members</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOUSEHOLD__MEMBERS = SUBJECT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Household</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOUSEHOLD_FEATURE_COUNT = SUBJECT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Household</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOUSEHOLD_OPERATION_COUNT = SUBJECT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.casustafel.model.impl.CaseImpl <em>Case</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.casustafel.model.impl.CaseImpl
	 * @see nl.casustafel.model.impl.CasebookPackageImpl#getCase()
	 * @generated
	 */
	int CASE = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Case Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__CASE_NUMBER = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__STATUS = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Phase</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__PHASE = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Complexity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__COMPLEXITY = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Urgency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__URGENCY = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__TAGS = IDENTIFIABLE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__REASON = IDENTIFIABLE_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Question</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__QUESTION = IDENTIFIABLE_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Noodscenario</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__NOODSCENARIO = IDENTIFIABLE_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Judicial Frame</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__JUDICIAL_FRAME = IDENTIFIABLE_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Risks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__RISKS = IDENTIFIABLE_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Opened On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__OPENED_ON = IDENTIFIABLE_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Known Since</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__KNOWN_SINCE = IDENTIFIABLE_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Closed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__CLOSED_ON = IDENTIFIABLE_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Closure Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__CLOSURE_REASON = IDENTIFIABLE_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Subject</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__SUBJECT = IDENTIFIABLE_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Casusregisseur</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__CASUSREGISSEUR = IDENTIFIABLE_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Linked Cases</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__LINKED_CASES = IDENTIFIABLE_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Referral</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__REFERRAL = IDENTIFIABLE_FEATURE_COUNT + 18;

	/**
	 * The feature id for the '<em><b>Life Domains</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__LIFE_DOMAINS = IDENTIFIABLE_FEATURE_COUNT + 19;

	/**
	 * The feature id for the '<em><b>Involvements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__INVOLVEMENTS = IDENTIFIABLE_FEATURE_COUNT + 20;

	/**
	 * The feature id for the '<em><b>Informal Ties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__INFORMAL_TIES = IDENTIFIABLE_FEATURE_COUNT + 21;

	/**
	 * The feature id for the '<em><b>Timeline</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__TIMELINE = IDENTIFIABLE_FEATURE_COUNT + 22;

	/**
	 * The feature id for the '<em><b>Agreements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__AGREEMENTS = IDENTIFIABLE_FEATURE_COUNT + 23;

	/**
	 * The feature id for the '<em><b>Escalations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__ESCALATIONS = IDENTIFIABLE_FEATURE_COUNT + 24;

	/**
	 * The feature id for the '<em><b>Consents</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__CONSENTS = IDENTIFIABLE_FEATURE_COUNT + 25;

	/**
	 * The feature id for the '<em><b>Disclosures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__DISCLOSURES = IDENTIFIABLE_FEATURE_COUNT + 26;

	/**
	 * The number of structural features of the '<em>Case</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 27;

	/**
	 * The number of operations of the '<em>Case</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.casustafel.model.impl.ReferralImpl <em>Referral</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.casustafel.model.impl.ReferralImpl
	 * @see nl.casustafel.model.impl.CasebookPackageImpl#getReferral()
	 * @generated
	 */
	int REFERRAL = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERRAL__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERRAL__DATE = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Entry Route</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERRAL__ENTRY_ROUTE = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERRAL__REASON = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Urgency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERRAL__URGENCY = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Referrer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERRAL__REFERRER = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Referrer Professional</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERRAL__REFERRER_PROFESSIONAL = IDENTIFIABLE_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Referral</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERRAL_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Referral</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERRAL_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.casustafel.model.impl.LifeDomainStatusImpl <em>Life Domain Status</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.casustafel.model.impl.LifeDomainStatusImpl
	 * @see nl.casustafel.model.impl.CasebookPackageImpl#getLifeDomainStatus()
	 * @generated
	 */
	int LIFE_DOMAIN_STATUS = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFE_DOMAIN_STATUS__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Severity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFE_DOMAIN_STATUS__SEVERITY = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFE_DOMAIN_STATUS__NOTE = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Domain</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFE_DOMAIN_STATUS__DOMAIN = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Responsible</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFE_DOMAIN_STATUS__RESPONSIBLE = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Life Domain Status</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFE_DOMAIN_STATUS_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Life Domain Status</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFE_DOMAIN_STATUS_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.casustafel.model.impl.InvolvementImpl <em>Involvement</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.casustafel.model.impl.InvolvementImpl
	 * @see nl.casustafel.model.impl.CasebookPackageImpl#getInvolvement()
	 * @generated
	 */
	int INVOLVEMENT = 15;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVOLVEMENT__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVOLVEMENT__ROLE = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Knows Person</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVOLVEMENT__KNOWS_PERSON = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Since</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVOLVEMENT__SINCE = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Organisation</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVOLVEMENT__ORGANISATION = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Professional</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVOLVEMENT__PROFESSIONAL = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Domains</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVOLVEMENT__DOMAINS = IDENTIFIABLE_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Involvement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVOLVEMENT_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Involvement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVOLVEMENT_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.casustafel.model.impl.InformalTieImpl <em>Informal Tie</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.casustafel.model.impl.InformalTieImpl
	 * @see nl.casustafel.model.impl.CasebookPackageImpl#getInformalTie()
	 * @generated
	 */
	int INFORMAL_TIE = 16;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFORMAL_TIE__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFORMAL_TIE__LABEL = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Relationship</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFORMAL_TIE__RELATIONSHIP = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Knows Person</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFORMAL_TIE__KNOWS_PERSON = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFORMAL_TIE__NOTE = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Informal Tie</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFORMAL_TIE_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Informal Tie</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFORMAL_TIE_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.casustafel.model.impl.TimelineEventImpl <em>Timeline Event</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.casustafel.model.impl.TimelineEventImpl
	 * @see nl.casustafel.model.impl.CasebookPackageImpl#getTimelineEvent()
	 * @generated
	 */
	int TIMELINE_EVENT = 17;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMELINE_EVENT__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMELINE_EVENT__DATE = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMELINE_EVENT__KIND = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMELINE_EVENT__TITLE = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMELINE_EVENT__DESCRIPTION = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMELINE_EVENT__PROVENANCE = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMELINE_EVENT__SOURCE = IDENTIFIABLE_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Timeline Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMELINE_EVENT_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Timeline Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMELINE_EVENT_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.casustafel.model.impl.AgreementImpl <em>Agreement</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.casustafel.model.impl.AgreementImpl
	 * @see nl.casustafel.model.impl.CasebookPackageImpl#getAgreement()
	 * @generated
	 */
	int AGREEMENT = 18;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREEMENT__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREEMENT__DESCRIPTION = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREEMENT__TYPE = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREEMENT__STATUS = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Non Completion Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREEMENT__NON_COMPLETION_REASON = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREEMENT__DUE_DATE = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Created On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREEMENT__CREATED_ON = IDENTIFIABLE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Completed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREEMENT__COMPLETED_ON = IDENTIFIABLE_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Confirmed Valid On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREEMENT__CONFIRMED_VALID_ON = IDENTIFIABLE_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Depends On Home Organisation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREEMENT__DEPENDS_ON_HOME_ORGANISATION = IDENTIFIABLE_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREEMENT__OWNER = IDENTIFIABLE_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Organisation</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREEMENT__ORGANISATION = IDENTIFIABLE_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Source Meeting</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREEMENT__SOURCE_MEETING = IDENTIFIABLE_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Replaced By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREEMENT__REPLACED_BY = IDENTIFIABLE_FEATURE_COUNT + 12;

	/**
	 * The number of structural features of the '<em>Agreement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREEMENT_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 13;

	/**
	 * The number of operations of the '<em>Agreement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREEMENT_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.casustafel.model.impl.EscalationImpl <em>Escalation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.casustafel.model.impl.EscalationImpl
	 * @see nl.casustafel.model.impl.CasebookPackageImpl#getEscalation()
	 * @generated
	 */
	int ESCALATION = 19;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESCALATION__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESCALATION__LEVEL = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Question</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESCALATION__QUESTION = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Addressee</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESCALATION__ADDRESSEE = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESCALATION__DATE = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Answer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESCALATION__ANSWER = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Policy Signal</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESCALATION__POLICY_SIGNAL = IDENTIFIABLE_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Escalation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESCALATION_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Escalation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESCALATION_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.casustafel.model.impl.ConsentRecordImpl <em>Consent Record</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.casustafel.model.impl.ConsentRecordImpl
	 * @see nl.casustafel.model.impl.CasebookPackageImpl#getConsentRecord()
	 * @generated
	 */
	int CONSENT_RECORD = 20;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENT_RECORD__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENT_RECORD__SCOPE = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Basis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENT_RECORD__BASIS = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Signed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENT_RECORD__SIGNED_ON = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Expires On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENT_RECORD__EXPIRES_ON = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Withdrawn On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENT_RECORD__WITHDRAWN_ON = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Recipients</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENT_RECORD__RECIPIENTS = IDENTIFIABLE_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Consent Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENT_RECORD_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Consent Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENT_RECORD_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.casustafel.model.impl.DisclosureImpl <em>Disclosure</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.casustafel.model.impl.DisclosureImpl
	 * @see nl.casustafel.model.impl.CasebookPackageImpl#getDisclosure()
	 * @generated
	 */
	int DISCLOSURE = 21;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISCLOSURE__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISCLOSURE__CATEGORY = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISCLOSURE__DATE = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Basis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISCLOSURE__BASIS = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Client Informed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISCLOSURE__CLIENT_INFORMED = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Client Present</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISCLOSURE__CLIENT_PRESENT = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>From</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISCLOSURE__FROM = IDENTIFIABLE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>To</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISCLOSURE__TO = IDENTIFIABLE_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Consent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISCLOSURE__CONSENT = IDENTIFIABLE_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Disclosure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISCLOSURE_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Disclosure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISCLOSURE_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.casustafel.model.impl.MeetingTypeImpl <em>Meeting Type</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.casustafel.model.impl.MeetingTypeImpl
	 * @see nl.casustafel.model.impl.CasebookPackageImpl#getMeetingType()
	 * @generated
	 */
	int MEETING_TYPE = 22;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_TYPE__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_TYPE__KEY = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_TYPE__NAME = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_TYPE__DESCRIPTION = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Default Duration Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_TYPE__DEFAULT_DURATION_MINUTES = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Default Timebox Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_TYPE__DEFAULT_TIMEBOX_MINUTES = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Max Cases Per Hour</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_TYPE__MAX_CASES_PER_HOUR = IDENTIFIABLE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Required Parties</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_TYPE__REQUIRED_PARTIES = IDENTIFIABLE_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Meeting Type</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_TYPE_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Meeting Type</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_TYPE_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.casustafel.model.impl.MeetingSeriesImpl <em>Meeting Series</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.casustafel.model.impl.MeetingSeriesImpl
	 * @see nl.casustafel.model.impl.CasebookPackageImpl#getMeetingSeries()
	 * @generated
	 */
	int MEETING_SERIES = 23;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_SERIES__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_SERIES__NAME = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Type</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_SERIES__TYPE = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Meetings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_SERIES__MEETINGS = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Meeting Series</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_SERIES_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Meeting Series</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_SERIES_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.casustafel.model.impl.MeetingImpl <em>Meeting</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.casustafel.model.impl.MeetingImpl
	 * @see nl.casustafel.model.impl.CasebookPackageImpl#getMeeting()
	 * @generated
	 */
	int MEETING = 24;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__TITLE = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__DATE = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Duration Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__DURATION_MINUTES = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__LOCATION = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__STATE = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__NOTES = IDENTIFIABLE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Type</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__TYPE = IDENTIFIABLE_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Series</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__SERIES = IDENTIFIABLE_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Chair</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__CHAIR = IDENTIFIABLE_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Secretary</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__SECRETARY = IDENTIFIABLE_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Attendance</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__ATTENDANCE = IDENTIFIABLE_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__ITEMS = IDENTIFIABLE_FEATURE_COUNT + 11;

	/**
	 * The number of structural features of the '<em>Meeting</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 12;

	/**
	 * The number of operations of the '<em>Meeting</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.casustafel.model.impl.AttendanceImpl <em>Attendance</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.casustafel.model.impl.AttendanceImpl
	 * @see nl.casustafel.model.impl.CasebookPackageImpl#getAttendance()
	 * @generated
	 */
	int ATTENDANCE = 25;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTENDANCE__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTENDANCE__STATUS = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTENDANCE__ROLE = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTENDANCE__NOTE = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Professional</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTENDANCE__PROFESSIONAL = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Organisation</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTENDANCE__ORGANISATION = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Attendance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTENDANCE_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Attendance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTENDANCE_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.casustafel.model.impl.AgendaItemImpl <em>Agenda Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.casustafel.model.impl.AgendaItemImpl
	 * @see nl.casustafel.model.impl.CasebookPackageImpl#getAgendaItem()
	 * @generated
	 */
	int AGENDA_ITEM = 26;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENDA_ITEM__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENDA_ITEM__KIND = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENDA_ITEM__TITLE = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENDA_ITEM__REASON = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Question</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENDA_ITEM__QUESTION = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Urgency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENDA_ITEM__URGENCY = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Timebox Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENDA_ITEM__TIMEBOX_MINUTES = IDENTIFIABLE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Actual Duration Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENDA_ITEM__ACTUAL_DURATION_SECONDS = IDENTIFIABLE_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Decision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENDA_ITEM__DECISION = IDENTIFIABLE_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Decision Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENDA_ITEM__DECISION_NOTE = IDENTIFIABLE_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Noodscenario</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENDA_ITEM__NOODSCENARIO = IDENTIFIABLE_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Next Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENDA_ITEM__NEXT_DATE = IDENTIFIABLE_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Case</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENDA_ITEM__CASE = IDENTIFIABLE_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Preparations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENDA_ITEM__PREPARATIONS = IDENTIFIABLE_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Agreements</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENDA_ITEM__AGREEMENTS = IDENTIFIABLE_FEATURE_COUNT + 13;

	/**
	 * The number of structural features of the '<em>Agenda Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENDA_ITEM_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 14;

	/**
	 * The number of operations of the '<em>Agenda Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENDA_ITEM_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.casustafel.model.impl.PreparationImpl <em>Preparation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.casustafel.model.impl.PreparationImpl
	 * @see nl.casustafel.model.impl.CasebookPackageImpl#getPreparation()
	 * @generated
	 */
	int PREPARATION = 27;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREPARATION__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREPARATION__STATUS = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREPARATION__NOTE = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Organisation</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREPARATION__ORGANISATION = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Preparation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREPARATION_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Preparation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREPARATION_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.casustafel.model.impl.RelationImpl <em>Relation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.casustafel.model.impl.RelationImpl
	 * @see nl.casustafel.model.impl.CasebookPackageImpl#getRelation()
	 * @generated
	 */
	int RELATION = 28;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION__KIND = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Subtype</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION__SUBTYPE = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION__LABEL = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Valid From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION__VALID_FROM = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Valid To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION__VALID_TO = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Strength</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION__STRENGTH = IDENTIFIABLE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Tension</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION__TENSION = IDENTIFIABLE_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Knowledge Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION__KNOWLEDGE_SOURCE = IDENTIFIABLE_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION__NOTES = IDENTIFIABLE_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION__SOURCE = IDENTIFIABLE_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION__TARGET = IDENTIFIABLE_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Case</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION__CASE = IDENTIFIABLE_FEATURE_COUNT + 11;

	/**
	 * The number of structural features of the '<em>Relation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 12;

	/**
	 * The number of operations of the '<em>Relation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.casustafel.model.impl.CovenantImpl <em>Covenant</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.casustafel.model.impl.CovenantImpl
	 * @see nl.casustafel.model.impl.CasebookPackageImpl#getCovenant()
	 * @generated
	 */
	int COVENANT = 29;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COVENANT__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COVENANT__NAME = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Valid From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COVENANT__VALID_FROM = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Valid To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COVENANT__VALID_TO = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Sharing Rules</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COVENANT__SHARING_RULES = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Retention Years</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COVENANT__RETENTION_YEARS = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Parties</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COVENANT__PARTIES = IDENTIFIABLE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Tasks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COVENANT__TASKS = IDENTIFIABLE_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Covenant</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COVENANT_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Covenant</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COVENANT_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.casustafel.model.impl.CovenantTaskImpl <em>Covenant Task</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.casustafel.model.impl.CovenantTaskImpl
	 * @see nl.casustafel.model.impl.CasebookPackageImpl#getCovenantTask()
	 * @generated
	 */
	int COVENANT_TASK = 30;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COVENANT_TASK__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COVENANT_TASK__DESCRIPTION = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Party</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COVENANT_TASK__PARTY = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Covenant Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COVENANT_TASK_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Covenant Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COVENANT_TASK_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.casustafel.model.impl.PolicySignalImpl <em>Policy Signal</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.casustafel.model.impl.PolicySignalImpl
	 * @see nl.casustafel.model.impl.CasebookPackageImpl#getPolicySignal()
	 * @generated
	 */
	int POLICY_SIGNAL = 31;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_SIGNAL__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_SIGNAL__TITLE = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Gap Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_SIGNAL__GAP_TYPE = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_SIGNAL__DESCRIPTION = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Addressee</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_SIGNAL__ADDRESSEE = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_SIGNAL__DATE = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Response</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_SIGNAL__RESPONSE = IDENTIFIABLE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Case</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_SIGNAL__CASE = IDENTIFIABLE_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Policy Signal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_SIGNAL_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Policy Signal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_SIGNAL_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.casustafel.model.OrganisationLogic <em>Organisation Logic</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.casustafel.model.OrganisationLogic
	 * @see nl.casustafel.model.impl.CasebookPackageImpl#getOrganisationLogic()
	 * @generated
	 */
	int ORGANISATION_LOGIC = 32;

	/**
	 * The meta object id for the '{@link nl.casustafel.model.CaseStatus <em>Case Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.casustafel.model.CaseStatus
	 * @see nl.casustafel.model.impl.CasebookPackageImpl#getCaseStatus()
	 * @generated
	 */
	int CASE_STATUS = 33;

	/**
	 * The meta object id for the '{@link nl.casustafel.model.Severity <em>Severity</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.casustafel.model.Severity
	 * @see nl.casustafel.model.impl.CasebookPackageImpl#getSeverity()
	 * @generated
	 */
	int SEVERITY = 34;

	/**
	 * The meta object id for the '{@link nl.casustafel.model.Gender <em>Gender</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.casustafel.model.Gender
	 * @see nl.casustafel.model.impl.CasebookPackageImpl#getGender()
	 * @generated
	 */
	int GENDER = 35;

	/**
	 * The meta object id for the '{@link nl.casustafel.model.AgeBand <em>Age Band</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.casustafel.model.AgeBand
	 * @see nl.casustafel.model.impl.CasebookPackageImpl#getAgeBand()
	 * @generated
	 */
	int AGE_BAND = 36;

	/**
	 * The meta object id for the '{@link nl.casustafel.model.Urgency <em>Urgency</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.casustafel.model.Urgency
	 * @see nl.casustafel.model.impl.CasebookPackageImpl#getUrgency()
	 * @generated
	 */
	int URGENCY = 37;

	/**
	 * The meta object id for the '{@link nl.casustafel.model.Provenance <em>Provenance</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.casustafel.model.Provenance
	 * @see nl.casustafel.model.impl.CasebookPackageImpl#getProvenance()
	 * @generated
	 */
	int PROVENANCE = 38;

	/**
	 * The meta object id for the '{@link nl.casustafel.model.AgreementType <em>Agreement Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.casustafel.model.AgreementType
	 * @see nl.casustafel.model.impl.CasebookPackageImpl#getAgreementType()
	 * @generated
	 */
	int AGREEMENT_TYPE = 39;

	/**
	 * The meta object id for the '{@link nl.casustafel.model.AgreementStatus <em>Agreement Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.casustafel.model.AgreementStatus
	 * @see nl.casustafel.model.impl.CasebookPackageImpl#getAgreementStatus()
	 * @generated
	 */
	int AGREEMENT_STATUS = 40;

	/**
	 * The meta object id for the '{@link nl.casustafel.model.NonCompletionReason <em>Non Completion Reason</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.casustafel.model.NonCompletionReason
	 * @see nl.casustafel.model.impl.CasebookPackageImpl#getNonCompletionReason()
	 * @generated
	 */
	int NON_COMPLETION_REASON = 41;

	/**
	 * The meta object id for the '{@link nl.casustafel.model.DecisionType <em>Decision Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.casustafel.model.DecisionType
	 * @see nl.casustafel.model.impl.CasebookPackageImpl#getDecisionType()
	 * @generated
	 */
	int DECISION_TYPE = 42;

	/**
	 * The meta object id for the '{@link nl.casustafel.model.MeetingState <em>Meeting State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.casustafel.model.MeetingState
	 * @see nl.casustafel.model.impl.CasebookPackageImpl#getMeetingState()
	 * @generated
	 */
	int MEETING_STATE = 43;

	/**
	 * The meta object id for the '{@link nl.casustafel.model.AttendanceStatus <em>Attendance Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.casustafel.model.AttendanceStatus
	 * @see nl.casustafel.model.impl.CasebookPackageImpl#getAttendanceStatus()
	 * @generated
	 */
	int ATTENDANCE_STATUS = 44;

	/**
	 * The meta object id for the '{@link nl.casustafel.model.PreparationStatus <em>Preparation Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.casustafel.model.PreparationStatus
	 * @see nl.casustafel.model.impl.CasebookPackageImpl#getPreparationStatus()
	 * @generated
	 */
	int PREPARATION_STATUS = 45;

	/**
	 * The meta object id for the '{@link nl.casustafel.model.AgendaItemKind <em>Agenda Item Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.casustafel.model.AgendaItemKind
	 * @see nl.casustafel.model.impl.CasebookPackageImpl#getAgendaItemKind()
	 * @generated
	 */
	int AGENDA_ITEM_KIND = 46;

	/**
	 * The meta object id for the '{@link nl.casustafel.model.RelationKind <em>Relation Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.casustafel.model.RelationKind
	 * @see nl.casustafel.model.impl.CasebookPackageImpl#getRelationKind()
	 * @generated
	 */
	int RELATION_KIND = 47;

	/**
	 * The meta object id for the '{@link nl.casustafel.model.TensionDimension <em>Tension Dimension</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.casustafel.model.TensionDimension
	 * @see nl.casustafel.model.impl.CasebookPackageImpl#getTensionDimension()
	 * @generated
	 */
	int TENSION_DIMENSION = 48;

	/**
	 * The meta object id for the '{@link nl.casustafel.model.DisclosureBasis <em>Disclosure Basis</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.casustafel.model.DisclosureBasis
	 * @see nl.casustafel.model.impl.CasebookPackageImpl#getDisclosureBasis()
	 * @generated
	 */
	int DISCLOSURE_BASIS = 49;


	/**
	 * Returns the meta object for class '{@link nl.casustafel.model.Identifiable <em>Identifiable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Identifiable</em>'.
	 * @see nl.casustafel.model.Identifiable
	 * @generated
	 */
	EClass getIdentifiable();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Identifiable#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see nl.casustafel.model.Identifiable#getId()
	 * @see #getIdentifiable()
	 * @generated
	 */
	EAttribute getIdentifiable_Id();

	/**
	 * Returns the meta object for class '{@link nl.casustafel.model.Casebook <em>Casebook</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Casebook</em>'.
	 * @see nl.casustafel.model.Casebook
	 * @generated
	 */
	EClass getCasebook();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Casebook#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see nl.casustafel.model.Casebook#getName()
	 * @see #getCasebook()
	 * @generated
	 */
	EAttribute getCasebook_Name();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Casebook#getRegion <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Region</em>'.
	 * @see nl.casustafel.model.Casebook#getRegion()
	 * @see #getCasebook()
	 * @generated
	 */
	EAttribute getCasebook_Region();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.casustafel.model.Casebook#getMunicipalities <em>Municipalities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Municipalities</em>'.
	 * @see nl.casustafel.model.Casebook#getMunicipalities()
	 * @see #getCasebook()
	 * @generated
	 */
	EReference getCasebook_Municipalities();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.casustafel.model.Casebook#getLifeDomains <em>Life Domains</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Life Domains</em>'.
	 * @see nl.casustafel.model.Casebook#getLifeDomains()
	 * @see #getCasebook()
	 * @generated
	 */
	EReference getCasebook_LifeDomains();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.casustafel.model.Casebook#getOrganisations <em>Organisations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Organisations</em>'.
	 * @see nl.casustafel.model.Casebook#getOrganisations()
	 * @see #getCasebook()
	 * @generated
	 */
	EReference getCasebook_Organisations();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.casustafel.model.Casebook#getProfessionals <em>Professionals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Professionals</em>'.
	 * @see nl.casustafel.model.Casebook#getProfessionals()
	 * @see #getCasebook()
	 * @generated
	 */
	EReference getCasebook_Professionals();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.casustafel.model.Casebook#getIdentities <em>Identities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Identities</em>'.
	 * @see nl.casustafel.model.Casebook#getIdentities()
	 * @see #getCasebook()
	 * @generated
	 */
	EReference getCasebook_Identities();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.casustafel.model.Casebook#getSubjects <em>Subjects</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Subjects</em>'.
	 * @see nl.casustafel.model.Casebook#getSubjects()
	 * @see #getCasebook()
	 * @generated
	 */
	EReference getCasebook_Subjects();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.casustafel.model.Casebook#getCases <em>Cases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Cases</em>'.
	 * @see nl.casustafel.model.Casebook#getCases()
	 * @see #getCasebook()
	 * @generated
	 */
	EReference getCasebook_Cases();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.casustafel.model.Casebook#getMeetingTypes <em>Meeting Types</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Meeting Types</em>'.
	 * @see nl.casustafel.model.Casebook#getMeetingTypes()
	 * @see #getCasebook()
	 * @generated
	 */
	EReference getCasebook_MeetingTypes();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.casustafel.model.Casebook#getMeetingSeries <em>Meeting Series</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Meeting Series</em>'.
	 * @see nl.casustafel.model.Casebook#getMeetingSeries()
	 * @see #getCasebook()
	 * @generated
	 */
	EReference getCasebook_MeetingSeries();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.casustafel.model.Casebook#getMeetings <em>Meetings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Meetings</em>'.
	 * @see nl.casustafel.model.Casebook#getMeetings()
	 * @see #getCasebook()
	 * @generated
	 */
	EReference getCasebook_Meetings();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.casustafel.model.Casebook#getRelations <em>Relations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Relations</em>'.
	 * @see nl.casustafel.model.Casebook#getRelations()
	 * @see #getCasebook()
	 * @generated
	 */
	EReference getCasebook_Relations();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.casustafel.model.Casebook#getCovenants <em>Covenants</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Covenants</em>'.
	 * @see nl.casustafel.model.Casebook#getCovenants()
	 * @see #getCasebook()
	 * @generated
	 */
	EReference getCasebook_Covenants();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.casustafel.model.Casebook#getPolicySignals <em>Policy Signals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Policy Signals</em>'.
	 * @see nl.casustafel.model.Casebook#getPolicySignals()
	 * @see #getCasebook()
	 * @generated
	 */
	EReference getCasebook_PolicySignals();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.casustafel.model.Casebook#getContributions <em>Contributions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Contributions</em>'.
	 * @see nl.casustafel.model.Casebook#getContributions()
	 * @see #getCasebook()
	 * @generated
	 */
	EReference getCasebook_Contributions();

	/**
	 * Returns the meta object for class '{@link nl.casustafel.model.Municipality <em>Municipality</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Municipality</em>'.
	 * @see nl.casustafel.model.Municipality
	 * @generated
	 */
	EClass getMunicipality();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Municipality#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see nl.casustafel.model.Municipality#getName()
	 * @see #getMunicipality()
	 * @generated
	 */
	EAttribute getMunicipality_Name();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Municipality#getPopulation <em>Population</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Population</em>'.
	 * @see nl.casustafel.model.Municipality#getPopulation()
	 * @see #getMunicipality()
	 * @generated
	 */
	EAttribute getMunicipality_Population();

	/**
	 * Returns the meta object for the reference '{@link nl.casustafel.model.Municipality#getCentreMunicipality <em>Centre Municipality</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Centre Municipality</em>'.
	 * @see nl.casustafel.model.Municipality#getCentreMunicipality()
	 * @see #getMunicipality()
	 * @generated
	 */
	EReference getMunicipality_CentreMunicipality();

	/**
	 * Returns the meta object for class '{@link nl.casustafel.model.LifeDomain <em>Life Domain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Life Domain</em>'.
	 * @see nl.casustafel.model.LifeDomain
	 * @generated
	 */
	EClass getLifeDomain();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.LifeDomain#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see nl.casustafel.model.LifeDomain#getKey()
	 * @see #getLifeDomain()
	 * @generated
	 */
	EAttribute getLifeDomain_Key();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.LifeDomain#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see nl.casustafel.model.LifeDomain#getName()
	 * @see #getLifeDomain()
	 * @generated
	 */
	EAttribute getLifeDomain_Name();

	/**
	 * Returns the meta object for class '{@link nl.casustafel.model.Organisation <em>Organisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Organisation</em>'.
	 * @see nl.casustafel.model.Organisation
	 * @generated
	 */
	EClass getOrganisation();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Organisation#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see nl.casustafel.model.Organisation#getName()
	 * @see #getOrganisation()
	 * @generated
	 */
	EAttribute getOrganisation_Name();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Organisation#getShortName <em>Short Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Short Name</em>'.
	 * @see nl.casustafel.model.Organisation#getShortName()
	 * @see #getOrganisation()
	 * @generated
	 */
	EAttribute getOrganisation_ShortName();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Organisation#getLogic <em>Logic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Logic</em>'.
	 * @see nl.casustafel.model.Organisation#getLogic()
	 * @see #getOrganisation()
	 * @generated
	 */
	EAttribute getOrganisation_Logic();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Organisation#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see nl.casustafel.model.Organisation#getType()
	 * @see #getOrganisation()
	 * @generated
	 */
	EAttribute getOrganisation_Type();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Organisation#getSecrecyRegime <em>Secrecy Regime</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Secrecy Regime</em>'.
	 * @see nl.casustafel.model.Organisation#getSecrecyRegime()
	 * @see #getOrganisation()
	 * @generated
	 */
	EAttribute getOrganisation_SecrecyRegime();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Organisation#getIntakeRules <em>Intake Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Intake Rules</em>'.
	 * @see nl.casustafel.model.Organisation#getIntakeRules()
	 * @see #getOrganisation()
	 * @generated
	 */
	EAttribute getOrganisation_IntakeRules();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Organisation#getCapacity <em>Capacity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Capacity</em>'.
	 * @see nl.casustafel.model.Organisation#getCapacity()
	 * @see #getOrganisation()
	 * @generated
	 */
	EAttribute getOrganisation_Capacity();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Organisation#getWaitingWeeks <em>Waiting Weeks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Waiting Weeks</em>'.
	 * @see nl.casustafel.model.Organisation#getWaitingWeeks()
	 * @see #getOrganisation()
	 * @generated
	 */
	EAttribute getOrganisation_WaitingWeeks();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Organisation#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see nl.casustafel.model.Organisation#getNotes()
	 * @see #getOrganisation()
	 * @generated
	 */
	EAttribute getOrganisation_Notes();

	/**
	 * Returns the meta object for the reference '{@link nl.casustafel.model.Organisation#getMunicipality <em>Municipality</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Municipality</em>'.
	 * @see nl.casustafel.model.Organisation#getMunicipality()
	 * @see #getOrganisation()
	 * @generated
	 */
	EReference getOrganisation_Municipality();

	/**
	 * Returns the meta object for the reference '{@link nl.casustafel.model.Organisation#getParent <em>Parent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Parent</em>'.
	 * @see nl.casustafel.model.Organisation#getParent()
	 * @see #getOrganisation()
	 * @generated
	 */
	EReference getOrganisation_Parent();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.casustafel.model.Organisation#getInterventions <em>Interventions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Interventions</em>'.
	 * @see nl.casustafel.model.Organisation#getInterventions()
	 * @see #getOrganisation()
	 * @generated
	 */
	EReference getOrganisation_Interventions();

	/**
	 * Returns the meta object for the reference list '{@link nl.casustafel.model.Organisation#getEscalationContacts <em>Escalation Contacts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Escalation Contacts</em>'.
	 * @see nl.casustafel.model.Organisation#getEscalationContacts()
	 * @see #getOrganisation()
	 * @generated
	 */
	EReference getOrganisation_EscalationContacts();

	/**
	 * Returns the meta object for class '{@link nl.casustafel.model.Intervention <em>Intervention</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Intervention</em>'.
	 * @see nl.casustafel.model.Intervention
	 * @generated
	 */
	EClass getIntervention();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Intervention#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see nl.casustafel.model.Intervention#getName()
	 * @see #getIntervention()
	 * @generated
	 */
	EAttribute getIntervention_Name();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Intervention#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see nl.casustafel.model.Intervention#getDescription()
	 * @see #getIntervention()
	 * @generated
	 */
	EAttribute getIntervention_Description();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Intervention#getBasis <em>Basis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Basis</em>'.
	 * @see nl.casustafel.model.Intervention#getBasis()
	 * @see #getIntervention()
	 * @generated
	 */
	EAttribute getIntervention_Basis();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Intervention#getCapacity <em>Capacity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Capacity</em>'.
	 * @see nl.casustafel.model.Intervention#getCapacity()
	 * @see #getIntervention()
	 * @generated
	 */
	EAttribute getIntervention_Capacity();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Intervention#getWaitingWeeks <em>Waiting Weeks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Waiting Weeks</em>'.
	 * @see nl.casustafel.model.Intervention#getWaitingWeeks()
	 * @see #getIntervention()
	 * @generated
	 */
	EAttribute getIntervention_WaitingWeeks();

	/**
	 * Returns the meta object for the reference '{@link nl.casustafel.model.Intervention#getDomain <em>Domain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Domain</em>'.
	 * @see nl.casustafel.model.Intervention#getDomain()
	 * @see #getIntervention()
	 * @generated
	 */
	EReference getIntervention_Domain();

	/**
	 * Returns the meta object for class '{@link nl.casustafel.model.Professional <em>Professional</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Professional</em>'.
	 * @see nl.casustafel.model.Professional
	 * @generated
	 */
	EClass getProfessional();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Professional#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see nl.casustafel.model.Professional#getName()
	 * @see #getProfessional()
	 * @generated
	 */
	EAttribute getProfessional_Name();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Professional#getFunction <em>Function</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Function</em>'.
	 * @see nl.casustafel.model.Professional#getFunction()
	 * @see #getProfessional()
	 * @generated
	 */
	EAttribute getProfessional_Function();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Professional#getEmail <em>Email</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Email</em>'.
	 * @see nl.casustafel.model.Professional#getEmail()
	 * @see #getProfessional()
	 * @generated
	 */
	EAttribute getProfessional_Email();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Professional#getPhone <em>Phone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Phone</em>'.
	 * @see nl.casustafel.model.Professional#getPhone()
	 * @see #getProfessional()
	 * @generated
	 */
	EAttribute getProfessional_Phone();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Professional#getValidFrom <em>Valid From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Valid From</em>'.
	 * @see nl.casustafel.model.Professional#getValidFrom()
	 * @see #getProfessional()
	 * @generated
	 */
	EAttribute getProfessional_ValidFrom();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Professional#getValidTo <em>Valid To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Valid To</em>'.
	 * @see nl.casustafel.model.Professional#getValidTo()
	 * @see #getProfessional()
	 * @generated
	 */
	EAttribute getProfessional_ValidTo();

	/**
	 * Returns the meta object for the reference '{@link nl.casustafel.model.Professional#getOrganisation <em>Organisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Organisation</em>'.
	 * @see nl.casustafel.model.Professional#getOrganisation()
	 * @see #getProfessional()
	 * @generated
	 */
	EReference getProfessional_Organisation();

	/**
	 * Returns the meta object for the reference '{@link nl.casustafel.model.Professional#getSubstitute <em>Substitute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Substitute</em>'.
	 * @see nl.casustafel.model.Professional#getSubstitute()
	 * @see #getProfessional()
	 * @generated
	 */
	EReference getProfessional_Substitute();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.casustafel.model.Professional#getRoles <em>Roles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Roles</em>'.
	 * @see nl.casustafel.model.Professional#getRoles()
	 * @see #getProfessional()
	 * @generated
	 */
	EReference getProfessional_Roles();

	/**
	 * Returns the meta object for class '{@link nl.casustafel.model.RoleAssignment <em>Role Assignment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Role Assignment</em>'.
	 * @see nl.casustafel.model.RoleAssignment
	 * @generated
	 */
	EClass getRoleAssignment();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.RoleAssignment#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see nl.casustafel.model.RoleAssignment#getRole()
	 * @see #getRoleAssignment()
	 * @generated
	 */
	EAttribute getRoleAssignment_Role();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.RoleAssignment#getValidFrom <em>Valid From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Valid From</em>'.
	 * @see nl.casustafel.model.RoleAssignment#getValidFrom()
	 * @see #getRoleAssignment()
	 * @generated
	 */
	EAttribute getRoleAssignment_ValidFrom();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.RoleAssignment#getValidTo <em>Valid To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Valid To</em>'.
	 * @see nl.casustafel.model.RoleAssignment#getValidTo()
	 * @see #getRoleAssignment()
	 * @generated
	 */
	EAttribute getRoleAssignment_ValidTo();

	/**
	 * Returns the meta object for the reference '{@link nl.casustafel.model.RoleAssignment#getHat <em>Hat</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Hat</em>'.
	 * @see nl.casustafel.model.RoleAssignment#getHat()
	 * @see #getRoleAssignment()
	 * @generated
	 */
	EReference getRoleAssignment_Hat();

	/**
	 * Returns the meta object for class '{@link nl.casustafel.model.ProtectedIdentity <em>Protected Identity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Protected Identity</em>'.
	 * @see nl.casustafel.model.ProtectedIdentity
	 * @generated
	 */
	EClass getProtectedIdentity();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.ProtectedIdentity#getFullName <em>Full Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Full Name</em>'.
	 * @see nl.casustafel.model.ProtectedIdentity#getFullName()
	 * @see #getProtectedIdentity()
	 * @generated
	 */
	EAttribute getProtectedIdentity_FullName();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.ProtectedIdentity#getBsn <em>Bsn</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bsn</em>'.
	 * @see nl.casustafel.model.ProtectedIdentity#getBsn()
	 * @see #getProtectedIdentity()
	 * @generated
	 */
	EAttribute getProtectedIdentity_Bsn();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.ProtectedIdentity#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see nl.casustafel.model.ProtectedIdentity#getAddress()
	 * @see #getProtectedIdentity()
	 * @generated
	 */
	EAttribute getProtectedIdentity_Address();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.ProtectedIdentity#getBirthDate <em>Birth Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Birth Date</em>'.
	 * @see nl.casustafel.model.ProtectedIdentity#getBirthDate()
	 * @see #getProtectedIdentity()
	 * @generated
	 */
	EAttribute getProtectedIdentity_BirthDate();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.ProtectedIdentity#getPhone <em>Phone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Phone</em>'.
	 * @see nl.casustafel.model.ProtectedIdentity#getPhone()
	 * @see #getProtectedIdentity()
	 * @generated
	 */
	EAttribute getProtectedIdentity_Phone();

	/**
	 * Returns the meta object for class '{@link nl.casustafel.model.Subject <em>Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Subject</em>'.
	 * @see nl.casustafel.model.Subject
	 * @generated
	 */
	EClass getSubject();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Subject#getPseudonym <em>Pseudonym</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pseudonym</em>'.
	 * @see nl.casustafel.model.Subject#getPseudonym()
	 * @see #getSubject()
	 * @generated
	 */
	EAttribute getSubject_Pseudonym();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Subject#getInitials <em>Initials</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Initials</em>'.
	 * @see nl.casustafel.model.Subject#getInitials()
	 * @see #getSubject()
	 * @generated
	 */
	EAttribute getSubject_Initials();

	/**
	 * Returns the meta object for the attribute list '{@link nl.casustafel.model.Subject#getFlags <em>Flags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Flags</em>'.
	 * @see nl.casustafel.model.Subject#getFlags()
	 * @see #getSubject()
	 * @generated
	 */
	EAttribute getSubject_Flags();

	/**
	 * Returns the meta object for the attribute list '{@link nl.casustafel.model.Subject#getTargetGroups <em>Target Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Target Groups</em>'.
	 * @see nl.casustafel.model.Subject#getTargetGroups()
	 * @see #getSubject()
	 * @generated
	 */
	EAttribute getSubject_TargetGroups();

	/**
	 * Returns the meta object for the reference '{@link nl.casustafel.model.Subject#getMunicipality <em>Municipality</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Municipality</em>'.
	 * @see nl.casustafel.model.Subject#getMunicipality()
	 * @see #getSubject()
	 * @generated
	 */
	EReference getSubject_Municipality();

	/**
	 * Returns the meta object for the reference '{@link nl.casustafel.model.Subject#getIdentity <em>Identity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Identity</em>'.
	 * @see nl.casustafel.model.Subject#getIdentity()
	 * @see #getSubject()
	 * @generated
	 */
	EReference getSubject_Identity();

	/**
	 * Returns the meta object for class '{@link nl.casustafel.model.Person <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Person</em>'.
	 * @see nl.casustafel.model.Person
	 * @generated
	 */
	EClass getPerson();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Person#getGender <em>Gender</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gender</em>'.
	 * @see nl.casustafel.model.Person#getGender()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Gender();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Person#getBirthYear <em>Birth Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Birth Year</em>'.
	 * @see nl.casustafel.model.Person#getBirthYear()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_BirthYear();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Person#getAgeBand <em>Age Band</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Age Band</em>'.
	 * @see nl.casustafel.model.Person#getAgeBand()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_AgeBand();

	/**
	 * Returns the meta object for the reference '{@link nl.casustafel.model.Person#getHousehold <em>Household</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Household</em>'.
	 * @see nl.casustafel.model.Person#getHousehold()
	 * @see #getPerson()
	 * @generated
	 */
	EReference getPerson_Household();

	/**
	 * Returns the meta object for class '{@link nl.casustafel.model.Household <em>Household</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Household</em>'.
	 * @see nl.casustafel.model.Household
	 * @generated
	 */
	EClass getHousehold();

	/**
	 * Returns the meta object for the reference list '{@link nl.casustafel.model.Household#getMembers <em>Members</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Members</em>'.
	 * @see nl.casustafel.model.Household#getMembers()
	 * @see #getHousehold()
	 * @generated
	 */
	EReference getHousehold_Members();

	/**
	 * Returns the meta object for class '{@link nl.casustafel.model.Case <em>Case</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Case</em>'.
	 * @see nl.casustafel.model.Case
	 * @generated
	 */
	EClass getCase();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Case#getCaseNumber <em>Case Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Case Number</em>'.
	 * @see nl.casustafel.model.Case#getCaseNumber()
	 * @see #getCase()
	 * @generated
	 */
	EAttribute getCase_CaseNumber();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Case#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see nl.casustafel.model.Case#getStatus()
	 * @see #getCase()
	 * @generated
	 */
	EAttribute getCase_Status();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Case#getPhase <em>Phase</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Phase</em>'.
	 * @see nl.casustafel.model.Case#getPhase()
	 * @see #getCase()
	 * @generated
	 */
	EAttribute getCase_Phase();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Case#getComplexity <em>Complexity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Complexity</em>'.
	 * @see nl.casustafel.model.Case#getComplexity()
	 * @see #getCase()
	 * @generated
	 */
	EAttribute getCase_Complexity();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Case#getUrgency <em>Urgency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Urgency</em>'.
	 * @see nl.casustafel.model.Case#getUrgency()
	 * @see #getCase()
	 * @generated
	 */
	EAttribute getCase_Urgency();

	/**
	 * Returns the meta object for the attribute list '{@link nl.casustafel.model.Case#getTags <em>Tags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Tags</em>'.
	 * @see nl.casustafel.model.Case#getTags()
	 * @see #getCase()
	 * @generated
	 */
	EAttribute getCase_Tags();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Case#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see nl.casustafel.model.Case#getReason()
	 * @see #getCase()
	 * @generated
	 */
	EAttribute getCase_Reason();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Case#getQuestion <em>Question</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Question</em>'.
	 * @see nl.casustafel.model.Case#getQuestion()
	 * @see #getCase()
	 * @generated
	 */
	EAttribute getCase_Question();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Case#getNoodscenario <em>Noodscenario</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Noodscenario</em>'.
	 * @see nl.casustafel.model.Case#getNoodscenario()
	 * @see #getCase()
	 * @generated
	 */
	EAttribute getCase_Noodscenario();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Case#getJudicialFrame <em>Judicial Frame</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Judicial Frame</em>'.
	 * @see nl.casustafel.model.Case#getJudicialFrame()
	 * @see #getCase()
	 * @generated
	 */
	EAttribute getCase_JudicialFrame();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Case#getRisks <em>Risks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Risks</em>'.
	 * @see nl.casustafel.model.Case#getRisks()
	 * @see #getCase()
	 * @generated
	 */
	EAttribute getCase_Risks();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Case#getOpenedOn <em>Opened On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Opened On</em>'.
	 * @see nl.casustafel.model.Case#getOpenedOn()
	 * @see #getCase()
	 * @generated
	 */
	EAttribute getCase_OpenedOn();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Case#getKnownSince <em>Known Since</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Known Since</em>'.
	 * @see nl.casustafel.model.Case#getKnownSince()
	 * @see #getCase()
	 * @generated
	 */
	EAttribute getCase_KnownSince();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Case#getClosedOn <em>Closed On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Closed On</em>'.
	 * @see nl.casustafel.model.Case#getClosedOn()
	 * @see #getCase()
	 * @generated
	 */
	EAttribute getCase_ClosedOn();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Case#getClosureReason <em>Closure Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Closure Reason</em>'.
	 * @see nl.casustafel.model.Case#getClosureReason()
	 * @see #getCase()
	 * @generated
	 */
	EAttribute getCase_ClosureReason();

	/**
	 * Returns the meta object for the reference '{@link nl.casustafel.model.Case#getSubject <em>Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Subject</em>'.
	 * @see nl.casustafel.model.Case#getSubject()
	 * @see #getCase()
	 * @generated
	 */
	EReference getCase_Subject();

	/**
	 * Returns the meta object for the reference '{@link nl.casustafel.model.Case#getCasusregisseur <em>Casusregisseur</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Casusregisseur</em>'.
	 * @see nl.casustafel.model.Case#getCasusregisseur()
	 * @see #getCase()
	 * @generated
	 */
	EReference getCase_Casusregisseur();

	/**
	 * Returns the meta object for the reference list '{@link nl.casustafel.model.Case#getLinkedCases <em>Linked Cases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Linked Cases</em>'.
	 * @see nl.casustafel.model.Case#getLinkedCases()
	 * @see #getCase()
	 * @generated
	 */
	EReference getCase_LinkedCases();

	/**
	 * Returns the meta object for the containment reference '{@link nl.casustafel.model.Case#getReferral <em>Referral</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Referral</em>'.
	 * @see nl.casustafel.model.Case#getReferral()
	 * @see #getCase()
	 * @generated
	 */
	EReference getCase_Referral();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.casustafel.model.Case#getLifeDomains <em>Life Domains</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Life Domains</em>'.
	 * @see nl.casustafel.model.Case#getLifeDomains()
	 * @see #getCase()
	 * @generated
	 */
	EReference getCase_LifeDomains();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.casustafel.model.Case#getInvolvements <em>Involvements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Involvements</em>'.
	 * @see nl.casustafel.model.Case#getInvolvements()
	 * @see #getCase()
	 * @generated
	 */
	EReference getCase_Involvements();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.casustafel.model.Case#getInformalTies <em>Informal Ties</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Informal Ties</em>'.
	 * @see nl.casustafel.model.Case#getInformalTies()
	 * @see #getCase()
	 * @generated
	 */
	EReference getCase_InformalTies();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.casustafel.model.Case#getTimeline <em>Timeline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Timeline</em>'.
	 * @see nl.casustafel.model.Case#getTimeline()
	 * @see #getCase()
	 * @generated
	 */
	EReference getCase_Timeline();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.casustafel.model.Case#getAgreements <em>Agreements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Agreements</em>'.
	 * @see nl.casustafel.model.Case#getAgreements()
	 * @see #getCase()
	 * @generated
	 */
	EReference getCase_Agreements();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.casustafel.model.Case#getEscalations <em>Escalations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Escalations</em>'.
	 * @see nl.casustafel.model.Case#getEscalations()
	 * @see #getCase()
	 * @generated
	 */
	EReference getCase_Escalations();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.casustafel.model.Case#getConsents <em>Consents</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Consents</em>'.
	 * @see nl.casustafel.model.Case#getConsents()
	 * @see #getCase()
	 * @generated
	 */
	EReference getCase_Consents();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.casustafel.model.Case#getDisclosures <em>Disclosures</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Disclosures</em>'.
	 * @see nl.casustafel.model.Case#getDisclosures()
	 * @see #getCase()
	 * @generated
	 */
	EReference getCase_Disclosures();

	/**
	 * Returns the meta object for class '{@link nl.casustafel.model.Referral <em>Referral</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Referral</em>'.
	 * @see nl.casustafel.model.Referral
	 * @generated
	 */
	EClass getReferral();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Referral#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see nl.casustafel.model.Referral#getDate()
	 * @see #getReferral()
	 * @generated
	 */
	EAttribute getReferral_Date();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Referral#getEntryRoute <em>Entry Route</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Entry Route</em>'.
	 * @see nl.casustafel.model.Referral#getEntryRoute()
	 * @see #getReferral()
	 * @generated
	 */
	EAttribute getReferral_EntryRoute();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Referral#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see nl.casustafel.model.Referral#getReason()
	 * @see #getReferral()
	 * @generated
	 */
	EAttribute getReferral_Reason();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Referral#getUrgency <em>Urgency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Urgency</em>'.
	 * @see nl.casustafel.model.Referral#getUrgency()
	 * @see #getReferral()
	 * @generated
	 */
	EAttribute getReferral_Urgency();

	/**
	 * Returns the meta object for the reference '{@link nl.casustafel.model.Referral#getReferrer <em>Referrer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Referrer</em>'.
	 * @see nl.casustafel.model.Referral#getReferrer()
	 * @see #getReferral()
	 * @generated
	 */
	EReference getReferral_Referrer();

	/**
	 * Returns the meta object for the reference '{@link nl.casustafel.model.Referral#getReferrerProfessional <em>Referrer Professional</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Referrer Professional</em>'.
	 * @see nl.casustafel.model.Referral#getReferrerProfessional()
	 * @see #getReferral()
	 * @generated
	 */
	EReference getReferral_ReferrerProfessional();

	/**
	 * Returns the meta object for class '{@link nl.casustafel.model.LifeDomainStatus <em>Life Domain Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Life Domain Status</em>'.
	 * @see nl.casustafel.model.LifeDomainStatus
	 * @generated
	 */
	EClass getLifeDomainStatus();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.LifeDomainStatus#getSeverity <em>Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Severity</em>'.
	 * @see nl.casustafel.model.LifeDomainStatus#getSeverity()
	 * @see #getLifeDomainStatus()
	 * @generated
	 */
	EAttribute getLifeDomainStatus_Severity();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.LifeDomainStatus#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see nl.casustafel.model.LifeDomainStatus#getNote()
	 * @see #getLifeDomainStatus()
	 * @generated
	 */
	EAttribute getLifeDomainStatus_Note();

	/**
	 * Returns the meta object for the reference '{@link nl.casustafel.model.LifeDomainStatus#getDomain <em>Domain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Domain</em>'.
	 * @see nl.casustafel.model.LifeDomainStatus#getDomain()
	 * @see #getLifeDomainStatus()
	 * @generated
	 */
	EReference getLifeDomainStatus_Domain();

	/**
	 * Returns the meta object for the reference '{@link nl.casustafel.model.LifeDomainStatus#getResponsible <em>Responsible</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Responsible</em>'.
	 * @see nl.casustafel.model.LifeDomainStatus#getResponsible()
	 * @see #getLifeDomainStatus()
	 * @generated
	 */
	EReference getLifeDomainStatus_Responsible();

	/**
	 * Returns the meta object for class '{@link nl.casustafel.model.Involvement <em>Involvement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Involvement</em>'.
	 * @see nl.casustafel.model.Involvement
	 * @generated
	 */
	EClass getInvolvement();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Involvement#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see nl.casustafel.model.Involvement#getRole()
	 * @see #getInvolvement()
	 * @generated
	 */
	EAttribute getInvolvement_Role();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Involvement#isKnowsPerson <em>Knows Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Knows Person</em>'.
	 * @see nl.casustafel.model.Involvement#isKnowsPerson()
	 * @see #getInvolvement()
	 * @generated
	 */
	EAttribute getInvolvement_KnowsPerson();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Involvement#getSince <em>Since</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Since</em>'.
	 * @see nl.casustafel.model.Involvement#getSince()
	 * @see #getInvolvement()
	 * @generated
	 */
	EAttribute getInvolvement_Since();

	/**
	 * Returns the meta object for the reference '{@link nl.casustafel.model.Involvement#getOrganisation <em>Organisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Organisation</em>'.
	 * @see nl.casustafel.model.Involvement#getOrganisation()
	 * @see #getInvolvement()
	 * @generated
	 */
	EReference getInvolvement_Organisation();

	/**
	 * Returns the meta object for the reference '{@link nl.casustafel.model.Involvement#getProfessional <em>Professional</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Professional</em>'.
	 * @see nl.casustafel.model.Involvement#getProfessional()
	 * @see #getInvolvement()
	 * @generated
	 */
	EReference getInvolvement_Professional();

	/**
	 * Returns the meta object for the reference list '{@link nl.casustafel.model.Involvement#getDomains <em>Domains</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Domains</em>'.
	 * @see nl.casustafel.model.Involvement#getDomains()
	 * @see #getInvolvement()
	 * @generated
	 */
	EReference getInvolvement_Domains();

	/**
	 * Returns the meta object for class '{@link nl.casustafel.model.InformalTie <em>Informal Tie</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Informal Tie</em>'.
	 * @see nl.casustafel.model.InformalTie
	 * @generated
	 */
	EClass getInformalTie();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.InformalTie#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see nl.casustafel.model.InformalTie#getLabel()
	 * @see #getInformalTie()
	 * @generated
	 */
	EAttribute getInformalTie_Label();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.InformalTie#getRelationship <em>Relationship</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Relationship</em>'.
	 * @see nl.casustafel.model.InformalTie#getRelationship()
	 * @see #getInformalTie()
	 * @generated
	 */
	EAttribute getInformalTie_Relationship();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.InformalTie#isKnowsPerson <em>Knows Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Knows Person</em>'.
	 * @see nl.casustafel.model.InformalTie#isKnowsPerson()
	 * @see #getInformalTie()
	 * @generated
	 */
	EAttribute getInformalTie_KnowsPerson();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.InformalTie#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see nl.casustafel.model.InformalTie#getNote()
	 * @see #getInformalTie()
	 * @generated
	 */
	EAttribute getInformalTie_Note();

	/**
	 * Returns the meta object for class '{@link nl.casustafel.model.TimelineEvent <em>Timeline Event</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Timeline Event</em>'.
	 * @see nl.casustafel.model.TimelineEvent
	 * @generated
	 */
	EClass getTimelineEvent();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.TimelineEvent#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see nl.casustafel.model.TimelineEvent#getDate()
	 * @see #getTimelineEvent()
	 * @generated
	 */
	EAttribute getTimelineEvent_Date();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.TimelineEvent#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see nl.casustafel.model.TimelineEvent#getKind()
	 * @see #getTimelineEvent()
	 * @generated
	 */
	EAttribute getTimelineEvent_Kind();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.TimelineEvent#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see nl.casustafel.model.TimelineEvent#getTitle()
	 * @see #getTimelineEvent()
	 * @generated
	 */
	EAttribute getTimelineEvent_Title();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.TimelineEvent#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see nl.casustafel.model.TimelineEvent#getDescription()
	 * @see #getTimelineEvent()
	 * @generated
	 */
	EAttribute getTimelineEvent_Description();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.TimelineEvent#getProvenance <em>Provenance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Provenance</em>'.
	 * @see nl.casustafel.model.TimelineEvent#getProvenance()
	 * @see #getTimelineEvent()
	 * @generated
	 */
	EAttribute getTimelineEvent_Provenance();

	/**
	 * Returns the meta object for the reference '{@link nl.casustafel.model.TimelineEvent#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see nl.casustafel.model.TimelineEvent#getSource()
	 * @see #getTimelineEvent()
	 * @generated
	 */
	EReference getTimelineEvent_Source();

	/**
	 * Returns the meta object for class '{@link nl.casustafel.model.Agreement <em>Agreement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Agreement</em>'.
	 * @see nl.casustafel.model.Agreement
	 * @generated
	 */
	EClass getAgreement();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Agreement#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see nl.casustafel.model.Agreement#getDescription()
	 * @see #getAgreement()
	 * @generated
	 */
	EAttribute getAgreement_Description();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Agreement#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see nl.casustafel.model.Agreement#getType()
	 * @see #getAgreement()
	 * @generated
	 */
	EAttribute getAgreement_Type();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Agreement#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see nl.casustafel.model.Agreement#getStatus()
	 * @see #getAgreement()
	 * @generated
	 */
	EAttribute getAgreement_Status();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Agreement#getNonCompletionReason <em>Non Completion Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Non Completion Reason</em>'.
	 * @see nl.casustafel.model.Agreement#getNonCompletionReason()
	 * @see #getAgreement()
	 * @generated
	 */
	EAttribute getAgreement_NonCompletionReason();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Agreement#getDueDate <em>Due Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Due Date</em>'.
	 * @see nl.casustafel.model.Agreement#getDueDate()
	 * @see #getAgreement()
	 * @generated
	 */
	EAttribute getAgreement_DueDate();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Agreement#getCreatedOn <em>Created On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created On</em>'.
	 * @see nl.casustafel.model.Agreement#getCreatedOn()
	 * @see #getAgreement()
	 * @generated
	 */
	EAttribute getAgreement_CreatedOn();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Agreement#getCompletedOn <em>Completed On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Completed On</em>'.
	 * @see nl.casustafel.model.Agreement#getCompletedOn()
	 * @see #getAgreement()
	 * @generated
	 */
	EAttribute getAgreement_CompletedOn();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Agreement#getConfirmedValidOn <em>Confirmed Valid On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Confirmed Valid On</em>'.
	 * @see nl.casustafel.model.Agreement#getConfirmedValidOn()
	 * @see #getAgreement()
	 * @generated
	 */
	EAttribute getAgreement_ConfirmedValidOn();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Agreement#isDependsOnHomeOrganisation <em>Depends On Home Organisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Depends On Home Organisation</em>'.
	 * @see nl.casustafel.model.Agreement#isDependsOnHomeOrganisation()
	 * @see #getAgreement()
	 * @generated
	 */
	EAttribute getAgreement_DependsOnHomeOrganisation();

	/**
	 * Returns the meta object for the reference '{@link nl.casustafel.model.Agreement#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Owner</em>'.
	 * @see nl.casustafel.model.Agreement#getOwner()
	 * @see #getAgreement()
	 * @generated
	 */
	EReference getAgreement_Owner();

	/**
	 * Returns the meta object for the reference '{@link nl.casustafel.model.Agreement#getOrganisation <em>Organisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Organisation</em>'.
	 * @see nl.casustafel.model.Agreement#getOrganisation()
	 * @see #getAgreement()
	 * @generated
	 */
	EReference getAgreement_Organisation();

	/**
	 * Returns the meta object for the reference '{@link nl.casustafel.model.Agreement#getSourceMeeting <em>Source Meeting</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source Meeting</em>'.
	 * @see nl.casustafel.model.Agreement#getSourceMeeting()
	 * @see #getAgreement()
	 * @generated
	 */
	EReference getAgreement_SourceMeeting();

	/**
	 * Returns the meta object for the reference '{@link nl.casustafel.model.Agreement#getReplacedBy <em>Replaced By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Replaced By</em>'.
	 * @see nl.casustafel.model.Agreement#getReplacedBy()
	 * @see #getAgreement()
	 * @generated
	 */
	EReference getAgreement_ReplacedBy();

	/**
	 * Returns the meta object for class '{@link nl.casustafel.model.Escalation <em>Escalation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Escalation</em>'.
	 * @see nl.casustafel.model.Escalation
	 * @generated
	 */
	EClass getEscalation();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Escalation#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see nl.casustafel.model.Escalation#getLevel()
	 * @see #getEscalation()
	 * @generated
	 */
	EAttribute getEscalation_Level();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Escalation#getQuestion <em>Question</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Question</em>'.
	 * @see nl.casustafel.model.Escalation#getQuestion()
	 * @see #getEscalation()
	 * @generated
	 */
	EAttribute getEscalation_Question();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Escalation#getAddressee <em>Addressee</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Addressee</em>'.
	 * @see nl.casustafel.model.Escalation#getAddressee()
	 * @see #getEscalation()
	 * @generated
	 */
	EAttribute getEscalation_Addressee();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Escalation#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see nl.casustafel.model.Escalation#getDate()
	 * @see #getEscalation()
	 * @generated
	 */
	EAttribute getEscalation_Date();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Escalation#getAnswer <em>Answer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Answer</em>'.
	 * @see nl.casustafel.model.Escalation#getAnswer()
	 * @see #getEscalation()
	 * @generated
	 */
	EAttribute getEscalation_Answer();

	/**
	 * Returns the meta object for the reference '{@link nl.casustafel.model.Escalation#getPolicySignal <em>Policy Signal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Policy Signal</em>'.
	 * @see nl.casustafel.model.Escalation#getPolicySignal()
	 * @see #getEscalation()
	 * @generated
	 */
	EReference getEscalation_PolicySignal();

	/**
	 * Returns the meta object for class '{@link nl.casustafel.model.ConsentRecord <em>Consent Record</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Consent Record</em>'.
	 * @see nl.casustafel.model.ConsentRecord
	 * @generated
	 */
	EClass getConsentRecord();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.ConsentRecord#getScope <em>Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scope</em>'.
	 * @see nl.casustafel.model.ConsentRecord#getScope()
	 * @see #getConsentRecord()
	 * @generated
	 */
	EAttribute getConsentRecord_Scope();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.ConsentRecord#getBasis <em>Basis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Basis</em>'.
	 * @see nl.casustafel.model.ConsentRecord#getBasis()
	 * @see #getConsentRecord()
	 * @generated
	 */
	EAttribute getConsentRecord_Basis();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.ConsentRecord#getSignedOn <em>Signed On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Signed On</em>'.
	 * @see nl.casustafel.model.ConsentRecord#getSignedOn()
	 * @see #getConsentRecord()
	 * @generated
	 */
	EAttribute getConsentRecord_SignedOn();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.ConsentRecord#getExpiresOn <em>Expires On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expires On</em>'.
	 * @see nl.casustafel.model.ConsentRecord#getExpiresOn()
	 * @see #getConsentRecord()
	 * @generated
	 */
	EAttribute getConsentRecord_ExpiresOn();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.ConsentRecord#getWithdrawnOn <em>Withdrawn On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Withdrawn On</em>'.
	 * @see nl.casustafel.model.ConsentRecord#getWithdrawnOn()
	 * @see #getConsentRecord()
	 * @generated
	 */
	EAttribute getConsentRecord_WithdrawnOn();

	/**
	 * Returns the meta object for the reference list '{@link nl.casustafel.model.ConsentRecord#getRecipients <em>Recipients</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Recipients</em>'.
	 * @see nl.casustafel.model.ConsentRecord#getRecipients()
	 * @see #getConsentRecord()
	 * @generated
	 */
	EReference getConsentRecord_Recipients();

	/**
	 * Returns the meta object for class '{@link nl.casustafel.model.Disclosure <em>Disclosure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Disclosure</em>'.
	 * @see nl.casustafel.model.Disclosure
	 * @generated
	 */
	EClass getDisclosure();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Disclosure#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see nl.casustafel.model.Disclosure#getCategory()
	 * @see #getDisclosure()
	 * @generated
	 */
	EAttribute getDisclosure_Category();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Disclosure#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see nl.casustafel.model.Disclosure#getDate()
	 * @see #getDisclosure()
	 * @generated
	 */
	EAttribute getDisclosure_Date();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Disclosure#getBasis <em>Basis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Basis</em>'.
	 * @see nl.casustafel.model.Disclosure#getBasis()
	 * @see #getDisclosure()
	 * @generated
	 */
	EAttribute getDisclosure_Basis();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Disclosure#isClientInformed <em>Client Informed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Client Informed</em>'.
	 * @see nl.casustafel.model.Disclosure#isClientInformed()
	 * @see #getDisclosure()
	 * @generated
	 */
	EAttribute getDisclosure_ClientInformed();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Disclosure#isClientPresent <em>Client Present</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Client Present</em>'.
	 * @see nl.casustafel.model.Disclosure#isClientPresent()
	 * @see #getDisclosure()
	 * @generated
	 */
	EAttribute getDisclosure_ClientPresent();

	/**
	 * Returns the meta object for the reference '{@link nl.casustafel.model.Disclosure#getFrom <em>From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>From</em>'.
	 * @see nl.casustafel.model.Disclosure#getFrom()
	 * @see #getDisclosure()
	 * @generated
	 */
	EReference getDisclosure_From();

	/**
	 * Returns the meta object for the reference '{@link nl.casustafel.model.Disclosure#getTo <em>To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>To</em>'.
	 * @see nl.casustafel.model.Disclosure#getTo()
	 * @see #getDisclosure()
	 * @generated
	 */
	EReference getDisclosure_To();

	/**
	 * Returns the meta object for the reference '{@link nl.casustafel.model.Disclosure#getConsent <em>Consent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Consent</em>'.
	 * @see nl.casustafel.model.Disclosure#getConsent()
	 * @see #getDisclosure()
	 * @generated
	 */
	EReference getDisclosure_Consent();

	/**
	 * Returns the meta object for class '{@link nl.casustafel.model.MeetingType <em>Meeting Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Meeting Type</em>'.
	 * @see nl.casustafel.model.MeetingType
	 * @generated
	 */
	EClass getMeetingType();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.MeetingType#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see nl.casustafel.model.MeetingType#getKey()
	 * @see #getMeetingType()
	 * @generated
	 */
	EAttribute getMeetingType_Key();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.MeetingType#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see nl.casustafel.model.MeetingType#getName()
	 * @see #getMeetingType()
	 * @generated
	 */
	EAttribute getMeetingType_Name();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.MeetingType#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see nl.casustafel.model.MeetingType#getDescription()
	 * @see #getMeetingType()
	 * @generated
	 */
	EAttribute getMeetingType_Description();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.MeetingType#getDefaultDurationMinutes <em>Default Duration Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Default Duration Minutes</em>'.
	 * @see nl.casustafel.model.MeetingType#getDefaultDurationMinutes()
	 * @see #getMeetingType()
	 * @generated
	 */
	EAttribute getMeetingType_DefaultDurationMinutes();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.MeetingType#getDefaultTimeboxMinutes <em>Default Timebox Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Default Timebox Minutes</em>'.
	 * @see nl.casustafel.model.MeetingType#getDefaultTimeboxMinutes()
	 * @see #getMeetingType()
	 * @generated
	 */
	EAttribute getMeetingType_DefaultTimeboxMinutes();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.MeetingType#getMaxCasesPerHour <em>Max Cases Per Hour</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Cases Per Hour</em>'.
	 * @see nl.casustafel.model.MeetingType#getMaxCasesPerHour()
	 * @see #getMeetingType()
	 * @generated
	 */
	EAttribute getMeetingType_MaxCasesPerHour();

	/**
	 * Returns the meta object for the reference list '{@link nl.casustafel.model.MeetingType#getRequiredParties <em>Required Parties</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Required Parties</em>'.
	 * @see nl.casustafel.model.MeetingType#getRequiredParties()
	 * @see #getMeetingType()
	 * @generated
	 */
	EReference getMeetingType_RequiredParties();

	/**
	 * Returns the meta object for class '{@link nl.casustafel.model.MeetingSeries <em>Meeting Series</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Meeting Series</em>'.
	 * @see nl.casustafel.model.MeetingSeries
	 * @generated
	 */
	EClass getMeetingSeries();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.MeetingSeries#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see nl.casustafel.model.MeetingSeries#getName()
	 * @see #getMeetingSeries()
	 * @generated
	 */
	EAttribute getMeetingSeries_Name();

	/**
	 * Returns the meta object for the reference '{@link nl.casustafel.model.MeetingSeries#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Type</em>'.
	 * @see nl.casustafel.model.MeetingSeries#getType()
	 * @see #getMeetingSeries()
	 * @generated
	 */
	EReference getMeetingSeries_Type();

	/**
	 * Returns the meta object for the reference list '{@link nl.casustafel.model.MeetingSeries#getMeetings <em>Meetings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Meetings</em>'.
	 * @see nl.casustafel.model.MeetingSeries#getMeetings()
	 * @see #getMeetingSeries()
	 * @generated
	 */
	EReference getMeetingSeries_Meetings();

	/**
	 * Returns the meta object for class '{@link nl.casustafel.model.Meeting <em>Meeting</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Meeting</em>'.
	 * @see nl.casustafel.model.Meeting
	 * @generated
	 */
	EClass getMeeting();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Meeting#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see nl.casustafel.model.Meeting#getTitle()
	 * @see #getMeeting()
	 * @generated
	 */
	EAttribute getMeeting_Title();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Meeting#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see nl.casustafel.model.Meeting#getDate()
	 * @see #getMeeting()
	 * @generated
	 */
	EAttribute getMeeting_Date();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Meeting#getDurationMinutes <em>Duration Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Duration Minutes</em>'.
	 * @see nl.casustafel.model.Meeting#getDurationMinutes()
	 * @see #getMeeting()
	 * @generated
	 */
	EAttribute getMeeting_DurationMinutes();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Meeting#getLocation <em>Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Location</em>'.
	 * @see nl.casustafel.model.Meeting#getLocation()
	 * @see #getMeeting()
	 * @generated
	 */
	EAttribute getMeeting_Location();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Meeting#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see nl.casustafel.model.Meeting#getState()
	 * @see #getMeeting()
	 * @generated
	 */
	EAttribute getMeeting_State();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Meeting#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see nl.casustafel.model.Meeting#getNotes()
	 * @see #getMeeting()
	 * @generated
	 */
	EAttribute getMeeting_Notes();

	/**
	 * Returns the meta object for the reference '{@link nl.casustafel.model.Meeting#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Type</em>'.
	 * @see nl.casustafel.model.Meeting#getType()
	 * @see #getMeeting()
	 * @generated
	 */
	EReference getMeeting_Type();

	/**
	 * Returns the meta object for the reference '{@link nl.casustafel.model.Meeting#getSeries <em>Series</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Series</em>'.
	 * @see nl.casustafel.model.Meeting#getSeries()
	 * @see #getMeeting()
	 * @generated
	 */
	EReference getMeeting_Series();

	/**
	 * Returns the meta object for the reference '{@link nl.casustafel.model.Meeting#getChair <em>Chair</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Chair</em>'.
	 * @see nl.casustafel.model.Meeting#getChair()
	 * @see #getMeeting()
	 * @generated
	 */
	EReference getMeeting_Chair();

	/**
	 * Returns the meta object for the reference '{@link nl.casustafel.model.Meeting#getSecretary <em>Secretary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Secretary</em>'.
	 * @see nl.casustafel.model.Meeting#getSecretary()
	 * @see #getMeeting()
	 * @generated
	 */
	EReference getMeeting_Secretary();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.casustafel.model.Meeting#getAttendance <em>Attendance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Attendance</em>'.
	 * @see nl.casustafel.model.Meeting#getAttendance()
	 * @see #getMeeting()
	 * @generated
	 */
	EReference getMeeting_Attendance();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.casustafel.model.Meeting#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see nl.casustafel.model.Meeting#getItems()
	 * @see #getMeeting()
	 * @generated
	 */
	EReference getMeeting_Items();

	/**
	 * Returns the meta object for class '{@link nl.casustafel.model.Attendance <em>Attendance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Attendance</em>'.
	 * @see nl.casustafel.model.Attendance
	 * @generated
	 */
	EClass getAttendance();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Attendance#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see nl.casustafel.model.Attendance#getStatus()
	 * @see #getAttendance()
	 * @generated
	 */
	EAttribute getAttendance_Status();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Attendance#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see nl.casustafel.model.Attendance#getRole()
	 * @see #getAttendance()
	 * @generated
	 */
	EAttribute getAttendance_Role();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Attendance#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see nl.casustafel.model.Attendance#getNote()
	 * @see #getAttendance()
	 * @generated
	 */
	EAttribute getAttendance_Note();

	/**
	 * Returns the meta object for the reference '{@link nl.casustafel.model.Attendance#getProfessional <em>Professional</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Professional</em>'.
	 * @see nl.casustafel.model.Attendance#getProfessional()
	 * @see #getAttendance()
	 * @generated
	 */
	EReference getAttendance_Professional();

	/**
	 * Returns the meta object for the reference '{@link nl.casustafel.model.Attendance#getOrganisation <em>Organisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Organisation</em>'.
	 * @see nl.casustafel.model.Attendance#getOrganisation()
	 * @see #getAttendance()
	 * @generated
	 */
	EReference getAttendance_Organisation();

	/**
	 * Returns the meta object for class '{@link nl.casustafel.model.AgendaItem <em>Agenda Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Agenda Item</em>'.
	 * @see nl.casustafel.model.AgendaItem
	 * @generated
	 */
	EClass getAgendaItem();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.AgendaItem#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see nl.casustafel.model.AgendaItem#getKind()
	 * @see #getAgendaItem()
	 * @generated
	 */
	EAttribute getAgendaItem_Kind();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.AgendaItem#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see nl.casustafel.model.AgendaItem#getTitle()
	 * @see #getAgendaItem()
	 * @generated
	 */
	EAttribute getAgendaItem_Title();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.AgendaItem#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see nl.casustafel.model.AgendaItem#getReason()
	 * @see #getAgendaItem()
	 * @generated
	 */
	EAttribute getAgendaItem_Reason();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.AgendaItem#getQuestion <em>Question</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Question</em>'.
	 * @see nl.casustafel.model.AgendaItem#getQuestion()
	 * @see #getAgendaItem()
	 * @generated
	 */
	EAttribute getAgendaItem_Question();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.AgendaItem#getUrgency <em>Urgency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Urgency</em>'.
	 * @see nl.casustafel.model.AgendaItem#getUrgency()
	 * @see #getAgendaItem()
	 * @generated
	 */
	EAttribute getAgendaItem_Urgency();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.AgendaItem#getTimeboxMinutes <em>Timebox Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Timebox Minutes</em>'.
	 * @see nl.casustafel.model.AgendaItem#getTimeboxMinutes()
	 * @see #getAgendaItem()
	 * @generated
	 */
	EAttribute getAgendaItem_TimeboxMinutes();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.AgendaItem#getActualDurationSeconds <em>Actual Duration Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Actual Duration Seconds</em>'.
	 * @see nl.casustafel.model.AgendaItem#getActualDurationSeconds()
	 * @see #getAgendaItem()
	 * @generated
	 */
	EAttribute getAgendaItem_ActualDurationSeconds();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.AgendaItem#getDecision <em>Decision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decision</em>'.
	 * @see nl.casustafel.model.AgendaItem#getDecision()
	 * @see #getAgendaItem()
	 * @generated
	 */
	EAttribute getAgendaItem_Decision();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.AgendaItem#getDecisionNote <em>Decision Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decision Note</em>'.
	 * @see nl.casustafel.model.AgendaItem#getDecisionNote()
	 * @see #getAgendaItem()
	 * @generated
	 */
	EAttribute getAgendaItem_DecisionNote();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.AgendaItem#getNoodscenario <em>Noodscenario</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Noodscenario</em>'.
	 * @see nl.casustafel.model.AgendaItem#getNoodscenario()
	 * @see #getAgendaItem()
	 * @generated
	 */
	EAttribute getAgendaItem_Noodscenario();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.AgendaItem#getNextDate <em>Next Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Next Date</em>'.
	 * @see nl.casustafel.model.AgendaItem#getNextDate()
	 * @see #getAgendaItem()
	 * @generated
	 */
	EAttribute getAgendaItem_NextDate();

	/**
	 * Returns the meta object for the reference '{@link nl.casustafel.model.AgendaItem#getCase <em>Case</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Case</em>'.
	 * @see nl.casustafel.model.AgendaItem#getCase()
	 * @see #getAgendaItem()
	 * @generated
	 */
	EReference getAgendaItem_Case();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.casustafel.model.AgendaItem#getPreparations <em>Preparations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Preparations</em>'.
	 * @see nl.casustafel.model.AgendaItem#getPreparations()
	 * @see #getAgendaItem()
	 * @generated
	 */
	EReference getAgendaItem_Preparations();

	/**
	 * Returns the meta object for the reference list '{@link nl.casustafel.model.AgendaItem#getAgreements <em>Agreements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Agreements</em>'.
	 * @see nl.casustafel.model.AgendaItem#getAgreements()
	 * @see #getAgendaItem()
	 * @generated
	 */
	EReference getAgendaItem_Agreements();

	/**
	 * Returns the meta object for class '{@link nl.casustafel.model.Preparation <em>Preparation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Preparation</em>'.
	 * @see nl.casustafel.model.Preparation
	 * @generated
	 */
	EClass getPreparation();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Preparation#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see nl.casustafel.model.Preparation#getStatus()
	 * @see #getPreparation()
	 * @generated
	 */
	EAttribute getPreparation_Status();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Preparation#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see nl.casustafel.model.Preparation#getNote()
	 * @see #getPreparation()
	 * @generated
	 */
	EAttribute getPreparation_Note();

	/**
	 * Returns the meta object for the reference '{@link nl.casustafel.model.Preparation#getOrganisation <em>Organisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Organisation</em>'.
	 * @see nl.casustafel.model.Preparation#getOrganisation()
	 * @see #getPreparation()
	 * @generated
	 */
	EReference getPreparation_Organisation();

	/**
	 * Returns the meta object for class '{@link nl.casustafel.model.Relation <em>Relation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Relation</em>'.
	 * @see nl.casustafel.model.Relation
	 * @generated
	 */
	EClass getRelation();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Relation#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see nl.casustafel.model.Relation#getKind()
	 * @see #getRelation()
	 * @generated
	 */
	EAttribute getRelation_Kind();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Relation#getSubtype <em>Subtype</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subtype</em>'.
	 * @see nl.casustafel.model.Relation#getSubtype()
	 * @see #getRelation()
	 * @generated
	 */
	EAttribute getRelation_Subtype();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Relation#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see nl.casustafel.model.Relation#getLabel()
	 * @see #getRelation()
	 * @generated
	 */
	EAttribute getRelation_Label();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Relation#getValidFrom <em>Valid From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Valid From</em>'.
	 * @see nl.casustafel.model.Relation#getValidFrom()
	 * @see #getRelation()
	 * @generated
	 */
	EAttribute getRelation_ValidFrom();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Relation#getValidTo <em>Valid To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Valid To</em>'.
	 * @see nl.casustafel.model.Relation#getValidTo()
	 * @see #getRelation()
	 * @generated
	 */
	EAttribute getRelation_ValidTo();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Relation#getStrength <em>Strength</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Strength</em>'.
	 * @see nl.casustafel.model.Relation#getStrength()
	 * @see #getRelation()
	 * @generated
	 */
	EAttribute getRelation_Strength();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Relation#getTension <em>Tension</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tension</em>'.
	 * @see nl.casustafel.model.Relation#getTension()
	 * @see #getRelation()
	 * @generated
	 */
	EAttribute getRelation_Tension();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Relation#getKnowledgeSource <em>Knowledge Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Knowledge Source</em>'.
	 * @see nl.casustafel.model.Relation#getKnowledgeSource()
	 * @see #getRelation()
	 * @generated
	 */
	EAttribute getRelation_KnowledgeSource();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Relation#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see nl.casustafel.model.Relation#getNotes()
	 * @see #getRelation()
	 * @generated
	 */
	EAttribute getRelation_Notes();

	/**
	 * Returns the meta object for the reference '{@link nl.casustafel.model.Relation#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see nl.casustafel.model.Relation#getSource()
	 * @see #getRelation()
	 * @generated
	 */
	EReference getRelation_Source();

	/**
	 * Returns the meta object for the reference '{@link nl.casustafel.model.Relation#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see nl.casustafel.model.Relation#getTarget()
	 * @see #getRelation()
	 * @generated
	 */
	EReference getRelation_Target();

	/**
	 * Returns the meta object for the reference '{@link nl.casustafel.model.Relation#getCase <em>Case</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Case</em>'.
	 * @see nl.casustafel.model.Relation#getCase()
	 * @see #getRelation()
	 * @generated
	 */
	EReference getRelation_Case();

	/**
	 * Returns the meta object for class '{@link nl.casustafel.model.Covenant <em>Covenant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Covenant</em>'.
	 * @see nl.casustafel.model.Covenant
	 * @generated
	 */
	EClass getCovenant();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Covenant#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see nl.casustafel.model.Covenant#getName()
	 * @see #getCovenant()
	 * @generated
	 */
	EAttribute getCovenant_Name();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Covenant#getValidFrom <em>Valid From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Valid From</em>'.
	 * @see nl.casustafel.model.Covenant#getValidFrom()
	 * @see #getCovenant()
	 * @generated
	 */
	EAttribute getCovenant_ValidFrom();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Covenant#getValidTo <em>Valid To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Valid To</em>'.
	 * @see nl.casustafel.model.Covenant#getValidTo()
	 * @see #getCovenant()
	 * @generated
	 */
	EAttribute getCovenant_ValidTo();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Covenant#getSharingRules <em>Sharing Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sharing Rules</em>'.
	 * @see nl.casustafel.model.Covenant#getSharingRules()
	 * @see #getCovenant()
	 * @generated
	 */
	EAttribute getCovenant_SharingRules();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.Covenant#getRetentionYears <em>Retention Years</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Retention Years</em>'.
	 * @see nl.casustafel.model.Covenant#getRetentionYears()
	 * @see #getCovenant()
	 * @generated
	 */
	EAttribute getCovenant_RetentionYears();

	/**
	 * Returns the meta object for the reference list '{@link nl.casustafel.model.Covenant#getParties <em>Parties</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Parties</em>'.
	 * @see nl.casustafel.model.Covenant#getParties()
	 * @see #getCovenant()
	 * @generated
	 */
	EReference getCovenant_Parties();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.casustafel.model.Covenant#getTasks <em>Tasks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Tasks</em>'.
	 * @see nl.casustafel.model.Covenant#getTasks()
	 * @see #getCovenant()
	 * @generated
	 */
	EReference getCovenant_Tasks();

	/**
	 * Returns the meta object for class '{@link nl.casustafel.model.CovenantTask <em>Covenant Task</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Covenant Task</em>'.
	 * @see nl.casustafel.model.CovenantTask
	 * @generated
	 */
	EClass getCovenantTask();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.CovenantTask#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see nl.casustafel.model.CovenantTask#getDescription()
	 * @see #getCovenantTask()
	 * @generated
	 */
	EAttribute getCovenantTask_Description();

	/**
	 * Returns the meta object for the reference '{@link nl.casustafel.model.CovenantTask#getParty <em>Party</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Party</em>'.
	 * @see nl.casustafel.model.CovenantTask#getParty()
	 * @see #getCovenantTask()
	 * @generated
	 */
	EReference getCovenantTask_Party();

	/**
	 * Returns the meta object for class '{@link nl.casustafel.model.PolicySignal <em>Policy Signal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Policy Signal</em>'.
	 * @see nl.casustafel.model.PolicySignal
	 * @generated
	 */
	EClass getPolicySignal();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.PolicySignal#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see nl.casustafel.model.PolicySignal#getTitle()
	 * @see #getPolicySignal()
	 * @generated
	 */
	EAttribute getPolicySignal_Title();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.PolicySignal#getGapType <em>Gap Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gap Type</em>'.
	 * @see nl.casustafel.model.PolicySignal#getGapType()
	 * @see #getPolicySignal()
	 * @generated
	 */
	EAttribute getPolicySignal_GapType();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.PolicySignal#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see nl.casustafel.model.PolicySignal#getDescription()
	 * @see #getPolicySignal()
	 * @generated
	 */
	EAttribute getPolicySignal_Description();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.PolicySignal#getAddressee <em>Addressee</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Addressee</em>'.
	 * @see nl.casustafel.model.PolicySignal#getAddressee()
	 * @see #getPolicySignal()
	 * @generated
	 */
	EAttribute getPolicySignal_Addressee();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.PolicySignal#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see nl.casustafel.model.PolicySignal#getDate()
	 * @see #getPolicySignal()
	 * @generated
	 */
	EAttribute getPolicySignal_Date();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.model.PolicySignal#getResponse <em>Response</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Response</em>'.
	 * @see nl.casustafel.model.PolicySignal#getResponse()
	 * @see #getPolicySignal()
	 * @generated
	 */
	EAttribute getPolicySignal_Response();

	/**
	 * Returns the meta object for the reference '{@link nl.casustafel.model.PolicySignal#getCase <em>Case</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Case</em>'.
	 * @see nl.casustafel.model.PolicySignal#getCase()
	 * @see #getPolicySignal()
	 * @generated
	 */
	EReference getPolicySignal_Case();

	/**
	 * Returns the meta object for enum '{@link nl.casustafel.model.OrganisationLogic <em>Organisation Logic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Organisation Logic</em>'.
	 * @see nl.casustafel.model.OrganisationLogic
	 * @generated
	 */
	EEnum getOrganisationLogic();

	/**
	 * Returns the meta object for enum '{@link nl.casustafel.model.CaseStatus <em>Case Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Case Status</em>'.
	 * @see nl.casustafel.model.CaseStatus
	 * @generated
	 */
	EEnum getCaseStatus();

	/**
	 * Returns the meta object for enum '{@link nl.casustafel.model.Severity <em>Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Severity</em>'.
	 * @see nl.casustafel.model.Severity
	 * @generated
	 */
	EEnum getSeverity();

	/**
	 * Returns the meta object for enum '{@link nl.casustafel.model.Gender <em>Gender</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Gender</em>'.
	 * @see nl.casustafel.model.Gender
	 * @generated
	 */
	EEnum getGender();

	/**
	 * Returns the meta object for enum '{@link nl.casustafel.model.AgeBand <em>Age Band</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Age Band</em>'.
	 * @see nl.casustafel.model.AgeBand
	 * @generated
	 */
	EEnum getAgeBand();

	/**
	 * Returns the meta object for enum '{@link nl.casustafel.model.Urgency <em>Urgency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Urgency</em>'.
	 * @see nl.casustafel.model.Urgency
	 * @generated
	 */
	EEnum getUrgency();

	/**
	 * Returns the meta object for enum '{@link nl.casustafel.model.Provenance <em>Provenance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Provenance</em>'.
	 * @see nl.casustafel.model.Provenance
	 * @generated
	 */
	EEnum getProvenance();

	/**
	 * Returns the meta object for enum '{@link nl.casustafel.model.AgreementType <em>Agreement Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Agreement Type</em>'.
	 * @see nl.casustafel.model.AgreementType
	 * @generated
	 */
	EEnum getAgreementType();

	/**
	 * Returns the meta object for enum '{@link nl.casustafel.model.AgreementStatus <em>Agreement Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Agreement Status</em>'.
	 * @see nl.casustafel.model.AgreementStatus
	 * @generated
	 */
	EEnum getAgreementStatus();

	/**
	 * Returns the meta object for enum '{@link nl.casustafel.model.NonCompletionReason <em>Non Completion Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Non Completion Reason</em>'.
	 * @see nl.casustafel.model.NonCompletionReason
	 * @generated
	 */
	EEnum getNonCompletionReason();

	/**
	 * Returns the meta object for enum '{@link nl.casustafel.model.DecisionType <em>Decision Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Decision Type</em>'.
	 * @see nl.casustafel.model.DecisionType
	 * @generated
	 */
	EEnum getDecisionType();

	/**
	 * Returns the meta object for enum '{@link nl.casustafel.model.MeetingState <em>Meeting State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Meeting State</em>'.
	 * @see nl.casustafel.model.MeetingState
	 * @generated
	 */
	EEnum getMeetingState();

	/**
	 * Returns the meta object for enum '{@link nl.casustafel.model.AttendanceStatus <em>Attendance Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Attendance Status</em>'.
	 * @see nl.casustafel.model.AttendanceStatus
	 * @generated
	 */
	EEnum getAttendanceStatus();

	/**
	 * Returns the meta object for enum '{@link nl.casustafel.model.PreparationStatus <em>Preparation Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Preparation Status</em>'.
	 * @see nl.casustafel.model.PreparationStatus
	 * @generated
	 */
	EEnum getPreparationStatus();

	/**
	 * Returns the meta object for enum '{@link nl.casustafel.model.AgendaItemKind <em>Agenda Item Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Agenda Item Kind</em>'.
	 * @see nl.casustafel.model.AgendaItemKind
	 * @generated
	 */
	EEnum getAgendaItemKind();

	/**
	 * Returns the meta object for enum '{@link nl.casustafel.model.RelationKind <em>Relation Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Relation Kind</em>'.
	 * @see nl.casustafel.model.RelationKind
	 * @generated
	 */
	EEnum getRelationKind();

	/**
	 * Returns the meta object for enum '{@link nl.casustafel.model.TensionDimension <em>Tension Dimension</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Tension Dimension</em>'.
	 * @see nl.casustafel.model.TensionDimension
	 * @generated
	 */
	EEnum getTensionDimension();

	/**
	 * Returns the meta object for enum '{@link nl.casustafel.model.DisclosureBasis <em>Disclosure Basis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Disclosure Basis</em>'.
	 * @see nl.casustafel.model.DisclosureBasis
	 * @generated
	 */
	EEnum getDisclosureBasis();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	CasebookFactory getCasebookFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link nl.casustafel.model.impl.IdentifiableImpl <em>Identifiable</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.casustafel.model.impl.IdentifiableImpl
		 * @see nl.casustafel.model.impl.CasebookPackageImpl#getIdentifiable()
		 * @generated
		 */
		EClass IDENTIFIABLE = eINSTANCE.getIdentifiable();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIABLE__ID = eINSTANCE.getIdentifiable_Id();

		/**
		 * The meta object literal for the '{@link nl.casustafel.model.impl.CasebookImpl <em>Casebook</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.casustafel.model.impl.CasebookImpl
		 * @see nl.casustafel.model.impl.CasebookPackageImpl#getCasebook()
		 * @generated
		 */
		EClass CASEBOOK = eINSTANCE.getCasebook();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASEBOOK__NAME = eINSTANCE.getCasebook_Name();

		/**
		 * The meta object literal for the '<em><b>Region</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASEBOOK__REGION = eINSTANCE.getCasebook_Region();

		/**
		 * The meta object literal for the '<em><b>Municipalities</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASEBOOK__MUNICIPALITIES = eINSTANCE.getCasebook_Municipalities();

		/**
		 * The meta object literal for the '<em><b>Life Domains</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASEBOOK__LIFE_DOMAINS = eINSTANCE.getCasebook_LifeDomains();

		/**
		 * The meta object literal for the '<em><b>Organisations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASEBOOK__ORGANISATIONS = eINSTANCE.getCasebook_Organisations();

		/**
		 * The meta object literal for the '<em><b>Professionals</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASEBOOK__PROFESSIONALS = eINSTANCE.getCasebook_Professionals();

		/**
		 * The meta object literal for the '<em><b>Identities</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASEBOOK__IDENTITIES = eINSTANCE.getCasebook_Identities();

		/**
		 * The meta object literal for the '<em><b>Subjects</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASEBOOK__SUBJECTS = eINSTANCE.getCasebook_Subjects();

		/**
		 * The meta object literal for the '<em><b>Cases</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASEBOOK__CASES = eINSTANCE.getCasebook_Cases();

		/**
		 * The meta object literal for the '<em><b>Meeting Types</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASEBOOK__MEETING_TYPES = eINSTANCE.getCasebook_MeetingTypes();

		/**
		 * The meta object literal for the '<em><b>Meeting Series</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASEBOOK__MEETING_SERIES = eINSTANCE.getCasebook_MeetingSeries();

		/**
		 * The meta object literal for the '<em><b>Meetings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASEBOOK__MEETINGS = eINSTANCE.getCasebook_Meetings();

		/**
		 * The meta object literal for the '<em><b>Relations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASEBOOK__RELATIONS = eINSTANCE.getCasebook_Relations();

		/**
		 * The meta object literal for the '<em><b>Covenants</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASEBOOK__COVENANTS = eINSTANCE.getCasebook_Covenants();

		/**
		 * The meta object literal for the '<em><b>Policy Signals</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASEBOOK__POLICY_SIGNALS = eINSTANCE.getCasebook_PolicySignals();

		/**
		 * The meta object literal for the '<em><b>Contributions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASEBOOK__CONTRIBUTIONS = eINSTANCE.getCasebook_Contributions();

		/**
		 * The meta object literal for the '{@link nl.casustafel.model.impl.MunicipalityImpl <em>Municipality</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.casustafel.model.impl.MunicipalityImpl
		 * @see nl.casustafel.model.impl.CasebookPackageImpl#getMunicipality()
		 * @generated
		 */
		EClass MUNICIPALITY = eINSTANCE.getMunicipality();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MUNICIPALITY__NAME = eINSTANCE.getMunicipality_Name();

		/**
		 * The meta object literal for the '<em><b>Population</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MUNICIPALITY__POPULATION = eINSTANCE.getMunicipality_Population();

		/**
		 * The meta object literal for the '<em><b>Centre Municipality</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MUNICIPALITY__CENTRE_MUNICIPALITY = eINSTANCE.getMunicipality_CentreMunicipality();

		/**
		 * The meta object literal for the '{@link nl.casustafel.model.impl.LifeDomainImpl <em>Life Domain</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.casustafel.model.impl.LifeDomainImpl
		 * @see nl.casustafel.model.impl.CasebookPackageImpl#getLifeDomain()
		 * @generated
		 */
		EClass LIFE_DOMAIN = eINSTANCE.getLifeDomain();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIFE_DOMAIN__KEY = eINSTANCE.getLifeDomain_Key();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIFE_DOMAIN__NAME = eINSTANCE.getLifeDomain_Name();

		/**
		 * The meta object literal for the '{@link nl.casustafel.model.impl.OrganisationImpl <em>Organisation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.casustafel.model.impl.OrganisationImpl
		 * @see nl.casustafel.model.impl.CasebookPackageImpl#getOrganisation()
		 * @generated
		 */
		EClass ORGANISATION = eINSTANCE.getOrganisation();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION__NAME = eINSTANCE.getOrganisation_Name();

		/**
		 * The meta object literal for the '<em><b>Short Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION__SHORT_NAME = eINSTANCE.getOrganisation_ShortName();

		/**
		 * The meta object literal for the '<em><b>Logic</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION__LOGIC = eINSTANCE.getOrganisation_Logic();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION__TYPE = eINSTANCE.getOrganisation_Type();

		/**
		 * The meta object literal for the '<em><b>Secrecy Regime</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION__SECRECY_REGIME = eINSTANCE.getOrganisation_SecrecyRegime();

		/**
		 * The meta object literal for the '<em><b>Intake Rules</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION__INTAKE_RULES = eINSTANCE.getOrganisation_IntakeRules();

		/**
		 * The meta object literal for the '<em><b>Capacity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION__CAPACITY = eINSTANCE.getOrganisation_Capacity();

		/**
		 * The meta object literal for the '<em><b>Waiting Weeks</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION__WAITING_WEEKS = eINSTANCE.getOrganisation_WaitingWeeks();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION__NOTES = eINSTANCE.getOrganisation_Notes();

		/**
		 * The meta object literal for the '<em><b>Municipality</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ORGANISATION__MUNICIPALITY = eINSTANCE.getOrganisation_Municipality();

		/**
		 * The meta object literal for the '<em><b>Parent</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ORGANISATION__PARENT = eINSTANCE.getOrganisation_Parent();

		/**
		 * The meta object literal for the '<em><b>Interventions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ORGANISATION__INTERVENTIONS = eINSTANCE.getOrganisation_Interventions();

		/**
		 * The meta object literal for the '<em><b>Escalation Contacts</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ORGANISATION__ESCALATION_CONTACTS = eINSTANCE.getOrganisation_EscalationContacts();

		/**
		 * The meta object literal for the '{@link nl.casustafel.model.impl.InterventionImpl <em>Intervention</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.casustafel.model.impl.InterventionImpl
		 * @see nl.casustafel.model.impl.CasebookPackageImpl#getIntervention()
		 * @generated
		 */
		EClass INTERVENTION = eINSTANCE.getIntervention();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERVENTION__NAME = eINSTANCE.getIntervention_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERVENTION__DESCRIPTION = eINSTANCE.getIntervention_Description();

		/**
		 * The meta object literal for the '<em><b>Basis</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERVENTION__BASIS = eINSTANCE.getIntervention_Basis();

		/**
		 * The meta object literal for the '<em><b>Capacity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERVENTION__CAPACITY = eINSTANCE.getIntervention_Capacity();

		/**
		 * The meta object literal for the '<em><b>Waiting Weeks</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERVENTION__WAITING_WEEKS = eINSTANCE.getIntervention_WaitingWeeks();

		/**
		 * The meta object literal for the '<em><b>Domain</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERVENTION__DOMAIN = eINSTANCE.getIntervention_Domain();

		/**
		 * The meta object literal for the '{@link nl.casustafel.model.impl.ProfessionalImpl <em>Professional</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.casustafel.model.impl.ProfessionalImpl
		 * @see nl.casustafel.model.impl.CasebookPackageImpl#getProfessional()
		 * @generated
		 */
		EClass PROFESSIONAL = eINSTANCE.getProfessional();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROFESSIONAL__NAME = eINSTANCE.getProfessional_Name();

		/**
		 * The meta object literal for the '<em><b>Function</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROFESSIONAL__FUNCTION = eINSTANCE.getProfessional_Function();

		/**
		 * The meta object literal for the '<em><b>Email</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROFESSIONAL__EMAIL = eINSTANCE.getProfessional_Email();

		/**
		 * The meta object literal for the '<em><b>Phone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROFESSIONAL__PHONE = eINSTANCE.getProfessional_Phone();

		/**
		 * The meta object literal for the '<em><b>Valid From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROFESSIONAL__VALID_FROM = eINSTANCE.getProfessional_ValidFrom();

		/**
		 * The meta object literal for the '<em><b>Valid To</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROFESSIONAL__VALID_TO = eINSTANCE.getProfessional_ValidTo();

		/**
		 * The meta object literal for the '<em><b>Organisation</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROFESSIONAL__ORGANISATION = eINSTANCE.getProfessional_Organisation();

		/**
		 * The meta object literal for the '<em><b>Substitute</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROFESSIONAL__SUBSTITUTE = eINSTANCE.getProfessional_Substitute();

		/**
		 * The meta object literal for the '<em><b>Roles</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROFESSIONAL__ROLES = eINSTANCE.getProfessional_Roles();

		/**
		 * The meta object literal for the '{@link nl.casustafel.model.impl.RoleAssignmentImpl <em>Role Assignment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.casustafel.model.impl.RoleAssignmentImpl
		 * @see nl.casustafel.model.impl.CasebookPackageImpl#getRoleAssignment()
		 * @generated
		 */
		EClass ROLE_ASSIGNMENT = eINSTANCE.getRoleAssignment();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE_ASSIGNMENT__ROLE = eINSTANCE.getRoleAssignment_Role();

		/**
		 * The meta object literal for the '<em><b>Valid From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE_ASSIGNMENT__VALID_FROM = eINSTANCE.getRoleAssignment_ValidFrom();

		/**
		 * The meta object literal for the '<em><b>Valid To</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE_ASSIGNMENT__VALID_TO = eINSTANCE.getRoleAssignment_ValidTo();

		/**
		 * The meta object literal for the '<em><b>Hat</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ROLE_ASSIGNMENT__HAT = eINSTANCE.getRoleAssignment_Hat();

		/**
		 * The meta object literal for the '{@link nl.casustafel.model.impl.ProtectedIdentityImpl <em>Protected Identity</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.casustafel.model.impl.ProtectedIdentityImpl
		 * @see nl.casustafel.model.impl.CasebookPackageImpl#getProtectedIdentity()
		 * @generated
		 */
		EClass PROTECTED_IDENTITY = eINSTANCE.getProtectedIdentity();

		/**
		 * The meta object literal for the '<em><b>Full Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROTECTED_IDENTITY__FULL_NAME = eINSTANCE.getProtectedIdentity_FullName();

		/**
		 * The meta object literal for the '<em><b>Bsn</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROTECTED_IDENTITY__BSN = eINSTANCE.getProtectedIdentity_Bsn();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROTECTED_IDENTITY__ADDRESS = eINSTANCE.getProtectedIdentity_Address();

		/**
		 * The meta object literal for the '<em><b>Birth Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROTECTED_IDENTITY__BIRTH_DATE = eINSTANCE.getProtectedIdentity_BirthDate();

		/**
		 * The meta object literal for the '<em><b>Phone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROTECTED_IDENTITY__PHONE = eINSTANCE.getProtectedIdentity_Phone();

		/**
		 * The meta object literal for the '{@link nl.casustafel.model.impl.SubjectImpl <em>Subject</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.casustafel.model.impl.SubjectImpl
		 * @see nl.casustafel.model.impl.CasebookPackageImpl#getSubject()
		 * @generated
		 */
		EClass SUBJECT = eINSTANCE.getSubject();

		/**
		 * The meta object literal for the '<em><b>Pseudonym</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBJECT__PSEUDONYM = eINSTANCE.getSubject_Pseudonym();

		/**
		 * The meta object literal for the '<em><b>Initials</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBJECT__INITIALS = eINSTANCE.getSubject_Initials();

		/**
		 * The meta object literal for the '<em><b>Flags</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBJECT__FLAGS = eINSTANCE.getSubject_Flags();

		/**
		 * The meta object literal for the '<em><b>Target Groups</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBJECT__TARGET_GROUPS = eINSTANCE.getSubject_TargetGroups();

		/**
		 * The meta object literal for the '<em><b>Municipality</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUBJECT__MUNICIPALITY = eINSTANCE.getSubject_Municipality();

		/**
		 * The meta object literal for the '<em><b>Identity</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUBJECT__IDENTITY = eINSTANCE.getSubject_Identity();

		/**
		 * The meta object literal for the '{@link nl.casustafel.model.impl.PersonImpl <em>Person</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.casustafel.model.impl.PersonImpl
		 * @see nl.casustafel.model.impl.CasebookPackageImpl#getPerson()
		 * @generated
		 */
		EClass PERSON = eINSTANCE.getPerson();

		/**
		 * The meta object literal for the '<em><b>Gender</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__GENDER = eINSTANCE.getPerson_Gender();

		/**
		 * The meta object literal for the '<em><b>Birth Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__BIRTH_YEAR = eINSTANCE.getPerson_BirthYear();

		/**
		 * The meta object literal for the '<em><b>Age Band</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__AGE_BAND = eINSTANCE.getPerson_AgeBand();

		/**
		 * The meta object literal for the '<em><b>Household</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PERSON__HOUSEHOLD = eINSTANCE.getPerson_Household();

		/**
		 * The meta object literal for the '{@link nl.casustafel.model.impl.HouseholdImpl <em>Household</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.casustafel.model.impl.HouseholdImpl
		 * @see nl.casustafel.model.impl.CasebookPackageImpl#getHousehold()
		 * @generated
		 */
		EClass HOUSEHOLD = eINSTANCE.getHousehold();

		/**
		 * The meta object literal for the '<em><b>Members</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOUSEHOLD__MEMBERS = eINSTANCE.getHousehold_Members();

		/**
		 * The meta object literal for the '{@link nl.casustafel.model.impl.CaseImpl <em>Case</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.casustafel.model.impl.CaseImpl
		 * @see nl.casustafel.model.impl.CasebookPackageImpl#getCase()
		 * @generated
		 */
		EClass CASE = eINSTANCE.getCase();

		/**
		 * The meta object literal for the '<em><b>Case Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE__CASE_NUMBER = eINSTANCE.getCase_CaseNumber();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE__STATUS = eINSTANCE.getCase_Status();

		/**
		 * The meta object literal for the '<em><b>Phase</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE__PHASE = eINSTANCE.getCase_Phase();

		/**
		 * The meta object literal for the '<em><b>Complexity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE__COMPLEXITY = eINSTANCE.getCase_Complexity();

		/**
		 * The meta object literal for the '<em><b>Urgency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE__URGENCY = eINSTANCE.getCase_Urgency();

		/**
		 * The meta object literal for the '<em><b>Tags</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE__TAGS = eINSTANCE.getCase_Tags();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE__REASON = eINSTANCE.getCase_Reason();

		/**
		 * The meta object literal for the '<em><b>Question</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE__QUESTION = eINSTANCE.getCase_Question();

		/**
		 * The meta object literal for the '<em><b>Noodscenario</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE__NOODSCENARIO = eINSTANCE.getCase_Noodscenario();

		/**
		 * The meta object literal for the '<em><b>Judicial Frame</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE__JUDICIAL_FRAME = eINSTANCE.getCase_JudicialFrame();

		/**
		 * The meta object literal for the '<em><b>Risks</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE__RISKS = eINSTANCE.getCase_Risks();

		/**
		 * The meta object literal for the '<em><b>Opened On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE__OPENED_ON = eINSTANCE.getCase_OpenedOn();

		/**
		 * The meta object literal for the '<em><b>Known Since</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE__KNOWN_SINCE = eINSTANCE.getCase_KnownSince();

		/**
		 * The meta object literal for the '<em><b>Closed On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE__CLOSED_ON = eINSTANCE.getCase_ClosedOn();

		/**
		 * The meta object literal for the '<em><b>Closure Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE__CLOSURE_REASON = eINSTANCE.getCase_ClosureReason();

		/**
		 * The meta object literal for the '<em><b>Subject</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASE__SUBJECT = eINSTANCE.getCase_Subject();

		/**
		 * The meta object literal for the '<em><b>Casusregisseur</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASE__CASUSREGISSEUR = eINSTANCE.getCase_Casusregisseur();

		/**
		 * The meta object literal for the '<em><b>Linked Cases</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASE__LINKED_CASES = eINSTANCE.getCase_LinkedCases();

		/**
		 * The meta object literal for the '<em><b>Referral</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASE__REFERRAL = eINSTANCE.getCase_Referral();

		/**
		 * The meta object literal for the '<em><b>Life Domains</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASE__LIFE_DOMAINS = eINSTANCE.getCase_LifeDomains();

		/**
		 * The meta object literal for the '<em><b>Involvements</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASE__INVOLVEMENTS = eINSTANCE.getCase_Involvements();

		/**
		 * The meta object literal for the '<em><b>Informal Ties</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASE__INFORMAL_TIES = eINSTANCE.getCase_InformalTies();

		/**
		 * The meta object literal for the '<em><b>Timeline</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASE__TIMELINE = eINSTANCE.getCase_Timeline();

		/**
		 * The meta object literal for the '<em><b>Agreements</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASE__AGREEMENTS = eINSTANCE.getCase_Agreements();

		/**
		 * The meta object literal for the '<em><b>Escalations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASE__ESCALATIONS = eINSTANCE.getCase_Escalations();

		/**
		 * The meta object literal for the '<em><b>Consents</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASE__CONSENTS = eINSTANCE.getCase_Consents();

		/**
		 * The meta object literal for the '<em><b>Disclosures</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASE__DISCLOSURES = eINSTANCE.getCase_Disclosures();

		/**
		 * The meta object literal for the '{@link nl.casustafel.model.impl.ReferralImpl <em>Referral</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.casustafel.model.impl.ReferralImpl
		 * @see nl.casustafel.model.impl.CasebookPackageImpl#getReferral()
		 * @generated
		 */
		EClass REFERRAL = eINSTANCE.getReferral();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFERRAL__DATE = eINSTANCE.getReferral_Date();

		/**
		 * The meta object literal for the '<em><b>Entry Route</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFERRAL__ENTRY_ROUTE = eINSTANCE.getReferral_EntryRoute();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFERRAL__REASON = eINSTANCE.getReferral_Reason();

		/**
		 * The meta object literal for the '<em><b>Urgency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFERRAL__URGENCY = eINSTANCE.getReferral_Urgency();

		/**
		 * The meta object literal for the '<em><b>Referrer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REFERRAL__REFERRER = eINSTANCE.getReferral_Referrer();

		/**
		 * The meta object literal for the '<em><b>Referrer Professional</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REFERRAL__REFERRER_PROFESSIONAL = eINSTANCE.getReferral_ReferrerProfessional();

		/**
		 * The meta object literal for the '{@link nl.casustafel.model.impl.LifeDomainStatusImpl <em>Life Domain Status</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.casustafel.model.impl.LifeDomainStatusImpl
		 * @see nl.casustafel.model.impl.CasebookPackageImpl#getLifeDomainStatus()
		 * @generated
		 */
		EClass LIFE_DOMAIN_STATUS = eINSTANCE.getLifeDomainStatus();

		/**
		 * The meta object literal for the '<em><b>Severity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIFE_DOMAIN_STATUS__SEVERITY = eINSTANCE.getLifeDomainStatus_Severity();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIFE_DOMAIN_STATUS__NOTE = eINSTANCE.getLifeDomainStatus_Note();

		/**
		 * The meta object literal for the '<em><b>Domain</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LIFE_DOMAIN_STATUS__DOMAIN = eINSTANCE.getLifeDomainStatus_Domain();

		/**
		 * The meta object literal for the '<em><b>Responsible</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LIFE_DOMAIN_STATUS__RESPONSIBLE = eINSTANCE.getLifeDomainStatus_Responsible();

		/**
		 * The meta object literal for the '{@link nl.casustafel.model.impl.InvolvementImpl <em>Involvement</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.casustafel.model.impl.InvolvementImpl
		 * @see nl.casustafel.model.impl.CasebookPackageImpl#getInvolvement()
		 * @generated
		 */
		EClass INVOLVEMENT = eINSTANCE.getInvolvement();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVOLVEMENT__ROLE = eINSTANCE.getInvolvement_Role();

		/**
		 * The meta object literal for the '<em><b>Knows Person</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVOLVEMENT__KNOWS_PERSON = eINSTANCE.getInvolvement_KnowsPerson();

		/**
		 * The meta object literal for the '<em><b>Since</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVOLVEMENT__SINCE = eINSTANCE.getInvolvement_Since();

		/**
		 * The meta object literal for the '<em><b>Organisation</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INVOLVEMENT__ORGANISATION = eINSTANCE.getInvolvement_Organisation();

		/**
		 * The meta object literal for the '<em><b>Professional</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INVOLVEMENT__PROFESSIONAL = eINSTANCE.getInvolvement_Professional();

		/**
		 * The meta object literal for the '<em><b>Domains</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INVOLVEMENT__DOMAINS = eINSTANCE.getInvolvement_Domains();

		/**
		 * The meta object literal for the '{@link nl.casustafel.model.impl.InformalTieImpl <em>Informal Tie</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.casustafel.model.impl.InformalTieImpl
		 * @see nl.casustafel.model.impl.CasebookPackageImpl#getInformalTie()
		 * @generated
		 */
		EClass INFORMAL_TIE = eINSTANCE.getInformalTie();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INFORMAL_TIE__LABEL = eINSTANCE.getInformalTie_Label();

		/**
		 * The meta object literal for the '<em><b>Relationship</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INFORMAL_TIE__RELATIONSHIP = eINSTANCE.getInformalTie_Relationship();

		/**
		 * The meta object literal for the '<em><b>Knows Person</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INFORMAL_TIE__KNOWS_PERSON = eINSTANCE.getInformalTie_KnowsPerson();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INFORMAL_TIE__NOTE = eINSTANCE.getInformalTie_Note();

		/**
		 * The meta object literal for the '{@link nl.casustafel.model.impl.TimelineEventImpl <em>Timeline Event</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.casustafel.model.impl.TimelineEventImpl
		 * @see nl.casustafel.model.impl.CasebookPackageImpl#getTimelineEvent()
		 * @generated
		 */
		EClass TIMELINE_EVENT = eINSTANCE.getTimelineEvent();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIMELINE_EVENT__DATE = eINSTANCE.getTimelineEvent_Date();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIMELINE_EVENT__KIND = eINSTANCE.getTimelineEvent_Kind();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIMELINE_EVENT__TITLE = eINSTANCE.getTimelineEvent_Title();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIMELINE_EVENT__DESCRIPTION = eINSTANCE.getTimelineEvent_Description();

		/**
		 * The meta object literal for the '<em><b>Provenance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIMELINE_EVENT__PROVENANCE = eINSTANCE.getTimelineEvent_Provenance();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TIMELINE_EVENT__SOURCE = eINSTANCE.getTimelineEvent_Source();

		/**
		 * The meta object literal for the '{@link nl.casustafel.model.impl.AgreementImpl <em>Agreement</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.casustafel.model.impl.AgreementImpl
		 * @see nl.casustafel.model.impl.CasebookPackageImpl#getAgreement()
		 * @generated
		 */
		EClass AGREEMENT = eINSTANCE.getAgreement();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGREEMENT__DESCRIPTION = eINSTANCE.getAgreement_Description();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGREEMENT__TYPE = eINSTANCE.getAgreement_Type();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGREEMENT__STATUS = eINSTANCE.getAgreement_Status();

		/**
		 * The meta object literal for the '<em><b>Non Completion Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGREEMENT__NON_COMPLETION_REASON = eINSTANCE.getAgreement_NonCompletionReason();

		/**
		 * The meta object literal for the '<em><b>Due Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGREEMENT__DUE_DATE = eINSTANCE.getAgreement_DueDate();

		/**
		 * The meta object literal for the '<em><b>Created On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGREEMENT__CREATED_ON = eINSTANCE.getAgreement_CreatedOn();

		/**
		 * The meta object literal for the '<em><b>Completed On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGREEMENT__COMPLETED_ON = eINSTANCE.getAgreement_CompletedOn();

		/**
		 * The meta object literal for the '<em><b>Confirmed Valid On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGREEMENT__CONFIRMED_VALID_ON = eINSTANCE.getAgreement_ConfirmedValidOn();

		/**
		 * The meta object literal for the '<em><b>Depends On Home Organisation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGREEMENT__DEPENDS_ON_HOME_ORGANISATION = eINSTANCE.getAgreement_DependsOnHomeOrganisation();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AGREEMENT__OWNER = eINSTANCE.getAgreement_Owner();

		/**
		 * The meta object literal for the '<em><b>Organisation</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AGREEMENT__ORGANISATION = eINSTANCE.getAgreement_Organisation();

		/**
		 * The meta object literal for the '<em><b>Source Meeting</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AGREEMENT__SOURCE_MEETING = eINSTANCE.getAgreement_SourceMeeting();

		/**
		 * The meta object literal for the '<em><b>Replaced By</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AGREEMENT__REPLACED_BY = eINSTANCE.getAgreement_ReplacedBy();

		/**
		 * The meta object literal for the '{@link nl.casustafel.model.impl.EscalationImpl <em>Escalation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.casustafel.model.impl.EscalationImpl
		 * @see nl.casustafel.model.impl.CasebookPackageImpl#getEscalation()
		 * @generated
		 */
		EClass ESCALATION = eINSTANCE.getEscalation();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ESCALATION__LEVEL = eINSTANCE.getEscalation_Level();

		/**
		 * The meta object literal for the '<em><b>Question</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ESCALATION__QUESTION = eINSTANCE.getEscalation_Question();

		/**
		 * The meta object literal for the '<em><b>Addressee</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ESCALATION__ADDRESSEE = eINSTANCE.getEscalation_Addressee();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ESCALATION__DATE = eINSTANCE.getEscalation_Date();

		/**
		 * The meta object literal for the '<em><b>Answer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ESCALATION__ANSWER = eINSTANCE.getEscalation_Answer();

		/**
		 * The meta object literal for the '<em><b>Policy Signal</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ESCALATION__POLICY_SIGNAL = eINSTANCE.getEscalation_PolicySignal();

		/**
		 * The meta object literal for the '{@link nl.casustafel.model.impl.ConsentRecordImpl <em>Consent Record</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.casustafel.model.impl.ConsentRecordImpl
		 * @see nl.casustafel.model.impl.CasebookPackageImpl#getConsentRecord()
		 * @generated
		 */
		EClass CONSENT_RECORD = eINSTANCE.getConsentRecord();

		/**
		 * The meta object literal for the '<em><b>Scope</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSENT_RECORD__SCOPE = eINSTANCE.getConsentRecord_Scope();

		/**
		 * The meta object literal for the '<em><b>Basis</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSENT_RECORD__BASIS = eINSTANCE.getConsentRecord_Basis();

		/**
		 * The meta object literal for the '<em><b>Signed On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSENT_RECORD__SIGNED_ON = eINSTANCE.getConsentRecord_SignedOn();

		/**
		 * The meta object literal for the '<em><b>Expires On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSENT_RECORD__EXPIRES_ON = eINSTANCE.getConsentRecord_ExpiresOn();

		/**
		 * The meta object literal for the '<em><b>Withdrawn On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSENT_RECORD__WITHDRAWN_ON = eINSTANCE.getConsentRecord_WithdrawnOn();

		/**
		 * The meta object literal for the '<em><b>Recipients</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONSENT_RECORD__RECIPIENTS = eINSTANCE.getConsentRecord_Recipients();

		/**
		 * The meta object literal for the '{@link nl.casustafel.model.impl.DisclosureImpl <em>Disclosure</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.casustafel.model.impl.DisclosureImpl
		 * @see nl.casustafel.model.impl.CasebookPackageImpl#getDisclosure()
		 * @generated
		 */
		EClass DISCLOSURE = eINSTANCE.getDisclosure();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISCLOSURE__CATEGORY = eINSTANCE.getDisclosure_Category();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISCLOSURE__DATE = eINSTANCE.getDisclosure_Date();

		/**
		 * The meta object literal for the '<em><b>Basis</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISCLOSURE__BASIS = eINSTANCE.getDisclosure_Basis();

		/**
		 * The meta object literal for the '<em><b>Client Informed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISCLOSURE__CLIENT_INFORMED = eINSTANCE.getDisclosure_ClientInformed();

		/**
		 * The meta object literal for the '<em><b>Client Present</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISCLOSURE__CLIENT_PRESENT = eINSTANCE.getDisclosure_ClientPresent();

		/**
		 * The meta object literal for the '<em><b>From</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DISCLOSURE__FROM = eINSTANCE.getDisclosure_From();

		/**
		 * The meta object literal for the '<em><b>To</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DISCLOSURE__TO = eINSTANCE.getDisclosure_To();

		/**
		 * The meta object literal for the '<em><b>Consent</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DISCLOSURE__CONSENT = eINSTANCE.getDisclosure_Consent();

		/**
		 * The meta object literal for the '{@link nl.casustafel.model.impl.MeetingTypeImpl <em>Meeting Type</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.casustafel.model.impl.MeetingTypeImpl
		 * @see nl.casustafel.model.impl.CasebookPackageImpl#getMeetingType()
		 * @generated
		 */
		EClass MEETING_TYPE = eINSTANCE.getMeetingType();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING_TYPE__KEY = eINSTANCE.getMeetingType_Key();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING_TYPE__NAME = eINSTANCE.getMeetingType_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING_TYPE__DESCRIPTION = eINSTANCE.getMeetingType_Description();

		/**
		 * The meta object literal for the '<em><b>Default Duration Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING_TYPE__DEFAULT_DURATION_MINUTES = eINSTANCE.getMeetingType_DefaultDurationMinutes();

		/**
		 * The meta object literal for the '<em><b>Default Timebox Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING_TYPE__DEFAULT_TIMEBOX_MINUTES = eINSTANCE.getMeetingType_DefaultTimeboxMinutes();

		/**
		 * The meta object literal for the '<em><b>Max Cases Per Hour</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING_TYPE__MAX_CASES_PER_HOUR = eINSTANCE.getMeetingType_MaxCasesPerHour();

		/**
		 * The meta object literal for the '<em><b>Required Parties</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEETING_TYPE__REQUIRED_PARTIES = eINSTANCE.getMeetingType_RequiredParties();

		/**
		 * The meta object literal for the '{@link nl.casustafel.model.impl.MeetingSeriesImpl <em>Meeting Series</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.casustafel.model.impl.MeetingSeriesImpl
		 * @see nl.casustafel.model.impl.CasebookPackageImpl#getMeetingSeries()
		 * @generated
		 */
		EClass MEETING_SERIES = eINSTANCE.getMeetingSeries();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING_SERIES__NAME = eINSTANCE.getMeetingSeries_Name();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEETING_SERIES__TYPE = eINSTANCE.getMeetingSeries_Type();

		/**
		 * The meta object literal for the '<em><b>Meetings</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEETING_SERIES__MEETINGS = eINSTANCE.getMeetingSeries_Meetings();

		/**
		 * The meta object literal for the '{@link nl.casustafel.model.impl.MeetingImpl <em>Meeting</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.casustafel.model.impl.MeetingImpl
		 * @see nl.casustafel.model.impl.CasebookPackageImpl#getMeeting()
		 * @generated
		 */
		EClass MEETING = eINSTANCE.getMeeting();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING__TITLE = eINSTANCE.getMeeting_Title();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING__DATE = eINSTANCE.getMeeting_Date();

		/**
		 * The meta object literal for the '<em><b>Duration Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING__DURATION_MINUTES = eINSTANCE.getMeeting_DurationMinutes();

		/**
		 * The meta object literal for the '<em><b>Location</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING__LOCATION = eINSTANCE.getMeeting_Location();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING__STATE = eINSTANCE.getMeeting_State();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING__NOTES = eINSTANCE.getMeeting_Notes();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEETING__TYPE = eINSTANCE.getMeeting_Type();

		/**
		 * The meta object literal for the '<em><b>Series</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEETING__SERIES = eINSTANCE.getMeeting_Series();

		/**
		 * The meta object literal for the '<em><b>Chair</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEETING__CHAIR = eINSTANCE.getMeeting_Chair();

		/**
		 * The meta object literal for the '<em><b>Secretary</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEETING__SECRETARY = eINSTANCE.getMeeting_Secretary();

		/**
		 * The meta object literal for the '<em><b>Attendance</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEETING__ATTENDANCE = eINSTANCE.getMeeting_Attendance();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEETING__ITEMS = eINSTANCE.getMeeting_Items();

		/**
		 * The meta object literal for the '{@link nl.casustafel.model.impl.AttendanceImpl <em>Attendance</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.casustafel.model.impl.AttendanceImpl
		 * @see nl.casustafel.model.impl.CasebookPackageImpl#getAttendance()
		 * @generated
		 */
		EClass ATTENDANCE = eINSTANCE.getAttendance();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTENDANCE__STATUS = eINSTANCE.getAttendance_Status();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTENDANCE__ROLE = eINSTANCE.getAttendance_Role();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTENDANCE__NOTE = eINSTANCE.getAttendance_Note();

		/**
		 * The meta object literal for the '<em><b>Professional</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ATTENDANCE__PROFESSIONAL = eINSTANCE.getAttendance_Professional();

		/**
		 * The meta object literal for the '<em><b>Organisation</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ATTENDANCE__ORGANISATION = eINSTANCE.getAttendance_Organisation();

		/**
		 * The meta object literal for the '{@link nl.casustafel.model.impl.AgendaItemImpl <em>Agenda Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.casustafel.model.impl.AgendaItemImpl
		 * @see nl.casustafel.model.impl.CasebookPackageImpl#getAgendaItem()
		 * @generated
		 */
		EClass AGENDA_ITEM = eINSTANCE.getAgendaItem();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENDA_ITEM__KIND = eINSTANCE.getAgendaItem_Kind();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENDA_ITEM__TITLE = eINSTANCE.getAgendaItem_Title();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENDA_ITEM__REASON = eINSTANCE.getAgendaItem_Reason();

		/**
		 * The meta object literal for the '<em><b>Question</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENDA_ITEM__QUESTION = eINSTANCE.getAgendaItem_Question();

		/**
		 * The meta object literal for the '<em><b>Urgency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENDA_ITEM__URGENCY = eINSTANCE.getAgendaItem_Urgency();

		/**
		 * The meta object literal for the '<em><b>Timebox Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENDA_ITEM__TIMEBOX_MINUTES = eINSTANCE.getAgendaItem_TimeboxMinutes();

		/**
		 * The meta object literal for the '<em><b>Actual Duration Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENDA_ITEM__ACTUAL_DURATION_SECONDS = eINSTANCE.getAgendaItem_ActualDurationSeconds();

		/**
		 * The meta object literal for the '<em><b>Decision</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENDA_ITEM__DECISION = eINSTANCE.getAgendaItem_Decision();

		/**
		 * The meta object literal for the '<em><b>Decision Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENDA_ITEM__DECISION_NOTE = eINSTANCE.getAgendaItem_DecisionNote();

		/**
		 * The meta object literal for the '<em><b>Noodscenario</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENDA_ITEM__NOODSCENARIO = eINSTANCE.getAgendaItem_Noodscenario();

		/**
		 * The meta object literal for the '<em><b>Next Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENDA_ITEM__NEXT_DATE = eINSTANCE.getAgendaItem_NextDate();

		/**
		 * The meta object literal for the '<em><b>Case</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AGENDA_ITEM__CASE = eINSTANCE.getAgendaItem_Case();

		/**
		 * The meta object literal for the '<em><b>Preparations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AGENDA_ITEM__PREPARATIONS = eINSTANCE.getAgendaItem_Preparations();

		/**
		 * The meta object literal for the '<em><b>Agreements</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AGENDA_ITEM__AGREEMENTS = eINSTANCE.getAgendaItem_Agreements();

		/**
		 * The meta object literal for the '{@link nl.casustafel.model.impl.PreparationImpl <em>Preparation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.casustafel.model.impl.PreparationImpl
		 * @see nl.casustafel.model.impl.CasebookPackageImpl#getPreparation()
		 * @generated
		 */
		EClass PREPARATION = eINSTANCE.getPreparation();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PREPARATION__STATUS = eINSTANCE.getPreparation_Status();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PREPARATION__NOTE = eINSTANCE.getPreparation_Note();

		/**
		 * The meta object literal for the '<em><b>Organisation</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PREPARATION__ORGANISATION = eINSTANCE.getPreparation_Organisation();

		/**
		 * The meta object literal for the '{@link nl.casustafel.model.impl.RelationImpl <em>Relation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.casustafel.model.impl.RelationImpl
		 * @see nl.casustafel.model.impl.CasebookPackageImpl#getRelation()
		 * @generated
		 */
		EClass RELATION = eINSTANCE.getRelation();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RELATION__KIND = eINSTANCE.getRelation_Kind();

		/**
		 * The meta object literal for the '<em><b>Subtype</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RELATION__SUBTYPE = eINSTANCE.getRelation_Subtype();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RELATION__LABEL = eINSTANCE.getRelation_Label();

		/**
		 * The meta object literal for the '<em><b>Valid From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RELATION__VALID_FROM = eINSTANCE.getRelation_ValidFrom();

		/**
		 * The meta object literal for the '<em><b>Valid To</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RELATION__VALID_TO = eINSTANCE.getRelation_ValidTo();

		/**
		 * The meta object literal for the '<em><b>Strength</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RELATION__STRENGTH = eINSTANCE.getRelation_Strength();

		/**
		 * The meta object literal for the '<em><b>Tension</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RELATION__TENSION = eINSTANCE.getRelation_Tension();

		/**
		 * The meta object literal for the '<em><b>Knowledge Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RELATION__KNOWLEDGE_SOURCE = eINSTANCE.getRelation_KnowledgeSource();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RELATION__NOTES = eINSTANCE.getRelation_Notes();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RELATION__SOURCE = eINSTANCE.getRelation_Source();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RELATION__TARGET = eINSTANCE.getRelation_Target();

		/**
		 * The meta object literal for the '<em><b>Case</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RELATION__CASE = eINSTANCE.getRelation_Case();

		/**
		 * The meta object literal for the '{@link nl.casustafel.model.impl.CovenantImpl <em>Covenant</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.casustafel.model.impl.CovenantImpl
		 * @see nl.casustafel.model.impl.CasebookPackageImpl#getCovenant()
		 * @generated
		 */
		EClass COVENANT = eINSTANCE.getCovenant();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COVENANT__NAME = eINSTANCE.getCovenant_Name();

		/**
		 * The meta object literal for the '<em><b>Valid From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COVENANT__VALID_FROM = eINSTANCE.getCovenant_ValidFrom();

		/**
		 * The meta object literal for the '<em><b>Valid To</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COVENANT__VALID_TO = eINSTANCE.getCovenant_ValidTo();

		/**
		 * The meta object literal for the '<em><b>Sharing Rules</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COVENANT__SHARING_RULES = eINSTANCE.getCovenant_SharingRules();

		/**
		 * The meta object literal for the '<em><b>Retention Years</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COVENANT__RETENTION_YEARS = eINSTANCE.getCovenant_RetentionYears();

		/**
		 * The meta object literal for the '<em><b>Parties</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COVENANT__PARTIES = eINSTANCE.getCovenant_Parties();

		/**
		 * The meta object literal for the '<em><b>Tasks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COVENANT__TASKS = eINSTANCE.getCovenant_Tasks();

		/**
		 * The meta object literal for the '{@link nl.casustafel.model.impl.CovenantTaskImpl <em>Covenant Task</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.casustafel.model.impl.CovenantTaskImpl
		 * @see nl.casustafel.model.impl.CasebookPackageImpl#getCovenantTask()
		 * @generated
		 */
		EClass COVENANT_TASK = eINSTANCE.getCovenantTask();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COVENANT_TASK__DESCRIPTION = eINSTANCE.getCovenantTask_Description();

		/**
		 * The meta object literal for the '<em><b>Party</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COVENANT_TASK__PARTY = eINSTANCE.getCovenantTask_Party();

		/**
		 * The meta object literal for the '{@link nl.casustafel.model.impl.PolicySignalImpl <em>Policy Signal</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.casustafel.model.impl.PolicySignalImpl
		 * @see nl.casustafel.model.impl.CasebookPackageImpl#getPolicySignal()
		 * @generated
		 */
		EClass POLICY_SIGNAL = eINSTANCE.getPolicySignal();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_SIGNAL__TITLE = eINSTANCE.getPolicySignal_Title();

		/**
		 * The meta object literal for the '<em><b>Gap Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_SIGNAL__GAP_TYPE = eINSTANCE.getPolicySignal_GapType();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_SIGNAL__DESCRIPTION = eINSTANCE.getPolicySignal_Description();

		/**
		 * The meta object literal for the '<em><b>Addressee</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_SIGNAL__ADDRESSEE = eINSTANCE.getPolicySignal_Addressee();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_SIGNAL__DATE = eINSTANCE.getPolicySignal_Date();

		/**
		 * The meta object literal for the '<em><b>Response</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_SIGNAL__RESPONSE = eINSTANCE.getPolicySignal_Response();

		/**
		 * The meta object literal for the '<em><b>Case</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POLICY_SIGNAL__CASE = eINSTANCE.getPolicySignal_Case();

		/**
		 * The meta object literal for the '{@link nl.casustafel.model.OrganisationLogic <em>Organisation Logic</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.casustafel.model.OrganisationLogic
		 * @see nl.casustafel.model.impl.CasebookPackageImpl#getOrganisationLogic()
		 * @generated
		 */
		EEnum ORGANISATION_LOGIC = eINSTANCE.getOrganisationLogic();

		/**
		 * The meta object literal for the '{@link nl.casustafel.model.CaseStatus <em>Case Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.casustafel.model.CaseStatus
		 * @see nl.casustafel.model.impl.CasebookPackageImpl#getCaseStatus()
		 * @generated
		 */
		EEnum CASE_STATUS = eINSTANCE.getCaseStatus();

		/**
		 * The meta object literal for the '{@link nl.casustafel.model.Severity <em>Severity</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.casustafel.model.Severity
		 * @see nl.casustafel.model.impl.CasebookPackageImpl#getSeverity()
		 * @generated
		 */
		EEnum SEVERITY = eINSTANCE.getSeverity();

		/**
		 * The meta object literal for the '{@link nl.casustafel.model.Gender <em>Gender</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.casustafel.model.Gender
		 * @see nl.casustafel.model.impl.CasebookPackageImpl#getGender()
		 * @generated
		 */
		EEnum GENDER = eINSTANCE.getGender();

		/**
		 * The meta object literal for the '{@link nl.casustafel.model.AgeBand <em>Age Band</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.casustafel.model.AgeBand
		 * @see nl.casustafel.model.impl.CasebookPackageImpl#getAgeBand()
		 * @generated
		 */
		EEnum AGE_BAND = eINSTANCE.getAgeBand();

		/**
		 * The meta object literal for the '{@link nl.casustafel.model.Urgency <em>Urgency</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.casustafel.model.Urgency
		 * @see nl.casustafel.model.impl.CasebookPackageImpl#getUrgency()
		 * @generated
		 */
		EEnum URGENCY = eINSTANCE.getUrgency();

		/**
		 * The meta object literal for the '{@link nl.casustafel.model.Provenance <em>Provenance</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.casustafel.model.Provenance
		 * @see nl.casustafel.model.impl.CasebookPackageImpl#getProvenance()
		 * @generated
		 */
		EEnum PROVENANCE = eINSTANCE.getProvenance();

		/**
		 * The meta object literal for the '{@link nl.casustafel.model.AgreementType <em>Agreement Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.casustafel.model.AgreementType
		 * @see nl.casustafel.model.impl.CasebookPackageImpl#getAgreementType()
		 * @generated
		 */
		EEnum AGREEMENT_TYPE = eINSTANCE.getAgreementType();

		/**
		 * The meta object literal for the '{@link nl.casustafel.model.AgreementStatus <em>Agreement Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.casustafel.model.AgreementStatus
		 * @see nl.casustafel.model.impl.CasebookPackageImpl#getAgreementStatus()
		 * @generated
		 */
		EEnum AGREEMENT_STATUS = eINSTANCE.getAgreementStatus();

		/**
		 * The meta object literal for the '{@link nl.casustafel.model.NonCompletionReason <em>Non Completion Reason</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.casustafel.model.NonCompletionReason
		 * @see nl.casustafel.model.impl.CasebookPackageImpl#getNonCompletionReason()
		 * @generated
		 */
		EEnum NON_COMPLETION_REASON = eINSTANCE.getNonCompletionReason();

		/**
		 * The meta object literal for the '{@link nl.casustafel.model.DecisionType <em>Decision Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.casustafel.model.DecisionType
		 * @see nl.casustafel.model.impl.CasebookPackageImpl#getDecisionType()
		 * @generated
		 */
		EEnum DECISION_TYPE = eINSTANCE.getDecisionType();

		/**
		 * The meta object literal for the '{@link nl.casustafel.model.MeetingState <em>Meeting State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.casustafel.model.MeetingState
		 * @see nl.casustafel.model.impl.CasebookPackageImpl#getMeetingState()
		 * @generated
		 */
		EEnum MEETING_STATE = eINSTANCE.getMeetingState();

		/**
		 * The meta object literal for the '{@link nl.casustafel.model.AttendanceStatus <em>Attendance Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.casustafel.model.AttendanceStatus
		 * @see nl.casustafel.model.impl.CasebookPackageImpl#getAttendanceStatus()
		 * @generated
		 */
		EEnum ATTENDANCE_STATUS = eINSTANCE.getAttendanceStatus();

		/**
		 * The meta object literal for the '{@link nl.casustafel.model.PreparationStatus <em>Preparation Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.casustafel.model.PreparationStatus
		 * @see nl.casustafel.model.impl.CasebookPackageImpl#getPreparationStatus()
		 * @generated
		 */
		EEnum PREPARATION_STATUS = eINSTANCE.getPreparationStatus();

		/**
		 * The meta object literal for the '{@link nl.casustafel.model.AgendaItemKind <em>Agenda Item Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.casustafel.model.AgendaItemKind
		 * @see nl.casustafel.model.impl.CasebookPackageImpl#getAgendaItemKind()
		 * @generated
		 */
		EEnum AGENDA_ITEM_KIND = eINSTANCE.getAgendaItemKind();

		/**
		 * The meta object literal for the '{@link nl.casustafel.model.RelationKind <em>Relation Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.casustafel.model.RelationKind
		 * @see nl.casustafel.model.impl.CasebookPackageImpl#getRelationKind()
		 * @generated
		 */
		EEnum RELATION_KIND = eINSTANCE.getRelationKind();

		/**
		 * The meta object literal for the '{@link nl.casustafel.model.TensionDimension <em>Tension Dimension</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.casustafel.model.TensionDimension
		 * @see nl.casustafel.model.impl.CasebookPackageImpl#getTensionDimension()
		 * @generated
		 */
		EEnum TENSION_DIMENSION = eINSTANCE.getTensionDimension();

		/**
		 * The meta object literal for the '{@link nl.casustafel.model.DisclosureBasis <em>Disclosure Basis</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.casustafel.model.DisclosureBasis
		 * @see nl.casustafel.model.impl.CasebookPackageImpl#getDisclosureBasis()
		 * @generated
		 */
		EEnum DISCLOSURE_BASIS = eINSTANCE.getDisclosureBasis();

	}

} //CasebookPackage
