/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.learning.model;

import nl.casustafel.model.CasebookPackage;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
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
 * <!-- begin-model-doc -->
 * Case-learning sessions (casusleerbijeenkomsten): learning methods and their steps, sessions with roles, the pseudonymised case, what is captured per step, learning points, and a theory library. Stored in the casebook's contributions.
 * <!-- end-model-doc -->
 * @see nl.casustafel.learning.model.LearningFactory
 * @model kind="package"
 * @generated
 */
public interface LearningPackage extends EPackage {
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
	String eNS_URI = "http://casustafel.nl/model/learning/1.0"; //$NON-NLS-1$

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "lrn"; //$NON-NLS-1$

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	LearningPackage eINSTANCE = nl.casustafel.learning.model.impl.LearningPackageImpl.init();

	/**
	 * The meta object id for the '{@link nl.casustafel.learning.model.impl.LocalizedTextImpl <em>Localized Text</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.casustafel.learning.model.impl.LocalizedTextImpl
	 * @see nl.casustafel.learning.model.impl.LearningPackageImpl#getLocalizedText()
	 * @generated
	 */
	int LOCALIZED_TEXT = 0;

	/**
	 * The feature id for the '<em><b>Nl</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCALIZED_TEXT__NL = 0;

	/**
	 * The feature id for the '<em><b>En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCALIZED_TEXT__EN = 1;

	/**
	 * The number of structural features of the '<em>Localized Text</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCALIZED_TEXT_FEATURE_COUNT = 2;

	/**
	 * The operation id for the '<em>For Language</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCALIZED_TEXT___FOR_LANGUAGE__STRING = 0;

	/**
	 * The number of operations of the '<em>Localized Text</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCALIZED_TEXT_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link nl.casustafel.learning.model.impl.LearningMethodImpl <em>Method</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.casustafel.learning.model.impl.LearningMethodImpl
	 * @see nl.casustafel.learning.model.impl.LearningPackageImpl#getLearningMethod()
	 * @generated
	 */
	int LEARNING_METHOD = 1;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_METHOD__KEY = 0;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_METHOD__VERSION = 1;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_METHOD__ORIGIN = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_METHOD__NAME = 3;

	/**
	 * The feature id for the '<em><b>Summary</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_METHOD__SUMMARY = 4;

	/**
	 * The feature id for the '<em><b>Case Template</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_METHOD__CASE_TEMPLATE = 5;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_METHOD__STEPS = 6;

	/**
	 * The number of structural features of the '<em>Method</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_METHOD_FEATURE_COUNT = 7;

	/**
	 * The operation id for the '<em>Total Minutes</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_METHOD___TOTAL_MINUTES = 0;

	/**
	 * The number of operations of the '<em>Method</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_METHOD_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link nl.casustafel.learning.model.impl.MethodStepImpl <em>Method Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.casustafel.learning.model.impl.MethodStepImpl
	 * @see nl.casustafel.learning.model.impl.LearningPackageImpl#getMethodStep()
	 * @generated
	 */
	int METHOD_STEP = 2;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METHOD_STEP__KEY = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METHOD_STEP__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METHOD_STEP__MINUTES = 2;

	/**
	 * The feature id for the '<em><b>Presenter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METHOD_STEP__PRESENTER = 3;

	/**
	 * The feature id for the '<em><b>Title</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METHOD_STEP__TITLE = 4;

	/**
	 * The feature id for the '<em><b>Goal</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METHOD_STEP__GOAL = 5;

	/**
	 * The feature id for the '<em><b>Guidance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METHOD_STEP__GUIDANCE = 6;

	/**
	 * The feature id for the '<em><b>Speaking Rules</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METHOD_STEP__SPEAKING_RULES = 7;

	/**
	 * The feature id for the '<em><b>Captures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METHOD_STEP__CAPTURES = 8;

	/**
	 * The feature id for the '<em><b>Prompts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METHOD_STEP__PROMPTS = 9;

	/**
	 * The number of structural features of the '<em>Method Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METHOD_STEP_FEATURE_COUNT = 10;

	/**
	 * The number of operations of the '<em>Method Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METHOD_STEP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link nl.casustafel.learning.model.impl.CaptureSpecImpl <em>Capture Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.casustafel.learning.model.impl.CaptureSpecImpl
	 * @see nl.casustafel.learning.model.impl.LearningPackageImpl#getCaptureSpec()
	 * @generated
	 */
	int CAPTURE_SPEC = 3;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPTURE_SPEC__KIND = 0;

	/**
	 * The feature id for the '<em><b>Per Participant</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPTURE_SPEC__PER_PARTICIPANT = 1;

	/**
	 * The feature id for the '<em><b>Maximum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPTURE_SPEC__MAXIMUM = 2;

	/**
	 * The feature id for the '<em><b>Theory Link</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPTURE_SPEC__THEORY_LINK = 3;

	/**
	 * The feature id for the '<em><b>Label</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPTURE_SPEC__LABEL = 4;

	/**
	 * The number of structural features of the '<em>Capture Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPTURE_SPEC_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Capture Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPTURE_SPEC_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link nl.casustafel.learning.model.impl.LearningLibraryImpl <em>Library</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.casustafel.learning.model.impl.LearningLibraryImpl
	 * @see nl.casustafel.learning.model.impl.LearningPackageImpl#getLearningLibrary()
	 * @generated
	 */
	int LEARNING_LIBRARY = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_LIBRARY__ID = CasebookPackage.IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Theory Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_LIBRARY__THEORY_ITEMS = CasebookPackage.IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Sessions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_LIBRARY__SESSIONS = CasebookPackage.IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Library</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_LIBRARY_FEATURE_COUNT = CasebookPackage.IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Library</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_LIBRARY_OPERATION_COUNT = CasebookPackage.IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.casustafel.learning.model.impl.TheoryItemImpl <em>Theory Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.casustafel.learning.model.impl.TheoryItemImpl
	 * @see nl.casustafel.learning.model.impl.LearningPackageImpl#getTheoryItem()
	 * @generated
	 */
	int THEORY_ITEM = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEORY_ITEM__ID = CasebookPackage.IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEORY_ITEM__TITLE = CasebookPackage.IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEORY_ITEM__SUMMARY = CasebookPackage.IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEORY_ITEM__REFERENCE = CasebookPackage.IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Handout</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEORY_ITEM__HANDOUT = CasebookPackage.IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEORY_ITEM__TAGS = CasebookPackage.IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Prepared By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEORY_ITEM__PREPARED_BY = CasebookPackage.IDENTIFIABLE_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Theory Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEORY_ITEM_FEATURE_COUNT = CasebookPackage.IDENTIFIABLE_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Theory Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEORY_ITEM_OPERATION_COUNT = CasebookPackage.IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.casustafel.learning.model.impl.LearningSessionImpl <em>Session</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.casustafel.learning.model.impl.LearningSessionImpl
	 * @see nl.casustafel.learning.model.impl.LearningPackageImpl#getLearningSession()
	 * @generated
	 */
	int LEARNING_SESSION = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_SESSION__ID = CasebookPackage.IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_SESSION__TITLE = CasebookPackage.IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_SESSION__DATE = CasebookPackage.IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_SESSION__LOCATION = CasebookPackage.IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_SESSION__MODE = CasebookPackage.IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_SESSION__STATE = CasebookPackage.IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Case Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_SESSION__CASE_TITLE = CasebookPackage.IDENTIFIABLE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Case Write Up</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_SESSION__CASE_WRITE_UP = CasebookPackage.IDENTIFIABLE_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Case Question</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_SESSION__CASE_QUESTION = CasebookPackage.IDENTIFIABLE_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Final Question</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_SESSION__FINAL_QUESTION = CasebookPackage.IDENTIFIABLE_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Submission Deadline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_SESSION__SUBMISSION_DEADLINE = CasebookPackage.IDENTIFIABLE_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Case Submitted On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_SESSION__CASE_SUBMITTED_ON = CasebookPackage.IDENTIFIABLE_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Minutes Sent On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_SESSION__MINUTES_SENT_ON = CasebookPackage.IDENTIFIABLE_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Method</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_SESSION__METHOD = CasebookPackage.IDENTIFIABLE_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Host</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_SESSION__HOST = CasebookPackage.IDENTIFIABLE_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Inbrenger</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_SESSION__INBRENGER = CasebookPackage.IDENTIFIABLE_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Chair</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_SESSION__CHAIR = CasebookPackage.IDENTIFIABLE_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Theory Preparer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_SESSION__THEORY_PREPARER = CasebookPackage.IDENTIFIABLE_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Participants</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_SESSION__PARTICIPANTS = CasebookPackage.IDENTIFIABLE_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Theory Items</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_SESSION__THEORY_ITEMS = CasebookPackage.IDENTIFIABLE_FEATURE_COUNT + 18;

