/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.product.probe.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.eclipse.core.runtime.ContributorFactoryOSGi;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

import nl.casustafel.cases.ui.CaseEditors;
import nl.casustafel.cases.ui.CaseViewPart;
import nl.casustafel.cases.ui.CasesUi;
import nl.casustafel.core.CasebookService;
import nl.casustafel.core.CasebookSession;
import nl.casustafel.core.ContributionProblems;
import nl.casustafel.core.vocabulary.Vocabularies;
import nl.casustafel.learning.core.LearningMethods;
import nl.casustafel.meeting.core.MeetingTypes;
import nl.casustafel.model.Case;
import nl.casustafel.network.style.EdgeTypes;
import nl.casustafel.reflection.core.QuestionSetRegistry;

/**
 * The checks of one probe run. Keys of the report:
 * <ul>
 * <li>{@code casebook.name}, {@code case.id}, {@code case.number}: the demo casebook and the case
 * the UI checks use;</li>
 * <li>{@code bundle.state} ({@code absent} when not installed), {@code bundle.version},
 * {@code bundle.location}; {@code probe.location};</li>
 * <li>{@code extension.<point id>}: {@code element:identity} of each contribution of the plug-in,
 * where identity is its {@code id}, {@code key} or {@code file} attribute;</li>
 * <li>{@code registry.questionSets}, {@code registry.learningMethods},
 * {@code registry.meetingTypes}, {@code registry.relationTypes}, {@code registry.vocabularyTerms}
 * ({@code vocabulary:key}): what Casustafel's registries hold from the plug-in;
 * {@code registry.problems}: what they report about it; {@code contributionProblems}: every problem
 * Help &gt; Plug-ins lists, as {@code plug-in@extension point};</li>
 * <li>{@code services}: the interfaces of the services the plug-in registered;
 * {@code minutesExporters.meeting}, {@code minutesExporters.learning}: their formats (file
 * extensions for learning minutes);</li>
 * <li>{@code section.<id>}: {@code shown}, {@code missing} or {@code failed: ...} for each case
 * editor section, in the case editor on the demo case; {@code view.<id>}: the view's class,
 * {@code view.<id>.showsCase}, {@code view.<id>.failed}, {@code view.<id>.text} (its visible
 * texts) for each view, shown beside that editor;</li>
 * <li>{@code log.errors}: every error logged while the probe ran ({@code plugin: message});</li>
 * <li>{@code error.<check>}: a check that threw.</li>
 * </ul>
 */
final class Inspection {

	private static final String SECTIONS_POINT = CasesUi.PLUGIN_ID + ".caseEditorSections"; //$NON-NLS-1$

	private static final String VIEWS_POINT = "org.eclipse.ui.views"; //$NON-NLS-1$

	private final String symbolicName;

	private final Report report;

	private final BundleContext context = FrameworkUtil.getBundle(Inspection.class).getBundleContext();

	private final List<String> loggedErrors = Collections.synchronizedList(new ArrayList<>());

	Inspection(String symbolicName, Report report) {
		this.symbolicName = symbolicName;
		this.report = report;
	}

	void run() throws InterruptedException {
		ILogListener listener = (IStatus status, String plugin) -> {
			if (status.matches(IStatus.ERROR)) {
				loggedErrors.add(status.getPlugin() + ": " + status.getMessage()); //$NON-NLS-1$
			}
		};
		Platform.addLogListener(listener);
		try {
			CasebookSession session = waitForDemoCasebook();
			report.put("casebook.name", session.getCasebook().getName()); //$NON-NLS-1$
			report.put("probe.location", context.getBundle().getLocation()); //$NON-NLS-1$
			Bundle bundle = findBundle();
			check("registries", this::registries); //$NON-NLS-1$
			if (bundle != null) {
				check("extensions", () -> extensions(bundle)); //$NON-NLS-1$
				check("services", () -> services(bundle)); //$NON-NLS-1$
				check("ui", () -> ui(bundle, session)); //$NON-NLS-1$
				Thread.sleep(1000); // let asynchronous work of the views finish and log
			}
			report.put("bundle.state", bundle == null ? "absent" : state(bundle)); //$NON-NLS-1$ //$NON-NLS-2$
		} finally {
			Platform.removeLogListener(listener);
			report.putAll("log.errors", loggedErrors); //$NON-NLS-1$
		}
	}

