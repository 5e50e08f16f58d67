/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.learning.model.impl;

import nl.casustafel.learning.model.CaptureKind;
import nl.casustafel.learning.model.CaptureSpec;
import nl.casustafel.learning.model.Contribution;
import nl.casustafel.learning.model.LearningFactory;
import nl.casustafel.learning.model.LearningLibrary;
import nl.casustafel.learning.model.LearningMethod;
import nl.casustafel.learning.model.LearningPackage;
import nl.casustafel.learning.model.LearningPoint;
import nl.casustafel.learning.model.LearningSession;
import nl.casustafel.learning.model.LocalizedText;
import nl.casustafel.learning.model.MethodStep;
import nl.casustafel.learning.model.Participant;
import nl.casustafel.learning.model.PresenterRole;
import nl.casustafel.learning.model.SessionMode;
import nl.casustafel.learning.model.SessionState;
import nl.casustafel.learning.model.StepLog;
import nl.casustafel.learning.model.TheoryItem;

import nl.casustafel.model.CasebookPackage;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class LearningPackageImpl extends EPackageImpl implements LearningPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass localizedTextEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass learningMethodEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass methodStepEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass captureSpecEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass learningLibraryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass theoryItemEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass learningSessionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass participantEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass stepLogEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass contributionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass learningPointEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum presenterRoleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum captureKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum sessionModeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum sessionStateEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see nl.casustafel.learning.model.LearningPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private LearningPackageImpl() {
		super(eNS_URI, LearningFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link LearningPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static LearningPackage init() {
		if (isInited) return (LearningPackage)EPackage.Registry.INSTANCE.getEPackage(LearningPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredLearningPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		LearningPackageImpl theLearningPackage = registeredLearningPackage instanceof LearningPackageImpl ? (LearningPackageImpl)registeredLearningPackage : new LearningPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		CasebookPackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theLearningPackage.createPackageContents();

		// Initialize created meta-data
		theLearningPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theLearningPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(LearningPackage.eNS_URI, theLearningPackage);
		return theLearningPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLocalizedText() {
		return localizedTextEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLocalizedText_Nl() {
		return (EAttribute)localizedTextEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLocalizedText_En() {
		return (EAttribute)localizedTextEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getLocalizedText__ForLanguage__String() {
		return localizedTextEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLearningMethod() {
		return learningMethodEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLearningMethod_Key() {
		return (EAttribute)learningMethodEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLearningMethod_Version() {
		return (EAttribute)learningMethodEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLearningMethod_Origin() {
		return (EAttribute)learningMethodEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLearningMethod_Name() {
		return (EReference)learningMethodEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLearningMethod_Summary() {
		return (EReference)learningMethodEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLearningMethod_CaseTemplate() {
		return (EReference)learningMethodEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLearningMethod_Steps() {
		return (EReference)learningMethodEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getLearningMethod__TotalMinutes() {
		return learningMethodEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMethodStep() {
		return methodStepEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMethodStep_Key() {
		return (EAttribute)methodStepEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMethodStep_Label() {
		return (EAttribute)methodStepEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMethodStep_Minutes() {
		return (EAttribute)methodStepEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMethodStep_Presenter() {
		return (EAttribute)methodStepEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMethodStep_Title() {
		return (EReference)methodStepEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMethodStep_Goal() {
		return (EReference)methodStepEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMethodStep_Guidance() {
		return (EReference)methodStepEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMethodStep_SpeakingRules() {
		return (EReference)methodStepEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMethodStep_Captures() {
		return (EReference)methodStepEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMethodStep_Prompts() {
		return (EReference)methodStepEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCaptureSpec() {
		return captureSpecEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCaptureSpec_Kind() {
		return (EAttribute)captureSpecEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCaptureSpec_PerParticipant() {
		return (EAttribute)captureSpecEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCaptureSpec_Maximum() {
		return (EAttribute)captureSpecEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCaptureSpec_TheoryLink() {
		return (EAttribute)captureSpecEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCaptureSpec_Label() {
		return (EReference)captureSpecEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLearningLibrary() {
		return learningLibraryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLearningLibrary_TheoryItems() {
		return (EReference)learningLibraryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLearningLibrary_Sessions() {
		return (EReference)learningLibraryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTheoryItem() {
		return theoryItemEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTheoryItem_Title() {
		return (EAttribute)theoryItemEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTheoryItem_Summary() {
		return (EAttribute)theoryItemEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTheoryItem_Reference() {
		return (EAttribute)theoryItemEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTheoryItem_Handout() {
		return (EAttribute)theoryItemEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTheoryItem_Tags() {
		return (EAttribute)theoryItemEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTheoryItem_PreparedBy() {
		return (EReference)theoryItemEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLearningSession() {
		return learningSessionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLearningSession_Title() {
		return (EAttribute)learningSessionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLearningSession_Date() {
		return (EAttribute)learningSessionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLearningSession_Location() {
		return (EAttribute)learningSessionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLearningSession_Mode() {
		return (EAttribute)learningSessionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLearningSession_State() {
		return (EAttribute)learningSessionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLearningSession_CaseTitle() {
		return (EAttribute)learningSessionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLearningSession_CaseWriteUp() {
		return (EAttribute)learningSessionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLearningSession_CaseQuestion() {
		return (EAttribute)learningSessionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLearningSession_FinalQuestion() {
		return (EAttribute)learningSessionEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLearningSession_SubmissionDeadline() {
		return (EAttribute)learningSessionEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLearningSession_CaseSubmittedOn() {
		return (EAttribute)learningSessionEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLearningSession_MinutesSentOn() {
		return (EAttribute)learningSessionEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLearningSession_Method() {
		return (EReference)learningSessionEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLearningSession_Host() {
		return (EReference)learningSessionEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLearningSession_Inbrenger() {
		return (EReference)learningSessionEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLearningSession_Chair() {
		return (EReference)learningSessionEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLearningSession_TheoryPreparer() {
		return (EReference)learningSessionEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLearningSession_Participants() {
		return (EReference)learningSessionEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLearningSession_TheoryItems() {
		return (EReference)learningSessionEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLearningSession_StepLogs() {
		return (EReference)learningSessionEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLearningSession_Contributions() {
		return (EReference)learningSessionEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLearningSession_LearningPoints() {
		return (EReference)learningSessionEClass.getEStructuralFeatures().get(21);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getParticipant() {
		return participantEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getParticipant_Name() {
		return (EAttribute)participantEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getParticipant_Guest() {
		return (EAttribute)participantEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getParticipant_Attendance() {
		return (EAttribute)participantEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getParticipant_Professional() {
		return (EReference)participantEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getParticipant_Organisation() {
		return (EReference)participantEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getParticipant__DisplayName() {
		return participantEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStepLog() {
		return stepLogEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStepLog_StartedAt() {
		return (EAttribute)stepLogEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStepLog_EndedAt() {
		return (EAttribute)stepLogEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStepLog_ExtraMinutes() {
		return (EAttribute)stepLogEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStepLog_ActualSeconds() {
		return (EAttribute)stepLogEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStepLog_Skipped() {
		return (EAttribute)stepLogEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStepLog_Step() {
		return (EReference)stepLogEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getContribution() {
		return contributionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContribution_Kind() {
		return (EAttribute)contributionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContribution_Text() {
		return (EAttribute)contributionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContribution_Answer() {
		return (EAttribute)contributionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContribution_CreatedAt() {
		return (EAttribute)contributionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContribution_Step() {
		return (EReference)contributionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContribution_Participant() {
		return (EReference)contributionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContribution_Theory() {
		return (EReference)contributionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLearningPoint() {
		return learningPointEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLearningPoint_Text() {
		return (EAttribute)learningPointEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLearningPoint_Tags() {
		return (EAttribute)learningPointEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLearningPoint_ForTeam() {
		return (EAttribute)learningPointEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLearningPoint_CreatedAt() {
		return (EAttribute)learningPointEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLearningPoint_Step() {
		return (EReference)learningPointEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLearningPoint_Participant() {
		return (EReference)learningPointEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPresenterRole() {
		return presenterRoleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCaptureKind() {
		return captureKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSessionMode() {
		return sessionModeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSessionState() {
		return sessionStateEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LearningFactory getLearningFactory() {
		return (LearningFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		localizedTextEClass = createEClass(LOCALIZED_TEXT);
		createEAttribute(localizedTextEClass, LOCALIZED_TEXT__NL);
		createEAttribute(localizedTextEClass, LOCALIZED_TEXT__EN);
		createEOperation(localizedTextEClass, LOCALIZED_TEXT___FOR_LANGUAGE__STRING);

		learningMethodEClass = createEClass(LEARNING_METHOD);
		createEAttribute(learningMethodEClass, LEARNING_METHOD__KEY);
		createEAttribute(learningMethodEClass, LEARNING_METHOD__VERSION);
		createEAttribute(learningMethodEClass, LEARNING_METHOD__ORIGIN);
		createEReference(learningMethodEClass, LEARNING_METHOD__NAME);
		createEReference(learningMethodEClass, LEARNING_METHOD__SUMMARY);
		createEReference(learningMethodEClass, LEARNING_METHOD__CASE_TEMPLATE);
		createEReference(learningMethodEClass, LEARNING_METHOD__STEPS);
		createEOperation(learningMethodEClass, LEARNING_METHOD___TOTAL_MINUTES);

		methodStepEClass = createEClass(METHOD_STEP);
		createEAttribute(methodStepEClass, METHOD_STEP__KEY);
		createEAttribute(methodStepEClass, METHOD_STEP__LABEL);
		createEAttribute(methodStepEClass, METHOD_STEP__MINUTES);
		createEAttribute(methodStepEClass, METHOD_STEP__PRESENTER);
		createEReference(methodStepEClass, METHOD_STEP__TITLE);
		createEReference(methodStepEClass, METHOD_STEP__GOAL);
		createEReference(methodStepEClass, METHOD_STEP__GUIDANCE);
		createEReference(methodStepEClass, METHOD_STEP__SPEAKING_RULES);
		createEReference(methodStepEClass, METHOD_STEP__CAPTURES);
		createEReference(methodStepEClass, METHOD_STEP__PROMPTS);

		captureSpecEClass = createEClass(CAPTURE_SPEC);
		createEAttribute(captureSpecEClass, CAPTURE_SPEC__KIND);
		createEAttribute(captureSpecEClass, CAPTURE_SPEC__PER_PARTICIPANT);
		createEAttribute(captureSpecEClass, CAPTURE_SPEC__MAXIMUM);
		createEAttribute(captureSpecEClass, CAPTURE_SPEC__THEORY_LINK);
		createEReference(captureSpecEClass, CAPTURE_SPEC__LABEL);

		learningLibraryEClass = createEClass(LEARNING_LIBRARY);
		createEReference(learningLibraryEClass, LEARNING_LIBRARY__THEORY_ITEMS);
		createEReference(learningLibraryEClass, LEARNING_LIBRARY__SESSIONS);

		theoryItemEClass = createEClass(THEORY_ITEM);
		createEAttribute(theoryItemEClass, THEORY_ITEM__TITLE);
		createEAttribute(theoryItemEClass, THEORY_ITEM__SUMMARY);
		createEAttribute(theoryItemEClass, THEORY_ITEM__REFERENCE);
		createEAttribute(theoryItemEClass, THEORY_ITEM__HANDOUT);
		createEAttribute(theoryItemEClass, THEORY_ITEM__TAGS);
		createEReference(theoryItemEClass, THEORY_ITEM__PREPARED_BY);

		learningSessionEClass = createEClass(LEARNING_SESSION);
		createEAttribute(learningSessionEClass, LEARNING_SESSION__TITLE);
		createEAttribute(learningSessionEClass, LEARNING_SESSION__DATE);
		createEAttribute(learningSessionEClass, LEARNING_SESSION__LOCATION);
		createEAttribute(learningSessionEClass, LEARNING_SESSION__MODE);
		createEAttribute(learningSessionEClass, LEARNING_SESSION__STATE);
		createEAttribute(learningSessionEClass, LEARNING_SESSION__CASE_TITLE);
		createEAttribute(learningSessionEClass, LEARNING_SESSION__CASE_WRITE_UP);
		createEAttribute(learningSessionEClass, LEARNING_SESSION__CASE_QUESTION);
		createEAttribute(learningSessionEClass, LEARNING_SESSION__FINAL_QUESTION);
		createEAttribute(learningSessionEClass, LEARNING_SESSION__SUBMISSION_DEADLINE);
		createEAttribute(learningSessionEClass, LEARNING_SESSION__CASE_SUBMITTED_ON);
		createEAttribute(learningSessionEClass, LEARNING_SESSION__MINUTES_SENT_ON);
		createEReference(learningSessionEClass, LEARNING_SESSION__METHOD);
		createEReference(learningSessionEClass, LEARNING_SESSION__HOST);
		createEReference(learningSessionEClass, LEARNING_SESSION__INBRENGER);
		createEReference(learningSessionEClass, LEARNING_SESSION__CHAIR);
		createEReference(learningSessionEClass, LEARNING_SESSION__THEORY_PREPARER);
		createEReference(learningSessionEClass, LEARNING_SESSION__PARTICIPANTS);
		createEReference(learningSessionEClass, LEARNING_SESSION__THEORY_ITEMS);
		createEReference(learningSessionEClass, LEARNING_SESSION__STEP_LOGS);
		createEReference(learningSessionEClass, LEARNING_SESSION__CONTRIBUTIONS);
		createEReference(learningSessionEClass, LEARNING_SESSION__LEARNING_POINTS);

		participantEClass = createEClass(PARTICIPANT);
		createEAttribute(participantEClass, PARTICIPANT__NAME);
		createEAttribute(participantEClass, PARTICIPANT__GUEST);
		createEAttribute(participantEClass, PARTICIPANT__ATTENDANCE);
		createEReference(participantEClass, PARTICIPANT__PROFESSIONAL);
		createEReference(participantEClass, PARTICIPANT__ORGANISATION);
		createEOperation(participantEClass, PARTICIPANT___DISPLAY_NAME);

		stepLogEClass = createEClass(STEP_LOG);
		createEAttribute(stepLogEClass, STEP_LOG__STARTED_AT);
		createEAttribute(stepLogEClass, STEP_LOG__ENDED_AT);
		createEAttribute(stepLogEClass, STEP_LOG__EXTRA_MINUTES);
		createEAttribute(stepLogEClass, STEP_LOG__ACTUAL_SECONDS);
		createEAttribute(stepLogEClass, STEP_LOG__SKIPPED);
		createEReference(stepLogEClass, STEP_LOG__STEP);

		contributionEClass = createEClass(CONTRIBUTION);
		createEAttribute(contributionEClass, CONTRIBUTION__KIND);
		createEAttribute(contributionEClass, CONTRIBUTION__TEXT);
		createEAttribute(contributionEClass, CONTRIBUTION__ANSWER);
		createEAttribute(contributionEClass, CONTRIBUTION__CREATED_AT);
		createEReference(contributionEClass, CONTRIBUTION__STEP);
		createEReference(contributionEClass, CONTRIBUTION__PARTICIPANT);
		createEReference(contributionEClass, CONTRIBUTION__THEORY);

		learningPointEClass = createEClass(LEARNING_POINT);
		createEAttribute(learningPointEClass, LEARNING_POINT__TEXT);
		createEAttribute(learningPointEClass, LEARNING_POINT__TAGS);
		createEAttribute(learningPointEClass, LEARNING_POINT__FOR_TEAM);
		createEAttribute(learningPointEClass, LEARNING_POINT__CREATED_AT);
		createEReference(learningPointEClass, LEARNING_POINT__STEP);
		createEReference(learningPointEClass, LEARNING_POINT__PARTICIPANT);

		// Create enums
		presenterRoleEEnum = createEEnum(PRESENTER_ROLE);
		captureKindEEnum = createEEnum(CAPTURE_KIND);
		sessionModeEEnum = createEEnum(SESSION_MODE);
		sessionStateEEnum = createEEnum(SESSION_STATE);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Obtain other dependent packages
		CasebookPackage theCasebookPackage = (CasebookPackage)EPackage.Registry.INSTANCE.getEPackage(CasebookPackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		learningLibraryEClass.getESuperTypes().add(theCasebookPackage.getIdentifiable());
		theoryItemEClass.getESuperTypes().add(theCasebookPackage.getIdentifiable());
		learningSessionEClass.getESuperTypes().add(theCasebookPackage.getIdentifiable());
		participantEClass.getESuperTypes().add(theCasebookPackage.getIdentifiable());
		contributionEClass.getESuperTypes().add(theCasebookPackage.getIdentifiable());
		learningPointEClass.getESuperTypes().add(theCasebookPackage.getIdentifiable());

		// Initialize classes, features, and operations; add parameters
		initEClass(localizedTextEClass, LocalizedText.class, "LocalizedText", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getLocalizedText_Nl(), ecorePackage.getEString(), "nl", null, 0, 1, LocalizedText.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getLocalizedText_En(), ecorePackage.getEString(), "en", null, 0, 1, LocalizedText.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		EOperation op = initEOperation(getLocalizedText__ForLanguage__String(), ecorePackage.getEString(), "forLanguage", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$
		addEParameter(op, ecorePackage.getEString(), "language", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$

		initEClass(learningMethodEClass, LearningMethod.class, "LearningMethod", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getLearningMethod_Key(), ecorePackage.getEString(), "key", null, 0, 1, LearningMethod.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getLearningMethod_Version(), ecorePackage.getEString(), "version", null, 0, 1, LearningMethod.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getLearningMethod_Origin(), ecorePackage.getEString(), "origin", null, 0, 1, LearningMethod.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getLearningMethod_Name(), this.getLocalizedText(), null, "name", null, 0, 1, LearningMethod.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getLearningMethod_Summary(), this.getLocalizedText(), null, "summary", null, 0, 1, LearningMethod.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getLearningMethod_CaseTemplate(), this.getLocalizedText(), null, "caseTemplate", null, 0, 1, LearningMethod.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getLearningMethod_Steps(), this.getMethodStep(), null, "steps", null, 0, -1, LearningMethod.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEOperation(getLearningMethod__TotalMinutes(), ecorePackage.getEInt(), "totalMinutes", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$

		initEClass(methodStepEClass, MethodStep.class, "MethodStep", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getMethodStep_Key(), ecorePackage.getEString(), "key", null, 0, 1, MethodStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMethodStep_Label(), ecorePackage.getEString(), "label", null, 0, 1, MethodStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMethodStep_Minutes(), ecorePackage.getEInt(), "minutes", null, 0, 1, MethodStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMethodStep_Presenter(), this.getPresenterRole(), "presenter", "SPEAKS", 0, 1, MethodStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEReference(getMethodStep_Title(), this.getLocalizedText(), null, "title", null, 0, 1, MethodStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getMethodStep_Goal(), this.getLocalizedText(), null, "goal", null, 0, 1, MethodStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getMethodStep_Guidance(), this.getLocalizedText(), null, "guidance", null, 0, 1, MethodStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getMethodStep_SpeakingRules(), this.getLocalizedText(), null, "speakingRules", null, 0, -1, MethodStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getMethodStep_Captures(), this.getCaptureSpec(), null, "captures", null, 0, -1, MethodStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getMethodStep_Prompts(), this.getLocalizedText(), null, "prompts", null, 0, -1, MethodStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(captureSpecEClass, CaptureSpec.class, "CaptureSpec", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getCaptureSpec_Kind(), this.getCaptureKind(), "kind", null, 0, 1, CaptureSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getCaptureSpec_PerParticipant(), ecorePackage.getEBoolean(), "perParticipant", null, 0, 1, CaptureSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getCaptureSpec_Maximum(), ecorePackage.getEInt(), "maximum", null, 0, 1, CaptureSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getCaptureSpec_TheoryLink(), ecorePackage.getEBoolean(), "theoryLink", null, 0, 1, CaptureSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getCaptureSpec_Label(), this.getLocalizedText(), null, "label", null, 0, 1, CaptureSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(learningLibraryEClass, LearningLibrary.class, "LearningLibrary", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getLearningLibrary_TheoryItems(), this.getTheoryItem(), null, "theoryItems", null, 0, -1, LearningLibrary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getLearningLibrary_Sessions(), this.getLearningSession(), null, "sessions", null, 0, -1, LearningLibrary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(theoryItemEClass, TheoryItem.class, "TheoryItem", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getTheoryItem_Title(), ecorePackage.getEString(), "title", null, 0, 1, TheoryItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getTheoryItem_Summary(), ecorePackage.getEString(), "summary", null, 0, 1, TheoryItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getTheoryItem_Reference(), ecorePackage.getEString(), "reference", null, 0, 1, TheoryItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getTheoryItem_Handout(), ecorePackage.getEString(), "handout", null, 0, 1, TheoryItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getTheoryItem_Tags(), ecorePackage.getEString(), "tags", null, 0, -1, TheoryItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getTheoryItem_PreparedBy(), theCasebookPackage.getProfessional(), null, "preparedBy", null, 0, 1, TheoryItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(learningSessionEClass, LearningSession.class, "LearningSession", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getLearningSession_Title(), ecorePackage.getEString(), "title", null, 0, 1, LearningSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getLearningSession_Date(), ecorePackage.getEDate(), "date", null, 0, 1, LearningSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getLearningSession_Location(), ecorePackage.getEString(), "location", null, 0, 1, LearningSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getLearningSession_Mode(), this.getSessionMode(), "mode", null, 0, 1, LearningSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getLearningSession_State(), this.getSessionState(), "state", null, 0, 1, LearningSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getLearningSession_CaseTitle(), ecorePackage.getEString(), "caseTitle", null, 0, 1, LearningSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getLearningSession_CaseWriteUp(), ecorePackage.getEString(), "caseWriteUp", null, 0, 1, LearningSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getLearningSession_CaseQuestion(), ecorePackage.getEString(), "caseQuestion", null, 0, 1, LearningSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getLearningSession_FinalQuestion(), ecorePackage.getEString(), "finalQuestion", null, 0, 1, LearningSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getLearningSession_SubmissionDeadline(), ecorePackage.getEDate(), "submissionDeadline", null, 0, 1, LearningSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getLearningSession_CaseSubmittedOn(), ecorePackage.getEDate(), "caseSubmittedOn", null, 0, 1, LearningSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getLearningSession_MinutesSentOn(), ecorePackage.getEDate(), "minutesSentOn", null, 0, 1, LearningSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getLearningSession_Method(), this.getLearningMethod(), null, "method", null, 0, 1, LearningSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getLearningSession_Host(), theCasebookPackage.getOrganisation(), null, "host", null, 0, 1, LearningSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getLearningSession_Inbrenger(), theCasebookPackage.getProfessional(), null, "inbrenger", null, 0, 1, LearningSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getLearningSession_Chair(), theCasebookPackage.getProfessional(), null, "chair", null, 0, 1, LearningSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getLearningSession_TheoryPreparer(), theCasebookPackage.getProfessional(), null, "theoryPreparer", null, 0, 1, LearningSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getLearningSession_Participants(), this.getParticipant(), null, "participants", null, 0, -1, LearningSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getLearningSession_TheoryItems(), this.getTheoryItem(), null, "theoryItems", null, 0, -1, LearningSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getLearningSession_StepLogs(), this.getStepLog(), null, "stepLogs", null, 0, -1, LearningSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getLearningSession_Contributions(), this.getContribution(), null, "contributions", null, 0, -1, LearningSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getLearningSession_LearningPoints(), this.getLearningPoint(), null, "learningPoints", null, 0, -1, LearningSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(participantEClass, Participant.class, "Participant", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getParticipant_Name(), ecorePackage.getEString(), "name", null, 0, 1, Participant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getParticipant_Guest(), ecorePackage.getEBoolean(), "guest", null, 0, 1, Participant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getParticipant_Attendance(), theCasebookPackage.getAttendanceStatus(), "attendance", null, 0, 1, Participant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getParticipant_Professional(), theCasebookPackage.getProfessional(), null, "professional", null, 0, 1, Participant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getParticipant_Organisation(), theCasebookPackage.getOrganisation(), null, "organisation", null, 0, 1, Participant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEOperation(getParticipant__DisplayName(), ecorePackage.getEString(), "displayName", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$

		initEClass(stepLogEClass, StepLog.class, "StepLog", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getStepLog_StartedAt(), ecorePackage.getEDate(), "startedAt", null, 0, 1, StepLog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getStepLog_EndedAt(), ecorePackage.getEDate(), "endedAt", null, 0, 1, StepLog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getStepLog_ExtraMinutes(), ecorePackage.getEInt(), "extraMinutes", null, 0, 1, StepLog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getStepLog_ActualSeconds(), ecorePackage.getEInt(), "actualSeconds", null, 0, 1, StepLog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getStepLog_Skipped(), ecorePackage.getEBoolean(), "skipped", null, 0, 1, StepLog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getStepLog_Step(), this.getMethodStep(), null, "step", null, 0, 1, StepLog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(contributionEClass, Contribution.class, "Contribution", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getContribution_Kind(), this.getCaptureKind(), "kind", null, 0, 1, Contribution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getContribution_Text(), ecorePackage.getEString(), "text", null, 0, 1, Contribution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getContribution_Answer(), ecorePackage.getEString(), "answer", null, 0, 1, Contribution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getContribution_CreatedAt(), ecorePackage.getEDate(), "createdAt", null, 0, 1, Contribution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getContribution_Step(), this.getMethodStep(), null, "step", null, 0, 1, Contribution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getContribution_Participant(), this.getParticipant(), null, "participant", null, 0, 1, Contribution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getContribution_Theory(), this.getTheoryItem(), null, "theory", null, 0, 1, Contribution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(learningPointEClass, LearningPoint.class, "LearningPoint", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getLearningPoint_Text(), ecorePackage.getEString(), "text", null, 0, 1, LearningPoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getLearningPoint_Tags(), ecorePackage.getEString(), "tags", null, 0, -1, LearningPoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getLearningPoint_ForTeam(), ecorePackage.getEBoolean(), "forTeam", null, 0, 1, LearningPoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getLearningPoint_CreatedAt(), ecorePackage.getEDate(), "createdAt", null, 0, 1, LearningPoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getLearningPoint_Step(), this.getMethodStep(), null, "step", null, 0, 1, LearningPoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getLearningPoint_Participant(), this.getParticipant(), null, "participant", null, 0, 1, LearningPoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		// Initialize enums and add enum literals
		initEEnum(presenterRoleEEnum, PresenterRole.class, "PresenterRole"); //$NON-NLS-1$
		addEEnumLiteral(presenterRoleEEnum, PresenterRole.SPEAKS);
		addEEnumLiteral(presenterRoleEEnum, PresenterRole.ANSWERS_FACTS);
		addEEnumLiteral(presenterRoleEEnum, PresenterRole.LISTENS);

		initEEnum(captureKindEEnum, CaptureKind.class, "CaptureKind"); //$NON-NLS-1$
		addEEnumLiteral(captureKindEEnum, CaptureKind.NOTE);
		addEEnumLiteral(captureKindEEnum, CaptureKind.THEORY);
		addEEnumLiteral(captureKindEEnum, CaptureKind.FINAL_QUESTION);
		addEEnumLiteral(captureKindEEnum, CaptureKind.QUESTION);
		addEEnumLiteral(captureKindEEnum, CaptureKind.ADVICE);
		addEEnumLiteral(captureKindEEnum, CaptureKind.ACTION);
		addEEnumLiteral(captureKindEEnum, CaptureKind.TAKEAWAY);
		addEEnumLiteral(captureKindEEnum, CaptureKind.LEARNING_POINT);
		addEEnumLiteral(captureKindEEnum, CaptureKind.PARKED);

		initEEnum(sessionModeEEnum, SessionMode.class, "SessionMode"); //$NON-NLS-1$
		addEEnumLiteral(sessionModeEEnum, SessionMode.IN_PERSON);
		addEEnumLiteral(sessionModeEEnum, SessionMode.ONLINE);
		addEEnumLiteral(sessionModeEEnum, SessionMode.HYBRID);

		initEEnum(sessionStateEEnum, SessionState.class, "SessionState"); //$NON-NLS-1$
		addEEnumLiteral(sessionStateEEnum, SessionState.PREPARING);
		addEEnumLiteral(sessionStateEEnum, SessionState.RUNNING);
		addEEnumLiteral(sessionStateEEnum, SessionState.FINISHED);

		// Create resource
		createResource(eNS_URI);
	}

} //LearningPackageImpl