	/**
	 * The feature id for the '<em><b>Step Logs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_SESSION__STEP_LOGS = CasebookPackage.IDENTIFIABLE_FEATURE_COUNT + 19;

	/**
	 * The feature id for the '<em><b>Contributions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_SESSION__CONTRIBUTIONS = CasebookPackage.IDENTIFIABLE_FEATURE_COUNT + 20;

	/**
	 * The feature id for the '<em><b>Learning Points</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_SESSION__LEARNING_POINTS = CasebookPackage.IDENTIFIABLE_FEATURE_COUNT + 21;

	/**
	 * The number of structural features of the '<em>Session</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_SESSION_FEATURE_COUNT = CasebookPackage.IDENTIFIABLE_FEATURE_COUNT + 22;

	/**
	 * The number of operations of the '<em>Session</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_SESSION_OPERATION_COUNT = CasebookPackage.IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.casustafel.learning.model.impl.ParticipantImpl <em>Participant</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.casustafel.learning.model.impl.ParticipantImpl
	 * @see nl.casustafel.learning.model.impl.LearningPackageImpl#getParticipant()
	 * @generated
	 */
	int PARTICIPANT = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__ID = CasebookPackage.IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__NAME = CasebookPackage.IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Guest</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__GUEST = CasebookPackage.IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Attendance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__ATTENDANCE = CasebookPackage.IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Professional</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__PROFESSIONAL = CasebookPackage.IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Organisation</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__ORGANISATION = CasebookPackage.IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Participant</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT_FEATURE_COUNT = CasebookPackage.IDENTIFIABLE_FEATURE_COUNT + 5;

	/**
	 * The operation id for the '<em>Display Name</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT___DISPLAY_NAME = CasebookPackage.IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Participant</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT_OPERATION_COUNT = CasebookPackage.IDENTIFIABLE_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link nl.casustafel.learning.model.impl.StepLogImpl <em>Step Log</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.casustafel.learning.model.impl.StepLogImpl
	 * @see nl.casustafel.learning.model.impl.LearningPackageImpl#getStepLog()
	 * @generated
	 */
	int STEP_LOG = 8;

	/**
	 * The feature id for the '<em><b>Started At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_LOG__STARTED_AT = 0;

	/**
	 * The feature id for the '<em><b>Ended At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_LOG__ENDED_AT = 1;

	/**
	 * The feature id for the '<em><b>Extra Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_LOG__EXTRA_MINUTES = 2;

	/**
	 * The feature id for the '<em><b>Actual Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_LOG__ACTUAL_SECONDS = 3;

	/**
	 * The feature id for the '<em><b>Skipped</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_LOG__SKIPPED = 4;

	/**
	 * The feature id for the '<em><b>Step</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_LOG__STEP = 5;

	/**
	 * The number of structural features of the '<em>Step Log</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_LOG_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Step Log</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_LOG_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link nl.casustafel.learning.model.impl.ContributionImpl <em>Contribution</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.casustafel.learning.model.impl.ContributionImpl
	 * @see nl.casustafel.learning.model.impl.LearningPackageImpl#getContribution()
	 * @generated
	 */
	int CONTRIBUTION = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRIBUTION__ID = CasebookPackage.IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRIBUTION__KIND = CasebookPackage.IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRIBUTION__TEXT = CasebookPackage.IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Answer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRIBUTION__ANSWER = CasebookPackage.IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRIBUTION__CREATED_AT = CasebookPackage.IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Step</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRIBUTION__STEP = CasebookPackage.IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Participant</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRIBUTION__PARTICIPANT = CasebookPackage.IDENTIFIABLE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Theory</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRIBUTION__THEORY = CasebookPackage.IDENTIFIABLE_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Contribution</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRIBUTION_FEATURE_COUNT = CasebookPackage.IDENTIFIABLE_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Contribution</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRIBUTION_OPERATION_COUNT = CasebookPackage.IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.casustafel.learning.model.impl.LearningPointImpl <em>Point</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.casustafel.learning.model.impl.LearningPointImpl
	 * @see nl.casustafel.learning.model.impl.LearningPackageImpl#getLearningPoint()
	 * @generated
	 */
	int LEARNING_POINT = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_POINT__ID = CasebookPackage.IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_POINT__TEXT = CasebookPackage.IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_POINT__TAGS = CasebookPackage.IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>For Team</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_POINT__FOR_TEAM = CasebookPackage.IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_POINT__CREATED_AT = CasebookPackage.IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Step</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_POINT__STEP = CasebookPackage.IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Participant</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_POINT__PARTICIPANT = CasebookPackage.IDENTIFIABLE_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Point</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_POINT_FEATURE_COUNT = CasebookPackage.IDENTIFIABLE_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Point</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_POINT_OPERATION_COUNT = CasebookPackage.IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.casustafel.learning.model.PresenterRole <em>Presenter Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.casustafel.learning.model.PresenterRole
	 * @see nl.casustafel.learning.model.impl.LearningPackageImpl#getPresenterRole()
	 * @generated
	 */
	int PRESENTER_ROLE = 11;

	/**
	 * The meta object id for the '{@link nl.casustafel.learning.model.CaptureKind <em>Capture Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.casustafel.learning.model.CaptureKind
	 * @see nl.casustafel.learning.model.impl.LearningPackageImpl#getCaptureKind()
	 * @generated
	 */
	int CAPTURE_KIND = 12;

	/**
	 * The meta object id for the '{@link nl.casustafel.learning.model.SessionMode <em>Session Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.casustafel.learning.model.SessionMode
	 * @see nl.casustafel.learning.model.impl.LearningPackageImpl#getSessionMode()
	 * @generated
	 */
	int SESSION_MODE = 13;

	/**
	 * The meta object id for the '{@link nl.casustafel.learning.model.SessionState <em>Session State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.casustafel.learning.model.SessionState
	 * @see nl.casustafel.learning.model.impl.LearningPackageImpl#getSessionState()
	 * @generated
	 */
	int SESSION_STATE = 14;