	private CasebookSession waitForDemoCasebook() throws InterruptedException {
		long deadline = System.nanoTime() + ProductProbe.PATIENCE.toNanos();
		while (System.nanoTime() < deadline) {
			if (PlatformUI.isWorkbenchRunning() && window() != null) {
				ServiceReference<CasebookService> reference = context.getServiceReference(CasebookService.class);
				CasebookService service = reference == null ? null : context.getService(reference);
				CasebookSession session = service == null ? null : service.getActiveSession();
				if (session != null) {
					return session;
				}
			}
			Thread.sleep(200);
		}
		throw new IllegalStateException("no workbench window with an open casebook after " + ProductProbe.PATIENCE); //$NON-NLS-1$
	}

	private Bundle findBundle() {
		for (Bundle candidate : context.getBundles()) {
			if (Objects.equals(candidate.getSymbolicName(), symbolicName)) {
				report.put("bundle.version", candidate.getVersion()); //$NON-NLS-1$
				report.put("bundle.location", candidate.getLocation()); //$NON-NLS-1$
				return candidate;
			}
		}
		return null;
	}

	private void registries() {
		List<String> problems = new ArrayList<>();
		QuestionSetRegistry questionSets = service(QuestionSetRegistry.class);
		report.putAll("registry.questionSets", questionSets.getSets().stream() //$NON-NLS-1$
				.filter(set -> symbolicName.equals(set.contributor())).map(set -> set.id()).toList());
		questionSets.getProblems().stream().filter(p -> symbolicName.equals(p.contributor()))
				.forEach(p -> problems.add(p.describe()));

		LearningMethods methods = LearningMethods.getDefault();
		report.putAll("registry.learningMethods", methods.methods().stream() //$NON-NLS-1$
				.filter(method -> symbolicName.equals(method.getOrigin())).map(method -> method.getKey()).toList());
		methods.problems().stream().filter(p -> symbolicName.equals(p.contributor()))
				.forEach(p -> problems.add(p.describe()));

		report.putAll("registry.meetingTypes", MeetingTypes.contributed().stream() //$NON-NLS-1$
				.filter(type -> symbolicName.equals(type.contributor())).map(type -> type.key()).toList());

		report.putAll("registry.relationTypes", EdgeTypes.contributed().stream() //$NON-NLS-1$
				.filter(type -> symbolicName.equals(type.contributor())).map(type -> type.key()).toList());
		EdgeTypes.problems().stream().filter(p -> symbolicName.equals(p.contributor()))
				.forEach(p -> problems.add(p.describe()));

		report.putAll("registry.vocabularyTerms", Vocabularies.all().stream() //$NON-NLS-1$
				.flatMap(vocabulary -> vocabulary.terms().stream())
				.filter(term -> symbolicName.equals(term.contributor()))
				.map(term -> term.vocabulary() + ':' + term.key()).toList());
		Vocabularies.problems().stream().filter(p -> symbolicName.equals(p.contributor()))
				.forEach(p -> problems.add(p.describe()));

		report.putAll("registry.problems", problems); //$NON-NLS-1$

		// Everything Help > Plug-ins... lists, as plug-in@extension point (dropins: jars p2 did not install)
		report.putAll("contributionProblems", ContributionProblems.all().stream() //$NON-NLS-1$
				.map(p -> p.contributor() + '@' + p.extensionPoint()).distinct().toList());
	}

	private void extensions(Bundle bundle) {
		Map<String, List<String>> byPoint = new TreeMap<>();
		for (IExtension extension : RegistryFactory.getRegistry()
				.getExtensions(ContributorFactoryOSGi.createContributor(bundle))) {
			List<String> contributions = byPoint.computeIfAbsent(extension.getExtensionPointUniqueIdentifier(),
					point -> new ArrayList<>());
			for (IConfigurationElement element : extension.getConfigurationElements()) {
				contributions.add(element.getName() + ':' + identity(element));
			}
		}
		byPoint.forEach((point, contributions) -> report.putAll("extension." + point, contributions)); //$NON-NLS-1$
	}

