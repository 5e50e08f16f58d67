/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.learning.model.util;

import nl.casustafel.learning.model.*;

import nl.casustafel.model.Identifiable;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see nl.casustafel.learning.model.LearningPackage
 * @generated
 */
public class LearningAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static LearningPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LearningAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = LearningPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LearningSwitch<Adapter> modelSwitch =
		new LearningSwitch<Adapter>() {
			@Override
			public Adapter caseLocalizedText(LocalizedText object) {
				return createLocalizedTextAdapter();
			}
			@Override
			public Adapter caseLearningMethod(LearningMethod object) {
				return createLearningMethodAdapter();
			}
			@Override
			public Adapter caseMethodStep(MethodStep object) {
				return createMethodStepAdapter();
			}
			@Override
			public Adapter caseCaptureSpec(CaptureSpec object) {
				return createCaptureSpecAdapter();
			}
			@Override
			public Adapter caseLearningLibrary(LearningLibrary object) {
				return createLearningLibraryAdapter();
			}
			@Override
			public Adapter caseTheoryItem(TheoryItem object) {
				return createTheoryItemAdapter();
			}
			@Override
			public Adapter caseLearningSession(LearningSession object) {
				return createLearningSessionAdapter();
			}
			@Override
			public Adapter caseParticipant(Participant object) {
				return createParticipantAdapter();
			}
			@Override
			public Adapter caseStepLog(StepLog object) {
				return createStepLogAdapter();
			}
			@Override
			public Adapter caseContribution(Contribution object) {
				return createContributionAdapter();
			}
			@Override
			public Adapter caseLearningPoint(LearningPoint object) {
				return createLearningPointAdapter();
			}
			@Override
			public Adapter caseIdentifiable(Identifiable object) {
				return createIdentifiableAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link nl.casustafel.learning.model.LocalizedText <em>Localized Text</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see nl.casustafel.learning.model.LocalizedText
	 * @generated
	 */
	public Adapter createLocalizedTextAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link nl.casustafel.learning.model.LearningMethod <em>Method</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see nl.casustafel.learning.model.LearningMethod
	 * @generated
	 */
	public Adapter createLearningMethodAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link nl.casustafel.learning.model.MethodStep <em>Method Step</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see nl.casustafel.learning.model.MethodStep
	 * @generated
	 */
	public Adapter createMethodStepAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link nl.casustafel.learning.model.CaptureSpec <em>Capture Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see nl.casustafel.learning.model.CaptureSpec
	 * @generated
	 */
	public Adapter createCaptureSpecAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link nl.casustafel.learning.model.LearningLibrary <em>Library</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see nl.casustafel.learning.model.LearningLibrary
	 * @generated
	 */
	public Adapter createLearningLibraryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link nl.casustafel.learning.model.TheoryItem <em>Theory Item</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see nl.casustafel.learning.model.TheoryItem
	 * @generated
	 */
	public Adapter createTheoryItemAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link nl.casustafel.learning.model.LearningSession <em>Session</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see nl.casustafel.learning.model.LearningSession
	 * @generated
	 */
	public Adapter createLearningSessionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link nl.casustafel.learning.model.Participant <em>Participant</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see nl.casustafel.learning.model.Participant
	 * @generated
	 */
	public Adapter createParticipantAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link nl.casustafel.learning.model.StepLog <em>Step Log</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see nl.casustafel.learning.model.StepLog
	 * @generated
	 */
	public Adapter createStepLogAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link nl.casustafel.learning.model.Contribution <em>Contribution</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see nl.casustafel.learning.model.Contribution
	 * @generated
	 */
	public Adapter createContributionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link nl.casustafel.learning.model.LearningPoint <em>Point</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see nl.casustafel.learning.model.LearningPoint
	 * @generated
	 */
	public Adapter createLearningPointAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link nl.casustafel.model.Identifiable <em>Identifiable</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see nl.casustafel.model.Identifiable
	 * @generated
	 */
	public Adapter createIdentifiableAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //LearningAdapterFactory