	/**
	 * Returns the meta object for class '{@link nl.casustafel.learning.model.LocalizedText <em>Localized Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Localized Text</em>'.
	 * @see nl.casustafel.learning.model.LocalizedText
	 * @generated
	 */
	EClass getLocalizedText();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.learning.model.LocalizedText#getNl <em>Nl</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Nl</em>'.
	 * @see nl.casustafel.learning.model.LocalizedText#getNl()
	 * @see #getLocalizedText()
	 * @generated
	 */
	EAttribute getLocalizedText_Nl();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.learning.model.LocalizedText#getEn <em>En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>En</em>'.
	 * @see nl.casustafel.learning.model.LocalizedText#getEn()
	 * @see #getLocalizedText()
	 * @generated
	 */
	EAttribute getLocalizedText_En();

	/**
	 * Returns the meta object for the '{@link nl.casustafel.learning.model.LocalizedText#forLanguage(java.lang.String) <em>For Language</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>For Language</em>' operation.
	 * @see nl.casustafel.learning.model.LocalizedText#forLanguage(java.lang.String)
	 * @generated
	 */
	EOperation getLocalizedText__ForLanguage__String();

	/**
	 * Returns the meta object for class '{@link nl.casustafel.learning.model.LearningMethod <em>Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Method</em>'.
	 * @see nl.casustafel.learning.model.LearningMethod
	 * @generated
	 */
	EClass getLearningMethod();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.learning.model.LearningMethod#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see nl.casustafel.learning.model.LearningMethod#getKey()
	 * @see #getLearningMethod()
	 * @generated
	 */
	EAttribute getLearningMethod_Key();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.learning.model.LearningMethod#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see nl.casustafel.learning.model.LearningMethod#getVersion()
	 * @see #getLearningMethod()
	 * @generated
	 */
	EAttribute getLearningMethod_Version();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.learning.model.LearningMethod#getOrigin <em>Origin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Origin</em>'.
	 * @see nl.casustafel.learning.model.LearningMethod#getOrigin()
	 * @see #getLearningMethod()
	 * @generated
	 */
	EAttribute getLearningMethod_Origin();

	/**
	 * Returns the meta object for the containment reference '{@link nl.casustafel.learning.model.LearningMethod#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Name</em>'.
	 * @see nl.casustafel.learning.model.LearningMethod#getName()
	 * @see #getLearningMethod()
	 * @generated
	 */
	EReference getLearningMethod_Name();

	/**
	 * Returns the meta object for the containment reference '{@link nl.casustafel.learning.model.LearningMethod#getSummary <em>Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Summary</em>'.
	 * @see nl.casustafel.learning.model.LearningMethod#getSummary()
	 * @see #getLearningMethod()
	 * @generated
	 */
	EReference getLearningMethod_Summary();

	/**
	 * Returns the meta object for the containment reference '{@link nl.casustafel.learning.model.LearningMethod#getCaseTemplate <em>Case Template</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Case Template</em>'.
	 * @see nl.casustafel.learning.model.LearningMethod#getCaseTemplate()
	 * @see #getLearningMethod()
	 * @generated
	 */
	EReference getLearningMethod_CaseTemplate();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.casustafel.learning.model.LearningMethod#getSteps <em>Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Steps</em>'.
	 * @see nl.casustafel.learning.model.LearningMethod#getSteps()
	 * @see #getLearningMethod()
	 * @generated
	 */
	EReference getLearningMethod_Steps();

	/**
	 * Returns the meta object for the '{@link nl.casustafel.learning.model.LearningMethod#totalMinutes() <em>Total Minutes</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Total Minutes</em>' operation.
	 * @see nl.casustafel.learning.model.LearningMethod#totalMinutes()
	 * @generated
	 */
	EOperation getLearningMethod__TotalMinutes();

	/**
	 * Returns the meta object for class '{@link nl.casustafel.learning.model.MethodStep <em>Method Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Method Step</em>'.
	 * @see nl.casustafel.learning.model.MethodStep
	 * @generated
	 */
	EClass getMethodStep();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.learning.model.MethodStep#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see nl.casustafel.learning.model.MethodStep#getKey()
	 * @see #getMethodStep()
	 * @generated
	 */
	EAttribute getMethodStep_Key();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.learning.model.MethodStep#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see nl.casustafel.learning.model.MethodStep#getLabel()
	 * @see #getMethodStep()
	 * @generated
	 */
	EAttribute getMethodStep_Label();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.learning.model.MethodStep#getMinutes <em>Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Minutes</em>'.
	 * @see nl.casustafel.learning.model.MethodStep#getMinutes()
	 * @see #getMethodStep()
	 * @generated
	 */
	EAttribute getMethodStep_Minutes();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.learning.model.MethodStep#getPresenter <em>Presenter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Presenter</em>'.
	 * @see nl.casustafel.learning.model.MethodStep#getPresenter()
	 * @see #getMethodStep()
	 * @generated
	 */
	EAttribute getMethodStep_Presenter();

	/**
	 * Returns the meta object for the containment reference '{@link nl.casustafel.learning.model.MethodStep#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Title</em>'.
	 * @see nl.casustafel.learning.model.MethodStep#getTitle()
	 * @see #getMethodStep()
	 * @generated
	 */
	EReference getMethodStep_Title();

	/**
	 * Returns the meta object for the containment reference '{@link nl.casustafel.learning.model.MethodStep#getGoal <em>Goal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Goal</em>'.
	 * @see nl.casustafel.learning.model.MethodStep#getGoal()
	 * @see #getMethodStep()
	 * @generated
	 */
	EReference getMethodStep_Goal();

	/**
	 * Returns the meta object for the containment reference '{@link nl.casustafel.learning.model.MethodStep#getGuidance <em>Guidance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Guidance</em>'.
	 * @see nl.casustafel.learning.model.MethodStep#getGuidance()
	 * @see #getMethodStep()
	 * @generated
	 */
	EReference getMethodStep_Guidance();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.casustafel.learning.model.MethodStep#getSpeakingRules <em>Speaking Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Speaking Rules</em>'.
	 * @see nl.casustafel.learning.model.MethodStep#getSpeakingRules()
	 * @see #getMethodStep()
	 * @generated
	 */
	EReference getMethodStep_SpeakingRules();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.casustafel.learning.model.MethodStep#getCaptures <em>Captures</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Captures</em>'.
	 * @see nl.casustafel.learning.model.MethodStep#getCaptures()
	 * @see #getMethodStep()
	 * @generated
	 */
	EReference getMethodStep_Captures();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.casustafel.learning.model.MethodStep#getPrompts <em>Prompts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Prompts</em>'.
	 * @see nl.casustafel.learning.model.MethodStep#getPrompts()
	 * @see #getMethodStep()
	 * @generated
	 */
	EReference getMethodStep_Prompts();

	/**
	 * Returns the meta object for class '{@link nl.casustafel.learning.model.CaptureSpec <em>Capture Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Capture Spec</em>'.
	 * @see nl.casustafel.learning.model.CaptureSpec
	 * @generated
	 */
	EClass getCaptureSpec();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.learning.model.CaptureSpec#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see nl.casustafel.learning.model.CaptureSpec#getKind()
	 * @see #getCaptureSpec()
	 * @generated
	 */
	EAttribute getCaptureSpec_Kind();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.learning.model.CaptureSpec#isPerParticipant <em>Per Participant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Per Participant</em>'.
	 * @see nl.casustafel.learning.model.CaptureSpec#isPerParticipant()
	 * @see #getCaptureSpec()
	 * @generated
	 */
	EAttribute getCaptureSpec_PerParticipant();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.learning.model.CaptureSpec#getMaximum <em>Maximum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Maximum</em>'.
	 * @see nl.casustafel.learning.model.CaptureSpec#getMaximum()
	 * @see #getCaptureSpec()
	 * @generated
	 */
	EAttribute getCaptureSpec_Maximum();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.learning.model.CaptureSpec#isTheoryLink <em>Theory Link</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Theory Link</em>'.
	 * @see nl.casustafel.learning.model.CaptureSpec#isTheoryLink()
	 * @see #getCaptureSpec()
	 * @generated
	 */
	EAttribute getCaptureSpec_TheoryLink();

