/**
 */
package org.quartierwerk.courses.model.internal.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.quartierwerk.courses.model.Akteur;
import org.quartierwerk.courses.model.Kooperationsebene;
import org.quartierwerk.courses.model.KursPackage;
import org.quartierwerk.courses.model.Netzwerkform;
import org.quartierwerk.courses.model.Netzwerkkooperation;
import org.quartierwerk.courses.model.Verbindlichkeit;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Netzwerkkooperation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.quartierwerk.courses.model.internal.impl.NetzwerkkooperationImpl#getVon <em>Von</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.internal.impl.NetzwerkkooperationImpl#getZu <em>Zu</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.internal.impl.NetzwerkkooperationImpl#getForm <em>Form</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.internal.impl.NetzwerkkooperationImpl#getVerbindlichkeit <em>Verbindlichkeit</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.internal.impl.NetzwerkkooperationImpl#getEbenen <em>Ebenen</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.internal.impl.NetzwerkkooperationImpl#getNotiz <em>Notiz</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NetzwerkkooperationImpl extends MinimalEObjectImpl.Container implements Netzwerkkooperation {
	/**
	 * The cached value of the '{@link #getVon() <em>Von</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVon()
	 * @generated
	 * @ordered
	 */
	protected Akteur von;

	/**
	 * The cached value of the '{@link #getZu() <em>Zu</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getZu()
	 * @generated
	 * @ordered
	 */
	protected Akteur zu;

	/**
	 * The default value of the '{@link #getForm() <em>Form</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getForm()
	 * @generated
	 * @ordered
	 */
	protected static final Netzwerkform FORM_EDEFAULT = Netzwerkform.ARBEITSGRUPPE;

	/**
	 * The cached value of the '{@link #getForm() <em>Form</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getForm()
	 * @generated
	 * @ordered
	 */
	protected Netzwerkform form = FORM_EDEFAULT;

	/**
	 * This is true if the Form attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean formESet;

	/**
	 * The default value of the '{@link #getVerbindlichkeit() <em>Verbindlichkeit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerbindlichkeit()
	 * @generated
	 * @ordered
	 */
	protected static final Verbindlichkeit VERBINDLICHKEIT_EDEFAULT = Verbindlichkeit.LOSE;

	/**
	 * The cached value of the '{@link #getVerbindlichkeit() <em>Verbindlichkeit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerbindlichkeit()
	 * @generated
	 * @ordered
	 */
	protected Verbindlichkeit verbindlichkeit = VERBINDLICHKEIT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEbenen() <em>Ebenen</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEbenen()
	 * @generated
	 * @ordered
	 */
	protected EList<Kooperationsebene> ebenen;

	/**
	 * The default value of the '{@link #getNotiz() <em>Notiz</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotiz()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTIZ_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNotiz() <em>Notiz</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotiz()
	 * @generated
	 * @ordered
	 */
	protected String notiz = NOTIZ_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NetzwerkkooperationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KursPackage.Literals.NETZWERKKOOPERATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Akteur getVon() {
		if (von != null && von.eIsProxy()) {
			InternalEObject oldVon = (InternalEObject)von;
			von = (Akteur)eResolveProxy(oldVon);
			if (von != oldVon) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, KursPackage.NETZWERKKOOPERATION__VON, oldVon, von));
			}
		}
		return von;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Akteur basicGetVon() {
		return von;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVon(Akteur newVon) {
		Akteur oldVon = von;
		von = newVon;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KursPackage.NETZWERKKOOPERATION__VON, oldVon, von));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Akteur getZu() {
		if (zu != null && zu.eIsProxy()) {
			InternalEObject oldZu = (InternalEObject)zu;
			zu = (Akteur)eResolveProxy(oldZu);
			if (zu != oldZu) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, KursPackage.NETZWERKKOOPERATION__ZU, oldZu, zu));
			}
		}
		return zu;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Akteur basicGetZu() {
		return zu;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setZu(Akteur newZu) {
		Akteur oldZu = zu;
		zu = newZu;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KursPackage.NETZWERKKOOPERATION__ZU, oldZu, zu));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Netzwerkform getForm() {
		return form;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setForm(Netzwerkform newForm) {
		Netzwerkform oldForm = form;
		form = newForm == null ? FORM_EDEFAULT : newForm;
		boolean oldFormESet = formESet;
		formESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KursPackage.NETZWERKKOOPERATION__FORM, oldForm, form, !oldFormESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetForm() {
		Netzwerkform oldForm = form;
		boolean oldFormESet = formESet;
		form = FORM_EDEFAULT;
		formESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, KursPackage.NETZWERKKOOPERATION__FORM, oldForm, FORM_EDEFAULT, oldFormESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetForm() {
		return formESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Verbindlichkeit getVerbindlichkeit() {
		return verbindlichkeit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVerbindlichkeit(Verbindlichkeit newVerbindlichkeit) {
		Verbindlichkeit oldVerbindlichkeit = verbindlichkeit;
		verbindlichkeit = newVerbindlichkeit == null ? VERBINDLICHKEIT_EDEFAULT : newVerbindlichkeit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KursPackage.NETZWERKKOOPERATION__VERBINDLICHKEIT, oldVerbindlichkeit, verbindlichkeit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Kooperationsebene> getEbenen() {
		if (ebenen == null) {
			ebenen = new EDataTypeUniqueEList<Kooperationsebene>(Kooperationsebene.class, this, KursPackage.NETZWERKKOOPERATION__EBENEN);
		}
		return ebenen;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNotiz() {
		return notiz;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotiz(String newNotiz) {
		String oldNotiz = notiz;
		notiz = newNotiz;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KursPackage.NETZWERKKOOPERATION__NOTIZ, oldNotiz, notiz));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case KursPackage.NETZWERKKOOPERATION__VON:
				if (resolve) return getVon();
				return basicGetVon();
			case KursPackage.NETZWERKKOOPERATION__ZU:
				if (resolve) return getZu();
				return basicGetZu();
			case KursPackage.NETZWERKKOOPERATION__FORM:
				return getForm();
			case KursPackage.NETZWERKKOOPERATION__VERBINDLICHKEIT:
				return getVerbindlichkeit();
			case KursPackage.NETZWERKKOOPERATION__EBENEN:
				return getEbenen();
			case KursPackage.NETZWERKKOOPERATION__NOTIZ:
				return getNotiz();
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
			case KursPackage.NETZWERKKOOPERATION__VON:
				setVon((Akteur)newValue);
				return;
			case KursPackage.NETZWERKKOOPERATION__ZU:
				setZu((Akteur)newValue);
				return;
			case KursPackage.NETZWERKKOOPERATION__FORM:
				setForm((Netzwerkform)newValue);
				return;
			case KursPackage.NETZWERKKOOPERATION__VERBINDLICHKEIT:
				setVerbindlichkeit((Verbindlichkeit)newValue);
				return;
			case KursPackage.NETZWERKKOOPERATION__EBENEN:
				getEbenen().clear();
				getEbenen().addAll((Collection<? extends Kooperationsebene>)newValue);
				return;
			case KursPackage.NETZWERKKOOPERATION__NOTIZ:
				setNotiz((String)newValue);
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
			case KursPackage.NETZWERKKOOPERATION__VON:
				setVon((Akteur)null);
				return;
			case KursPackage.NETZWERKKOOPERATION__ZU:
				setZu((Akteur)null);
				return;
			case KursPackage.NETZWERKKOOPERATION__FORM:
				unsetForm();
				return;
			case KursPackage.NETZWERKKOOPERATION__VERBINDLICHKEIT:
				setVerbindlichkeit(VERBINDLICHKEIT_EDEFAULT);
				return;
			case KursPackage.NETZWERKKOOPERATION__EBENEN:
				getEbenen().clear();
				return;
			case KursPackage.NETZWERKKOOPERATION__NOTIZ:
				setNotiz(NOTIZ_EDEFAULT);
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
			case KursPackage.NETZWERKKOOPERATION__VON:
				return von != null;
			case KursPackage.NETZWERKKOOPERATION__ZU:
				return zu != null;
			case KursPackage.NETZWERKKOOPERATION__FORM:
				return isSetForm();
			case KursPackage.NETZWERKKOOPERATION__VERBINDLICHKEIT:
				return verbindlichkeit != VERBINDLICHKEIT_EDEFAULT;
			case KursPackage.NETZWERKKOOPERATION__EBENEN:
				return ebenen != null && !ebenen.isEmpty();
			case KursPackage.NETZWERKKOOPERATION__NOTIZ:
				return NOTIZ_EDEFAULT == null ? notiz != null : !NOTIZ_EDEFAULT.equals(notiz);
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
		result.append(" (form: ");
		if (formESet) result.append(form); else result.append("<unset>");
		result.append(", verbindlichkeit: ");
		result.append(verbindlichkeit);
		result.append(", ebenen: ");
		result.append(ebenen);
		result.append(", notiz: ");
		result.append(notiz);
		result.append(')');
		return result.toString();
	}

} //NetzwerkkooperationImpl
