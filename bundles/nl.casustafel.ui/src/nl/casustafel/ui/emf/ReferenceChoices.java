/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.ui.emf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;

import nl.casustafel.core.CasebookLists;
import nl.casustafel.model.Casebook;

/**
 * The objects a reference may point to. For the casebook's directories (organisations,
 * professionals, subjects, cases, life domains, municipalities, meetings…) these are the casebook's
 * own lists, read directly, which stays fast for large casebooks; for anything else the item
 * provider's choice of values. Unresolved proxies are left out; the result is sorted by label.
 */
public final class ReferenceChoices {

	private ReferenceChoices() {
		// static helpers only
	}

	/**
	 * @param owner          the object holding the reference
	 * @param reference      the reference
	 * @param descriptor     the item property descriptor, for the fallback; may be {@code null}
	 * @param adapterFactory labels for sorting
	 * @return the possible values, sorted by label, without {@code null}
	 */
	public static List<EObject> of(EObject owner, EReference reference, IItemPropertyDescriptor descriptor,
			AdapterFactory adapterFactory) {
		EClass type = reference.getEReferenceType();
		List<EObject> result = new ArrayList<>();
		boolean fromCasebook = false;
		if (EcoreUtil.getRootContainer(owner) instanceof Casebook casebook) {
			for (EReference list : casebook.eClass().getEAllContainments()) {
				EClass listType = list.getEReferenceType();
				if (list.isMany() && (type.isSuperTypeOf(listType) || listType.isSuperTypeOf(type))
						&& listType != org.eclipse.emf.ecore.EcorePackage.Literals.EOBJECT) {
					fromCasebook = true;
					@SuppressWarnings("unchecked")
					List<EObject> elements = (List<EObject>) casebook.eGet(list);
					for (EObject element : CasebookLists.resolved(elements)) {
						if (type.isInstance(element)) {
							result.add(element);
						}
					}
				}
			}
		}
		if (!fromCasebook && descriptor != null) {
			Collection<?> choices = descriptor.getChoiceOfValues(owner);
			if (choices != null) {
				for (Object choice : choices) {
					if (choice instanceof EObject eObject && !eObject.eIsProxy()) {
						result.add(eObject);
					}
				}
			}
		}
		result.sort(Comparator.comparing((EObject e) -> ModelLabels.text(adapterFactory, e),
				String.CASE_INSENSITIVE_ORDER));
		return result;
	}
}