	/**
	 * Returns the meta object for the containment reference '{@link nl.casustafel.learning.model.CaptureSpec#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Label</em>'.
	 * @see nl.casustafel.learning.model.CaptureSpec#getLabel()
	 * @see #getCaptureSpec()
	 * @generated
	 */
	EReference getCaptureSpec_Label();

	/**
	 * Returns the meta object for class '{@link nl.casustafel.learning.model.LearningLibrary <em>Library</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Library</em>'.
	 * @see nl.casustafel.learning.model.LearningLibrary
	 * @generated
	 */
	EClass getLearningLibrary();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.casustafel.learning.model.LearningLibrary#getTheoryItems <em>Theory Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Theory Items</em>'.
	 * @see nl.casustafel.learning.model.LearningLibrary#getTheoryItems()
	 * @see #getLearningLibrary()
	 * @generated
	 */
	EReference getLearningLibrary_TheoryItems();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.casustafel.learning.model.LearningLibrary#getSessions <em>Sessions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sessions</em>'.
	 * @see nl.casustafel.learning.model.LearningLibrary#getSessions()
	 * @see #getLearningLibrary()
	 * @generated
	 */
	EReference getLearningLibrary_Sessions();

	/**
	 * Returns the meta object for class '{@link nl.casustafel.learning.model.TheoryItem <em>Theory Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Theory Item</em>'.
	 * @see nl.casustafel.learning.model.TheoryItem
	 * @generated
	 */
	EClass getTheoryItem();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.learning.model.TheoryItem#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see nl.casustafel.learning.model.TheoryItem#getTitle()
	 * @see #getTheoryItem()
	 * @generated
	 */
	EAttribute getTheoryItem_Title();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.learning.model.TheoryItem#getSummary <em>Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Summary</em>'.
	 * @see nl.casustafel.learning.model.TheoryItem#getSummary()
	 * @see #getTheoryItem()
	 * @generated
	 */
	EAttribute getTheoryItem_Summary();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.learning.model.TheoryItem#getReference <em>Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reference</em>'.
	 * @see nl.casustafel.learning.model.TheoryItem#getReference()
	 * @see #getTheoryItem()
	 * @generated
	 */
	EAttribute getTheoryItem_Reference();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.learning.model.TheoryItem#getHandout <em>Handout</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Handout</em>'.
	 * @see nl.casustafel.learning.model.TheoryItem#getHandout()
	 * @see #getTheoryItem()
	 * @generated
	 */
	EAttribute getTheoryItem_Handout();

	/**
	 * Returns the meta object for the attribute list '{@link nl.casustafel.learning.model.TheoryItem#getTags <em>Tags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Tags</em>'.
	 * @see nl.casustafel.learning.model.TheoryItem#getTags()
	 * @see #getTheoryItem()
	 * @generated
	 */
	EAttribute getTheoryItem_Tags();

	/**
	 * Returns the meta object for the reference '{@link nl.casustafel.learning.model.TheoryItem#getPreparedBy <em>Prepared By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Prepared By</em>'.
	 * @see nl.casustafel.learning.model.TheoryItem#getPreparedBy()
	 * @see #getTheoryItem()
	 * @generated
	 */
	EReference getTheoryItem_PreparedBy();

	/**
	 * Returns the meta object for class '{@link nl.casustafel.learning.model.LearningSession <em>Session</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Session</em>'.
	 * @see nl.casustafel.learning.model.LearningSession
	 * @generated
	 */
	EClass getLearningSession();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.learning.model.LearningSession#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see nl.casustafel.learning.model.LearningSession#getTitle()
	 * @see #getLearningSession()
	 * @generated
	 */
	EAttribute getLearningSession_Title();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.learning.model.LearningSession#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see nl.casustafel.learning.model.LearningSession#getDate()
	 * @see #getLearningSession()
	 * @generated
	 */
	EAttribute getLearningSession_Date();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.learning.model.LearningSession#getLocation <em>Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Location</em>'.
	 * @see nl.casustafel.learning.model.LearningSession#getLocation()
	 * @see #getLearningSession()
	 * @generated
	 */
	EAttribute getLearningSession_Location();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.learning.model.LearningSession#getMode <em>Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mode</em>'.
	 * @see nl.casustafel.learning.model.LearningSession#getMode()
	 * @see #getLearningSession()
	 * @generated
	 */
	EAttribute getLearningSession_Mode();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.learning.model.LearningSession#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see nl.casustafel.learning.model.LearningSession#getState()
	 * @see #getLearningSession()
	 * @generated
	 */
	EAttribute getLearningSession_State();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.learning.model.LearningSession#getCaseTitle <em>Case Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Case Title</em>'.
	 * @see nl.casustafel.learning.model.LearningSession#getCaseTitle()
	 * @see #getLearningSession()
	 * @generated
	 */
	EAttribute getLearningSession_CaseTitle();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.learning.model.LearningSession#getCaseWriteUp <em>Case Write Up</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Case Write Up</em>'.
	 * @see nl.casustafel.learning.model.LearningSession#getCaseWriteUp()
	 * @see #getLearningSession()
	 * @generated
	 */
	EAttribute getLearningSession_CaseWriteUp();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.learning.model.LearningSession#getCaseQuestion <em>Case Question</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Case Question</em>'.
	 * @see nl.casustafel.learning.model.LearningSession#getCaseQuestion()
	 * @see #getLearningSession()
	 * @generated
	 */
	EAttribute getLearningSession_CaseQuestion();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.learning.model.LearningSession#getFinalQuestion <em>Final Question</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Final Question</em>'.
	 * @see nl.casustafel.learning.model.LearningSession#getFinalQuestion()
	 * @see #getLearningSession()
	 * @generated
	 */
	EAttribute getLearningSession_FinalQuestion();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.learning.model.LearningSession#getSubmissionDeadline <em>Submission Deadline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Submission Deadline</em>'.
	 * @see nl.casustafel.learning.model.LearningSession#getSubmissionDeadline()
	 * @see #getLearningSession()
	 * @generated
	 */
	EAttribute getLearningSession_SubmissionDeadline();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.learning.model.LearningSession#getCaseSubmittedOn <em>Case Submitted On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Case Submitted On</em>'.
	 * @see nl.casustafel.learning.model.LearningSession#getCaseSubmittedOn()
	 * @see #getLearningSession()
	 * @generated
	 */
	EAttribute getLearningSession_CaseSubmittedOn();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.learning.model.LearningSession#getMinutesSentOn <em>Minutes Sent On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Minutes Sent On</em>'.
	 * @see nl.casustafel.learning.model.LearningSession#getMinutesSentOn()
	 * @see #getLearningSession()
	 * @generated
	 */
	EAttribute getLearningSession_MinutesSentOn();

