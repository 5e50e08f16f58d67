/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.reflection.model.impl;

import java.util.Date;

import nl.casustafel.reflection.model.LocalizedText;
import nl.casustafel.reflection.model.Reflection;
import nl.casustafel.reflection.model.ReflectionPackage;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Reflection</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.casustafel.reflection.model.impl.ReflectionImpl#getId <em>Id</em>}</li>
 *   <li>{@link nl.casustafel.reflection.model.impl.ReflectionImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link nl.casustafel.reflection.model.impl.ReflectionImpl#getQuestionSetId <em>Question Set Id</em>}</li>
 *   <li>{@link nl.casustafel.reflection.model.impl.ReflectionImpl#getQuestionId <em>Question Id</em>}</li>
 *   <li>{@link nl.casustafel.reflection.model.impl.ReflectionImpl#getQuestionText <em>Question Text</em>}</li>
 *   <li>{@link nl.casustafel.reflection.model.impl.ReflectionImpl#getAnswer <em>Answer</em>}</li>
 *   <li>{@link nl.casustafel.reflection.model.impl.ReflectionImpl#getAuthor <em>Author</em>}</li>
 *   <li>{@link nl.casustafel.reflection.model.impl.ReflectionImpl#getDate <em>Date</em>}</li>
 *   <li>{@link nl.casustafel.reflection.model.impl.ReflectionImpl#isDiscussed <em>Discussed</em>}</li>
 *   <li>{@link nl.casustafel.reflection.model.impl.ReflectionImpl#getDiscussedOn <em>Discussed On</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ReflectionImpl extends MinimalEObjectImpl.Container implements Reflection {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected EObject target;

	/**
	 * The default value of the '{@link #getQuestionSetId() <em>Question Set Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuestionSetId()
	 * @generated
	 * @ordered
	 */
	protected static final String QUESTION_SET_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getQuestionSetId() <em>Question Set Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuestionSetId()
	 * @generated
	 * @ordered
	 */
	protected String questionSetId = QUESTION_SET_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getQuestionId() <em>Question Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuestionId()
	 * @generated
	 * @ordered
	 */
	protected static final String QUESTION_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getQuestionId() <em>Question Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuestionId()
	 * @generated
	 * @ordered
	 */
	protected String questionId = QUESTION_ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getQuestionText() <em>Question Text</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuestionText()
	 * @generated
	 * @ordered
	 */
	protected LocalizedText questionText;

	/**
	 * The default value of the '{@link #getAnswer() <em>Answer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnswer()
	 * @generated
	 * @ordered
	 */
	protected static final String ANSWER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAnswer() <em>Answer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnswer()
	 * @generated
	 * @ordered
	 */
	protected String answer = ANSWER_EDEFAULT;

	/**
	 * The default value of the '{@link #getAuthor() <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthor()
	 * @generated
	 * @ordered
	 */
	protected static final String AUTHOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAuthor() <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthor()
	 * @generated
	 * @ordered
	 */
	protected String author = AUTHOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected static final Date DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected Date date = DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #isDiscussed() <em>Discussed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDiscussed()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DISCUSSED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDiscussed() <em>Discussed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDiscussed()
	 * @generated
	 * @ordered
	 */
	protected boolean discussed = DISCUSSED_EDEFAULT;

	/**
	 * The default value of the '{@link #getDiscussedOn() <em>Discussed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiscussedOn()
	 * @generated
	 * @ordered
	 */
	protected static final Date DISCUSSED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDiscussedOn() <em>Discussed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiscussedOn()
	 * @generated
	 * @ordered
	 */
	protected Date discussedOn = DISCUSSED_ON_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ReflectionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ReflectionPackage.Literals.REFLECTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReflectionPackage.REFLECTION__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject getTarget() {
		if (target != null && target.eIsProxy()) {
			InternalEObject oldTarget = (InternalEObject)target;
			target = eResolveProxy(oldTarget);
			if (target != oldTarget) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ReflectionPackage.REFLECTION__TARGET, oldTarget, target));
			}
		}
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EObject basicGetTarget() {
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTarget(EObject newTarget) {
		EObject oldTarget = target;
		target = newTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReflectionPackage.REFLECTION__TARGET, oldTarget, target));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getQuestionSetId() {
		return questionSetId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQuestionSetId(String newQuestionSetId) {
		String oldQuestionSetId = questionSetId;
		questionSetId = newQuestionSetId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReflectionPackage.REFLECTION__QUESTION_SET_ID, oldQuestionSetId, questionSetId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getQuestionId() {
		return questionId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQuestionId(String newQuestionId) {
		String oldQuestionId = questionId;
		questionId = newQuestionId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReflectionPackage.REFLECTION__QUESTION_ID, oldQuestionId, questionId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalizedText getQuestionText() {
		return questionText;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetQuestionText(LocalizedText newQuestionText, NotificationChain msgs) {
		LocalizedText oldQuestionText = questionText;
		questionText = newQuestionText;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ReflectionPackage.REFLECTION__QUESTION_TEXT, oldQuestionText, newQuestionText);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQuestionText(LocalizedText newQuestionText) {
		if (newQuestionText != questionText) {
			NotificationChain msgs = null;
			if (questionText != null)
				msgs = ((InternalEObject)questionText).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ReflectionPackage.REFLECTION__QUESTION_TEXT, null, msgs);
			if (newQuestionText != null)
				msgs = ((InternalEObject)newQuestionText).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ReflectionPackage.REFLECTION__QUESTION_TEXT, null, msgs);
			msgs = basicSetQuestionText(newQuestionText, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReflectionPackage.REFLECTION__QUESTION_TEXT, newQuestionText, newQuestionText));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAnswer() {
		return answer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnswer(String newAnswer) {
		String oldAnswer = answer;
		answer = newAnswer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReflectionPackage.REFLECTION__ANSWER, oldAnswer, answer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAuthor() {
		return author;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAuthor(String newAuthor) {
		String oldAuthor = author;
		author = newAuthor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReflectionPackage.REFLECTION__AUTHOR, oldAuthor, author));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getDate() {
		return date;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDate(Date newDate) {
		Date oldDate = date;
		date = newDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReflectionPackage.REFLECTION__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDiscussed() {
		return discussed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDiscussed(boolean newDiscussed) {
		boolean oldDiscussed = discussed;
		discussed = newDiscussed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReflectionPackage.REFLECTION__DISCUSSED, oldDiscussed, discussed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getDiscussedOn() {
		return discussedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDiscussedOn(Date newDiscussedOn) {
		Date oldDiscussedOn = discussedOn;
		discussedOn = newDiscussedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReflectionPackage.REFLECTION__DISCUSSED_ON, oldDiscussedOn, discussedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ReflectionPackage.REFLECTION__QUESTION_TEXT:
				return basicSetQuestionText(null, msgs);
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
			case ReflectionPackage.REFLECTION__ID:
				return getId();
			case ReflectionPackage.REFLECTION__TARGET:
				if (resolve) return getTarget();
				return basicGetTarget();
			case ReflectionPackage.REFLECTION__QUESTION_SET_ID:
				return getQuestionSetId();
			case ReflectionPackage.REFLECTION__QUESTION_ID:
				return getQuestionId();
			case ReflectionPackage.REFLECTION__QUESTION_TEXT:
				return getQuestionText();
			case ReflectionPackage.REFLECTION__ANSWER:
				return getAnswer();
			case ReflectionPackage.REFLECTION__AUTHOR:
				return getAuthor();
			case ReflectionPackage.REFLECTION__DATE:
				return getDate();
			case ReflectionPackage.REFLECTION__DISCUSSED:
				return isDiscussed();
			case ReflectionPackage.REFLECTION__DISCUSSED_ON:
				return getDiscussedOn();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ReflectionPackage.REFLECTION__ID:
				setId((String)newValue);
				return;
			case ReflectionPackage.REFLECTION__TARGET:
				setTarget((EObject)newValue);
				return;
			case ReflectionPackage.REFLECTION__QUESTION_SET_ID:
				setQuestionSetId((String)newValue);
				return;
			case ReflectionPackage.REFLECTION__QUESTION_ID:
				setQuestionId((String)newValue);
				return;
			case ReflectionPackage.REFLECTION__QUESTION_TEXT:
				setQuestionText((LocalizedText)newValue);
				return;
			case ReflectionPackage.REFLECTION__ANSWER:
				setAnswer((String)newValue);
				return;
			case ReflectionPackage.REFLECTION__AUTHOR:
				setAuthor((String)newValue);
				return;
			case ReflectionPackage.REFLECTION__DATE:
				setDate((Date)newValue);
				return;
			case ReflectionPackage.REFLECTION__DISCUSSED:
				setDiscussed((Boolean)newValue);
				return;
			case ReflectionPackage.REFLECTION__DISCUSSED_ON:
				setDiscussedOn((Date)newValue);
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
			case ReflectionPackage.REFLECTION__ID:
				setId(ID_EDEFAULT);
				return;
			case ReflectionPackage.REFLECTION__TARGET:
				setTarget((EObject)null);
				return;
			case ReflectionPackage.REFLECTION__QUESTION_SET_ID:
				setQuestionSetId(QUESTION_SET_ID_EDEFAULT);
				return;
			case ReflectionPackage.REFLECTION__QUESTION_ID:
				setQuestionId(QUESTION_ID_EDEFAULT);
				return;
			case ReflectionPackage.REFLECTION__QUESTION_TEXT:
				setQuestionText((LocalizedText)null);
				return;
			case ReflectionPackage.REFLECTION__ANSWER:
				setAnswer(ANSWER_EDEFAULT);
				return;
			case ReflectionPackage.REFLECTION__AUTHOR:
				setAuthor(AUTHOR_EDEFAULT);
				return;
			case ReflectionPackage.REFLECTION__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case ReflectionPackage.REFLECTION__DISCUSSED:
				setDiscussed(DISCUSSED_EDEFAULT);
				return;
			case ReflectionPackage.REFLECTION__DISCUSSED_ON:
				setDiscussedOn(DISCUSSED_ON_EDEFAULT);
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
			case ReflectionPackage.REFLECTION__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case ReflectionPackage.REFLECTION__TARGET:
				return target != null;
			case ReflectionPackage.REFLECTION__QUESTION_SET_ID:
				return QUESTION_SET_ID_EDEFAULT == null ? questionSetId != null : !QUESTION_SET_ID_EDEFAULT.equals(questionSetId);
			case ReflectionPackage.REFLECTION__QUESTION_ID:
				return QUESTION_ID_EDEFAULT == null ? questionId != null : !QUESTION_ID_EDEFAULT.equals(questionId);
			case ReflectionPackage.REFLECTION__QUESTION_TEXT:
				return questionText != null;
			case ReflectionPackage.REFLECTION__ANSWER:
				return ANSWER_EDEFAULT == null ? answer != null : !ANSWER_EDEFAULT.equals(answer);
			case ReflectionPackage.REFLECTION__AUTHOR:
				return AUTHOR_EDEFAULT == null ? author != null : !AUTHOR_EDEFAULT.equals(author);
			case ReflectionPackage.REFLECTION__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case ReflectionPackage.REFLECTION__DISCUSSED:
				return discussed != DISCUSSED_EDEFAULT;
			case ReflectionPackage.REFLECTION__DISCUSSED_ON:
				return DISCUSSED_ON_EDEFAULT == null ? discussedOn != null : !DISCUSSED_ON_EDEFAULT.equals(discussedOn);
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
		result.append(" (id: "); //$NON-NLS-1$
		result.append(id);
		result.append(", questionSetId: "); //$NON-NLS-1$
		result.append(questionSetId);
		result.append(", questionId: "); //$NON-NLS-1$
		result.append(questionId);
		result.append(", answer: "); //$NON-NLS-1$
		result.append(answer);
		result.append(", author: "); //$NON-NLS-1$
		result.append(author);
		result.append(", date: "); //$NON-NLS-1$
		result.append(date);
		result.append(", discussed: "); //$NON-NLS-1$
		result.append(discussed);
		result.append(", discussedOn: "); //$NON-NLS-1$
		result.append(discussedOn);
		result.append(')');
		return result.toString();
	}

} //ReflectionImpl
