/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.learning.model.impl;

import java.util.Collection;

import nl.casustafel.learning.model.LearningPackage;
import nl.casustafel.learning.model.TheoryItem;

import nl.casustafel.model.Professional;

import nl.casustafel.model.impl.IdentifiableImpl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Theory Item</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.casustafel.learning.model.impl.TheoryItemImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.impl.TheoryItemImpl#getSummary <em>Summary</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.impl.TheoryItemImpl#getReference <em>Reference</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.impl.TheoryItemImpl#getHandout <em>Handout</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.impl.TheoryItemImpl#getTags <em>Tags</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.impl.TheoryItemImpl#getPreparedBy <em>Prepared By</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TheoryItemImpl extends IdentifiableImpl implements TheoryItem {
	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSummary() <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSummary()
	 * @generated
	 * @ordered
	 */
	protected static final String SUMMARY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSummary() <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSummary()
	 * @generated
	 * @ordered
	 */
	protected String summary = SUMMARY_EDEFAULT;

	/**
	 * The default value of the '{@link #getReference() <em>Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReference()
	 * @generated
	 * @ordered
	 */
	protected static final String REFERENCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReference() <em>Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReference()
	 * @generated
	 * @ordered
	 */
	protected String reference = REFERENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getHandout() <em>Handout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHandout()
	 * @generated
	 * @ordered
	 */
	protected static final String HANDOUT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHandout() <em>Handout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHandout()
	 * @generated
	 * @ordered
	 */
	protected String handout = HANDOUT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTags() <em>Tags</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTags()
	 * @generated
	 * @ordered
	 */
	protected EList<String> tags;

	/**
	 * The cached value of the '{@link #getPreparedBy() <em>Prepared By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreparedBy()
	 * @generated
	 * @ordered
	 */
	protected Professional preparedBy;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TheoryItemImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LearningPackage.Literals.THEORY_ITEM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LearningPackage.THEORY_ITEM__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSummary() {
		return summary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSummary(String newSummary) {
		String oldSummary = summary;
		summary = newSummary;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LearningPackage.THEORY_ITEM__SUMMARY, oldSummary, summary));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReference() {
		return reference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReference(String newReference) {
		String oldReference = reference;
		reference = newReference;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LearningPackage.THEORY_ITEM__REFERENCE, oldReference, reference));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHandout() {
		return handout;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHandout(String newHandout) {
		String oldHandout = handout;
		handout = newHandout;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LearningPackage.THEORY_ITEM__HANDOUT, oldHandout, handout));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getTags() {
		if (tags == null) {
			tags = new EDataTypeUniqueEList<String>(String.class, this, LearningPackage.THEORY_ITEM__TAGS);
		}
		return tags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Professional getPreparedBy() {
		if (preparedBy != null && preparedBy.eIsProxy()) {
			InternalEObject oldPreparedBy = (InternalEObject)preparedBy;
			preparedBy = (Professional)eResolveProxy(oldPreparedBy);
			if (preparedBy != oldPreparedBy) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LearningPackage.THEORY_ITEM__PREPARED_BY, oldPreparedBy, preparedBy));
			}
		}
		return preparedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Professional basicGetPreparedBy() {
		return preparedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPreparedBy(Professional newPreparedBy) {
		Professional oldPreparedBy = preparedBy;
		preparedBy = newPreparedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LearningPackage.THEORY_ITEM__PREPARED_BY, oldPreparedBy, preparedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LearningPackage.THEORY_ITEM__TITLE:
				return getTitle();
			case LearningPackage.THEORY_ITEM__SUMMARY:
				return getSummary();
			case LearningPackage.THEORY_ITEM__REFERENCE:
				return getReference();
			case LearningPackage.THEORY_ITEM__HANDOUT:
				return getHandout();
			case LearningPackage.THEORY_ITEM__TAGS:
				return getTags();
			case LearningPackage.THEORY_ITEM__PREPARED_BY:
				if (resolve) return getPreparedBy();
				return basicGetPreparedBy();
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
			case LearningPackage.THEORY_ITEM__TITLE:
				setTitle((String)newValue);
				return;
			case LearningPackage.THEORY_ITEM__SUMMARY:
				setSummary((String)newValue);
				return;
			case LearningPackage.THEORY_ITEM__REFERENCE:
				setReference((String)newValue);
				return;
			case LearningPackage.THEORY_ITEM__HANDOUT:
				setHandout((String)newValue);
				return;
			case LearningPackage.THEORY_ITEM__TAGS:
				getTags().clear();
				getTags().addAll((Collection<? extends String>)newValue);
				return;
			case LearningPackage.THEORY_ITEM__PREPARED_BY:
				setPreparedBy((Professional)newValue);
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
			case LearningPackage.THEORY_ITEM__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case LearningPackage.THEORY_ITEM__SUMMARY:
				setSummary(SUMMARY_EDEFAULT);
				return;
			case LearningPackage.THEORY_ITEM__REFERENCE:
				setReference(REFERENCE_EDEFAULT);
				return;
			case LearningPackage.THEORY_ITEM__HANDOUT:
				setHandout(HANDOUT_EDEFAULT);
				return;
			case LearningPackage.THEORY_ITEM__TAGS:
				getTags().clear();
				return;
			case LearningPackage.THEORY_ITEM__PREPARED_BY:
				setPreparedBy((Professional)null);
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
			case LearningPackage.THEORY_ITEM__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case LearningPackage.THEORY_ITEM__SUMMARY:
				return SUMMARY_EDEFAULT == null ? summary != null : !SUMMARY_EDEFAULT.equals(summary);
			case LearningPackage.THEORY_ITEM__REFERENCE:
				return REFERENCE_EDEFAULT == null ? reference != null : !REFERENCE_EDEFAULT.equals(reference);
			case LearningPackage.THEORY_ITEM__HANDOUT:
				return HANDOUT_EDEFAULT == null ? handout != null : !HANDOUT_EDEFAULT.equals(handout);
			case LearningPackage.THEORY_ITEM__TAGS:
				return tags != null && !tags.isEmpty();
			case LearningPackage.THEORY_ITEM__PREPARED_BY:
				return preparedBy != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (title: "); //$NON-NLS-1$
		result.append(title);
		result.append(", summary: "); //$NON-NLS-1$
		result.append(summary);
		result.append(", reference: "); //$NON-NLS-1$
		result.append(reference);
		result.append(", handout: "); //$NON-NLS-1$
		result.append(handout);
		result.append(", tags: "); //$NON-NLS-1$
		result.append(tags);
		result.append(')');
		return result.toString();
	}

} //TheoryItemImpl