	/**
	 * Returns the meta object for the containment reference '{@link nl.casustafel.learning.model.LearningSession#getMethod <em>Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Method</em>'.
	 * @see nl.casustafel.learning.model.LearningSession#getMethod()
	 * @see #getLearningSession()
	 * @generated
	 */
	EReference getLearningSession_Method();

	/**
	 * Returns the meta object for the reference '{@link nl.casustafel.learning.model.LearningSession#getHost <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Host</em>'.
	 * @see nl.casustafel.learning.model.LearningSession#getHost()
	 * @see #getLearningSession()
	 * @generated
	 */
	EReference getLearningSession_Host();

	/**
	 * Returns the meta object for the reference '{@link nl.casustafel.learning.model.LearningSession#getInbrenger <em>Inbrenger</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Inbrenger</em>'.
	 * @see nl.casustafel.learning.model.LearningSession#getInbrenger()
	 * @see #getLearningSession()
	 * @generated
	 */
	EReference getLearningSession_Inbrenger();

	/**
	 * Returns the meta object for the reference '{@link nl.casustafel.learning.model.LearningSession#getChair <em>Chair</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Chair</em>'.
	 * @see nl.casustafel.learning.model.LearningSession#getChair()
	 * @see #getLearningSession()
	 * @generated
	 */
	EReference getLearningSession_Chair();

	/**
	 * Returns the meta object for the reference '{@link nl.casustafel.learning.model.LearningSession#getTheoryPreparer <em>Theory Preparer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Theory Preparer</em>'.
	 * @see nl.casustafel.learning.model.LearningSession#getTheoryPreparer()
	 * @see #getLearningSession()
	 * @generated
	 */
	EReference getLearningSession_TheoryPreparer();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.casustafel.learning.model.LearningSession#getParticipants <em>Participants</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Participants</em>'.
	 * @see nl.casustafel.learning.model.LearningSession#getParticipants()
	 * @see #getLearningSession()
	 * @generated
	 */
	EReference getLearningSession_Participants();

	/**
	 * Returns the meta object for the reference list '{@link nl.casustafel.learning.model.LearningSession#getTheoryItems <em>Theory Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Theory Items</em>'.
	 * @see nl.casustafel.learning.model.LearningSession#getTheoryItems()
	 * @see #getLearningSession()
	 * @generated
	 */
	EReference getLearningSession_TheoryItems();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.casustafel.learning.model.LearningSession#getStepLogs <em>Step Logs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Step Logs</em>'.
	 * @see nl.casustafel.learning.model.LearningSession#getStepLogs()
	 * @see #getLearningSession()
	 * @generated
	 */
	EReference getLearningSession_StepLogs();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.casustafel.learning.model.LearningSession#getContributions <em>Contributions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Contributions</em>'.
	 * @see nl.casustafel.learning.model.LearningSession#getContributions()
	 * @see #getLearningSession()
	 * @generated
	 */
	EReference getLearningSession_Contributions();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.casustafel.learning.model.LearningSession#getLearningPoints <em>Learning Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Learning Points</em>'.
	 * @see nl.casustafel.learning.model.LearningSession#getLearningPoints()
	 * @see #getLearningSession()
	 * @generated
	 */
	EReference getLearningSession_LearningPoints();

	/**
	 * Returns the meta object for class '{@link nl.casustafel.learning.model.Participant <em>Participant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Participant</em>'.
	 * @see nl.casustafel.learning.model.Participant
	 * @generated
	 */
	EClass getParticipant();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.learning.model.Participant#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see nl.casustafel.learning.model.Participant#getName()
	 * @see #getParticipant()
	 * @generated
	 */
	EAttribute getParticipant_Name();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.learning.model.Participant#isGuest <em>Guest</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Guest</em>'.
	 * @see nl.casustafel.learning.model.Participant#isGuest()
	 * @see #getParticipant()
	 * @generated
	 */
	EAttribute getParticipant_Guest();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.learning.model.Participant#getAttendance <em>Attendance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Attendance</em>'.
	 * @see nl.casustafel.learning.model.Participant#getAttendance()
	 * @see #getParticipant()
	 * @generated
	 */
	EAttribute getParticipant_Attendance();

	/**
	 * Returns the meta object for the reference '{@link nl.casustafel.learning.model.Participant#getProfessional <em>Professional</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Professional</em>'.
	 * @see nl.casustafel.learning.model.Participant#getProfessional()
	 * @see #getParticipant()
	 * @generated
	 */
	EReference getParticipant_Professional();

	/**
	 * Returns the meta object for the reference '{@link nl.casustafel.learning.model.Participant#getOrganisation <em>Organisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Organisation</em>'.
	 * @see nl.casustafel.learning.model.Participant#getOrganisation()
	 * @see #getParticipant()
	 * @generated
	 */
	EReference getParticipant_Organisation();

	/**
	 * Returns the meta object for the '{@link nl.casustafel.learning.model.Participant#displayName() <em>Display Name</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Display Name</em>' operation.
	 * @see nl.casustafel.learning.model.Participant#displayName()
	 * @generated
	 */
	EOperation getParticipant__DisplayName();

	/**
	 * Returns the meta object for class '{@link nl.casustafel.learning.model.StepLog <em>Step Log</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Step Log</em>'.
	 * @see nl.casustafel.learning.model.StepLog
	 * @generated
	 */
	EClass getStepLog();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.learning.model.StepLog#getStartedAt <em>Started At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Started At</em>'.
	 * @see nl.casustafel.learning.model.StepLog#getStartedAt()
	 * @see #getStepLog()
	 * @generated
	 */
	EAttribute getStepLog_StartedAt();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.learning.model.StepLog#getEndedAt <em>Ended At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ended At</em>'.
	 * @see nl.casustafel.learning.model.StepLog#getEndedAt()
	 * @see #getStepLog()
	 * @generated
	 */
	EAttribute getStepLog_EndedAt();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.learning.model.StepLog#getExtraMinutes <em>Extra Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Extra Minutes</em>'.
	 * @see nl.casustafel.learning.model.StepLog#getExtraMinutes()
	 * @see #getStepLog()
	 * @generated
	 */
	EAttribute getStepLog_ExtraMinutes();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.learning.model.StepLog#getActualSeconds <em>Actual Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Actual Seconds</em>'.
	 * @see nl.casustafel.learning.model.StepLog#getActualSeconds()
	 * @see #getStepLog()
	 * @generated
	 */
	EAttribute getStepLog_ActualSeconds();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.learning.model.StepLog#isSkipped <em>Skipped</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Skipped</em>'.
	 * @see nl.casustafel.learning.model.StepLog#isSkipped()
	 * @see #getStepLog()
	 * @generated
	 */
	EAttribute getStepLog_Skipped();

	/**
	 * Returns the meta object for the reference '{@link nl.casustafel.learning.model.StepLog#getStep <em>Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Step</em>'.
	 * @see nl.casustafel.learning.model.StepLog#getStep()
	 * @see #getStepLog()
	 * @generated
	 */
	EReference getStepLog_Step();

	/**
	 * Returns the meta object for class '{@link nl.casustafel.learning.model.Contribution <em>Contribution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Contribution</em>'.
	 * @see nl.casustafel.learning.model.Contribution
	 * @generated
	 */
	EClass getContribution();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.learning.model.Contribution#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see nl.casustafel.learning.model.Contribution#getKind()
	 * @see #getContribution()
	 * @generated
	 */
	EAttribute getContribution_Kind();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.learning.model.Contribution#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see nl.casustafel.learning.model.Contribution#getText()
	 * @see #getContribution()
	 * @generated
	 */
	EAttribute getContribution_Text();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.learning.model.Contribution#getAnswer <em>Answer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Answer</em>'.
	 * @see nl.casustafel.learning.model.Contribution#getAnswer()
	 * @see #getContribution()
	 * @generated
	 */
	EAttribute getContribution_Answer();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.learning.model.Contribution#getCreatedAt <em>Created At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created At</em>'.
	 * @see nl.casustafel.learning.model.Contribution#getCreatedAt()
	 * @see #getContribution()
	 * @generated
	 */
	EAttribute getContribution_CreatedAt();

