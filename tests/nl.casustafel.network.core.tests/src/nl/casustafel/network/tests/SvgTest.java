/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import nl.casustafel.network.NetworkBuilder;
import nl.casustafel.network.NetworkGraph;
import nl.casustafel.network.io.NetworkSvg;
import nl.casustafel.network.layout.LayoutAlgorithm;
import nl.casustafel.network.layout.LayoutResult;
import nl.casustafel.network.layout.NetworkLayout;
import nl.casustafel.network.layout.NodeSizer;

class SvgTest {

	@Test
	void theCaseNetworkBecomesWellFormedSvgWithEveryNodeEdgeAndALegend() throws Exception {
		NetworkGraph network = NetworkBuilder.forCase(Fixtures.caseT01(Fixtures.region()));
		LayoutResult layout = NetworkLayout.layout(network, LayoutAlgorithm.AUTO, NodeSizer.ESTIMATE, Map.of());
		StringWriter out = new StringWriter();
		NetworkSvg.write(network, layout, new NetworkSvg.Options("Casus T-01 <Alex> & co", true, true), out);
		String svg = out.toString();

		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document document = factory.newDocumentBuilder()
				.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
		assertEquals("svg", document.getDocumentElement().getLocalName());
		assertEquals(network.edges().size(), document.getElementsByTagName("polyline").getLength());
		assertTrue(document.getElementById("legend") != null || svg.contains("id=\"legend\""));
		assertTrue(svg.contains("Casus T-01 &lt;Alex&gt; &amp; co"));
		assertTrue(svg.contains("id=\"p-vera\""));
		assertTrue(svg.contains("marker-end"), "directed edges have arrows");
		assertTrue(svg.contains("stroke-dasharray"), "dashed edge types are dashed");

		StringWriter again = new StringWriter();
		NetworkSvg.write(network, layout, new NetworkSvg.Options("Casus T-01 <Alex> & co", true, true), again);
		assertEquals(svg, again.toString(), "deterministic");
	}
}
