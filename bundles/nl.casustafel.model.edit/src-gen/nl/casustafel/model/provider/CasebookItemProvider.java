/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.model.provider;


import java.util.Collection;
import java.util.List;

import nl.casustafel.model.Casebook;
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
 * This is the item provider adapter for a {@link nl.casustafel.model.Casebook} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class CasebookItemProvider extends IdentifiableItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CasebookItemProvider(AdapterFactory adapterFactory) {
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

			addNamePropertyDescriptor(object);
			addRegionPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Casebook_name_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_Casebook_name_feature", "_UI_Casebook_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 CasebookPackage.Literals.CASEBOOK__NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Region feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRegionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Casebook_region_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_Casebook_region_feature", "_UI_Casebook_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 CasebookPackage.Literals.CASEBOOK__REGION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
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
			childrenFeatures.add(CasebookPackage.Literals.CASEBOOK__MUNICIPALITIES);
			childrenFeatures.add(CasebookPackage.Literals.CASEBOOK__LIFE_DOMAINS);
			childrenFeatures.add(CasebookPackage.Literals.CASEBOOK__ORGANISATIONS);
			childrenFeatures.add(CasebookPackage.Literals.CASEBOOK__PROFESSIONALS);
			childrenFeatures.add(CasebookPackage.Literals.CASEBOOK__IDENTITIES);
			childrenFeatures.add(CasebookPackage.Literals.CASEBOOK__SUBJECTS);
			childrenFeatures.add(CasebookPackage.Literals.CASEBOOK__CASES);
			childrenFeatures.add(CasebookPackage.Literals.CASEBOOK__MEETING_TYPES);
			childrenFeatures.add(CasebookPackage.Literals.CASEBOOK__MEETING_SERIES);
			childrenFeatures.add(CasebookPackage.Literals.CASEBOOK__MEETINGS);
			childrenFeatures.add(CasebookPackage.Literals.CASEBOOK__RELATIONS);
			childrenFeatures.add(CasebookPackage.Literals.CASEBOOK__COVENANTS);
			childrenFeatures.add(CasebookPackage.Literals.CASEBOOK__POLICY_SIGNALS);
			childrenFeatures.add(CasebookPackage.Literals.CASEBOOK__CONTRIBUTIONS);
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
	 * This returns Casebook.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Casebook")); //$NON-NLS-1$
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
		String label = ((Casebook)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Casebook_type") : //$NON-NLS-1$
			getString("_UI_Casebook_type") + " " + label; //$NON-NLS-1$ //$NON-NLS-2$
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

		switch (notification.getFeatureID(Casebook.class)) {
			case CasebookPackage.CASEBOOK__NAME:
			case CasebookPackage.CASEBOOK__REGION:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case CasebookPackage.CASEBOOK__MUNICIPALITIES:
			case CasebookPackage.CASEBOOK__LIFE_DOMAINS:
			case CasebookPackage.CASEBOOK__ORGANISATIONS:
			case CasebookPackage.CASEBOOK__PROFESSIONALS:
			case CasebookPackage.CASEBOOK__IDENTITIES:
			case CasebookPackage.CASEBOOK__SUBJECTS:
			case CasebookPackage.CASEBOOK__CASES:
			case CasebookPackage.CASEBOOK__MEETING_TYPES:
			case CasebookPackage.CASEBOOK__MEETING_SERIES:
			case CasebookPackage.CASEBOOK__MEETINGS:
			case CasebookPackage.CASEBOOK__RELATIONS:
			case CasebookPackage.CASEBOOK__COVENANTS:
			case CasebookPackage.CASEBOOK__POLICY_SIGNALS:
			case CasebookPackage.CASEBOOK__CONTRIBUTIONS:
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
				(CasebookPackage.Literals.CASEBOOK__MUNICIPALITIES,
				 CasebookFactory.eINSTANCE.createMunicipality()));

		newChildDescriptors.add
			(createChildParameter
				(CasebookPackage.Literals.CASEBOOK__LIFE_DOMAINS,
				 CasebookFactory.eINSTANCE.createLifeDomain()));

		newChildDescriptors.add
			(createChildParameter
				(CasebookPackage.Literals.CASEBOOK__ORGANISATIONS,
				 CasebookFactory.eINSTANCE.createOrganisation()));

		newChildDescriptors.add
			(createChildParameter
				(CasebookPackage.Literals.CASEBOOK__PROFESSIONALS,
				 CasebookFactory.eINSTANCE.createProfessional()));

		newChildDescriptors.add
			(createChildParameter
				(CasebookPackage.Literals.CASEBOOK__IDENTITIES,
				 CasebookFactory.eINSTANCE.createProtectedIdentity()));

		newChildDescriptors.add
			(createChildParameter
				(CasebookPackage.Literals.CASEBOOK__SUBJECTS,
				 CasebookFactory.eINSTANCE.createPerson()));

		newChildDescriptors.add
			(createChildParameter
				(CasebookPackage.Literals.CASEBOOK__SUBJECTS,
				 CasebookFactory.eINSTANCE.createHousehold()));

		newChildDescriptors.add
			(createChildParameter
				(CasebookPackage.Literals.CASEBOOK__CASES,
				 CasebookFactory.eINSTANCE.createCase()));

		newChildDescriptors.add
			(createChildParameter
				(CasebookPackage.Literals.CASEBOOK__MEETING_TYPES,
				 CasebookFactory.eINSTANCE.createMeetingType()));

		newChildDescriptors.add
			(createChildParameter
				(CasebookPackage.Literals.CASEBOOK__MEETING_SERIES,
				 CasebookFactory.eINSTANCE.createMeetingSeries()));

		newChildDescriptors.add
			(createChildParameter
				(CasebookPackage.Literals.CASEBOOK__MEETINGS,
				 CasebookFactory.eINSTANCE.createMeeting()));

		newChildDescriptors.add
			(createChildParameter
				(CasebookPackage.Literals.CASEBOOK__RELATIONS,
				 CasebookFactory.eINSTANCE.createRelation()));

		newChildDescriptors.add
			(createChildParameter
				(CasebookPackage.Literals.CASEBOOK__COVENANTS,
				 CasebookFactory.eINSTANCE.createCovenant()));

		newChildDescriptors.add
			(createChildParameter
				(CasebookPackage.Literals.CASEBOOK__POLICY_SIGNALS,
				 CasebookFactory.eINSTANCE.createPolicySignal()));

		newChildDescriptors.add
			(createChildParameter
				(CasebookPackage.Literals.CASEBOOK__CONTRIBUTIONS,
				 CasebookFactory.eINSTANCE.createCasebook()));

		newChildDescriptors.add
			(createChildParameter
				(CasebookPackage.Literals.CASEBOOK__CONTRIBUTIONS,
				 CasebookFactory.eINSTANCE.createMunicipality()));

		newChildDescriptors.add
			(createChildParameter
				(CasebookPackage.Literals.CASEBOOK__CONTRIBUTIONS,
				 CasebookFactory.eINSTANCE.createLifeDomain()));

		newChildDescriptors.add
			(createChildParameter
				(CasebookPackage.Literals.CASEBOOK__CONTRIBUTIONS,
				 CasebookFactory.eINSTANCE.createOrganisation()));

		newChildDescriptors.add
			(createChildParameter
				(CasebookPackage.Literals.CASEBOOK__CONTRIBUTIONS,
				 CasebookFactory.eINSTANCE.createIntervention()));

		newChildDescriptors.add
			(createChildParameter
				(CasebookPackage.Literals.CASEBOOK__CONTRIBUTIONS,
				 CasebookFactory.eINSTANCE.createProfessional()));

		newChildDescriptors.add
			(createChildParameter
				(CasebookPackage.Literals.CASEBOOK__CONTRIBUTIONS,
				 CasebookFactory.eINSTANCE.createRoleAssignment()));

		newChildDescriptors.add
			(createChildParameter
				(CasebookPackage.Literals.CASEBOOK__CONTRIBUTIONS,
				 CasebookFactory.eINSTANCE.createProtectedIdentity()));

		newChildDescriptors.add
			(createChildParameter
				(CasebookPackage.Literals.CASEBOOK__CONTRIBUTIONS,
				 CasebookFactory.eINSTANCE.createPerson()));

		newChildDescriptors.add
			(createChildParameter
				(CasebookPackage.Literals.CASEBOOK__CONTRIBUTIONS,
				 CasebookFactory.eINSTANCE.createHousehold()));

		newChildDescriptors.add
			(createChildParameter
				(CasebookPackage.Literals.CASEBOOK__CONTRIBUTIONS,
				 CasebookFactory.eINSTANCE.createCase()));

		newChildDescriptors.add
			(createChildParameter
				(CasebookPackage.Literals.CASEBOOK__CONTRIBUTIONS,
				 CasebookFactory.eINSTANCE.createReferral()));

		newChildDescriptors.add
			(createChildParameter
				(CasebookPackage.Literals.CASEBOOK__CONTRIBUTIONS,
				 CasebookFactory.eINSTANCE.createLifeDomainStatus()));

		newChildDescriptors.add
			(createChildParameter
				(CasebookPackage.Literals.CASEBOOK__CONTRIBUTIONS,
				 CasebookFactory.eINSTANCE.createInvolvement()));

		newChildDescriptors.add
			(createChildParameter
				(CasebookPackage.Literals.CASEBOOK__CONTRIBUTIONS,
				 CasebookFactory.eINSTANCE.createInformalTie()));

		newChildDescriptors.add
			(createChildParameter
				(CasebookPackage.Literals.CASEBOOK__CONTRIBUTIONS,
				 CasebookFactory.eINSTANCE.createTimelineEvent()));

		newChildDescriptors.add
			(createChildParameter
				(CasebookPackage.Literals.CASEBOOK__CONTRIBUTIONS,
				 CasebookFactory.eINSTANCE.createAgreement()));

		newChildDescriptors.add
			(createChildParameter
				(CasebookPackage.Literals.CASEBOOK__CONTRIBUTIONS,
				 CasebookFactory.eINSTANCE.createEscalation()));

		newChildDescriptors.add
			(createChildParameter
				(CasebookPackage.Literals.CASEBOOK__CONTRIBUTIONS,
				 CasebookFactory.eINSTANCE.createConsentRecord()));

		newChildDescriptors.add
			(createChildParameter
				(CasebookPackage.Literals.CASEBOOK__CONTRIBUTIONS,
				 CasebookFactory.eINSTANCE.createDisclosure()));

		newChildDescriptors.add
			(createChildParameter
				(CasebookPackage.Literals.CASEBOOK__CONTRIBUTIONS,
				 CasebookFactory.eINSTANCE.createMeetingType()));

		newChildDescriptors.add
			(createChildParameter
				(CasebookPackage.Literals.CASEBOOK__CONTRIBUTIONS,
				 CasebookFactory.eINSTANCE.createMeetingSeries()));

		newChildDescriptors.add
			(createChildParameter
				(CasebookPackage.Literals.CASEBOOK__CONTRIBUTIONS,
				 CasebookFactory.eINSTANCE.createMeeting()));

		newChildDescriptors.add
			(createChildParameter
				(CasebookPackage.Literals.CASEBOOK__CONTRIBUTIONS,
				 CasebookFactory.eINSTANCE.createAttendance()));

		newChildDescriptors.add
			(createChildParameter
				(CasebookPackage.Literals.CASEBOOK__CONTRIBUTIONS,
				 CasebookFactory.eINSTANCE.createAgendaItem()));

		newChildDescriptors.add
			(createChildParameter
				(CasebookPackage.Literals.CASEBOOK__CONTRIBUTIONS,
				 CasebookFactory.eINSTANCE.createPreparation()));

		newChildDescriptors.add
			(createChildParameter
				(CasebookPackage.Literals.CASEBOOK__CONTRIBUTIONS,
				 CasebookFactory.eINSTANCE.createRelation()));

		newChildDescriptors.add
			(createChildParameter
				(CasebookPackage.Literals.CASEBOOK__CONTRIBUTIONS,
				 CasebookFactory.eINSTANCE.createCovenant()));

		newChildDescriptors.add
			(createChildParameter
				(CasebookPackage.Literals.CASEBOOK__CONTRIBUTIONS,
				 CasebookFactory.eINSTANCE.createCovenantTask()));

		newChildDescriptors.add
			(createChildParameter
				(CasebookPackage.Literals.CASEBOOK__CONTRIBUTIONS,
				 CasebookFactory.eINSTANCE.createPolicySignal()));
	}

	/**
	 * This returns the label text for {@link org.eclipse.emf.edit.command.CreateChildCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCreateChildText(Object owner, Object feature, Object child, Collection<?> selection) {
		Object childFeature = feature;
		Object childObject = child;

		boolean qualify =
			childFeature == CasebookPackage.Literals.CASEBOOK__MUNICIPALITIES ||
			childFeature == CasebookPackage.Literals.CASEBOOK__CONTRIBUTIONS ||
			childFeature == CasebookPackage.Literals.CASEBOOK__LIFE_DOMAINS ||
			childFeature == CasebookPackage.Literals.CASEBOOK__ORGANISATIONS ||
			childFeature == CasebookPackage.Literals.CASEBOOK__PROFESSIONALS ||
			childFeature == CasebookPackage.Literals.CASEBOOK__IDENTITIES ||
			childFeature == CasebookPackage.Literals.CASEBOOK__SUBJECTS ||
			childFeature == CasebookPackage.Literals.CASEBOOK__CASES ||
			childFeature == CasebookPackage.Literals.CASEBOOK__MEETING_TYPES ||
			childFeature == CasebookPackage.Literals.CASEBOOK__MEETING_SERIES ||
			childFeature == CasebookPackage.Literals.CASEBOOK__MEETINGS ||
			childFeature == CasebookPackage.Literals.CASEBOOK__RELATIONS ||
			childFeature == CasebookPackage.Literals.CASEBOOK__COVENANTS ||
			childFeature == CasebookPackage.Literals.CASEBOOK__POLICY_SIGNALS;

		if (qualify) {
			return getString
				("_UI_CreateChild_text2", //$NON-NLS-1$
				 new Object[] { getTypeText(childObject), getFeatureText(childFeature), getTypeText(owner) });
		}
		return super.getCreateChildText(owner, feature, child, selection);
	}

}