	/**
	 * Returns the meta object for the reference '{@link nl.casustafel.learning.model.Contribution#getStep <em>Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Step</em>'.
	 * @see nl.casustafel.learning.model.Contribution#getStep()
	 * @see #getContribution()
	 * @generated
	 */
	EReference getContribution_Step();

	/**
	 * Returns the meta object for the reference '{@link nl.casustafel.learning.model.Contribution#getParticipant <em>Participant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Participant</em>'.
	 * @see nl.casustafel.learning.model.Contribution#getParticipant()
	 * @see #getContribution()
	 * @generated
	 */
	EReference getContribution_Participant();

	/**
	 * Returns the meta object for the reference '{@link nl.casustafel.learning.model.Contribution#getTheory <em>Theory</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Theory</em>'.
	 * @see nl.casustafel.learning.model.Contribution#getTheory()
	 * @see #getContribution()
	 * @generated
	 */
	EReference getContribution_Theory();

	/**
	 * Returns the meta object for class '{@link nl.casustafel.learning.model.LearningPoint <em>Point</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Point</em>'.
	 * @see nl.casustafel.learning.model.LearningPoint
	 * @generated
	 */
	EClass getLearningPoint();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.learning.model.LearningPoint#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see nl.casustafel.learning.model.LearningPoint#getText()
	 * @see #getLearningPoint()
	 * @generated
	 */
	EAttribute getLearningPoint_Text();

	/**
	 * Returns the meta object for the attribute list '{@link nl.casustafel.learning.model.LearningPoint#getTags <em>Tags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Tags</em>'.
	 * @see nl.casustafel.learning.model.LearningPoint#getTags()
	 * @see #getLearningPoint()
	 * @generated
	 */
	EAttribute getLearningPoint_Tags();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.learning.model.LearningPoint#isForTeam <em>For Team</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>For Team</em>'.
	 * @see nl.casustafel.learning.model.LearningPoint#isForTeam()
	 * @see #getLearningPoint()
	 * @generated
	 */
	EAttribute getLearningPoint_ForTeam();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.learning.model.LearningPoint#getCreatedAt <em>Created At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created At</em>'.
	 * @see nl.casustafel.learning.model.LearningPoint#getCreatedAt()
	 * @see #getLearningPoint()
	 * @generated
	 */
	EAttribute getLearningPoint_CreatedAt();

	/**
	 * Returns the meta object for the reference '{@link nl.casustafel.learning.model.LearningPoint#getStep <em>Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Step</em>'.
	 * @see nl.casustafel.learning.model.LearningPoint#getStep()
	 * @see #getLearningPoint()
	 * @generated
	 */
	EReference getLearningPoint_Step();

	/**
	 * Returns the meta object for the reference '{@link nl.casustafel.learning.model.LearningPoint#getParticipant <em>Participant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Participant</em>'.
	 * @see nl.casustafel.learning.model.LearningPoint#getParticipant()
	 * @see #getLearningPoint()
	 * @generated
	 */
	EReference getLearningPoint_Participant();

	/**
	 * Returns the meta object for enum '{@link nl.casustafel.learning.model.PresenterRole <em>Presenter Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Presenter Role</em>'.
	 * @see nl.casustafel.learning.model.PresenterRole
	 * @generated
	 */
	EEnum getPresenterRole();

	/**
	 * Returns the meta object for enum '{@link nl.casustafel.learning.model.CaptureKind <em>Capture Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Capture Kind</em>'.
	 * @see nl.casustafel.learning.model.CaptureKind
	 * @generated
	 */
	EEnum getCaptureKind();

	/**
	 * Returns the meta object for enum '{@link nl.casustafel.learning.model.SessionMode <em>Session Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Session Mode</em>'.
	 * @see nl.casustafel.learning.model.SessionMode
	 * @generated
	 */
	EEnum getSessionMode();

	/**
	 * Returns the meta object for enum '{@link nl.casustafel.learning.model.SessionState <em>Session State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Session State</em>'.
	 * @see nl.casustafel.learning.model.SessionState
	 * @generated
	 */
	EEnum getSessionState();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	LearningFactory getLearningFactory();

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
		 * The meta object literal for the '{@link nl.casustafel.learning.model.impl.LocalizedTextImpl <em>Localized Text</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.casustafel.learning.model.impl.LocalizedTextImpl
		 * @see nl.casustafel.learning.model.impl.LearningPackageImpl#getLocalizedText()
		 * @generated
		 */
		EClass LOCALIZED_TEXT = eINSTANCE.getLocalizedText();

		/**
		 * The meta object literal for the '<em><b>Nl</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCALIZED_TEXT__NL = eINSTANCE.getLocalizedText_Nl();

		/**
		 * The meta object literal for the '<em><b>En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCALIZED_TEXT__EN = eINSTANCE.getLocalizedText_En();

		/**
		 * The meta object literal for the '<em><b>For Language</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation LOCALIZED_TEXT___FOR_LANGUAGE__STRING = eINSTANCE.getLocalizedText__ForLanguage__String();

		/**
		 * The meta object literal for the '{@link nl.casustafel.learning.model.impl.LearningMethodImpl <em>Method</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.casustafel.learning.model.impl.LearningMethodImpl
		 * @see nl.casustafel.learning.model.impl.LearningPackageImpl#getLearningMethod()
		 * @generated
		 */
		EClass LEARNING_METHOD = eINSTANCE.getLearningMethod();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEARNING_METHOD__KEY = eINSTANCE.getLearningMethod_Key();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEARNING_METHOD__VERSION = eINSTANCE.getLearningMethod_Version();

		/**
		 * The meta object literal for the '<em><b>Origin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEARNING_METHOD__ORIGIN = eINSTANCE.getLearningMethod_Origin();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEARNING_METHOD__NAME = eINSTANCE.getLearningMethod_Name();

		/**
		 * The meta object literal for the '<em><b>Summary</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEARNING_METHOD__SUMMARY = eINSTANCE.getLearningMethod_Summary();

		/**
		 * The meta object literal for the '<em><b>Case Template</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEARNING_METHOD__CASE_TEMPLATE = eINSTANCE.getLearningMethod_CaseTemplate();

		/**
		 * The meta object literal for the '<em><b>Steps</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEARNING_METHOD__STEPS = eINSTANCE.getLearningMethod_Steps();

		/**
		 * The meta object literal for the '<em><b>Total Minutes</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation LEARNING_METHOD___TOTAL_MINUTES = eINSTANCE.getLearningMethod__TotalMinutes();

		/**
		 * The meta object literal for the '{@link nl.casustafel.learning.model.impl.MethodStepImpl <em>Method Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.casustafel.learning.model.impl.MethodStepImpl
		 * @see nl.casustafel.learning.model.impl.LearningPackageImpl#getMethodStep()
		 * @generated
		 */
		EClass METHOD_STEP = eINSTANCE.getMethodStep();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METHOD_STEP__KEY = eINSTANCE.getMethodStep_Key();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METHOD_STEP__LABEL = eINSTANCE.getMethodStep_Label();