	private static String identity(IConfigurationElement element) {
		for (String attribute : new String[] { "id", "key", "file" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			String value = element.getAttribute(attribute);
			if (value != null) {
				return value;
			}
		}
		return ""; //$NON-NLS-1$
	}

	private void services(Bundle bundle) {
		List<String> interfaces = new ArrayList<>();
		ServiceReference<?>[] registered = bundle.getRegisteredServices();
		for (ServiceReference<?> reference : registered == null ? new ServiceReference<?>[0] : registered) {
			for (String name : (String[]) reference.getProperty(Constants.OBJECTCLASS)) {
				interfaces.add(name);
			}
		}
		report.putAll("services", interfaces); //$NON-NLS-1$
		report.putAll("minutesExporters.meeting", formats(bundle, nl.casustafel.meeting.core.spi.MinutesExporter.class, //$NON-NLS-1$
				exporter -> exporter.getFormat()));
		report.putAll("minutesExporters.learning", formats(bundle, //$NON-NLS-1$
				nl.casustafel.learning.core.spi.MinutesExporter.class, exporter -> exporter.fileExtension()));
	}

	private <S> List<String> formats(Bundle bundle, Class<S> type, Function<S, String> format) {
		List<String> formats = new ArrayList<>();
		try {
			for (ServiceReference<S> reference : context.getServiceReferences(type, null)) {
				if (reference.getBundle() == bundle) {
					S exporter = context.getService(reference);
					formats.add(exporter == null ? "unavailable" : format.apply(exporter)); //$NON-NLS-1$
				}
			}
		} catch (org.osgi.framework.InvalidSyntaxException e) {
			throw new IllegalStateException(e); // no filter is given
		}
		return formats;
	}

	/** Opens the case editor on a demo case, then each view of the plug-in beside it. */
	private void ui(Bundle bundle, CasebookSession session) throws Exception {
		List<String> sections = ids(bundle, SECTIONS_POINT, "section"); //$NON-NLS-1$
		List<String> views = ids(bundle, VIEWS_POINT, "view"); //$NON-NLS-1$
		Display display = PlatformUI.getWorkbench().getDisplay();
		AtomicReference<IEditorPart> editor = new AtomicReference<>();
		onUi(display, () -> {
			List<Case> cases = session.getCasebook().getCases();
			if (cases.isEmpty()) {
				throw new IllegalStateException("the demo casebook has no cases"); //$NON-NLS-1$
			}
			Case aCase = cases.get(0);
			report.put("case.id", aCase.getId()); //$NON-NLS-1$
			report.put("case.number", aCase.getCaseNumber()); //$NON-NLS-1$
			editor.set(CaseEditors.open(window().getActivePage(), session, aCase));
		});
		Thread.sleep(500); // the UI thread lays out and paints
		onUi(display, () -> {
			for (String id : sections) {
				report.put("section." + id, section(widget(editor.get()), id)); //$NON-NLS-1$
			}
		});
		for (String id : views) {
			onUi(display, () -> window().getActivePage().showView(id, null, IWorkbenchPage.VIEW_VISIBLE));
			Thread.sleep(500);
			onUi(display, () -> view(id));
		}
	}

	private static String section(Control editorWidget, String id) {
		Control failure = find(editorWidget, "section." + id + ".failure"); //$NON-NLS-1$ //$NON-NLS-2$
		if (failure != null) {
			return "failed: " + texts(failure); //$NON-NLS-1$
		}
		Control frame = find(editorWidget, "section." + id); //$NON-NLS-1$
		return frame != null && frame.isVisible() ? "shown" : "missing"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	private void view(String id) {
		IViewPart part = window().getActivePage().findView(id);
		String key = "view." + id; //$NON-NLS-1$
		if (part == null) {
			report.put(key, "missing"); //$NON-NLS-1$
			return;
		}
		report.put(key, part.getClass().getName());
		Control widget = widget(part);
		report.put(key + ".text", texts(widget)); //$NON-NLS-1$
		if (part instanceof CaseViewPart caseView) {
			Control empty = find(widget, "caseView.empty"); //$NON-NLS-1$
			Control failure = find(widget, "caseView.failure"); //$NON-NLS-1$
			report.put(key + ".failed", caseView.hasFailed()); //$NON-NLS-1$
			report.put(key + ".showsCase", !caseView.hasFailed() && !visible(empty) && !visible(failure)); //$NON-NLS-1$
		}
	}

	private List<String> ids(Bundle bundle, String point, String elementName) {
		List<String> ids = new ArrayList<>();
		for (IConfigurationElement element : RegistryFactory.getRegistry().getConfigurationElementsFor(point)) {
			if (bundle.getSymbolicName().equals(element.getContributor().getName())
					&& elementName.equals(element.getName())) {
				ids.add(element.getAttribute("id")); //$NON-NLS-1$
			}
		}
		return ids;
	}

	private <S> S service(Class<S> type) {
		ServiceReference<S> reference = context.getServiceReference(type);
		S service = reference == null ? null : context.getService(reference);
		if (service == null) {
			throw new IllegalStateException("no service " + type.getName()); //$NON-NLS-1$
		}
		return service;
	}

	private static IWorkbenchWindow window() {
		AtomicReference<IWorkbenchWindow> window = new AtomicReference<>();
		Display display = PlatformUI.getWorkbench().getDisplay();
		display.syncExec(() -> {
			IWorkbenchWindow[] windows = PlatformUI.getWorkbench().getWorkbenchWindows();
			window.set(windows.length == 0 ? null : windows[0]);
		});
		return window.get();
	}

	/** The SWT widget of a part (its e4 model element holds it). */
	private static Control widget(IWorkbenchPart part) {
		MPart model = part.getSite().getService(MPart.class);
		if (model == null || !(model.getWidget() instanceof Control control)) {
			throw new IllegalStateException("no widget for " + part.getSite().getId()); //$NON-NLS-1$
		}
		return control;
	}

	private static Control find(Control control, String widgetKey) {
		if (widgetKey.equals(control.getData(CasesUi.WIDGET_KEY))) {
			return control;
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				Control found = find(child, widgetKey);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static boolean visible(Control control) {
		return control != null && control.isVisible();
	}

	/** The texts of the visible labels and text fields under a control, separated by " | ". */
	private static String texts(Control control) {
		List<String> texts = new ArrayList<>();
		collectTexts(control, texts);
		String joined = String.join(" | ", texts); //$NON-NLS-1$
		return joined.length() > 4000 ? joined.substring(0, 4000) : joined;
	}

	private static void collectTexts(Control control, List<String> texts) {
		if (!control.isVisible()) {
			return;
		}
		String text = control instanceof Label label ? label.getText()
				: control instanceof Text field ? field.getText() : null;
		if (text != null && !text.isBlank()) {
			texts.add(text.strip());
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collectTexts(child, texts);
			}
		}
	}

	private static String state(Bundle bundle) {
		return switch (bundle.getState()) {
		case Bundle.ACTIVE -> "ACTIVE"; //$NON-NLS-1$
		case Bundle.STARTING -> "STARTING"; //$NON-NLS-1$
		case Bundle.RESOLVED -> "RESOLVED"; //$NON-NLS-1$
		case Bundle.INSTALLED -> "INSTALLED"; //$NON-NLS-1$
		default -> String.valueOf(bundle.getState());
		};
	}

	private void check(String name, Check check) {
		try {
			check.run();
		} catch (Throwable e) { // one failed check must not hide the others
			report.failure(name, e);
		}
	}

	private static void onUi(Display display, Check work) throws Exception {
		AtomicReference<Exception> failure = new AtomicReference<>();
		display.syncExec(() -> {
			try {
				work.run();
			} catch (Exception e) {
				failure.set(e);
			}
		});
		if (failure.get() != null) {
			throw failure.get();
		}
	}

	@FunctionalInterface
	private interface Check {
		void run() throws Exception;
	}
}
