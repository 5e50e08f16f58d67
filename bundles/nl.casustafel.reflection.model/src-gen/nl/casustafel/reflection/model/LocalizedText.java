/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.reflection.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Localized Text</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A text in Dutch and English. Dutch is shown to Dutch users; everyone else sees English; when the wanted language is empty the other one is shown.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.casustafel.reflection.model.LocalizedText#getNl <em>Nl</em>}</li>
 *   <li>{@link nl.casustafel.reflection.model.LocalizedText#getEn <em>En</em>}</li>
 * </ul>
 *
 * @see nl.casustafel.reflection.model.ReflectionPackage#getLocalizedText()
 * @model
 * @generated
 */
public interface LocalizedText extends EObject {
	/**
	 * Returns the value of the '<em><b>Nl</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The Dutch text.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Nl</em>' attribute.
	 * @see #setNl(String)
	 * @see nl.casustafel.reflection.model.ReflectionPackage#getLocalizedText_Nl()
	 * @model
	 * @generated
	 */
	String getNl();

	/**
	 * Sets the value of the '{@link nl.casustafel.reflection.model.LocalizedText#getNl <em>Nl</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Nl</em>' attribute.
	 * @see #getNl()
	 * @generated
	 */
	void setNl(String value);

	/**
	 * Returns the value of the '<em><b>En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The English text.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>En</em>' attribute.
	 * @see #setEn(String)
	 * @see nl.casustafel.reflection.model.ReflectionPackage#getLocalizedText_En()
	 * @model
	 * @generated
	 */
	String getEn();

	/**
	 * Sets the value of the '{@link nl.casustafel.reflection.model.LocalizedText#getEn <em>En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>En</em>' attribute.
	 * @see #getEn()
	 * @generated
	 */
	void setEn(String value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The text for a language: Dutch for "nl", English otherwise, falling back to the other language when empty; never null.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	String text(String language);

} // LocalizedText
