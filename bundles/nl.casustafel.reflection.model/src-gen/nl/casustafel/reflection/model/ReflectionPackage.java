/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.reflection.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Reflection questions and the reflections (answers, notes) written about a case, an agenda item, a meeting, a learning session or a personal journal. Question sets live in data files outside the casebook (built in, contributed by plugins, or imported); reflections and journals live in the casebook's contributions.
 * <!-- end-model-doc -->
 * @see nl.casustafel.reflection.model.ReflectionFactory
 * @model kind="package"
 * @generated
 */
public interface ReflectionPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model"; //$NON-NLS-1$

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://casustafel.nl/model/reflection/1.0"; //$NON-NLS-1$

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "reflection"; //$NON-NLS-1$

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ReflectionPackage eINSTANCE = nl.casustafel.reflection.model.impl.ReflectionPackageImpl.init();

	/**
	 * The meta object id for the '{@link nl.casustafel.reflection.model.impl.LocalizedTextImpl <em>Localized Text</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.casustafel.reflection.model.impl.LocalizedTextImpl
	 * @see nl.casustafel.reflection.model.impl.ReflectionPackageImpl#getLocalizedText()
	 * @generated
	 */
	int LOCALIZED_TEXT = 0;

	/**
	 * The feature id for the '<em><b>Nl</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCALIZED_TEXT__NL = 0;

	/**
	 * The feature id for the '<em><b>En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCALIZED_TEXT__EN = 1;

	/**
	 * The number of structural features of the '<em>Localized Text</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCALIZED_TEXT_FEATURE_COUNT = 2;

	/**
	 * The operation id for the '<em>Text</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCALIZED_TEXT___TEXT__STRING = 0;

	/**
	 * The number of operations of the '<em>Localized Text</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCALIZED_TEXT_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link nl.casustafel.reflection.model.impl.QuestionSetImpl <em>Question Set</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.casustafel.reflection.model.impl.QuestionSetImpl
	 * @see nl.casustafel.reflection.model.impl.ReflectionPackageImpl#getQuestionSet()
	 * @generated
	 */
	int QUESTION_SET = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTION_SET__ID = 0;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTION_SET__VERSION = 1;

	/**
	 * The feature id for the '<em><b>Publisher</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTION_SET__PUBLISHER = 2;

	/**
	 * The feature id for the '<em><b>Contexts</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTION_SET__CONTEXTS = 3;

	/**
	 * The feature id for the '<em><b>Title</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTION_SET__TITLE = 4;

	/**
	 * The feature id for the '<em><b>Description</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTION_SET__DESCRIPTION = 5;

	/**
	 * The feature id for the '<em><b>Themes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTION_SET__THEMES = 6;

	/**
	 * The number of structural features of the '<em>Question Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTION_SET_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Question Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTION_SET_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link nl.casustafel.reflection.model.impl.ThemeImpl <em>Theme</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.casustafel.reflection.model.impl.ThemeImpl
	 * @see nl.casustafel.reflection.model.impl.ReflectionPackageImpl#getTheme()
	 * @generated
	 */
	int THEME = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEME__ID = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEME__TITLE = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEME__DESCRIPTION = 2;

	/**
	 * The feature id for the '<em><b>Questions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEME__QUESTIONS = 3;

	/**
	 * The number of structural features of the '<em>Theme</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEME_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Theme</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEME_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link nl.casustafel.reflection.model.impl.QuestionImpl <em>Question</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.casustafel.reflection.model.impl.QuestionImpl
	 * @see nl.casustafel.reflection.model.impl.ReflectionPackageImpl#getQuestion()
	 * @generated
	 */
	int QUESTION = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTION__ID = 0;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTION__LEVEL = 1;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTION__TAGS = 2;

	/**
	 * The feature id for the '<em><b>Functions</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTION__FUNCTIONS = 3;

	/**
	 * The feature id for the '<em><b>Text</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTION__TEXT = 4;

	/**
	 * The feature id for the '<em><b>Hint</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTION__HINT = 5;

	/**
	 * The number of structural features of the '<em>Question</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTION_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Question</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link nl.casustafel.reflection.model.impl.ReflectionImpl <em>Reflection</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.casustafel.reflection.model.impl.ReflectionImpl
	 * @see nl.casustafel.reflection.model.impl.ReflectionPackageImpl#getReflection()
	 * @generated
	 */
	int REFLECTION = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFLECTION__ID = 0;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFLECTION__TARGET = 1;

	/**
	 * The feature id for the '<em><b>Question Set Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFLECTION__QUESTION_SET_ID = 2;

	/**
	 * The feature id for the '<em><b>Question Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFLECTION__QUESTION_ID = 3;

	/**
	 * The feature id for the '<em><b>Question Text</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFLECTION__QUESTION_TEXT = 4;

	/**
	 * The feature id for the '<em><b>Answer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFLECTION__ANSWER = 5;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFLECTION__AUTHOR = 6;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFLECTION__DATE = 7;

	/**
	 * The feature id for the '<em><b>Discussed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFLECTION__DISCUSSED = 8;

	/**
	 * The feature id for the '<em><b>Discussed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFLECTION__DISCUSSED_ON = 9;

	/**
	 * The number of structural features of the '<em>Reflection</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFLECTION_FEATURE_COUNT = 10;

	/**
	 * The number of operations of the '<em>Reflection</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFLECTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link nl.casustafel.reflection.model.impl.JournalImpl <em>Journal</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.casustafel.reflection.model.impl.JournalImpl
	 * @see nl.casustafel.reflection.model.impl.ReflectionPackageImpl#getJournal()
	 * @generated
	 */
	int JOURNAL = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNAL__ID = 0;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNAL__OWNER = 1;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNAL__TITLE = 2;

	/**
	 * The number of structural features of the '<em>Journal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNAL_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Journal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNAL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link nl.casustafel.reflection.model.Level <em>Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.casustafel.reflection.model.Level
	 * @see nl.casustafel.reflection.model.impl.ReflectionPackageImpl#getLevel()
	 * @generated
	 */
	int LEVEL = 6;

	/**
	 * The meta object id for the '{@link nl.casustafel.reflection.model.TargetKind <em>Target Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.casustafel.reflection.model.TargetKind
	 * @see nl.casustafel.reflection.model.impl.ReflectionPackageImpl#getTargetKind()
	 * @generated
	 */
	int TARGET_KIND = 7;

	/**
	 * The meta object id for the '{@link nl.casustafel.reflection.model.CaseManagementFunction <em>Case Management Function</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.casustafel.reflection.model.CaseManagementFunction
	 * @see nl.casustafel.reflection.model.impl.ReflectionPackageImpl#getCaseManagementFunction()
	 * @generated
	 */
	int CASE_MANAGEMENT_FUNCTION = 8;


	/**
	 * Returns the meta object for class '{@link nl.casustafel.reflection.model.LocalizedText <em>Localized Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Localized Text</em>'.
	 * @see nl.casustafel.reflection.model.LocalizedText
	 * @generated
	 */
	EClass getLocalizedText();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.reflection.model.LocalizedText#getNl <em>Nl</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Nl</em>'.
	 * @see nl.casustafel.reflection.model.LocalizedText#getNl()
	 * @see #getLocalizedText()
	 * @generated
	 */
	EAttribute getLocalizedText_Nl();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.reflection.model.LocalizedText#getEn <em>En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>En</em>'.
	 * @see nl.casustafel.reflection.model.LocalizedText#getEn()
	 * @see #getLocalizedText()
	 * @generated
	 */
	EAttribute getLocalizedText_En();

	/**
	 * Returns the meta object for the '{@link nl.casustafel.reflection.model.LocalizedText#text(java.lang.String) <em>Text</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Text</em>' operation.
	 * @see nl.casustafel.reflection.model.LocalizedText#text(java.lang.String)
	 * @generated
	 */
	EOperation getLocalizedText__Text__String();

	/**
	 * Returns the meta object for class '{@link nl.casustafel.reflection.model.QuestionSet <em>Question Set</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Question Set</em>'.
	 * @see nl.casustafel.reflection.model.QuestionSet
	 * @generated
	 */
	EClass getQuestionSet();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.reflection.model.QuestionSet#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see nl.casustafel.reflection.model.QuestionSet#getId()
	 * @see #getQuestionSet()
	 * @generated
	 */
	EAttribute getQuestionSet_Id();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.reflection.model.QuestionSet#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see nl.casustafel.reflection.model.QuestionSet#getVersion()
	 * @see #getQuestionSet()
	 * @generated
	 */
	EAttribute getQuestionSet_Version();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.reflection.model.QuestionSet#getPublisher <em>Publisher</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Publisher</em>'.
	 * @see nl.casustafel.reflection.model.QuestionSet#getPublisher()
	 * @see #getQuestionSet()
	 * @generated
	 */
	EAttribute getQuestionSet_Publisher();

	/**
	 * Returns the meta object for the attribute list '{@link nl.casustafel.reflection.model.QuestionSet#getContexts <em>Contexts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Contexts</em>'.
	 * @see nl.casustafel.reflection.model.QuestionSet#getContexts()
	 * @see #getQuestionSet()
	 * @generated
	 */
	EAttribute getQuestionSet_Contexts();

	/**
	 * Returns the meta object for the containment reference '{@link nl.casustafel.reflection.model.QuestionSet#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Title</em>'.
	 * @see nl.casustafel.reflection.model.QuestionSet#getTitle()
	 * @see #getQuestionSet()
	 * @generated
	 */
	EReference getQuestionSet_Title();

	/**
	 * Returns the meta object for the containment reference '{@link nl.casustafel.reflection.model.QuestionSet#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Description</em>'.
	 * @see nl.casustafel.reflection.model.QuestionSet#getDescription()
	 * @see #getQuestionSet()
	 * @generated
	 */
	EReference getQuestionSet_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.casustafel.reflection.model.QuestionSet#getThemes <em>Themes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Themes</em>'.
	 * @see nl.casustafel.reflection.model.QuestionSet#getThemes()
	 * @see #getQuestionSet()
	 * @generated
	 */
	EReference getQuestionSet_Themes();

	/**
	 * Returns the meta object for class '{@link nl.casustafel.reflection.model.Theme <em>Theme</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Theme</em>'.
	 * @see nl.casustafel.reflection.model.Theme
	 * @generated
	 */
	EClass getTheme();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.reflection.model.Theme#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see nl.casustafel.reflection.model.Theme#getId()
	 * @see #getTheme()
	 * @generated
	 */
	EAttribute getTheme_Id();

	/**
	 * Returns the meta object for the containment reference '{@link nl.casustafel.reflection.model.Theme#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Title</em>'.
	 * @see nl.casustafel.reflection.model.Theme#getTitle()
	 * @see #getTheme()
	 * @generated
	 */
	EReference getTheme_Title();

	/**
	 * Returns the meta object for the containment reference '{@link nl.casustafel.reflection.model.Theme#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Description</em>'.
	 * @see nl.casustafel.reflection.model.Theme#getDescription()
	 * @see #getTheme()
	 * @generated
	 */
	EReference getTheme_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.casustafel.reflection.model.Theme#getQuestions <em>Questions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Questions</em>'.
	 * @see nl.casustafel.reflection.model.Theme#getQuestions()
	 * @see #getTheme()
	 * @generated
	 */
	EReference getTheme_Questions();

	/**
	 * Returns the meta object for class '{@link nl.casustafel.reflection.model.Question <em>Question</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Question</em>'.
	 * @see nl.casustafel.reflection.model.Question
	 * @generated
	 */
	EClass getQuestion();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.reflection.model.Question#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see nl.casustafel.reflection.model.Question#getId()
	 * @see #getQuestion()
	 * @generated
	 */
	EAttribute getQuestion_Id();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.reflection.model.Question#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see nl.casustafel.reflection.model.Question#getLevel()
	 * @see #getQuestion()
	 * @generated
	 */
	EAttribute getQuestion_Level();

	/**
	 * Returns the meta object for the attribute list '{@link nl.casustafel.reflection.model.Question#getTags <em>Tags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Tags</em>'.
	 * @see nl.casustafel.reflection.model.Question#getTags()
	 * @see #getQuestion()
	 * @generated
	 */
	EAttribute getQuestion_Tags();

	/**
	 * Returns the meta object for the attribute list '{@link nl.casustafel.reflection.model.Question#getFunctions <em>Functions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Functions</em>'.
	 * @see nl.casustafel.reflection.model.Question#getFunctions()
	 * @see #getQuestion()
	 * @generated
	 */
	EAttribute getQuestion_Functions();

	/**
	 * Returns the meta object for the containment reference '{@link nl.casustafel.reflection.model.Question#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Text</em>'.
	 * @see nl.casustafel.reflection.model.Question#getText()
	 * @see #getQuestion()
	 * @generated
	 */
	EReference getQuestion_Text();

	/**
	 * Returns the meta object for the containment reference '{@link nl.casustafel.reflection.model.Question#getHint <em>Hint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Hint</em>'.
	 * @see nl.casustafel.reflection.model.Question#getHint()
	 * @see #getQuestion()
	 * @generated
	 */
	EReference getQuestion_Hint();

	/**
	 * Returns the meta object for class '{@link nl.casustafel.reflection.model.Reflection <em>Reflection</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Reflection</em>'.
	 * @see nl.casustafel.reflection.model.Reflection
	 * @generated
	 */
	EClass getReflection();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.reflection.model.Reflection#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see nl.casustafel.reflection.model.Reflection#getId()
	 * @see #getReflection()
	 * @generated
	 */
	EAttribute getReflection_Id();

	/**
	 * Returns the meta object for the reference '{@link nl.casustafel.reflection.model.Reflection#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see nl.casustafel.reflection.model.Reflection#getTarget()
	 * @see #getReflection()
	 * @generated
	 */
	EReference getReflection_Target();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.reflection.model.Reflection#getQuestionSetId <em>Question Set Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Question Set Id</em>'.
	 * @see nl.casustafel.reflection.model.Reflection#getQuestionSetId()
	 * @see #getReflection()
	 * @generated
	 */
	EAttribute getReflection_QuestionSetId();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.reflection.model.Reflection#getQuestionId <em>Question Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Question Id</em>'.
	 * @see nl.casustafel.reflection.model.Reflection#getQuestionId()
	 * @see #getReflection()
	 * @generated
	 */
	EAttribute getReflection_QuestionId();

	/**
	 * Returns the meta object for the containment reference '{@link nl.casustafel.reflection.model.Reflection#getQuestionText <em>Question Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Question Text</em>'.
	 * @see nl.casustafel.reflection.model.Reflection#getQuestionText()
	 * @see #getReflection()
	 * @generated
	 */
	EReference getReflection_QuestionText();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.reflection.model.Reflection#getAnswer <em>Answer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Answer</em>'.
	 * @see nl.casustafel.reflection.model.Reflection#getAnswer()
	 * @see #getReflection()
	 * @generated
	 */
	EAttribute getReflection_Answer();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.reflection.model.Reflection#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author</em>'.
	 * @see nl.casustafel.reflection.model.Reflection#getAuthor()
	 * @see #getReflection()
	 * @generated
	 */
	EAttribute getReflection_Author();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.reflection.model.Reflection#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see nl.casustafel.reflection.model.Reflection#getDate()
	 * @see #getReflection()
	 * @generated
	 */
	EAttribute getReflection_Date();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.reflection.model.Reflection#isDiscussed <em>Discussed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Discussed</em>'.
	 * @see nl.casustafel.reflection.model.Reflection#isDiscussed()
	 * @see #getReflection()
	 * @generated
	 */
	EAttribute getReflection_Discussed();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.reflection.model.Reflection#getDiscussedOn <em>Discussed On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Discussed On</em>'.
	 * @see nl.casustafel.reflection.model.Reflection#getDiscussedOn()
	 * @see #getReflection()
	 * @generated
	 */
	EAttribute getReflection_DiscussedOn();

	/**
	 * Returns the meta object for class '{@link nl.casustafel.reflection.model.Journal <em>Journal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Journal</em>'.
	 * @see nl.casustafel.reflection.model.Journal
	 * @generated
	 */
	EClass getJournal();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.reflection.model.Journal#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see nl.casustafel.reflection.model.Journal#getId()
	 * @see #getJournal()
	 * @generated
	 */
	EAttribute getJournal_Id();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.reflection.model.Journal#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner</em>'.
	 * @see nl.casustafel.reflection.model.Journal#getOwner()
	 * @see #getJournal()
	 * @generated
	 */
	EAttribute getJournal_Owner();

	/**
	 * Returns the meta object for the attribute '{@link nl.casustafel.reflection.model.Journal#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see nl.casustafel.reflection.model.Journal#getTitle()
	 * @see #getJournal()
	 * @generated
	 */
	EAttribute getJournal_Title();

	/**
	 * Returns the meta object for enum '{@link nl.casustafel.reflection.model.Level <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Level</em>'.
	 * @see nl.casustafel.reflection.model.Level
	 * @generated
	 */
	EEnum getLevel();

	/**
	 * Returns the meta object for enum '{@link nl.casustafel.reflection.model.TargetKind <em>Target Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Target Kind</em>'.
	 * @see nl.casustafel.reflection.model.TargetKind
	 * @generated
	 */
	EEnum getTargetKind();

	/**
	 * Returns the meta object for enum '{@link nl.casustafel.reflection.model.CaseManagementFunction <em>Case Management Function</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Case Management Function</em>'.
	 * @see nl.casustafel.reflection.model.CaseManagementFunction
	 * @generated
	 */
	EEnum getCaseManagementFunction();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ReflectionFactory getReflectionFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link nl.casustafel.reflection.model.impl.LocalizedTextImpl <em>Localized Text</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.casustafel.reflection.model.impl.LocalizedTextImpl
		 * @see nl.casustafel.reflection.model.impl.ReflectionPackageImpl#getLocalizedText()
		 * @generated
		 */
		EClass LOCALIZED_TEXT = eINSTANCE.getLocalizedText();

		/**
		 * The meta object literal for the '<em><b>Nl</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCALIZED_TEXT__NL = eINSTANCE.getLocalizedText_Nl();

		/**
		 * The meta object literal for the '<em><b>En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCALIZED_TEXT__EN = eINSTANCE.getLocalizedText_En();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation LOCALIZED_TEXT___TEXT__STRING = eINSTANCE.getLocalizedText__Text__String();

		/**
		 * The meta object literal for the '{@link nl.casustafel.reflection.model.impl.QuestionSetImpl <em>Question Set</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.casustafel.reflection.model.impl.QuestionSetImpl
		 * @see nl.casustafel.reflection.model.impl.ReflectionPackageImpl#getQuestionSet()
		 * @generated
		 */
		EClass QUESTION_SET = eINSTANCE.getQuestionSet();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUESTION_SET__ID = eINSTANCE.getQuestionSet_Id();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUESTION_SET__VERSION = eINSTANCE.getQuestionSet_Version();

		/**
		 * The meta object literal for the '<em><b>Publisher</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUESTION_SET__PUBLISHER = eINSTANCE.getQuestionSet_Publisher();

		/**
		 * The meta object literal for the '<em><b>Contexts</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUESTION_SET__CONTEXTS = eINSTANCE.getQuestionSet_Contexts();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference QUESTION_SET__TITLE = eINSTANCE.getQuestionSet_Title();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference QUESTION_SET__DESCRIPTION = eINSTANCE.getQuestionSet_Description();

		/**
		 * The meta object literal for the '<em><b>Themes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference QUESTION_SET__THEMES = eINSTANCE.getQuestionSet_Themes();

		/**
		 * The meta object literal for the '{@link nl.casustafel.reflection.model.impl.ThemeImpl <em>Theme</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.casustafel.reflection.model.impl.ThemeImpl
		 * @see nl.casustafel.reflection.model.impl.ReflectionPackageImpl#getTheme()
		 * @generated
		 */
		EClass THEME = eINSTANCE.getTheme();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute THEME__ID = eINSTANCE.getTheme_Id();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference THEME__TITLE = eINSTANCE.getTheme_Title();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference THEME__DESCRIPTION = eINSTANCE.getTheme_Description();

		/**
		 * The meta object literal for the '<em><b>Questions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference THEME__QUESTIONS = eINSTANCE.getTheme_Questions();

		/**
		 * The meta object literal for the '{@link nl.casustafel.reflection.model.impl.QuestionImpl <em>Question</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.casustafel.reflection.model.impl.QuestionImpl
		 * @see nl.casustafel.reflection.model.impl.ReflectionPackageImpl#getQuestion()
		 * @generated
		 */
		EClass QUESTION = eINSTANCE.getQuestion();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUESTION__ID = eINSTANCE.getQuestion_Id();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUESTION__LEVEL = eINSTANCE.getQuestion_Level();

		/**
		 * The meta object literal for the '<em><b>Tags</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUESTION__TAGS = eINSTANCE.getQuestion_Tags();

		/**
		 * The meta object literal for the '<em><b>Functions</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUESTION__FUNCTIONS = eINSTANCE.getQuestion_Functions();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference QUESTION__TEXT = eINSTANCE.getQuestion_Text();

		/**
		 * The meta object literal for the '<em><b>Hint</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference QUESTION__HINT = eINSTANCE.getQuestion_Hint();

		/**
		 * The meta object literal for the '{@link nl.casustafel.reflection.model.impl.ReflectionImpl <em>Reflection</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.casustafel.reflection.model.impl.ReflectionImpl
		 * @see nl.casustafel.reflection.model.impl.ReflectionPackageImpl#getReflection()
		 * @generated
		 */
		EClass REFLECTION = eINSTANCE.getReflection();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFLECTION__ID = eINSTANCE.getReflection_Id();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REFLECTION__TARGET = eINSTANCE.getReflection_Target();

		/**
		 * The meta object literal for the '<em><b>Question Set Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFLECTION__QUESTION_SET_ID = eINSTANCE.getReflection_QuestionSetId();

		/**
		 * The meta object literal for the '<em><b>Question Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFLECTION__QUESTION_ID = eINSTANCE.getReflection_QuestionId();

		/**
		 * The meta object literal for the '<em><b>Question Text</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REFLECTION__QUESTION_TEXT = eINSTANCE.getReflection_QuestionText();

		/**
		 * The meta object literal for the '<em><b>Answer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFLECTION__ANSWER = eINSTANCE.getReflection_Answer();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFLECTION__AUTHOR = eINSTANCE.getReflection_Author();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFLECTION__DATE = eINSTANCE.getReflection_Date();

		/**
		 * The meta object literal for the '<em><b>Discussed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFLECTION__DISCUSSED = eINSTANCE.getReflection_Discussed();

		/**
		 * The meta object literal for the '<em><b>Discussed On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFLECTION__DISCUSSED_ON = eINSTANCE.getReflection_DiscussedOn();

		/**
		 * The meta object literal for the '{@link nl.casustafel.reflection.model.impl.JournalImpl <em>Journal</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.casustafel.reflection.model.impl.JournalImpl
		 * @see nl.casustafel.reflection.model.impl.ReflectionPackageImpl#getJournal()
		 * @generated
		 */
		EClass JOURNAL = eINSTANCE.getJournal();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOURNAL__ID = eINSTANCE.getJournal_Id();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOURNAL__OWNER = eINSTANCE.getJournal_Owner();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOURNAL__TITLE = eINSTANCE.getJournal_Title();

		/**
		 * The meta object literal for the '{@link nl.casustafel.reflection.model.Level <em>Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.casustafel.reflection.model.Level
		 * @see nl.casustafel.reflection.model.impl.ReflectionPackageImpl#getLevel()
		 * @generated
		 */
		EEnum LEVEL = eINSTANCE.getLevel();

		/**
		 * The meta object literal for the '{@link nl.casustafel.reflection.model.TargetKind <em>Target Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.casustafel.reflection.model.TargetKind
		 * @see nl.casustafel.reflection.model.impl.ReflectionPackageImpl#getTargetKind()
		 * @generated
		 */
		EEnum TARGET_KIND = eINSTANCE.getTargetKind();

		/**
		 * The meta object literal for the '{@link nl.casustafel.reflection.model.CaseManagementFunction <em>Case Management Function</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.casustafel.reflection.model.CaseManagementFunction
		 * @see nl.casustafel.reflection.model.impl.ReflectionPackageImpl#getCaseManagementFunction()
		 * @generated
		 */
		EEnum CASE_MANAGEMENT_FUNCTION = eINSTANCE.getCaseManagementFunction();

	}

} //ReflectionPackage
