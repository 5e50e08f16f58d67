/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.ui.emf;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.widgets.Composite;

/**
 * Chooses the cell editor for a feature of a model object: text, several lines of text, whole
 * numbers, yes/no, enumerations (translated labels), dates (dd-MM-yyyy), a referenced object (drop
 * down of the possible values) or several (a dialog with check boxes). Used by the Properties view
 * and by table columns, so both edit alike.
 */
public final class PropertyEditors {

	/** Names of text features that usually hold more than one line. */
	private static final Set<String> LONG_TEXTS = Set.of("reason", "question", "noodscenario", "description", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"note", "notes", "risks", "intakeRules", "sharingRules", "closureReason", "decisionNote", "answer", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			"response"); //$NON-NLS-1$

	private PropertyEditors() {
		// static helpers only
	}

	/**
	 * @param object     the object
	 * @param feature    one of its features
	 * @param descriptor its item property descriptor, or {@code null}
	 * @return whether the feature's text usually has several lines
	 */
	public static boolean isLongText(EObject object, EStructuralFeature feature, IItemPropertyDescriptor descriptor) {
		if (!(feature instanceof EAttribute attribute) || attribute.getEAttributeType().getInstanceClass() != String.class
				|| feature.isMany()) {
			return false;
		}
		return descriptor != null && descriptor.isMultiLine(object) || LONG_TEXTS.contains(feature.getName());
	}

	/**
	 * Creates a cell editor.
	 *
	 * @param parent         the parent control
	 * @param object         the edited object
	 * @param feature        the edited feature
	 * @param descriptor     its item property descriptor, or {@code null}
	 * @param adapterFactory for labels
	 * @param singleLine     edit long texts in the cell itself instead of a dialog (tables)
	 * @return a cell editor, or {@code null} when the feature cannot be edited this way
	 */
	public static CellEditor create(Composite parent, EObject object, EStructuralFeature feature,
			IItemPropertyDescriptor descriptor, AdapterFactory adapterFactory, boolean singleLine) {
		String name = descriptor != null ? descriptor.getDisplayName(object) : ModelLabels.feature(feature);
		LabelProvider labels = new LabelProvider() {
			@Override
			public String getText(Object element) {
				return ModelLabels.text(adapterFactory, element);
			}
		};
		if (feature instanceof EReference reference) {
			if (reference.isContainment()) {
				return null;
			}
			List<EObject> choices = ReferenceChoices.of(object, reference, descriptor, adapterFactory);
			if (reference.isMany()) {
				return DialogEditors.references(parent, name, choices, labels);
			}
			return new ChoiceCellEditor(parent, choices, labels, !reference.isRequired());
		}
		EDataType type = ((EAttribute) feature).getEAttributeType();
		if (feature.isMany()) {
			return type.getInstanceClass() == String.class ? DialogEditors.textList(parent, name) : null;
		}
		if (type instanceof EEnum eEnum) {
			List<Enumerator> literals = eEnum.getELiterals().stream().map(EEnumLiteral::getInstance).toList();
			return new ChoiceCellEditor(parent, literals, labels, false);
		}
		Class<?> javaType = type.getInstanceClass();
		if (javaType == boolean.class || javaType == Boolean.class) {
			return new ChoiceCellEditor(parent, List.of(Boolean.TRUE, Boolean.FALSE), labels, javaType == Boolean.class);
		}
		if (Vocabularies.hasVocabulary(feature)) {
			LabelProvider vocabularyLabels = new LabelProvider() {
				@Override
				public String getText(Object element) {
					return ModelLabels.value(adapterFactory, feature, element);
				}
			};
			return new ChoiceCellEditor(parent, Vocabularies.keys(feature, object.eGet(feature)), vocabularyLabels,
					true);
		}
		if (!singleLine && isLongText(object, feature, descriptor)) {
			return DialogEditors.multiLineText(parent, name);
		}
		if (!type.isSerializable() && javaType != String.class) {
			return null;
		}
		return new ConvertingTextCellEditor(parent, ValueConverter.of(type));
	}
}