		/**
		 * The meta object literal for the '<em><b>Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METHOD_STEP__MINUTES = eINSTANCE.getMethodStep_Minutes();

		/**
		 * The meta object literal for the '<em><b>Presenter</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METHOD_STEP__PRESENTER = eINSTANCE.getMethodStep_Presenter();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference METHOD_STEP__TITLE = eINSTANCE.getMethodStep_Title();

		/**
		 * The meta object literal for the '<em><b>Goal</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference METHOD_STEP__GOAL = eINSTANCE.getMethodStep_Goal();

		/**
		 * The meta object literal for the '<em><b>Guidance</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference METHOD_STEP__GUIDANCE = eINSTANCE.getMethodStep_Guidance();

		/**
		 * The meta object literal for the '<em><b>Speaking Rules</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference METHOD_STEP__SPEAKING_RULES = eINSTANCE.getMethodStep_SpeakingRules();

		/**
		 * The meta object literal for the '<em><b>Captures</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference METHOD_STEP__CAPTURES = eINSTANCE.getMethodStep_Captures();

		/**
		 * The meta object literal for the '<em><b>Prompts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference METHOD_STEP__PROMPTS = eINSTANCE.getMethodStep_Prompts();

		/**
		 * The meta object literal for the '{@link nl.casustafel.learning.model.impl.CaptureSpecImpl <em>Capture Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.casustafel.learning.model.impl.CaptureSpecImpl
		 * @see nl.casustafel.learning.model.impl.LearningPackageImpl#getCaptureSpec()
		 * @generated
		 */
		EClass CAPTURE_SPEC = eINSTANCE.getCaptureSpec();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAPTURE_SPEC__KIND = eINSTANCE.getCaptureSpec_Kind();

		/**
		 * The meta object literal for the '<em><b>Per Participant</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAPTURE_SPEC__PER_PARTICIPANT = eINSTANCE.getCaptureSpec_PerParticipant();

		/**
		 * The meta object literal for the '<em><b>Maximum</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAPTURE_SPEC__MAXIMUM = eINSTANCE.getCaptureSpec_Maximum();

		/**
		 * The meta object literal for the '<em><b>Theory Link</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAPTURE_SPEC__THEORY_LINK = eINSTANCE.getCaptureSpec_TheoryLink();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAPTURE_SPEC__LABEL = eINSTANCE.getCaptureSpec_Label();

		/**
		 * The meta object literal for the '{@link nl.casustafel.learning.model.impl.LearningLibraryImpl <em>Library</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.casustafel.learning.model.impl.LearningLibraryImpl
		 * @see nl.casustafel.learning.model.impl.LearningPackageImpl#getLearningLibrary()
		 * @generated
		 */
		EClass LEARNING_LIBRARY = eINSTANCE.getLearningLibrary();

		/**
		 * The meta object literal for the '<em><b>Theory Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEARNING_LIBRARY__THEORY_ITEMS = eINSTANCE.getLearningLibrary_TheoryItems();

		/**
		 * The meta object literal for the '<em><b>Sessions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEARNING_LIBRARY__SESSIONS = eINSTANCE.getLearningLibrary_Sessions();

		/**
		 * The meta object literal for the '{@link nl.casustafel.learning.model.impl.TheoryItemImpl <em>Theory Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.casustafel.learning.model.impl.TheoryItemImpl
		 * @see nl.casustafel.learning.model.impl.LearningPackageImpl#getTheoryItem()
		 * @generated
		 */
		EClass THEORY_ITEM = eINSTANCE.getTheoryItem();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute THEORY_ITEM__TITLE = eINSTANCE.getTheoryItem_Title();

		/**
		 * The meta object literal for the '<em><b>Summary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute THEORY_ITEM__SUMMARY = eINSTANCE.getTheoryItem_Summary();

		/**
		 * The meta object literal for the '<em><b>Reference</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute THEORY_ITEM__REFERENCE = eINSTANCE.getTheoryItem_Reference();

		/**
		 * The meta object literal for the '<em><b>Handout</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute THEORY_ITEM__HANDOUT = eINSTANCE.getTheoryItem_Handout();

		/**
		 * The meta object literal for the '<em><b>Tags</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute THEORY_ITEM__TAGS = eINSTANCE.getTheoryItem_Tags();

		/**
		 * The meta object literal for the '<em><b>Prepared By</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference THEORY_ITEM__PREPARED_BY = eINSTANCE.getTheoryItem_PreparedBy();

		/**
		 * The meta object literal for the '{@link nl.casustafel.learning.model.impl.LearningSessionImpl <em>Session</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.casustafel.learning.model.impl.LearningSessionImpl
		 * @see nl.casustafel.learning.model.impl.LearningPackageImpl#getLearningSession()
		 * @generated
		 */
		EClass LEARNING_SESSION = eINSTANCE.getLearningSession();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEARNING_SESSION__TITLE = eINSTANCE.getLearningSession_Title();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEARNING_SESSION__DATE = eINSTANCE.getLearningSession_Date();

		/**
		 * The meta object literal for the '<em><b>Location</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEARNING_SESSION__LOCATION = eINSTANCE.getLearningSession_Location();

		/**
		 * The meta object literal for the '<em><b>Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEARNING_SESSION__MODE = eINSTANCE.getLearningSession_Mode();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEARNING_SESSION__STATE = eINSTANCE.getLearningSession_State();

		/**
		 * The meta object literal for the '<em><b>Case Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEARNING_SESSION__CASE_TITLE = eINSTANCE.getLearningSession_CaseTitle();

		/**
		 * The meta object literal for the '<em><b>Case Write Up</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEARNING_SESSION__CASE_WRITE_UP = eINSTANCE.getLearningSession_CaseWriteUp();

		/**
		 * The meta object literal for the '<em><b>Case Question</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEARNING_SESSION__CASE_QUESTION = eINSTANCE.getLearningSession_CaseQuestion();

		/**
		 * The meta object literal for the '<em><b>Final Question</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEARNING_SESSION__FINAL_QUESTION = eINSTANCE.getLearningSession_FinalQuestion();

		/**
		 * The meta object literal for the '<em><b>Submission Deadline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEARNING_SESSION__SUBMISSION_DEADLINE = eINSTANCE.getLearningSession_SubmissionDeadline();

		/**
		 * The meta object literal for the '<em><b>Case Submitted On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEARNING_SESSION__CASE_SUBMITTED_ON = eINSTANCE.getLearningSession_CaseSubmittedOn();

		/**
		 * The meta object literal for the '<em><b>Minutes Sent On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEARNING_SESSION__MINUTES_SENT_ON = eINSTANCE.getLearningSession_MinutesSentOn();

		/**
		 * The meta object literal for the '<em><b>Method</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEARNING_SESSION__METHOD = eINSTANCE.getLearningSession_Method();

		/**
		 * The meta object literal for the '<em><b>Host</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEARNING_SESSION__HOST = eINSTANCE.getLearningSession_Host();

		/**
		 * The meta object literal for the '<em><b>Inbrenger</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEARNING_SESSION__INBRENGER = eINSTANCE.getLearningSession_Inbrenger();

		/**
		 * The meta object literal for the '<em><b>Chair</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEARNING_SESSION__CHAIR = eINSTANCE.getLearningSession_Chair();

		/**
		 * The meta object literal for the '<em><b>Theory Preparer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEARNING_SESSION__THEORY_PREPARER = eINSTANCE.getLearningSession_TheoryPreparer();

		/**
		 * The meta object literal for the '<em><b>Participants</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEARNING_SESSION__PARTICIPANTS = eINSTANCE.getLearningSession_Participants();

		/**
		 * The meta object literal for the '<em><b>Theory Items</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEARNING_SESSION__THEORY_ITEMS = eINSTANCE.getLearningSession_TheoryItems();

		/**
		 * The meta object literal for the '<em><b>Step Logs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEARNING_SESSION__STEP_LOGS = eINSTANCE.getLearningSession_StepLogs();

		/**
		 * The meta object literal for the '<em><b>Contributions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEARNING_SESSION__CONTRIBUTIONS = eINSTANCE.getLearningSession_Contributions();

		/**
		 * The meta object literal for the '<em><b>Learning Points</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEARNING_SESSION__LEARNING_POINTS = eINSTANCE.getLearningSession_LearningPoints();

		/**
		 * The meta object literal for the '{@link nl.casustafel.learning.model.impl.ParticipantImpl <em>Participant</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.casustafel.learning.model.impl.ParticipantImpl
		 * @see nl.casustafel.learning.model.impl.LearningPackageImpl#getParticipant()
		 * @generated
		 */
		EClass PARTICIPANT = eINSTANCE.getParticipant();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTICIPANT__NAME = eINSTANCE.getParticipant_Name();

