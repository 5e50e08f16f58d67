/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.learning.model.impl;

import java.util.Collection;

import nl.casustafel.learning.model.LearningLibrary;
import nl.casustafel.learning.model.LearningPackage;
import nl.casustafel.learning.model.LearningSession;
import nl.casustafel.learning.model.TheoryItem;

import nl.casustafel.model.impl.IdentifiableImpl;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Library</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.casustafel.learning.model.impl.LearningLibraryImpl#getTheoryItems <em>Theory Items</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.impl.LearningLibraryImpl#getSessions <em>Sessions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LearningLibraryImpl extends IdentifiableImpl implements LearningLibrary {
	/**
	 * The cached value of the '{@link #getTheoryItems() <em>Theory Items</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTheoryItems()
	 * @generated
	 * @ordered
	 */
	protected EList<TheoryItem> theoryItems;

	/**
	 * The cached value of the '{@link #getSessions() <em>Sessions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSessions()
	 * @generated
	 * @ordered
	 */
	protected EList<LearningSession> sessions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LearningLibraryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LearningPackage.Literals.LEARNING_LIBRARY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TheoryItem> getTheoryItems() {
		if (theoryItems == null) {
			theoryItems = new EObjectContainmentEList<TheoryItem>(TheoryItem.class, this, LearningPackage.LEARNING_LIBRARY__THEORY_ITEMS);
		}
		return theoryItems;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LearningSession> getSessions() {
		if (sessions == null) {
			sessions = new EObjectContainmentEList<LearningSession>(LearningSession.class, this, LearningPackage.LEARNING_LIBRARY__SESSIONS);
		}
		return sessions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LearningPackage.LEARNING_LIBRARY__THEORY_ITEMS:
				return ((InternalEList<?>)getTheoryItems()).basicRemove(otherEnd, msgs);
			case LearningPackage.LEARNING_LIBRARY__SESSIONS:
				return ((InternalEList<?>)getSessions()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LearningPackage.LEARNING_LIBRARY__THEORY_ITEMS:
				return getTheoryItems();
			case LearningPackage.LEARNING_LIBRARY__SESSIONS:
				return getSessions();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case LearningPackage.LEARNING_LIBRARY__THEORY_ITEMS:
				getTheoryItems().clear();
				getTheoryItems().addAll((Collection<? extends TheoryItem>)newValue);
				return;
			case LearningPackage.LEARNING_LIBRARY__SESSIONS:
				getSessions().clear();
				getSessions().addAll((Collection<? extends LearningSession>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case LearningPackage.LEARNING_LIBRARY__THEORY_ITEMS:
				getTheoryItems().clear();
				return;
			case LearningPackage.LEARNING_LIBRARY__SESSIONS:
				getSessions().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case LearningPackage.LEARNING_LIBRARY__THEORY_ITEMS:
				return theoryItems != null && !theoryItems.isEmpty();
			case LearningPackage.LEARNING_LIBRARY__SESSIONS:
				return sessions != null && !sessions.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //LearningLibraryImpl
