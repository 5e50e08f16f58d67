/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A partner installs, updates and removes a plug-in in the shipped product without rebuilding it:
 * by copying its jar into (or deleting it from) the product's {@code dropins/} folder and starting
 * Casustafel again (docs/partner-install.md).
 * <p>
 * One product, unpacked from the archive a partner downloads, goes through three starts in order:
 * with the example partner plug-in dropped in, with a newer version of it, and without it. Each
 * start runs the test probe (also from {@code dropins/}), which opens the demo casebook, looks at
 * what the plug-in contributes and closes the workbench.
 * </p>
 */
@TestInstance(Lifecycle.PER_CLASS)
@TestMethodOrder(OrderAnnotation.class)
class DropinsInstallTest {

	private static final String EXAMPLE = ExamplePlugin.SYMBOLIC_NAME;

	/** A fictional partner plug-in that requires a bundle nobody has. */
	private static final String UNMET = "org.example.reclassering.onvolledig";

	private ProductInstallation product;

	private ExamplePlugin example;

	@BeforeAll
	void unpackTheShippedProductAndDropInTheExample() throws IOException {
		example = new ExamplePlugin(Path.of(property("casustafel.example.jar")));
		product = ProductInstallation.unpack(Path.of(property("casustafel.product.archive")),
				Path.of(property("casustafel.work")));
		assertTrue(Files.isDirectory(product.dropins()), "the product ships a dropins/ folder");
		product.drop(Path.of(property("casustafel.probe.jar")));
		product.drop(example.jar());
	}

	@Test
	@Order(1)
	void theExampleDroppedIntoDropinsIsInstalledAndContributesAtTheNextStart() throws Exception {
		Start start = product.start(EXAMPLE);

		assertEquals("ACTIVE", start.value("bundle.state"), start.describe());
		assertTrue(start.value("bundle.location").contains("dropins/"), start.describe());
		assertTrue(start.value("probe.location").contains("dropins/"), start.describe());
		assertEquals("Regio Lindeveld (demo)", start.value("casebook.name"), start.describe());

		// Every extension in the plug-in's plugin.xml is in the running extension registry.
		Map<String, Set<String>> declared = example.contributionsByExtensionPoint();
		assertFalse(declared.isEmpty());
		declared.forEach((point, contributions) -> assertEquals(contributions, start.list("extension." + point),
				"contributions to " + point + "\n" + start.describe()));

		// ... and in Casustafel's registries, which read and validate them.
		assertEquals("", start.value("registry.problems"), start.describe());
		assertTrue(start.list("contributionProblems").stream().noneMatch(p -> p.startsWith(EXAMPLE + '@')),
				"Help > Plug-ins reports nothing about the example\n" + start.describe());
		assertEquals(Set.of("nl.casustafel.examples.probation.toezicht"), start.list("registry.questionSets"));
		assertEquals(example.questionSetIds(), start.list("registry.questionSets"));
		assertEquals(Set.of("reclassering.intervisie-toezicht"), start.list("registry.learningMethods"));
		assertEquals(example.learningMethodKeys(), start.list("registry.learningMethods"));
		assertEquals(Set.of("reclassering-driegesprek"), start.list("registry.meetingTypes"));
		assertEquals(example.attributes("nl.casustafel.network.core.relationTypes", "relationType", "key"),
				start.list("registry.relationTypes"));
		assertEquals(example.vocabularyTerms(), start.list("registry.vocabularyTerms"));

		// Its minutes exporter is a registered OSGi service.
		assertTrue(start.list("services").containsAll(example.serviceInterfaces()), start.describe());
		assertEquals(Set.of("reclassering-csv"), start.list("minutesExporters.meeting"), start.describe());

		// Its case editor sections and views work on a demo case.
		for (String section : example.attributes("nl.casustafel.cases.ui.caseEditorSections", "section", "id")) {
			assertEquals("shown", start.value("section." + section), start.describe());
		}
		for (String view : example.attributes("org.eclipse.ui.views", "view", "id")) {
			assertEquals("false", start.value("view." + view + ".failed"), start.describe());
			assertEquals("true", start.value("view." + view + ".showsCase"), start.describe());
			assertTrue(start.value("view." + view + ".text").contains(start.value("case.number")),
					"the view shows the demo case it follows\n" + start.describe());
		}

		start.assertNoErrorsLogged();
	}

	@Test
	@Order(2)
	void aNewerVersionReplacesTheOldOneAtTheNextStart() throws Exception {
		product.remove(example.jar().getFileName().toString());
		Path newer = product.drop(example.withVersion("0.1.1.v20261124", product.root().getParent()));

		Start start = product.start(EXAMPLE);

		assertEquals("0.1.1.v20261124", start.value("bundle.version"), start.describe());
		assertTrue(start.value("bundle.location").endsWith("dropins/" + newer.getFileName()), start.describe());
		assertEquals(example.questionSetIds(), start.list("registry.questionSets"), start.describe());
		assertEquals(Set.of("reclassering-csv"), start.list("minutesExporters.meeting"), start.describe());
		assertEquals(List.of(newer.getFileName().toString()), product.installedFromDropins(EXAMPLE));
		start.assertNoErrorsLogged();
	}

	@Test
	@Order(3)
	void aPluginDeletedFromDropinsIsUninstalledAtTheNextStart() throws Exception {
		product.removeAll(EXAMPLE);
		// A plug-in whose requirement is missing: p2 leaves it out silently, Casustafel names it.
		Path unmet = product.drop(ExamplePlugin.withUnmetRequirement(UNMET, product.root().getParent()));

		Start start = product.start(EXAMPLE);

		assertEquals(List.of(), product.installedFromDropins(UNMET), "p2 does not install " + unmet.getFileName());
		assertTrue(start.list("contributionProblems").contains(UNMET + "@dropins"),
				"Help > Plug-ins names the jar that was not installed\n" + start.describe());

		assertEquals("absent", start.value("bundle.state"), start.describe());
		for (String registry : List.of("questionSets", "learningMethods", "meetingTypes", "relationTypes",
				"vocabularyTerms")) {
			assertEquals(Set.of(), start.list("registry." + registry), registry + "\n" + start.describe());
		}
		assertEquals(List.of(), product.installedFromDropins(EXAMPLE));
		// The probe is still there: the rest of dropins/ is untouched.
		assertTrue(start.value("probe.location").contains("dropins/"), start.describe());
		start.assertNoErrorsLogged();
	}

	private static String property(String name) {
		String value = System.getProperty(name);
		assertTrue(value != null && !value.isBlank(), "system property " + name + " is set (by the POM)");
		return value;
	}
}
