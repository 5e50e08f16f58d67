/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.learning.model;

import java.util.Date;

import nl.casustafel.model.Identifiable;
import nl.casustafel.model.Organisation;
import nl.casustafel.model.Professional;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Session</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One casusleerbijeenkomst (or a session of another method): roles, the pseudonymised case and its question, preparation, and everything captured while running it. Holds no link to a real case.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.casustafel.learning.model.LearningSession#getTitle <em>Title</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.LearningSession#getDate <em>Date</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.LearningSession#getLocation <em>Location</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.LearningSession#getMode <em>Mode</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.LearningSession#getState <em>State</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.LearningSession#getCaseTitle <em>Case Title</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.LearningSession#getCaseWriteUp <em>Case Write Up</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.LearningSession#getCaseQuestion <em>Case Question</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.LearningSession#getFinalQuestion <em>Final Question</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.LearningSession#getSubmissionDeadline <em>Submission Deadline</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.LearningSession#getCaseSubmittedOn <em>Case Submitted On</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.LearningSession#getMinutesSentOn <em>Minutes Sent On</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.LearningSession#getMethod <em>Method</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.LearningSession#getHost <em>Host</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.LearningSession#getInbrenger <em>Inbrenger</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.LearningSession#getChair <em>Chair</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.LearningSession#getTheoryPreparer <em>Theory Preparer</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.LearningSession#getParticipants <em>Participants</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.LearningSession#getTheoryItems <em>Theory Items</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.LearningSession#getStepLogs <em>Step Logs</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.LearningSession#getContributions <em>Contributions</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.LearningSession#getLearningPoints <em>Learning Points</em>}</li>
 * </ul>
 *
 * @see nl.casustafel.learning.model.LearningPackage#getLearningSession()
 * @model
 * @generated
 */
