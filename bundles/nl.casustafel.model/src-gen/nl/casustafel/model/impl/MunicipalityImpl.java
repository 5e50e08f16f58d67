/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.model.impl;

import nl.casustafel.model.CasebookPackage;
import nl.casustafel.model.Municipality;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Municipality</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.casustafel.model.impl.MunicipalityImpl#getName <em>Name</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.MunicipalityImpl#getPopulation <em>Population</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.MunicipalityImpl#getCentreMunicipality <em>Centre Municipality</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MunicipalityImpl extends IdentifiableImpl implements Municipality {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getPopulation() <em>Population</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPopulation()
	 * @generated
	 * @ordered
	 */
	protected static final int POPULATION_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPopulation() <em>Population</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPopulation()
	 * @generated
	 * @ordered
	 */
	protected int population = POPULATION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCentreMunicipality() <em>Centre Municipality</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCentreMunicipality()
	 * @generated
	 * @ordered
	 */
	protected Municipality centreMunicipality;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MunicipalityImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CasebookPackage.Literals.MUNICIPALITY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.MUNICIPALITY__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPopulation() {
		return population;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPopulation(int newPopulation) {
		int oldPopulation = population;
		population = newPopulation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.MUNICIPALITY__POPULATION, oldPopulation, population));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Municipality getCentreMunicipality() {
		if (centreMunicipality != null && centreMunicipality.eIsProxy()) {
			InternalEObject oldCentreMunicipality = (InternalEObject)centreMunicipality;
			centreMunicipality = (Municipality)eResolveProxy(oldCentreMunicipality);
			if (centreMunicipality != oldCentreMunicipality) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CasebookPackage.MUNICIPALITY__CENTRE_MUNICIPALITY, oldCentreMunicipality, centreMunicipality));
			}
		}
		return centreMunicipality;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Municipality basicGetCentreMunicipality() {
		return centreMunicipality;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCentreMunicipality(Municipality newCentreMunicipality) {
		Municipality oldCentreMunicipality = centreMunicipality;
		centreMunicipality = newCentreMunicipality;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.MUNICIPALITY__CENTRE_MUNICIPALITY, oldCentreMunicipality, centreMunicipality));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CasebookPackage.MUNICIPALITY__NAME:
				return getName();
			case CasebookPackage.MUNICIPALITY__POPULATION:
				return getPopulation();
			case CasebookPackage.MUNICIPALITY__CENTRE_MUNICIPALITY:
				if (resolve) return getCentreMunicipality();
				return basicGetCentreMunicipality();
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
			case CasebookPackage.MUNICIPALITY__NAME:
				setName((String)newValue);
				return;
			case CasebookPackage.MUNICIPALITY__POPULATION:
				setPopulation((Integer)newValue);
				return;
			case CasebookPackage.MUNICIPALITY__CENTRE_MUNICIPALITY:
				setCentreMunicipality((Municipality)newValue);
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
			case CasebookPackage.MUNICIPALITY__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CasebookPackage.MUNICIPALITY__POPULATION:
				setPopulation(POPULATION_EDEFAULT);
				return;
			case CasebookPackage.MUNICIPALITY__CENTRE_MUNICIPALITY:
				setCentreMunicipality((Municipality)null);
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
			case CasebookPackage.MUNICIPALITY__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CasebookPackage.MUNICIPALITY__POPULATION:
				return population != POPULATION_EDEFAULT;
			case CasebookPackage.MUNICIPALITY__CENTRE_MUNICIPALITY:
				return centreMunicipality != null;
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
		result.append(" (name: "); //$NON-NLS-1$
		result.append(name);
		result.append(", population: "); //$NON-NLS-1$
		result.append(population);
		result.append(')');
		return result.toString();
	}

} //MunicipalityImpl
