/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.model.provider;


import java.util.Collection;
import java.util.List;

import nl.casustafel.model.AgendaItem;
import nl.casustafel.model.CasebookFactory;
import nl.casustafel.model.CasebookPackage;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link nl.casustafel.model.AgendaItem} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class AgendaItemItemProvider extends IdentifiableItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AgendaItemItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addKindPropertyDescriptor(object);
			addTitlePropertyDescriptor(object);
			addReasonPropertyDescriptor(object);
			addQuestionPropertyDescriptor(object);
			addUrgencyPropertyDescriptor(object);
			addTimeboxMinutesPropertyDescriptor(object);
			addActualDurationSecondsPropertyDescriptor(object);
			addDecisionPropertyDescriptor(object);
			addDecisionNotePropertyDescriptor(object);
			addNoodscenarioPropertyDescriptor(object);
			addNextDatePropertyDescriptor(object);
			addCasePropertyDescriptor(object);
			addAgreementsPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Kind feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addKindPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AgendaItem_kind_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_AgendaItem_kind_feature", "_UI_AgendaItem_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 CasebookPackage.Literals.AGENDA_ITEM__KIND,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Title feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTitlePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AgendaItem_title_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_AgendaItem_title_feature", "_UI_AgendaItem_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 CasebookPackage.Literals.AGENDA_ITEM__TITLE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Reason feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addReasonPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AgendaItem_reason_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_AgendaItem_reason_feature", "_UI_AgendaItem_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 CasebookPackage.Literals.AGENDA_ITEM__REASON,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Question feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addQuestionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AgendaItem_question_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_AgendaItem_question_feature", "_UI_AgendaItem_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 CasebookPackage.Literals.AGENDA_ITEM__QUESTION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Urgency feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addUrgencyPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AgendaItem_urgency_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_AgendaItem_urgency_feature", "_UI_AgendaItem_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 CasebookPackage.Literals.AGENDA_ITEM__URGENCY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Timebox Minutes feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTimeboxMinutesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AgendaItem_timeboxMinutes_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_AgendaItem_timeboxMinutes_feature", "_UI_AgendaItem_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 CasebookPackage.Literals.AGENDA_ITEM__TIMEBOX_MINUTES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Actual Duration Seconds feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addActualDurationSecondsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AgendaItem_actualDurationSeconds_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_AgendaItem_actualDurationSeconds_feature", "_UI_AgendaItem_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 CasebookPackage.Literals.AGENDA_ITEM__ACTUAL_DURATION_SECONDS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Decision feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDecisionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AgendaItem_decision_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_AgendaItem_decision_feature", "_UI_AgendaItem_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 CasebookPackage.Literals.AGENDA_ITEM__DECISION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Decision Note feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDecisionNotePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AgendaItem_decisionNote_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_AgendaItem_decisionNote_feature", "_UI_AgendaItem_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 CasebookPackage.Literals.AGENDA_ITEM__DECISION_NOTE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Noodscenario feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNoodscenarioPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AgendaItem_noodscenario_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_AgendaItem_noodscenario_feature", "_UI_AgendaItem_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 CasebookPackage.Literals.AGENDA_ITEM__NOODSCENARIO,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Next Date feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNextDatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AgendaItem_nextDate_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_AgendaItem_nextDate_feature", "_UI_AgendaItem_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 CasebookPackage.Literals.AGENDA_ITEM__NEXT_DATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Case feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCasePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AgendaItem_case_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_AgendaItem_case_feature", "_UI_AgendaItem_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 CasebookPackage.Literals.AGENDA_ITEM__CASE,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Agreements feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAgreementsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AgendaItem_agreements_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_AgendaItem_agreements_feature", "_UI_AgendaItem_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 CasebookPackage.Literals.AGENDA_ITEM__AGREEMENTS,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(CasebookPackage.Literals.AGENDA_ITEM__PREPARATIONS);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns AgendaItem.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/AgendaItem")); //$NON-NLS-1$
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean shouldComposeCreationImage() {
		return true;
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((AgendaItem)object).getId();
		return label == null || label.length() == 0 ?
			getString("_UI_AgendaItem_type") : //$NON-NLS-1$
			getString("_UI_AgendaItem_type") + " " + label; //$NON-NLS-1$ //$NON-NLS-2$
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(AgendaItem.class)) {
			case CasebookPackage.AGENDA_ITEM__KIND:
			case CasebookPackage.AGENDA_ITEM__TITLE:
			case CasebookPackage.AGENDA_ITEM__REASON:
			case CasebookPackage.AGENDA_ITEM__QUESTION:
			case CasebookPackage.AGENDA_ITEM__URGENCY:
			case CasebookPackage.AGENDA_ITEM__TIMEBOX_MINUTES:
			case CasebookPackage.AGENDA_ITEM__ACTUAL_DURATION_SECONDS:
			case CasebookPackage.AGENDA_ITEM__DECISION:
			case CasebookPackage.AGENDA_ITEM__DECISION_NOTE:
			case CasebookPackage.AGENDA_ITEM__NOODSCENARIO:
			case CasebookPackage.AGENDA_ITEM__NEXT_DATE:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case CasebookPackage.AGENDA_ITEM__PREPARATIONS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(CasebookPackage.Literals.AGENDA_ITEM__PREPARATIONS,
				 CasebookFactory.eINSTANCE.createPreparation()));
	}

}