		/**
		 * The meta object literal for the '<em><b>Guest</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTICIPANT__GUEST = eINSTANCE.getParticipant_Guest();

		/**
		 * The meta object literal for the '<em><b>Attendance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTICIPANT__ATTENDANCE = eINSTANCE.getParticipant_Attendance();

		/**
		 * The meta object literal for the '<em><b>Professional</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARTICIPANT__PROFESSIONAL = eINSTANCE.getParticipant_Professional();

		/**
		 * The meta object literal for the '<em><b>Organisation</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARTICIPANT__ORGANISATION = eINSTANCE.getParticipant_Organisation();

		/**
		 * The meta object literal for the '<em><b>Display Name</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation PARTICIPANT___DISPLAY_NAME = eINSTANCE.getParticipant__DisplayName();

		/**
		 * The meta object literal for the '{@link nl.casustafel.learning.model.impl.StepLogImpl <em>Step Log</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.casustafel.learning.model.impl.StepLogImpl
		 * @see nl.casustafel.learning.model.impl.LearningPackageImpl#getStepLog()
		 * @generated
		 */
		EClass STEP_LOG = eINSTANCE.getStepLog();

		/**
		 * The meta object literal for the '<em><b>Started At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP_LOG__STARTED_AT = eINSTANCE.getStepLog_StartedAt();

		/**
		 * The meta object literal for the '<em><b>Ended At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP_LOG__ENDED_AT = eINSTANCE.getStepLog_EndedAt();

		/**
		 * The meta object literal for the '<em><b>Extra Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP_LOG__EXTRA_MINUTES = eINSTANCE.getStepLog_ExtraMinutes();

		/**
		 * The meta object literal for the '<em><b>Actual Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP_LOG__ACTUAL_SECONDS = eINSTANCE.getStepLog_ActualSeconds();

		/**
		 * The meta object literal for the '<em><b>Skipped</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP_LOG__SKIPPED = eINSTANCE.getStepLog_Skipped();

		/**
		 * The meta object literal for the '<em><b>Step</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STEP_LOG__STEP = eINSTANCE.getStepLog_Step();

		/**
		 * The meta object literal for the '{@link nl.casustafel.learning.model.impl.ContributionImpl <em>Contribution</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.casustafel.learning.model.impl.ContributionImpl
		 * @see nl.casustafel.learning.model.impl.LearningPackageImpl#getContribution()
		 * @generated
		 */
		EClass CONTRIBUTION = eINSTANCE.getContribution();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTRIBUTION__KIND = eINSTANCE.getContribution_Kind();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTRIBUTION__TEXT = eINSTANCE.getContribution_Text();

		/**
		 * The meta object literal for the '<em><b>Answer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTRIBUTION__ANSWER = eINSTANCE.getContribution_Answer();

		/**
		 * The meta object literal for the '<em><b>Created At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTRIBUTION__CREATED_AT = eINSTANCE.getContribution_CreatedAt();

		/**
		 * The meta object literal for the '<em><b>Step</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTRIBUTION__STEP = eINSTANCE.getContribution_Step();

		/**
		 * The meta object literal for the '<em><b>Participant</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTRIBUTION__PARTICIPANT = eINSTANCE.getContribution_Participant();

		/**
		 * The meta object literal for the '<em><b>Theory</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTRIBUTION__THEORY = eINSTANCE.getContribution_Theory();

		/**
		 * The meta object literal for the '{@link nl.casustafel.learning.model.impl.LearningPointImpl <em>Point</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.casustafel.learning.model.impl.LearningPointImpl
		 * @see nl.casustafel.learning.model.impl.LearningPackageImpl#getLearningPoint()
		 * @generated
		 */
		EClass LEARNING_POINT = eINSTANCE.getLearningPoint();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEARNING_POINT__TEXT = eINSTANCE.getLearningPoint_Text();

		/**
		 * The meta object literal for the '<em><b>Tags</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEARNING_POINT__TAGS = eINSTANCE.getLearningPoint_Tags();

		/**
		 * The meta object literal for the '<em><b>For Team</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEARNING_POINT__FOR_TEAM = eINSTANCE.getLearningPoint_ForTeam();

		/**
		 * The meta object literal for the '<em><b>Created At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEARNING_POINT__CREATED_AT = eINSTANCE.getLearningPoint_CreatedAt();

		/**
		 * The meta object literal for the '<em><b>Step</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEARNING_POINT__STEP = eINSTANCE.getLearningPoint_Step();

		/**
		 * The meta object literal for the '<em><b>Participant</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEARNING_POINT__PARTICIPANT = eINSTANCE.getLearningPoint_Participant();

		/**
		 * The meta object literal for the '{@link nl.casustafel.learning.model.PresenterRole <em>Presenter Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.casustafel.learning.model.PresenterRole
		 * @see nl.casustafel.learning.model.impl.LearningPackageImpl#getPresenterRole()
		 * @generated
		 */
		EEnum PRESENTER_ROLE = eINSTANCE.getPresenterRole();

		/**
		 * The meta object literal for the '{@link nl.casustafel.learning.model.CaptureKind <em>Capture Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.casustafel.learning.model.CaptureKind
		 * @see nl.casustafel.learning.model.impl.LearningPackageImpl#getCaptureKind()
		 * @generated
		 */
		EEnum CAPTURE_KIND = eINSTANCE.getCaptureKind();

		/**
		 * The meta object literal for the '{@link nl.casustafel.learning.model.SessionMode <em>Session Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.casustafel.learning.model.SessionMode
		 * @see nl.casustafel.learning.model.impl.LearningPackageImpl#getSessionMode()
		 * @generated
		 */
		EEnum SESSION_MODE = eINSTANCE.getSessionMode();

		/**
		 * The meta object literal for the '{@link nl.casustafel.learning.model.SessionState <em>Session State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.casustafel.learning.model.SessionState
		 * @see nl.casustafel.learning.model.impl.LearningPackageImpl#getSessionState()
		 * @generated
		 */
		EEnum SESSION_STATE = eINSTANCE.getSessionState();

	}

} //LearningPackage
