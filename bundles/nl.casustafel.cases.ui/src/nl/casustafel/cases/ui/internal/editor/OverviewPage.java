/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.cases.ui.internal.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

import nl.casustafel.cases.ui.CasesUi;
import nl.casustafel.cases.ui.internal.Messages;
import nl.casustafel.model.Case;
import nl.casustafel.model.CasebookPackage;
import nl.casustafel.model.Subject;
import nl.casustafel.ui.emf.EditCommands;
import nl.casustafel.ui.emf.ModelLabels;
import nl.casustafel.ui.emf.ReferenceChoices;
import nl.casustafel.ui.emf.ReferencesDialog;
import nl.casustafel.ui.emf.ValueConverter;
import nl.casustafel.ui.emf.Vocabularies;

/**
 * <i>Overzicht</i>: what the chair shows first — case number and pseudonym (never protected
 * identity), status, phase, complexity, urgency, casusregisseur, judicial frame, tags and linked
 * cases, and beside them the reason, the question to the meeting and the noodscenario.
 */
final class OverviewPage extends CasePage {

	static final String ID = "overview"; //$NON-NLS-1$

	private static final CasebookPackage MODEL = CasebookPackage.eINSTANCE;

	/** Room left of each field for its problem marker. */
	private static final int DECORATION_INDENT = FieldDecorationRegistry.getDefault().getMaximumDecorationWidth() + 2;

