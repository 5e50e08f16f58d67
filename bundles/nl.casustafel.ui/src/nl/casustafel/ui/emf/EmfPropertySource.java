/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.ui.emf;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;

import nl.casustafel.model.CasebookPackage;

/**
 * Shows and edits a model object in the standard Properties view, through its item provider's
 * property descriptors (the equivalent of EMF's {@code PropertySource}). Every change is an EMF
 * command on the object's editing domain ({@link EditCommands#set}), so it can be undone.
 * <p>
 * Privacy: features pointing at protected identity (BSN, address, birth date) are never shown.
 * Referenced objects are shown by name and are not expanded, so the Properties view never walks
 * from a case to its subject's protected data.
 * </p>
 */
public class EmfPropertySource implements IPropertySource {

	private final EObject object;

	private final IItemPropertySource itemPropertySource;

	private final AdapterFactory adapterFactory;

	/**
	 * @param object             the model object
	 * @param itemPropertySource its item property source
	 * @param adapterFactory     the adapter factory, for labels
	 */
	public EmfPropertySource(EObject object, IItemPropertySource itemPropertySource, AdapterFactory adapterFactory) {
		this.object = object;
		this.itemPropertySource = itemPropertySource;
		this.adapterFactory = adapterFactory;
	}

	@Override
	public Object getEditableValue() {
		return object;
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		List<IPropertyDescriptor> result = new ArrayList<>();
		for (IItemPropertyDescriptor descriptor : itemPropertySource.getPropertyDescriptors(object)) {
			if (isShown(descriptor.getFeature(object))) {
				result.add(new Descriptor(descriptor));
			}
		}
		return result.toArray(new IPropertyDescriptor[0]);
	}

	/**
	 * @param feature a feature
	 * @return whether the Properties view shows it: not protected identity, and not the technical
	 *         identifier (which links the casebook's files and must not be changed by hand)
	 */
	public static boolean isShown(Object feature) {
		if (!(feature instanceof EStructuralFeature structural)) {
			return true;
		}
		if (structural instanceof EAttribute attribute && attribute.isID()) {
			return false;
		}
		EClassifier type = structural.getEType();
		return type != CasebookPackage.Literals.PROTECTED_IDENTITY;
	}

	private IItemPropertyDescriptor find(Object id) {
		for (IItemPropertyDescriptor descriptor : itemPropertySource.getPropertyDescriptors(object)) {
			if (Objects.equals(descriptor.getId(object), id)) {
				return descriptor;
			}
		}
		return null;
	}

	@Override
	public Object getPropertyValue(Object id) {
		IItemPropertyDescriptor descriptor = find(id);
		if (descriptor == null || !(descriptor.getFeature(object) instanceof EStructuralFeature feature)
				|| !isShown(feature)) {
			return null;
		}
		// The plain value, wrapped so that the Properties view does not expand referenced objects.
		return new Value(object.eGet(feature));
	}

	@Override
	public boolean isPropertySet(Object id) {
		IItemPropertyDescriptor descriptor = find(id);
		return descriptor != null && descriptor.isPropertySet(object);
	}

	@Override
	public void resetPropertyValue(Object id) {
		// "Restore default value" is not offered: Casustafel values have no meaningful default.
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		IItemPropertyDescriptor descriptor = find(id);
		if (descriptor != null && descriptor.getFeature(object) instanceof EStructuralFeature feature
				&& isShown(feature)) {
			Object plain = value instanceof Value wrapped ? wrapped.value : value;
			EditCommands.set(object, feature, plain);
		}
	}

	/**
	 * A property value as the Properties view sees it: the plain value as its editable value, no
	 * nested properties.
	 */
	private static final class Value implements IPropertySource {

		private static final IPropertyDescriptor[] NO_DESCRIPTORS = new IPropertyDescriptor[0];

		final Object value;

		Value(Object value) {
			this.value = value;
		}

		@Override
		public Object getEditableValue() {
			return value;
		}

		@Override
		public IPropertyDescriptor[] getPropertyDescriptors() {
			return NO_DESCRIPTORS;
		}

		@Override
		public Object getPropertyValue(Object id) {
			return null;
		}

		@Override
		public boolean isPropertySet(Object id) {
			return false;
		}

		@Override
		public void resetPropertyValue(Object id) {
			// nothing to reset
		}

		@Override
		public void setPropertyValue(Object id, Object newValue) {
			// not editable itself
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Value that && Objects.equals(value, that.value);
		}

		@Override
		public int hashCode() {
			return Objects.hashCode(value);
		}
	}

	/** One property: name, category, label of the value and the cell editor. */
	private final class Descriptor implements IPropertyDescriptor {

		private final IItemPropertyDescriptor itemDescriptor;

		Descriptor(IItemPropertyDescriptor itemDescriptor) {
			this.itemDescriptor = itemDescriptor;
		}

		@Override
		public CellEditor createPropertyEditor(Composite parent) {
			if (!itemDescriptor.canSetProperty(object) || !EditingDomains.isEditable(object)
					|| !(itemDescriptor.getFeature(object) instanceof EStructuralFeature feature)) {
				return null;
			}
			return PropertyEditors.create(parent, object, feature, itemDescriptor, adapterFactory, false);
		}

		@Override
		public String getCategory() {
			return itemDescriptor.getCategory(object);
		}

		@Override
		public String getDescription() {
			return itemDescriptor.getDescription(object);
		}

		@Override
		public String getDisplayName() {
			return itemDescriptor.getDisplayName(object);
		}

		@Override
		public String[] getFilterFlags() {
			return itemDescriptor.getFilterFlags(object);
		}

		@Override
		public Object getHelpContextIds() {
			return itemDescriptor.getHelpContextIds(object);
		}

		@Override
		public Object getId() {
			return itemDescriptor.getId(object);
		}

		@Override
		public ILabelProvider getLabelProvider() {
			return new LabelProvider() {
				@Override
				public String getText(Object element) {
					Object plain = element instanceof Value wrapped ? wrapped.value : element;
					Object feature = itemDescriptor.getFeature(object);
					String text = feature instanceof EStructuralFeature structural
							? ModelLabels.value(adapterFactory, structural, plain)
							: ModelLabels.text(adapterFactory, plain);
					int lineEnd = text.indexOf('\n');
					return lineEnd < 0 ? text : text.substring(0, lineEnd) + " \u2026"; //$NON-NLS-1$
				}
			};
		}

		@Override
		public boolean isCompatibleWith(IPropertyDescriptor other) {
			return other instanceof Descriptor that && Objects.equals(getId(), that.getId())
					&& itemDescriptor.getFeature(object) == that.itemDescriptor.getFeature(that.owner());
		}

		private EObject owner() {
			return object;
		}
	}
}