public interface LearningSession extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see nl.casustafel.learning.model.LearningPackage#getLearningSession_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link nl.casustafel.learning.model.LearningSession#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(Date)
	 * @see nl.casustafel.learning.model.LearningPackage#getLearningSession_Date()
	 * @model
	 * @generated
	 */
	Date getDate();

	/**
	 * Sets the value of the '{@link nl.casustafel.learning.model.LearningSession#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(Date value);

	/**
	 * Returns the value of the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Location</em>' attribute.
	 * @see #setLocation(String)
	 * @see nl.casustafel.learning.model.LearningPackage#getLearningSession_Location()
	 * @model
	 * @generated
	 */
	String getLocation();

	/**
	 * Sets the value of the '{@link nl.casustafel.learning.model.LearningSession#getLocation <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Location</em>' attribute.
	 * @see #getLocation()
	 * @generated
	 */
	void setLocation(String value);

	/**
	 * Returns the value of the '<em><b>Mode</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.casustafel.learning.model.SessionMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mode</em>' attribute.
	 * @see nl.casustafel.learning.model.SessionMode
	 * @see #setMode(SessionMode)
	 * @see nl.casustafel.learning.model.LearningPackage#getLearningSession_Mode()
	 * @model
	 * @generated
	 */
	SessionMode getMode();

	/**
	 * Sets the value of the '{@link nl.casustafel.learning.model.LearningSession#getMode <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mode</em>' attribute.
	 * @see nl.casustafel.learning.model.SessionMode
	 * @see #getMode()
	 * @generated
	 */
	void setMode(SessionMode value);

	/**
	 * Returns the value of the '<em><b>State</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.casustafel.learning.model.SessionState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>State</em>' attribute.
	 * @see nl.casustafel.learning.model.SessionState
	 * @see #setState(SessionState)
	 * @see nl.casustafel.learning.model.LearningPackage#getLearningSession_State()
	 * @model
	 * @generated
	 */
	SessionState getState();

	/**
	 * Sets the value of the '{@link nl.casustafel.learning.model.LearningSession#getState <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' attribute.
	 * @see nl.casustafel.learning.model.SessionState
	 * @see #getState()
	 * @generated
	 */
	void setState(SessionState value);

	/**
	 * Returns the value of the '<em><b>Case Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Case Title</em>' attribute.
	 * @see #setCaseTitle(String)
	 * @see nl.casustafel.learning.model.LearningPackage#getLearningSession_CaseTitle()
	 * @model
	 * @generated
	 */
	String getCaseTitle();

	/**
	 * Sets the value of the '{@link nl.casustafel.learning.model.LearningSession#getCaseTitle <em>Case Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Case Title</em>' attribute.
	 * @see #getCaseTitle()
	 * @generated
	 */
	void setCaseTitle(String value);

	/**
	 * Returns the value of the '<em><b>Case Write Up</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Case Write Up</em>' attribute.
	 * @see #setCaseWriteUp(String)
	 * @see nl.casustafel.learning.model.LearningPackage#getLearningSession_CaseWriteUp()
	 * @model
	 * @generated
	 */
	String getCaseWriteUp();

	/**
	 * Sets the value of the '{@link nl.casustafel.learning.model.LearningSession#getCaseWriteUp <em>Case Write Up</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Case Write Up</em>' attribute.
	 * @see #getCaseWriteUp()
	 * @generated
	 */
	void setCaseWriteUp(String value);

	/**
	 * Returns the value of the '<em><b>Case Question</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Case Question</em>' attribute.
	 * @see #setCaseQuestion(String)
	 * @see nl.casustafel.learning.model.LearningPackage#getLearningSession_CaseQuestion()
	 * @model
	 * @generated
	 */
	String getCaseQuestion();

	/**
	 * Sets the value of the '{@link nl.casustafel.learning.model.LearningSession#getCaseQuestion <em>Case Question</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Case Question</em>' attribute.
	 * @see #getCaseQuestion()
	 * @generated
	 */
	void setCaseQuestion(String value);

	/**
	 * Returns the value of the '<em><b>Final Question</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The question as the presenter restates it when introducing the case.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Final Question</em>' attribute.
	 * @see #setFinalQuestion(String)
	 * @see nl.casustafel.learning.model.LearningPackage#getLearningSession_FinalQuestion()
	 * @model
	 * @generated
	 */
	String getFinalQuestion();

	/**
	 * Sets the value of the '{@link nl.casustafel.learning.model.LearningSession#getFinalQuestion <em>Final Question</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Final Question</em>' attribute.
	 * @see #getFinalQuestion()
	 * @generated
	 */
	void setFinalQuestion(String value);

	/**
	 * Returns the value of the '<em><b>Submission Deadline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Submission Deadline</em>' attribute.
	 * @see #setSubmissionDeadline(Date)
	 * @see nl.casustafel.learning.model.LearningPackage#getLearningSession_SubmissionDeadline()
	 * @model
	 * @generated
	 */
	Date getSubmissionDeadline();

	/**
	 * Sets the value of the '{@link nl.casustafel.learning.model.LearningSession#getSubmissionDeadline <em>Submission Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Submission Deadline</em>' attribute.
	 * @see #getSubmissionDeadline()
	 * @generated
	 */
	void setSubmissionDeadline(Date value);

	/**
	 * Returns the value of the '<em><b>Case Submitted On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Case Submitted On</em>' attribute.
	 * @see #setCaseSubmittedOn(Date)
	 * @see nl.casustafel.learning.model.LearningPackage#getLearningSession_CaseSubmittedOn()
	 * @model
	 * @generated
	 */
	Date getCaseSubmittedOn();

	/**
	 * Sets the value of the '{@link nl.casustafel.learning.model.LearningSession#getCaseSubmittedOn <em>Case Submitted On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Case Submitted On</em>' attribute.
	 * @see #getCaseSubmittedOn()
	 * @generated
	 */
	void setCaseSubmittedOn(Date value);

	/**
	 * Returns the value of the '<em><b>Minutes Sent On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Minutes Sent On</em>' attribute.
	 * @see #setMinutesSentOn(Date)
	 * @see nl.casustafel.learning.model.LearningPackage#getLearningSession_MinutesSentOn()
	 * @model
	 * @generated
	 */
	Date getMinutesSentOn();

	/**
	 * Sets the value of the '{@link nl.casustafel.learning.model.LearningSession#getMinutesSentOn <em>Minutes Sent On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Minutes Sent On</em>' attribute.
	 * @see #getMinutesSentOn()
	 * @generated
	 */
	void setMinutesSentOn(Date value);

	/**
	 * Returns the value of the '<em><b>Method</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The session's own copy of the method it follows, so the record stays complete when the method changes or its plugin is removed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Method</em>' containment reference.
	 * @see #setMethod(LearningMethod)
	 * @see nl.casustafel.learning.model.LearningPackage#getLearningSession_Method()
	 * @model containment="true"
	 * @generated
	 */
	LearningMethod getMethod();

	/**
	 * Sets the value of the '{@link nl.casustafel.learning.model.LearningSession#getMethod <em>Method</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Method</em>' containment reference.
	 * @see #getMethod()
	 * @generated
	 */
	void setMethod(LearningMethod value);

	/**
	 * Returns the value of the '<em><b>Host</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Host</em>' reference.
	 * @see #setHost(Organisation)
	 * @see nl.casustafel.learning.model.LearningPackage#getLearningSession_Host()
	 * @model
	 * @generated
	 */
	Organisation getHost();

	/**
	 * Sets the value of the '{@link nl.casustafel.learning.model.LearningSession#getHost <em>Host</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Host</em>' reference.
	 * @see #getHost()
	 * @generated
	 */
	void setHost(Organisation value);

	/**
	 * Returns the value of the '<em><b>Inbrenger</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The case presenter: writes up the case and question, answers facts, listens during analysis and advice, and sends the learning points.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Inbrenger</em>' reference.
	 * @see #setInbrenger(Professional)
	 * @see nl.casustafel.learning.model.LearningPackage#getLearningSession_Inbrenger()
	 * @model
	 * @generated
	 */
	Professional getInbrenger();

	/**
	 * Sets the value of the '{@link nl.casustafel.learning.model.LearningSession#getInbrenger <em>Inbrenger</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Inbrenger</em>' reference.
	 * @see #getInbrenger()
	 * @generated
	 */
	void setInbrenger(Professional value);

	/**
	 * Returns the value of the '<em><b>Chair</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Chair</em>' reference.
	 * @see #setChair(Professional)
	 * @see nl.casustafel.learning.model.LearningPackage#getLearningSession_Chair()
	 * @model
	 * @generated
	 */
	Professional getChair();

	/**
	 * Sets the value of the '{@link nl.casustafel.learning.model.LearningSession#getChair <em>Chair</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Chair</em>' reference.
	 * @see #getChair()
	 * @generated
	 */
	void setChair(Professional value);

	/**
	 * Returns the value of the '<em><b>Theory Preparer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Theory Preparer</em>' reference.
	 * @see #setTheoryPreparer(Professional)
	 * @see nl.casustafel.learning.model.LearningPackage#getLearningSession_TheoryPreparer()
	 * @model
	 * @generated
	 */
	Professional getTheoryPreparer();

	/**
	 * Sets the value of the '{@link nl.casustafel.learning.model.LearningSession#getTheoryPreparer <em>Theory Preparer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Theory Preparer</em>' reference.
	 * @see #getTheoryPreparer()
	 * @generated
	 */
	void setTheoryPreparer(Professional value);

	/**
	 * Returns the value of the '<em><b>Participants</b></em>' containment reference list.
	 * The list contents are of type {@link nl.casustafel.learning.model.Participant}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Participants</em>' containment reference list.
	 * @see nl.casustafel.learning.model.LearningPackage#getLearningSession_Participants()
	 * @model containment="true"
	 * @generated
	 */
	EList<Participant> getParticipants();

	/**
	 * Returns the value of the '<em><b>Theory Items</b></em>' reference list.
	 * The list contents are of type {@link nl.casustafel.learning.model.TheoryItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Theory Items</em>' reference list.
	 * @see nl.casustafel.learning.model.LearningPackage#getLearningSession_TheoryItems()
	 * @model
	 * @generated
	 */
	EList<TheoryItem> getTheoryItems();

	/**
	 * Returns the value of the '<em><b>Step Logs</b></em>' containment reference list.
	 * The list contents are of type {@link nl.casustafel.learning.model.StepLog}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Step Logs</em>' containment reference list.
	 * @see nl.casustafel.learning.model.LearningPackage#getLearningSession_StepLogs()
	 * @model containment="true"
	 * @generated
	 */
	EList<StepLog> getStepLogs();

	/**
	 * Returns the value of the '<em><b>Contributions</b></em>' containment reference list.
	 * The list contents are of type {@link nl.casustafel.learning.model.Contribution}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Contributions</em>' containment reference list.
	 * @see nl.casustafel.learning.model.LearningPackage#getLearningSession_Contributions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Contribution> getContributions();

	/**
	 * Returns the value of the '<em><b>Learning Points</b></em>' containment reference list.
	 * The list contents are of type {@link nl.casustafel.learning.model.LearningPoint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Learning Points</em>' containment reference list.
	 * @see nl.casustafel.learning.model.LearningPackage#getLearningSession_LearningPoints()
	 * @model containment="true"
	 * @generated
	 */
	EList<LearningPoint> getLearningPoints();

} // LearningSession
