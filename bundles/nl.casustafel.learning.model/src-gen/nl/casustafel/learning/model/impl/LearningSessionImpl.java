/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.learning.model.impl;

import java.util.Collection;
import java.util.Date;

import nl.casustafel.learning.model.Contribution;
import nl.casustafel.learning.model.LearningMethod;
import nl.casustafel.learning.model.LearningPackage;
import nl.casustafel.learning.model.LearningPoint;
import nl.casustafel.learning.model.LearningSession;
import nl.casustafel.learning.model.Participant;
import nl.casustafel.learning.model.SessionMode;
import nl.casustafel.learning.model.SessionState;
import nl.casustafel.learning.model.StepLog;
import nl.casustafel.learning.model.TheoryItem;

import nl.casustafel.model.Organisation;
import nl.casustafel.model.Professional;

import nl.casustafel.model.impl.IdentifiableImpl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Session</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.casustafel.learning.model.impl.LearningSessionImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.impl.LearningSessionImpl#getDate <em>Date</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.impl.LearningSessionImpl#getLocation <em>Location</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.impl.LearningSessionImpl#getMode <em>Mode</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.impl.LearningSessionImpl#getState <em>State</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.impl.LearningSessionImpl#getCaseTitle <em>Case Title</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.impl.LearningSessionImpl#getCaseWriteUp <em>Case Write Up</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.impl.LearningSessionImpl#getCaseQuestion <em>Case Question</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.impl.LearningSessionImpl#getFinalQuestion <em>Final Question</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.impl.LearningSessionImpl#getSubmissionDeadline <em>Submission Deadline</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.impl.LearningSessionImpl#getCaseSubmittedOn <em>Case Submitted On</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.impl.LearningSessionImpl#getMinutesSentOn <em>Minutes Sent On</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.impl.LearningSessionImpl#getMethod <em>Method</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.impl.LearningSessionImpl#getHost <em>Host</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.impl.LearningSessionImpl#getInbrenger <em>Inbrenger</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.impl.LearningSessionImpl#getChair <em>Chair</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.impl.LearningSessionImpl#getTheoryPreparer <em>Theory Preparer</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.impl.LearningSessionImpl#getParticipants <em>Participants</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.impl.LearningSessionImpl#getTheoryItems <em>Theory Items</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.impl.LearningSessionImpl#getStepLogs <em>Step Logs</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.impl.LearningSessionImpl#getContributions <em>Contributions</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.impl.LearningSessionImpl#getLearningPoints <em>Learning Points</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LearningSessionImpl extends IdentifiableImpl implements LearningSession {
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
	 * The default value of the '{@link #getLocation() <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocation()
	 * @generated
	 * @ordered
	 */
	protected static final String LOCATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLocation() <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocation()
	 * @generated
	 * @ordered
	 */
	protected String location = LOCATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected static final SessionMode MODE_EDEFAULT = SessionMode.IN_PERSON;

	/**
	 * The cached value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected SessionMode mode = MODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected static final SessionState STATE_EDEFAULT = SessionState.PREPARING;

	/**
	 * The cached value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected SessionState state = STATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCaseTitle() <em>Case Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaseTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String CASE_TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCaseTitle() <em>Case Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaseTitle()
	 * @generated
	 * @ordered
	 */
	protected String caseTitle = CASE_TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCaseWriteUp() <em>Case Write Up</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaseWriteUp()
	 * @generated
	 * @ordered
	 */
	protected static final String CASE_WRITE_UP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCaseWriteUp() <em>Case Write Up</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaseWriteUp()
	 * @generated
	 * @ordered
	 */
	protected String caseWriteUp = CASE_WRITE_UP_EDEFAULT;

	/**
	 * The default value of the '{@link #getCaseQuestion() <em>Case Question</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaseQuestion()
	 * @generated
	 * @ordered
	 */
	protected static final String CASE_QUESTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCaseQuestion() <em>Case Question</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaseQuestion()
	 * @generated
	 * @ordered
	 */
	protected String caseQuestion = CASE_QUESTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getFinalQuestion() <em>Final Question</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFinalQuestion()
	 * @generated
	 * @ordered
	 */
	protected static final String FINAL_QUESTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFinalQuestion() <em>Final Question</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFinalQuestion()
	 * @generated
	 * @ordered
	 */
	protected String finalQuestion = FINAL_QUESTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getSubmissionDeadline() <em>Submission Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubmissionDeadline()
	 * @generated
	 * @ordered
	 */
	protected static final Date SUBMISSION_DEADLINE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSubmissionDeadline() <em>Submission Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubmissionDeadline()
	 * @generated
	 * @ordered
	 */
	protected Date submissionDeadline = SUBMISSION_DEADLINE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCaseSubmittedOn() <em>Case Submitted On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaseSubmittedOn()
	 * @generated
	 * @ordered
	 */
	protected static final Date CASE_SUBMITTED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCaseSubmittedOn() <em>Case Submitted On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaseSubmittedOn()
	 * @generated
	 * @ordered
	 */
	protected Date caseSubmittedOn = CASE_SUBMITTED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getMinutesSentOn() <em>Minutes Sent On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinutesSentOn()
	 * @generated
	 * @ordered
	 */
	protected static final Date MINUTES_SENT_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMinutesSentOn() <em>Minutes Sent On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinutesSentOn()
	 * @generated
	 * @ordered
	 */
	protected Date minutesSentOn = MINUTES_SENT_ON_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMethod() <em>Method</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethod()
	 * @generated
	 * @ordered
	 */
	protected LearningMethod method;

	/**
	 * The cached value of the '{@link #getHost() <em>Host</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHost()
	 * @generated
	 * @ordered
	 */
	protected Organisation host;

	/**
	 * The cached value of the '{@link #getInbrenger() <em>Inbrenger</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInbrenger()
	 * @generated
	 * @ordered
	 */
	protected Professional inbrenger;

	/**
	 * The cached value of the '{@link #getChair() <em>Chair</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChair()
	 * @generated
	 * @ordered
	 */
	protected Professional chair;

	/**
	 * The cached value of the '{@link #getTheoryPreparer() <em>Theory Preparer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTheoryPreparer()
	 * @generated
	 * @ordered
	 */
	protected Professional theoryPreparer;

	/**
	 * The cached value of the '{@link #getParticipants() <em>Participants</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParticipants()
	 * @generated
	 * @ordered
	 */
	protected EList<Participant> participants;

	/**
	 * The cached value of the '{@link #getTheoryItems() <em>Theory Items</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTheoryItems()
	 * @generated
	 * @ordered
	 */
	protected EList<TheoryItem> theoryItems;

	/**
	 * The cached value of the '{@link #getStepLogs() <em>Step Logs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStepLogs()
	 * @generated
	 * @ordered
	 */
	protected EList<StepLog> stepLogs;

	/**
	 * The cached value of the '{@link #getContributions() <em>Contributions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContributions()
	 * @generated
	 * @ordered
	 */
	protected EList<Contribution> contributions;

	/**
	 * The cached value of the '{@link #getLearningPoints() <em>Learning Points</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLearningPoints()
	 * @generated
	 * @ordered
	 */
	protected EList<LearningPoint> learningPoints;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LearningSessionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LearningPackage.Literals.LEARNING_SESSION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, LearningPackage.LEARNING_SESSION__TITLE, oldTitle, title));
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
			eNotify(new ENotificationImpl(this, Notification.SET, LearningPackage.LEARNING_SESSION__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLocation() {
		return location;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocation(String newLocation) {
		String oldLocation = location;
		location = newLocation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LearningPackage.LEARNING_SESSION__LOCATION, oldLocation, location));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SessionMode getMode() {
		return mode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMode(SessionMode newMode) {
		SessionMode oldMode = mode;
		mode = newMode == null ? MODE_EDEFAULT : newMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LearningPackage.LEARNING_SESSION__MODE, oldMode, mode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SessionState getState() {
		return state;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setState(SessionState newState) {
		SessionState oldState = state;
		state = newState == null ? STATE_EDEFAULT : newState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LearningPackage.LEARNING_SESSION__STATE, oldState, state));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCaseTitle() {
		return caseTitle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCaseTitle(String newCaseTitle) {
		String oldCaseTitle = caseTitle;
		caseTitle = newCaseTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LearningPackage.LEARNING_SESSION__CASE_TITLE, oldCaseTitle, caseTitle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCaseWriteUp() {
		return caseWriteUp;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCaseWriteUp(String newCaseWriteUp) {
		String oldCaseWriteUp = caseWriteUp;
		caseWriteUp = newCaseWriteUp;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LearningPackage.LEARNING_SESSION__CASE_WRITE_UP, oldCaseWriteUp, caseWriteUp));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCaseQuestion() {
		return caseQuestion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCaseQuestion(String newCaseQuestion) {
		String oldCaseQuestion = caseQuestion;
		caseQuestion = newCaseQuestion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LearningPackage.LEARNING_SESSION__CASE_QUESTION, oldCaseQuestion, caseQuestion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFinalQuestion() {
		return finalQuestion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFinalQuestion(String newFinalQuestion) {
		String oldFinalQuestion = finalQuestion;
		finalQuestion = newFinalQuestion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LearningPackage.LEARNING_SESSION__FINAL_QUESTION, oldFinalQuestion, finalQuestion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getSubmissionDeadline() {
		return submissionDeadline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubmissionDeadline(Date newSubmissionDeadline) {
		Date oldSubmissionDeadline = submissionDeadline;
		submissionDeadline = newSubmissionDeadline;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LearningPackage.LEARNING_SESSION__SUBMISSION_DEADLINE, oldSubmissionDeadline, submissionDeadline));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getCaseSubmittedOn() {
		return caseSubmittedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCaseSubmittedOn(Date newCaseSubmittedOn) {
		Date oldCaseSubmittedOn = caseSubmittedOn;
		caseSubmittedOn = newCaseSubmittedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LearningPackage.LEARNING_SESSION__CASE_SUBMITTED_ON, oldCaseSubmittedOn, caseSubmittedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getMinutesSentOn() {
		return minutesSentOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinutesSentOn(Date newMinutesSentOn) {
		Date oldMinutesSentOn = minutesSentOn;
		minutesSentOn = newMinutesSentOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LearningPackage.LEARNING_SESSION__MINUTES_SENT_ON, oldMinutesSentOn, minutesSentOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LearningMethod getMethod() {
		return method;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetMethod(LearningMethod newMethod, NotificationChain msgs) {
		LearningMethod oldMethod = method;
		method = newMethod;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, LearningPackage.LEARNING_SESSION__METHOD, oldMethod, newMethod);
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
	public void setMethod(LearningMethod newMethod) {
		if (newMethod != method) {
			NotificationChain msgs = null;
			if (method != null)
				msgs = ((InternalEObject)method).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - LearningPackage.LEARNING_SESSION__METHOD, null, msgs);
			if (newMethod != null)
				msgs = ((InternalEObject)newMethod).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - LearningPackage.LEARNING_SESSION__METHOD, null, msgs);
			msgs = basicSetMethod(newMethod, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LearningPackage.LEARNING_SESSION__METHOD, newMethod, newMethod));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organisation getHost() {
		if (host != null && host.eIsProxy()) {
			InternalEObject oldHost = (InternalEObject)host;
			host = (Organisation)eResolveProxy(oldHost);
			if (host != oldHost) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LearningPackage.LEARNING_SESSION__HOST, oldHost, host));
			}
		}
		return host;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Organisation basicGetHost() {
		return host;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHost(Organisation newHost) {
		Organisation oldHost = host;
		host = newHost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LearningPackage.LEARNING_SESSION__HOST, oldHost, host));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Professional getInbrenger() {
		if (inbrenger != null && inbrenger.eIsProxy()) {
			InternalEObject oldInbrenger = (InternalEObject)inbrenger;
			inbrenger = (Professional)eResolveProxy(oldInbrenger);
			if (inbrenger != oldInbrenger) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LearningPackage.LEARNING_SESSION__INBRENGER, oldInbrenger, inbrenger));
			}
		}
		return inbrenger;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Professional basicGetInbrenger() {
		return inbrenger;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInbrenger(Professional newInbrenger) {
		Professional oldInbrenger = inbrenger;
		inbrenger = newInbrenger;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LearningPackage.LEARNING_SESSION__INBRENGER, oldInbrenger, inbrenger));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Professional getChair() {
		if (chair != null && chair.eIsProxy()) {
			InternalEObject oldChair = (InternalEObject)chair;
			chair = (Professional)eResolveProxy(oldChair);
			if (chair != oldChair) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LearningPackage.LEARNING_SESSION__CHAIR, oldChair, chair));
			}
		}
		return chair;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Professional basicGetChair() {
		return chair;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChair(Professional newChair) {
		Professional oldChair = chair;
		chair = newChair;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LearningPackage.LEARNING_SESSION__CHAIR, oldChair, chair));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Professional getTheoryPreparer() {
		if (theoryPreparer != null && theoryPreparer.eIsProxy()) {
			InternalEObject oldTheoryPreparer = (InternalEObject)theoryPreparer;
			theoryPreparer = (Professional)eResolveProxy(oldTheoryPreparer);
			if (theoryPreparer != oldTheoryPreparer) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LearningPackage.LEARNING_SESSION__THEORY_PREPARER, oldTheoryPreparer, theoryPreparer));
			}
		}
		return theoryPreparer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Professional basicGetTheoryPreparer() {
		return theoryPreparer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTheoryPreparer(Professional newTheoryPreparer) {
		Professional oldTheoryPreparer = theoryPreparer;
		theoryPreparer = newTheoryPreparer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LearningPackage.LEARNING_SESSION__THEORY_PREPARER, oldTheoryPreparer, theoryPreparer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Participant> getParticipants() {
		if (participants == null) {
			participants = new EObjectContainmentEList<Participant>(Participant.class, this, LearningPackage.LEARNING_SESSION__PARTICIPANTS);
		}
		return participants;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TheoryItem> getTheoryItems() {
		if (theoryItems == null) {
			theoryItems = new EObjectResolvingEList<TheoryItem>(TheoryItem.class, this, LearningPackage.LEARNING_SESSION__THEORY_ITEMS);
		}
		return theoryItems;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StepLog> getStepLogs() {
		if (stepLogs == null) {
			stepLogs = new EObjectContainmentEList<StepLog>(StepLog.class, this, LearningPackage.LEARNING_SESSION__STEP_LOGS);
		}
		return stepLogs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Contribution> getContributions() {
		if (contributions == null) {
			contributions = new EObjectContainmentEList<Contribution>(Contribution.class, this, LearningPackage.LEARNING_SESSION__CONTRIBUTIONS);
		}
		return contributions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LearningPoint> getLearningPoints() {
		if (learningPoints == null) {
			learningPoints = new EObjectContainmentEList<LearningPoint>(LearningPoint.class, this, LearningPackage.LEARNING_SESSION__LEARNING_POINTS);
		}
		return learningPoints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LearningPackage.LEARNING_SESSION__METHOD:
				return basicSetMethod(null, msgs);
			case LearningPackage.LEARNING_SESSION__PARTICIPANTS:
				return ((InternalEList<?>)getParticipants()).basicRemove(otherEnd, msgs);
			case LearningPackage.LEARNING_SESSION__STEP_LOGS:
				return ((InternalEList<?>)getStepLogs()).basicRemove(otherEnd, msgs);
			case LearningPackage.LEARNING_SESSION__CONTRIBUTIONS:
				return ((InternalEList<?>)getContributions()).basicRemove(otherEnd, msgs);
			case LearningPackage.LEARNING_SESSION__LEARNING_POINTS:
				return ((InternalEList<?>)getLearningPoints()).basicRemove(otherEnd, msgs);
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
			case LearningPackage.LEARNING_SESSION__TITLE:
				return getTitle();
			case LearningPackage.LEARNING_SESSION__DATE:
				return getDate();
			case LearningPackage.LEARNING_SESSION__LOCATION:
				return getLocation();
			case LearningPackage.LEARNING_SESSION__MODE:
				return getMode();
			case LearningPackage.LEARNING_SESSION__STATE:
				return getState();
			case LearningPackage.LEARNING_SESSION__CASE_TITLE:
				return getCaseTitle();
			case LearningPackage.LEARNING_SESSION__CASE_WRITE_UP:
				return getCaseWriteUp();
			case LearningPackage.LEARNING_SESSION__CASE_QUESTION:
				return getCaseQuestion();
			case LearningPackage.LEARNING_SESSION__FINAL_QUESTION:
				return getFinalQuestion();
			case LearningPackage.LEARNING_SESSION__SUBMISSION_DEADLINE:
				return getSubmissionDeadline();
			case LearningPackage.LEARNING_SESSION__CASE_SUBMITTED_ON:
				return getCaseSubmittedOn();
			case LearningPackage.LEARNING_SESSION__MINUTES_SENT_ON:
				return getMinutesSentOn();
			case LearningPackage.LEARNING_SESSION__METHOD:
				return getMethod();
			case LearningPackage.LEARNING_SESSION__HOST:
				if (resolve) return getHost();
				return basicGetHost();
			case LearningPackage.LEARNING_SESSION__INBRENGER:
				if (resolve) return getInbrenger();
				return basicGetInbrenger();
			case LearningPackage.LEARNING_SESSION__CHAIR:
				if (resolve) return getChair();
				return basicGetChair();
			case LearningPackage.LEARNING_SESSION__THEORY_PREPARER:
				if (resolve) return getTheoryPreparer();
				return basicGetTheoryPreparer();
			case LearningPackage.LEARNING_SESSION__PARTICIPANTS:
				return getParticipants();
			case LearningPackage.LEARNING_SESSION__THEORY_ITEMS:
				return getTheoryItems();
			case LearningPackage.LEARNING_SESSION__STEP_LOGS:
				return getStepLogs();
			case LearningPackage.LEARNING_SESSION__CONTRIBUTIONS:
				return getContributions();
			case LearningPackage.LEARNING_SESSION__LEARNING_POINTS:
				return getLearningPoints();
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
			case LearningPackage.LEARNING_SESSION__TITLE:
				setTitle((String)newValue);
				return;
			case LearningPackage.LEARNING_SESSION__DATE:
				setDate((Date)newValue);
				return;
			case LearningPackage.LEARNING_SESSION__LOCATION:
				setLocation((String)newValue);
				return;
			case LearningPackage.LEARNING_SESSION__MODE:
				setMode((SessionMode)newValue);
				return;
			case LearningPackage.LEARNING_SESSION__STATE:
				setState((SessionState)newValue);
				return;
			case LearningPackage.LEARNING_SESSION__CASE_TITLE:
				setCaseTitle((String)newValue);
				return;
			case LearningPackage.LEARNING_SESSION__CASE_WRITE_UP:
				setCaseWriteUp((String)newValue);
				return;
			case LearningPackage.LEARNING_SESSION__CASE_QUESTION:
				setCaseQuestion((String)newValue);
				return;
			case LearningPackage.LEARNING_SESSION__FINAL_QUESTION:
				setFinalQuestion((String)newValue);
				return;
			case LearningPackage.LEARNING_SESSION__SUBMISSION_DEADLINE:
				setSubmissionDeadline((Date)newValue);
				return;
			case LearningPackage.LEARNING_SESSION__CASE_SUBMITTED_ON:
				setCaseSubmittedOn((Date)newValue);
				return;
			case LearningPackage.LEARNING_SESSION__MINUTES_SENT_ON:
				setMinutesSentOn((Date)newValue);
				return;
			case LearningPackage.LEARNING_SESSION__METHOD:
				setMethod((LearningMethod)newValue);
				return;
			case LearningPackage.LEARNING_SESSION__HOST:
				setHost((Organisation)newValue);
				return;
			case LearningPackage.LEARNING_SESSION__INBRENGER:
				setInbrenger((Professional)newValue);
				return;
			case LearningPackage.LEARNING_SESSION__CHAIR:
				setChair((Professional)newValue);
				return;
			case LearningPackage.LEARNING_SESSION__THEORY_PREPARER:
				setTheoryPreparer((Professional)newValue);
				return;
			case LearningPackage.LEARNING_SESSION__PARTICIPANTS:
				getParticipants().clear();
				getParticipants().addAll((Collection<? extends Participant>)newValue);
				return;
			case LearningPackage.LEARNING_SESSION__THEORY_ITEMS:
				getTheoryItems().clear();
				getTheoryItems().addAll((Collection<? extends TheoryItem>)newValue);
				return;
			case LearningPackage.LEARNING_SESSION__STEP_LOGS:
				getStepLogs().clear();
				getStepLogs().addAll((Collection<? extends StepLog>)newValue);
				return;
			case LearningPackage.LEARNING_SESSION__CONTRIBUTIONS:
				getContributions().clear();
				getContributions().addAll((Collection<? extends Contribution>)newValue);
				return;
			case LearningPackage.LEARNING_SESSION__LEARNING_POINTS:
				getLearningPoints().clear();
				getLearningPoints().addAll((Collection<? extends LearningPoint>)newValue);
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
			case LearningPackage.LEARNING_SESSION__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case LearningPackage.LEARNING_SESSION__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case LearningPackage.LEARNING_SESSION__LOCATION:
				setLocation(LOCATION_EDEFAULT);
				return;
			case LearningPackage.LEARNING_SESSION__MODE:
				setMode(MODE_EDEFAULT);
				return;
			case LearningPackage.LEARNING_SESSION__STATE:
				setState(STATE_EDEFAULT);
				return;
			case LearningPackage.LEARNING_SESSION__CASE_TITLE:
				setCaseTitle(CASE_TITLE_EDEFAULT);
				return;
			case LearningPackage.LEARNING_SESSION__CASE_WRITE_UP:
				setCaseWriteUp(CASE_WRITE_UP_EDEFAULT);
				return;
			case LearningPackage.LEARNING_SESSION__CASE_QUESTION:
				setCaseQuestion(CASE_QUESTION_EDEFAULT);
				return;
			case LearningPackage.LEARNING_SESSION__FINAL_QUESTION:
				setFinalQuestion(FINAL_QUESTION_EDEFAULT);
				return;
			case LearningPackage.LEARNING_SESSION__SUBMISSION_DEADLINE:
				setSubmissionDeadline(SUBMISSION_DEADLINE_EDEFAULT);
				return;
			case LearningPackage.LEARNING_SESSION__CASE_SUBMITTED_ON:
				setCaseSubmittedOn(CASE_SUBMITTED_ON_EDEFAULT);
				return;
			case LearningPackage.LEARNING_SESSION__MINUTES_SENT_ON:
				setMinutesSentOn(MINUTES_SENT_ON_EDEFAULT);
				return;
			case LearningPackage.LEARNING_SESSION__METHOD:
				setMethod((LearningMethod)null);
				return;
			case LearningPackage.LEARNING_SESSION__HOST:
				setHost((Organisation)null);
				return;
			case LearningPackage.LEARNING_SESSION__INBRENGER:
				setInbrenger((Professional)null);
				return;
			case LearningPackage.LEARNING_SESSION__CHAIR:
				setChair((Professional)null);
				return;
			case LearningPackage.LEARNING_SESSION__THEORY_PREPARER:
				setTheoryPreparer((Professional)null);
				return;
			case LearningPackage.LEARNING_SESSION__PARTICIPANTS:
				getParticipants().clear();
				return;
			case LearningPackage.LEARNING_SESSION__THEORY_ITEMS:
				getTheoryItems().clear();
				return;
			case LearningPackage.LEARNING_SESSION__STEP_LOGS:
				getStepLogs().clear();
				return;
			case LearningPackage.LEARNING_SESSION__CONTRIBUTIONS:
				getContributions().clear();
				return;
			case LearningPackage.LEARNING_SESSION__LEARNING_POINTS:
				getLearningPoints().clear();
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
			case LearningPackage.LEARNING_SESSION__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case LearningPackage.LEARNING_SESSION__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case LearningPackage.LEARNING_SESSION__LOCATION:
				return LOCATION_EDEFAULT == null ? location != null : !LOCATION_EDEFAULT.equals(location);
			case LearningPackage.LEARNING_SESSION__MODE:
				return mode != MODE_EDEFAULT;
			case LearningPackage.LEARNING_SESSION__STATE:
				return state != STATE_EDEFAULT;
			case LearningPackage.LEARNING_SESSION__CASE_TITLE:
				return CASE_TITLE_EDEFAULT == null ? caseTitle != null : !CASE_TITLE_EDEFAULT.equals(caseTitle);
			case LearningPackage.LEARNING_SESSION__CASE_WRITE_UP:
				return CASE_WRITE_UP_EDEFAULT == null ? caseWriteUp != null : !CASE_WRITE_UP_EDEFAULT.equals(caseWriteUp);
			case LearningPackage.LEARNING_SESSION__CASE_QUESTION:
				return CASE_QUESTION_EDEFAULT == null ? caseQuestion != null : !CASE_QUESTION_EDEFAULT.equals(caseQuestion);
			case LearningPackage.LEARNING_SESSION__FINAL_QUESTION:
				return FINAL_QUESTION_EDEFAULT == null ? finalQuestion != null : !FINAL_QUESTION_EDEFAULT.equals(finalQuestion);
			case LearningPackage.LEARNING_SESSION__SUBMISSION_DEADLINE:
				return SUBMISSION_DEADLINE_EDEFAULT == null ? submissionDeadline != null : !SUBMISSION_DEADLINE_EDEFAULT.equals(submissionDeadline);
			case LearningPackage.LEARNING_SESSION__CASE_SUBMITTED_ON:
				return CASE_SUBMITTED_ON_EDEFAULT == null ? caseSubmittedOn != null : !CASE_SUBMITTED_ON_EDEFAULT.equals(caseSubmittedOn);
			case LearningPackage.LEARNING_SESSION__MINUTES_SENT_ON:
				return MINUTES_SENT_ON_EDEFAULT == null ? minutesSentOn != null : !MINUTES_SENT_ON_EDEFAULT.equals(minutesSentOn);
			case LearningPackage.LEARNING_SESSION__METHOD:
				return method != null;
			case LearningPackage.LEARNING_SESSION__HOST:
				return host != null;
			case LearningPackage.LEARNING_SESSION__INBRENGER:
				return inbrenger != null;
			case LearningPackage.LEARNING_SESSION__CHAIR:
				return chair != null;
			case LearningPackage.LEARNING_SESSION__THEORY_PREPARER:
				return theoryPreparer != null;
			case LearningPackage.LEARNING_SESSION__PARTICIPANTS:
				return participants != null && !participants.isEmpty();
			case LearningPackage.LEARNING_SESSION__THEORY_ITEMS:
				return theoryItems != null && !theoryItems.isEmpty();
			case LearningPackage.LEARNING_SESSION__STEP_LOGS:
				return stepLogs != null && !stepLogs.isEmpty();
			case LearningPackage.LEARNING_SESSION__CONTRIBUTIONS:
				return contributions != null && !contributions.isEmpty();
			case LearningPackage.LEARNING_SESSION__LEARNING_POINTS:
				return learningPoints != null && !learningPoints.isEmpty();
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
		result.append(", date: "); //$NON-NLS-1$
		result.append(date);
		result.append(", location: "); //$NON-NLS-1$
		result.append(location);
		result.append(", mode: "); //$NON-NLS-1$
		result.append(mode);
		result.append(", state: "); //$NON-NLS-1$
		result.append(state);
		result.append(", caseTitle: "); //$NON-NLS-1$
		result.append(caseTitle);
		result.append(", caseWriteUp: "); //$NON-NLS-1$
		result.append(caseWriteUp);
		result.append(", caseQuestion: "); //$NON-NLS-1$
		result.append(caseQuestion);
		result.append(", finalQuestion: "); //$NON-NLS-1$
		result.append(finalQuestion);
		result.append(", submissionDeadline: "); //$NON-NLS-1$
		result.append(submissionDeadline);
		result.append(", caseSubmittedOn: "); //$NON-NLS-1$
		result.append(caseSubmittedOn);
		result.append(", minutesSentOn: "); //$NON-NLS-1$
		result.append(minutesSentOn);
		result.append(')');
		return result.toString();
	}

} //LearningSessionImpl