	private static final ValueConverter TEXT_LIST = new ValueConverter() {
		@Override
		public String format(Object value) {
			return value instanceof Collection<?> list
					? list.stream().map(String::valueOf).collect(Collectors.joining(", ")) //$NON-NLS-1$
					: ""; //$NON-NLS-1$
		}

		@Override
		public Object parse(String text) {
			return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()) //$NON-NLS-1$
					.collect(Collectors.toCollection(ArrayList::new));
		}
	};

	private final ContributedSections contributed;

	OverviewPage(CaseEditor editor) {
		super(editor, ID, Messages.editor_page_overview);
		contributed = new ContributedSections(editor);
	}

	/**
	 * @return the sections partner plug-ins contribute to this page
	 */
	ContributedSections contributedSections() {
		return contributed;
	}

	private Case aCase() {
		return editor().getCase();
	}

	private Subject subject() {
		Case aCase = aCase();
		Subject subject = aCase == null ? null : aCase.getSubject();
		return subject == null || subject.eIsProxy() ? null : subject;
	}

	@Override
	protected void createContent(Composite body, FormToolkit toolkit) {
		GridLayoutFactory.swtDefaults().numColumns(2).equalWidth(true).margins(16, 12).spacing(24, 16).applyTo(body);

		Composite facts = section(toolkit, body, Messages.editor_section_case, Messages.editor_section_case_description, 2);
		Supplier<Case> theCase = this::aCase;
		text(toolkit, facts, theCase, MODEL.getCase_CaseNumber(), ValueConverter.STRING, "case.caseNumber"); //$NON-NLS-1$
		text(toolkit, facts, this::subject, MODEL.getSubject_Pseudonym(), ValueConverter.STRING, "case.pseudonym"); //$NON-NLS-1$
		choice(toolkit, facts, theCase, MODEL.getCase_Status(), enumChoices(MODEL.getCaseStatus()), false, "case.status"); //$NON-NLS-1$
		choice(toolkit, facts, theCase, MODEL.getCase_Phase(),
				() -> Vocabularies.keys(MODEL.getCase_Phase(), aCase() == null ? null : aCase().getPhase()), true,
				"case.phase"); //$NON-NLS-1$
		text(toolkit, facts, theCase, MODEL.getCase_Complexity(), ValueConverter.integer(true), "case.complexity"); //$NON-NLS-1$
		choice(toolkit, facts, theCase, MODEL.getCase_Urgency(), enumChoices(MODEL.getUrgency()), false, "case.urgency"); //$NON-NLS-1$
		choice(toolkit, facts, theCase, MODEL.getCase_Casusregisseur(), referenceChoices(MODEL.getCase_Casusregisseur()),
				true, "case.casusregisseur"); //$NON-NLS-1$
		text(toolkit, facts, theCase, MODEL.getCase_JudicialFrame(), ValueConverter.STRING, "case.judicialFrame"); //$NON-NLS-1$
		text(toolkit, facts, theCase, MODEL.getCase_Tags(), TEXT_LIST, "case.tags"); //$NON-NLS-1$
		linkedCases(toolkit, facts);

		Composite question = section(toolkit, body, Messages.editor_section_question,
				Messages.editor_section_question_description, 1);
		longText(toolkit, question, theCase, MODEL.getCase_Reason(), "case.reason"); //$NON-NLS-1$
		longText(toolkit, question, theCase, MODEL.getCase_Question(), "case.question"); //$NON-NLS-1$
		longText(toolkit, question, theCase, MODEL.getCase_Noodscenario(), "case.noodscenario"); //$NON-NLS-1$

		contributed.create(toolkit, body);
	}

	@Override
	protected void refreshContent() {
		contributed.showCase();
		if (!contributed.slots().isEmpty() && getManagedForm() != null) {
			getManagedForm().reflow(true); // a contributed section may have grown
		}
	}

	@Override
	public void dispose() {
		contributed.dispose();
		super.dispose();
	}

	private static Composite section(FormToolkit toolkit, Composite parent, String title, String description,
			int columns) {
		Section section = toolkit.createSection(parent, Section.TITLE_BAR | Section.DESCRIPTION);
		section.setText(title);
		section.setDescription(description);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(section);
		Composite client = toolkit.createComposite(section);
		GridLayoutFactory.swtDefaults().numColumns(columns).margins(6, 8).spacing(12, 10).applyTo(client);
		toolkit.paintBordersFor(client);
		section.setClient(client);
		return client;
	}

	private void text(FormToolkit toolkit, Composite parent, Supplier<? extends EObject> owner,
			EStructuralFeature feature, ValueConverter converter, String id) {
		label(toolkit, parent, ModelLabels.feature(feature));
		Text text = toolkit.createText(parent, "", SWT.SINGLE); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).indent(DECORATION_INDENT, 0).applyTo(text);
		field(new TextField(this, text, owner, feature, converter), id);
	}

	private void longText(FormToolkit toolkit, Composite parent, Supplier<? extends EObject> owner,
			EStructuralFeature feature, String id) {
		toolkit.createLabel(parent, ModelLabels.feature(feature));
		Text text = toolkit.createText(parent, "", SWT.MULTI | SWT.WRAP | SWT.V_SCROLL); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, true).hint(300, text.getLineHeight() * 5).indent(DECORATION_INDENT, 0)
				.applyTo(text);
		field(new TextField(this, text, owner, feature, ValueConverter.STRING), id);
	}

	private void choice(FormToolkit toolkit, Composite parent, Supplier<? extends EObject> owner,
			EStructuralFeature feature, Supplier<List<?>> choices, boolean optional, String id) {
		label(toolkit, parent, ModelLabels.feature(feature));
		ComboViewer combo = new ComboViewer(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		toolkit.adapt(combo.getCombo(), true, false);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).indent(DECORATION_INDENT, 0)
				.applyTo(combo.getControl());
		field(new ChoiceField(this, combo, owner, feature, choices, optional), id);
	}

	private static Supplier<List<?>> enumChoices(EEnum eEnum) {
		List<Enumerator> literals = eEnum.getELiterals().stream().map(EEnumLiteral::getInstance).toList();
		return () -> literals;
	}

	private Supplier<List<?>> referenceChoices(EReference reference) {
		return () -> aCase() == null ? List.of()
				: ReferenceChoices.of(aCase(), reference, null, editor().getSession().getAdapterFactory());
	}

	private void linkedCases(FormToolkit toolkit, Composite parent) {
		EReference reference = MODEL.getCase_LinkedCases();
		label(toolkit, parent, ModelLabels.feature(reference));
		Composite row = toolkit.createComposite(parent);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(8, 0).applyTo(row);
		GridDataFactory.fillDefaults().grab(true, false).indent(DECORATION_INDENT, 0).applyTo(row);
		toolkit.paintBordersFor(row);
		Text shown = toolkit.createText(row, "", SWT.SINGLE | SWT.READ_ONLY); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(150, SWT.DEFAULT).applyTo(shown);
		Button change = toolkit.createButton(row, Messages.editor_linkedCases_change, SWT.PUSH);
		change.setData(CasesUi.WIDGET_KEY, "case.linkedCases.change"); //$NON-NLS-1$
		Field field = field(new Field(this, this::aCase, reference) {
			@Override
			Control control() {
				return shown;
			}

			@Override
			void refresh() {
				Case aCase = aCase();
				String linked = aCase == null ? "" : ModelLabels.text(null, aCase.getLinkedCases()); //$NON-NLS-1$
				shown.setText(linked.isEmpty() ? Messages.editor_choice_none : linked);
				change.setEnabled(isEditable());
			}
		}, "case.linkedCases"); //$NON-NLS-1$
		change.addListener(SWT.Selection, event -> {
			Case aCase = aCase();
			if (aCase == null) {
				return;
			}
			List<EObject> choices = new ArrayList<>(ReferenceChoices.of(aCase, reference, null, null));
			choices.remove(aCase);
			LabelProvider labels = new LabelProvider() {
				@Override
				public String getText(Object element) {
					return ModelLabels.text(null, element);
				}
			};
			ReferencesDialog dialog = new ReferencesDialog(change.getShell(), ModelLabels.feature(reference), choices,
					labels, aCase.getLinkedCases());
			if (dialog.open() == Window.OK) {
				EditCommands.set(aCase, reference, dialog.getSelection());
			}
			field.refresh();
		});
	}
}
