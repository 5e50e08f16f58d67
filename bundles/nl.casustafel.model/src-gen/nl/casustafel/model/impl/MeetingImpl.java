/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.model.impl;

import java.util.Collection;
import java.util.Date;

import nl.casustafel.model.AgendaItem;
import nl.casustafel.model.Attendance;
import nl.casustafel.model.CasebookPackage;
import nl.casustafel.model.Meeting;
import nl.casustafel.model.MeetingSeries;
import nl.casustafel.model.MeetingState;
import nl.casustafel.model.MeetingType;
import nl.casustafel.model.Professional;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Meeting</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.casustafel.model.impl.MeetingImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.MeetingImpl#getDate <em>Date</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.MeetingImpl#getDurationMinutes <em>Duration Minutes</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.MeetingImpl#getLocation <em>Location</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.MeetingImpl#getState <em>State</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.MeetingImpl#getNotes <em>Notes</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.MeetingImpl#getType <em>Type</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.MeetingImpl#getSeries <em>Series</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.MeetingImpl#getChair <em>Chair</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.MeetingImpl#getSecretary <em>Secretary</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.MeetingImpl#getAttendance <em>Attendance</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.MeetingImpl#getItems <em>Items</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MeetingImpl extends IdentifiableImpl implements Meeting {
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
	 * The default value of the '{@link #getDurationMinutes() <em>Duration Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationMinutes()
	 * @generated
	 * @ordered
	 */
	protected static final int DURATION_MINUTES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDurationMinutes() <em>Duration Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationMinutes()
	 * @generated
	 * @ordered
	 */
	protected int durationMinutes = DURATION_MINUTES_EDEFAULT;

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
	 * The default value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected static final MeetingState STATE_EDEFAULT = MeetingState.PLANNED;

	/**
	 * The cached value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected MeetingState state = STATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected String notes = NOTES_EDEFAULT;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected MeetingType type;

	/**
	 * The cached value of the '{@link #getSeries() <em>Series</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeries()
	 * @generated
	 * @ordered
	 */
	protected MeetingSeries series;

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
	 * The cached value of the '{@link #getSecretary() <em>Secretary</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecretary()
	 * @generated
	 * @ordered
	 */
	protected Professional secretary;

	/**
	 * The cached value of the '{@link #getAttendance() <em>Attendance</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttendance()
	 * @generated
	 * @ordered
	 */
	protected EList<Attendance> attendance;

	/**
	 * The cached value of the '{@link #getItems() <em>Items</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItems()
	 * @generated
	 * @ordered
	 */
	protected EList<AgendaItem> items;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MeetingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CasebookPackage.Literals.MEETING;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.MEETING__TITLE, oldTitle, title));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.MEETING__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDurationMinutes() {
		return durationMinutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDurationMinutes(int newDurationMinutes) {
		int oldDurationMinutes = durationMinutes;
		durationMinutes = newDurationMinutes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.MEETING__DURATION_MINUTES, oldDurationMinutes, durationMinutes));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.MEETING__LOCATION, oldLocation, location));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MeetingState getState() {
		return state;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setState(MeetingState newState) {
		MeetingState oldState = state;
		state = newState == null ? STATE_EDEFAULT : newState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.MEETING__STATE, oldState, state));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNotes() {
		return notes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotes(String newNotes) {
		String oldNotes = notes;
		notes = newNotes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.MEETING__NOTES, oldNotes, notes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MeetingType getType() {
		if (type != null && type.eIsProxy()) {
			InternalEObject oldType = (InternalEObject)type;
			type = (MeetingType)eResolveProxy(oldType);
			if (type != oldType) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CasebookPackage.MEETING__TYPE, oldType, type));
			}
		}
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MeetingType basicGetType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(MeetingType newType) {
		MeetingType oldType = type;
		type = newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.MEETING__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MeetingSeries getSeries() {
		if (series != null && series.eIsProxy()) {
			InternalEObject oldSeries = (InternalEObject)series;
			series = (MeetingSeries)eResolveProxy(oldSeries);
			if (series != oldSeries) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CasebookPackage.MEETING__SERIES, oldSeries, series));
			}
		}
		return series;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MeetingSeries basicGetSeries() {
		return series;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSeries(MeetingSeries newSeries, NotificationChain msgs) {
		MeetingSeries oldSeries = series;
		series = newSeries;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CasebookPackage.MEETING__SERIES, oldSeries, newSeries);
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
	public void setSeries(MeetingSeries newSeries) {
		if (newSeries != series) {
			NotificationChain msgs = null;
			if (series != null)
				msgs = ((InternalEObject)series).eInverseRemove(this, CasebookPackage.MEETING_SERIES__MEETINGS, MeetingSeries.class, msgs);
			if (newSeries != null)
				msgs = ((InternalEObject)newSeries).eInverseAdd(this, CasebookPackage.MEETING_SERIES__MEETINGS, MeetingSeries.class, msgs);
			msgs = basicSetSeries(newSeries, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.MEETING__SERIES, newSeries, newSeries));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CasebookPackage.MEETING__CHAIR, oldChair, chair));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.MEETING__CHAIR, oldChair, chair));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Professional getSecretary() {
		if (secretary != null && secretary.eIsProxy()) {
			InternalEObject oldSecretary = (InternalEObject)secretary;
			secretary = (Professional)eResolveProxy(oldSecretary);
			if (secretary != oldSecretary) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CasebookPackage.MEETING__SECRETARY, oldSecretary, secretary));
			}
		}
		return secretary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Professional basicGetSecretary() {
		return secretary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSecretary(Professional newSecretary) {
		Professional oldSecretary = secretary;
		secretary = newSecretary;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.MEETING__SECRETARY, oldSecretary, secretary));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Attendance> getAttendance() {
		if (attendance == null) {
			attendance = new EObjectContainmentEList<Attendance>(Attendance.class, this, CasebookPackage.MEETING__ATTENDANCE);
		}
		return attendance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AgendaItem> getItems() {
		if (items == null) {
			items = new EObjectContainmentEList<AgendaItem>(AgendaItem.class, this, CasebookPackage.MEETING__ITEMS);
		}
		return items;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CasebookPackage.MEETING__SERIES:
				if (series != null)
					msgs = ((InternalEObject)series).eInverseRemove(this, CasebookPackage.MEETING_SERIES__MEETINGS, MeetingSeries.class, msgs);
				return basicSetSeries((MeetingSeries)otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CasebookPackage.MEETING__SERIES:
				return basicSetSeries(null, msgs);
			case CasebookPackage.MEETING__ATTENDANCE:
				return ((InternalEList<?>)getAttendance()).basicRemove(otherEnd, msgs);
			case CasebookPackage.MEETING__ITEMS:
				return ((InternalEList<?>)getItems()).basicRemove(otherEnd, msgs);
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
			case CasebookPackage.MEETING__TITLE:
				return getTitle();
			case CasebookPackage.MEETING__DATE:
				return getDate();
			case CasebookPackage.MEETING__DURATION_MINUTES:
				return getDurationMinutes();
			case CasebookPackage.MEETING__LOCATION:
				return getLocation();
			case CasebookPackage.MEETING__STATE:
				return getState();
			case CasebookPackage.MEETING__NOTES:
				return getNotes();
			case CasebookPackage.MEETING__TYPE:
				if (resolve) return getType();
				return basicGetType();
			case CasebookPackage.MEETING__SERIES:
				if (resolve) return getSeries();
				return basicGetSeries();
			case CasebookPackage.MEETING__CHAIR:
				if (resolve) return getChair();
				return basicGetChair();
			case CasebookPackage.MEETING__SECRETARY:
				if (resolve) return getSecretary();
				return basicGetSecretary();
			case CasebookPackage.MEETING__ATTENDANCE:
				return getAttendance();
			case CasebookPackage.MEETING__ITEMS:
				return getItems();
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
			case CasebookPackage.MEETING__TITLE:
				setTitle((String)newValue);
				return;
			case CasebookPackage.MEETING__DATE:
				setDate((Date)newValue);
				return;
			case CasebookPackage.MEETING__DURATION_MINUTES:
				setDurationMinutes((Integer)newValue);
				return;
			case CasebookPackage.MEETING__LOCATION:
				setLocation((String)newValue);
				return;
			case CasebookPackage.MEETING__STATE:
				setState((MeetingState)newValue);
				return;
			case CasebookPackage.MEETING__NOTES:
				setNotes((String)newValue);
				return;
			case CasebookPackage.MEETING__TYPE:
				setType((MeetingType)newValue);
				return;
			case CasebookPackage.MEETING__SERIES:
				setSeries((MeetingSeries)newValue);
				return;
			case CasebookPackage.MEETING__CHAIR:
				setChair((Professional)newValue);
				return;
			case CasebookPackage.MEETING__SECRETARY:
				setSecretary((Professional)newValue);
				return;
			case CasebookPackage.MEETING__ATTENDANCE:
				getAttendance().clear();
				getAttendance().addAll((Collection<? extends Attendance>)newValue);
				return;
			case CasebookPackage.MEETING__ITEMS:
				getItems().clear();
				getItems().addAll((Collection<? extends AgendaItem>)newValue);
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
			case CasebookPackage.MEETING__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case CasebookPackage.MEETING__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case CasebookPackage.MEETING__DURATION_MINUTES:
				setDurationMinutes(DURATION_MINUTES_EDEFAULT);
				return;
			case CasebookPackage.MEETING__LOCATION:
				setLocation(LOCATION_EDEFAULT);
				return;
			case CasebookPackage.MEETING__STATE:
				setState(STATE_EDEFAULT);
				return;
			case CasebookPackage.MEETING__NOTES:
				setNotes(NOTES_EDEFAULT);
				return;
			case CasebookPackage.MEETING__TYPE:
				setType((MeetingType)null);
				return;
			case CasebookPackage.MEETING__SERIES:
				setSeries((MeetingSeries)null);
				return;
			case CasebookPackage.MEETING__CHAIR:
				setChair((Professional)null);
				return;
			case CasebookPackage.MEETING__SECRETARY:
				setSecretary((Professional)null);
				return;
			case CasebookPackage.MEETING__ATTENDANCE:
				getAttendance().clear();
				return;
			case CasebookPackage.MEETING__ITEMS:
				getItems().clear();
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
			case CasebookPackage.MEETING__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case CasebookPackage.MEETING__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case CasebookPackage.MEETING__DURATION_MINUTES:
				return durationMinutes != DURATION_MINUTES_EDEFAULT;
			case CasebookPackage.MEETING__LOCATION:
				return LOCATION_EDEFAULT == null ? location != null : !LOCATION_EDEFAULT.equals(location);
			case CasebookPackage.MEETING__STATE:
				return state != STATE_EDEFAULT;
			case CasebookPackage.MEETING__NOTES:
				return NOTES_EDEFAULT == null ? notes != null : !NOTES_EDEFAULT.equals(notes);
			case CasebookPackage.MEETING__TYPE:
				return type != null;
			case CasebookPackage.MEETING__SERIES:
				return series != null;
			case CasebookPackage.MEETING__CHAIR:
				return chair != null;
			case CasebookPackage.MEETING__SECRETARY:
				return secretary != null;
			case CasebookPackage.MEETING__ATTENDANCE:
				return attendance != null && !attendance.isEmpty();
			case CasebookPackage.MEETING__ITEMS:
				return items != null && !items.isEmpty();
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
		result.append(", durationMinutes: "); //$NON-NLS-1$
		result.append(durationMinutes);
		result.append(", location: "); //$NON-NLS-1$
		result.append(location);
		result.append(", state: "); //$NON-NLS-1$
		result.append(state);
		result.append(", notes: "); //$NON-NLS-1$
		result.append(notes);
		result.append(')');
		return result.toString();
	}

} //MeetingImpl
