/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network.io;

import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

import nl.casustafel.model.Casebook;
import nl.casustafel.model.Organisation;
import nl.casustafel.model.Relation;
import nl.casustafel.network.NetworkEdge;
import nl.casustafel.network.NetworkGraph;
import nl.casustafel.network.NetworkNode;
import nl.casustafel.network.NodeKind;
import nl.casustafel.network.internal.Messages;
import nl.casustafel.network.layout.Box;
import nl.casustafel.network.layout.LayoutResult;
import nl.casustafel.network.style.EdgeType;
import nl.casustafel.network.style.EdgeTypes;
import nl.casustafel.network.style.NodeShape;
import nl.casustafel.network.style.NodeStyle;
import nl.casustafel.network.style.NodeStyles;

/**
 * Networks as GraphML, to move them to and from Gephi and yEd.
 * <p>
 * <b>Export</b> writes every node and edge of a graph with its data as GraphML attributes ({@code label},
 * {@code kind}, the organisation and relation fields of {@link NetworkColumns}); Gephi reads them as
 * columns, with {@code x}, {@code y} and {@code r}, {@code g}, {@code b} for position and colour. It
 * adds yEd's node and edge graphics (shape, colours, line style, labels, geometry), so yEd shows the
 * picture as laid out.
 * </p>
 * <p>
 * <b>Import</b> reads organisations (nodes) and relations (edges). Node ids and the {@code name} (else
 * {@code label}, else yEd's node label) identify organisations, as in {@link NetworkCsv}; nodes of
 * another {@code kind} (persons, professionals, covenants of an exported case network) and their edges
 * are skipped. Edges without a {@code kind} become relations of kind {@code OTHER}; an edge whose
 * {@code kind} is a partner's relation type (see {@link EdgeTypes#isPartnerType(String)}) becomes a
 * relation of kind {@code OTHER} with that key as subtype. Export writes a relation's stored kind and
 * subtype, so a file imports back exactly; its line style is that of the relation's type. Every
 * problem is reported with its line; with any problem nothing is imported.
 * </p>
 */
public final class NetworkGraphMl {

	/** The GraphML namespace. */
	public static final String NAMESPACE = "http://graphml.graphdrawing.org/xmlns"; //$NON-NLS-1$

	private static final String YED = "http://www.yworks.com/xml/graphml"; //$NON-NLS-1$

	private static final String[][] NODE_KEYS = { { "n_label", "label", "string" }, { "n_name", "name", "string" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			{ "n_shortName", "shortName", "string" }, { "n_kind", "kind", "string" }, { "n_logic", "logic", "string" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			{ "n_type", "type", "string" }, { "n_notes", "notes", "string" }, { "n_x", "x", "double" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			{ "n_y", "y", "double" }, { "n_r", "r", "int" }, { "n_g", "g", "int" }, { "n_b", "b", "int" } }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$

	private static final String[][] EDGE_KEYS = { { "e_kind", "kind", "string" }, { "e_label", "label", "string" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			{ "e_subtype", "subtype", "string" }, { "e_validFrom", "validFrom", "string" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			{ "e_validTo", "validTo", "string" }, { "e_strength", "strength", "int" }, { "e_weight", "weight", "double" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			{ "e_tension", "tension", "string" }, { "e_knowledgeSource", "knowledgeSource", "string" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			{ "e_notes", "notes", "string" } }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private NetworkGraphMl() {
		// static access only
	}

	// ---------------------------------------------------------------------------------------------
	// Export

	/**
	 * @param graph  the graph (what the view shows)
	 * @param layout where its nodes are, or {@code null} (no positions, no yEd geometry)
	 * @param out    where to write, as UTF-8 (the caller closes it)
	 * @throws IOException when writing fails
	 */
	public static void write(NetworkGraph graph, LayoutResult layout, Writer out) throws IOException {
		StringBuilder xml = new StringBuilder(4096);
		xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"); //$NON-NLS-1$
		xml.append("<!-- Casustafel network '").append(XmlText.escape(graph.scope())).append("' -->\n"); //$NON-NLS-1$ //$NON-NLS-2$
		xml.append("<graphml xmlns=\"").append(NAMESPACE) //$NON-NLS-1$
				.append("\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:y=\"").append(YED) //$NON-NLS-1$
				.append("\" xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd\">\n"); //$NON-NLS-1$
		for (String[] key : NODE_KEYS) {
			key(xml, key, "node"); //$NON-NLS-1$
		}
		xml.append("  <key id=\"n_graphics\" for=\"node\" yfiles.type=\"nodegraphics\"/>\n"); //$NON-NLS-1$
		for (String[] key : EDGE_KEYS) {
			key(xml, key, "edge"); //$NON-NLS-1$
		}
		xml.append("  <key id=\"e_graphics\" for=\"edge\" yfiles.type=\"edgegraphics\"/>\n"); //$NON-NLS-1$
		xml.append("  <graph id=\"G\" edgedefault=\"directed\">\n"); //$NON-NLS-1$
		for (NetworkNode node : graph.nodes()) {
			writeNode(xml, node, layout == null ? null : layout.node(node.id()));
		}
		for (NetworkEdge edge : graph.edges()) {
			writeEdge(xml, edge);
		}
		xml.append("  </graph>\n</graphml>\n"); //$NON-NLS-1$
		out.write(xml.toString());
	}

	private static void key(StringBuilder xml, String[] key, String owner) {
		xml.append("  <key id=\"").append(key[0]).append("\" for=\"").append(owner).append("\" attr.name=\"") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.append(key[1]).append("\" attr.type=\"").append(key[2]).append("\"/>\n"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static void writeNode(StringBuilder xml, NetworkNode node, Box box) {
		xml.append("    <node id=\"").append(XmlText.escape(node.id())).append("\">\n"); //$NON-NLS-1$ //$NON-NLS-2$
		data(xml, "n_label", node.label()); //$NON-NLS-1$
		data(xml, "n_kind", node.kind().name()); //$NON-NLS-1$
		if (node.element() instanceof Organisation organisation) {
			data(xml, "n_name", organisation.getName()); //$NON-NLS-1$
			data(xml, "n_shortName", organisation.getShortName()); //$NON-NLS-1$
			data(xml, "n_type", organisation.getType()); //$NON-NLS-1$
			data(xml, "n_notes", organisation.getNotes()); //$NON-NLS-1$
		} else {
			data(xml, "n_name", node.detail() == null ? node.label() : node.label() + " (" + node.detail() + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		if (node.logic() != null) {
			data(xml, "n_logic", node.logic().getLiteral()); //$NON-NLS-1$
		}
		NodeStyle style = NodeStyles.of(node);
		if (box != null) {
			data(xml, "n_x", Integer.toString(box.centre().x())); //$NON-NLS-1$
			data(xml, "n_y", Integer.toString(box.centre().y())); //$NON-NLS-1$
		}
		data(xml, "n_r", Integer.toString(style.border() >> 16 & 0xFF)); //$NON-NLS-1$
		data(xml, "n_g", Integer.toString(style.border() >> 8 & 0xFF)); //$NON-NLS-1$
		data(xml, "n_b", Integer.toString(style.border() & 0xFF)); //$NON-NLS-1$
		xml.append("      <data key=\"n_graphics\"><y:ShapeNode>"); //$NON-NLS-1$
		if (box != null) {
			xml.append("<y:Geometry x=\"").append(box.x()).append("\" y=\"").append(box.y()).append("\" width=\"") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					.append(box.width()).append("\" height=\"").append(box.height()).append("\"/>"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		xml.append("<y:Fill color=\"").append(XmlText.color(style.fill())).append("\" transparent=\"false\"/>"); //$NON-NLS-1$ //$NON-NLS-2$
		xml.append("<y:BorderStyle color=\"").append(XmlText.color(style.border())).append("\" type=\"") //$NON-NLS-1$ //$NON-NLS-2$
				.append(style.dashedBorder() ? "dashed" : "line").append("\" width=\"").append(style.borderWidth()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.append(".0\"/>"); //$NON-NLS-1$
		xml.append("<y:NodeLabel>").append(XmlText.escape(node.label())).append("</y:NodeLabel>"); //$NON-NLS-1$ //$NON-NLS-2$
		xml.append("<y:Shape type=\"").append(yedShape(style.shape())).append("\"/>"); //$NON-NLS-1$ //$NON-NLS-2$
		xml.append("</y:ShapeNode></data>\n"); //$NON-NLS-1$
		xml.append("    </node>\n"); //$NON-NLS-1$
	}

	private static void writeEdge(StringBuilder xml, NetworkEdge edge) {
		xml.append("    <edge id=\"").append(XmlText.escape(edge.id())).append("\" source=\"") //$NON-NLS-1$ //$NON-NLS-2$
				.append(XmlText.escape(edge.source().id())).append("\" target=\"").append(XmlText.escape(edge.target().id())) //$NON-NLS-1$
				.append("\">\n"); //$NON-NLS-1$
		// A relation keeps its stored kind (its subtype names a partner's type), so it imports back exactly.
		data(xml, "e_kind", edge.element() instanceof Relation relation ? EdgeTypes.key(relation.getKind()) : edge.type()); //$NON-NLS-1$
		data(xml, "e_label", edge.label()); //$NON-NLS-1$
		if (edge.element() instanceof Relation relation) {
			data(xml, "e_subtype", relation.getSubtype()); //$NON-NLS-1$
			data(xml, "e_tension", relation.getTension() == null ? null : relation.getTension().getLiteral()); //$NON-NLS-1$
			data(xml, "e_knowledgeSource", relation.getKnowledgeSource()); //$NON-NLS-1$
			data(xml, "e_notes", relation.getNotes()); //$NON-NLS-1$
		}
		data(xml, "e_validFrom", Values.format(edge.validFrom())); //$NON-NLS-1$
		data(xml, "e_validTo", Values.format(edge.validTo())); //$NON-NLS-1$
		if (edge.element() instanceof Relation) {
			data(xml, "e_strength", Integer.toString(edge.strength())); //$NON-NLS-1$
		}
		if (edge.strength() > 0) {
			data(xml, "e_weight", Integer.toString(edge.strength())); //$NON-NLS-1$
		}
		EdgeType type = EdgeTypes.get(edge.type());
		int[] dash = type.dash();
		String line = dash == null ? "line" : dash.length > 2 ? "dashed_dotted" : dash[0] <= 3 ? "dotted" : "dashed"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		xml.append("      <data key=\"e_graphics\"><y:PolyLineEdge><y:LineStyle color=\"") //$NON-NLS-1$
				.append(XmlText.color(type.color())).append("\" type=\"").append(line).append("\" width=\"") //$NON-NLS-1$ //$NON-NLS-2$
				.append(type.width()).append(".0\"/><y:Arrows source=\"none\" target=\"") //$NON-NLS-1$
				.append(type.directed() ? "standard" : "none").append("\"/>"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		if (edge.label() != null && !edge.label().isEmpty()) {
			xml.append("<y:EdgeLabel>").append(XmlText.escape(edge.label())).append("</y:EdgeLabel>"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		xml.append("</y:PolyLineEdge></data>\n"); //$NON-NLS-1$
		xml.append("    </edge>\n"); //$NON-NLS-1$
	}

	private static void data(StringBuilder xml, String key, String value) {
		if (value != null && !value.isEmpty()) {
			xml.append("      <data key=\"").append(key).append("\">").append(XmlText.escape(value)).append("</data>\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
	}

	private static String yedShape(NodeShape shape) {
		return switch (shape) {
		case RECTANGLE -> "rectangle"; //$NON-NLS-1$
		case ROUNDED_RECTANGLE -> "roundrectangle"; //$NON-NLS-1$
		case HEXAGON -> "hexagon"; //$NON-NLS-1$
		case ELLIPSE -> "ellipse"; //$NON-NLS-1$
		case DIAMOND -> "diamond"; //$NON-NLS-1$
		};
	}

	// ---------------------------------------------------------------------------------------------
	// Import

	/**
	 * Reads a GraphML file from disk and checks it against a casebook.
	 *
	 * @param domain   the editing domain the import command is for
	 * @param casebook the casebook to import into
	 * @param file     the file
	 * @return the problems, or the command that imports everything
	 * @throws IOException when the file cannot be read
	 */
	public static ImportResult read(EditingDomain domain, Casebook casebook, Path file) throws IOException {
		return read(domain, casebook, file.getFileName().toString(), NetworkCsv.decode(Files.readAllBytes(file)));
	}

	/**
	 * Reads GraphML text and checks it against a casebook.
	 *
	 * @param domain   the editing domain the import command is for
	 * @param casebook the casebook to import into
	 * @param fileName the file name, for problems
	 * @param content  the GraphML
	 * @return the problems, or the command that imports everything
	 */
	public static ImportResult read(EditingDomain domain, Casebook casebook, String fileName, String content) {
		ImportRows rows = new ImportRows();
		try {
			parse(fileName, content, rows);
		} catch (XMLStreamException e) {
			int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNumber());
			rows.problems.add(new ImportProblem(fileName, line, null, NLS.bind(Messages.import_badXml, firstLine(e.getMessage()))));
			rows.organisations.clear();
			rows.relations.clear();
		}
		return ImportCompiler.compile(domain, casebook, rows);
	}

	private static String firstLine(String message) {
		if (message == null) {
			return ""; //$NON-NLS-1$
		}
		String text = message.strip();
		int start = text.lastIndexOf("Message: "); //$NON-NLS-1$
		if (start >= 0) {
			text = text.substring(start + "Message: ".length()); //$NON-NLS-1$
		}
		int newline = text.indexOf('\n');
		return newline < 0 ? text : text.substring(0, newline);
	}

	/** One node or edge as read: its attributes and data by attribute name. */
	private record Element(int line, Map<String, String> attributes, Map<String, String> data) {
	}

	private static void parse(String fileName, String content, ImportRows rows) throws XMLStreamException {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
		factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.TRUE);
		XMLStreamReader reader = factory.createXMLStreamReader(new StringReader(content));
		Map<String, String> keyNames = new HashMap<>();
		Set<String> nodeKeys = new LinkedHashSet<>();
		Set<String> edgeKeys = new LinkedHashSet<>();
		Set<String> graphicsKeys = new HashSet<>();
		List<Element> nodes = new ArrayList<>();
		List<Element> edges = new ArrayList<>();
		boolean graphml = false;
		Element current = null;
		String dataKey = null;
		StringBuilder text = new StringBuilder();
		boolean inYedLabel = false;
		StringBuilder yedLabel = new StringBuilder();
		while (reader.hasNext()) {
			int event = reader.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				String name = reader.getLocalName();
				String namespace = reader.getNamespaceURI();
				if (!graphml) {
					if (!"graphml".equals(name)) { //$NON-NLS-1$
						rows.problems.add(new ImportProblem(fileName, reader.getLocation().getLineNumber(), null,
								Messages.import_notGraphMl));
						return;
					}
					graphml = true;
				} else if ("key".equals(name) && !YED.equals(namespace)) { //$NON-NLS-1$
					String id = reader.getAttributeValue(null, "id"); //$NON-NLS-1$
					String owner = reader.getAttributeValue(null, "for"); //$NON-NLS-1$
					String attrName = reader.getAttributeValue(null, "attr.name"); //$NON-NLS-1$
					if (reader.getAttributeValue(null, "yfiles.type") != null) { //$NON-NLS-1$
						graphicsKeys.add(id);
					} else if (id != null) {
						keyNames.put(id, attrName != null ? attrName : id);
						if ("node".equals(owner) || "all".equals(owner)) { //$NON-NLS-1$ //$NON-NLS-2$
							nodeKeys.add(attrName != null ? attrName : id);
						}
						if ("edge".equals(owner) || "all".equals(owner)) { //$NON-NLS-1$ //$NON-NLS-2$
							edgeKeys.add(attrName != null ? attrName : id);
						}
					}
				} else if (("node".equals(name) || "edge".equals(name)) && !YED.equals(namespace)) { //$NON-NLS-1$ //$NON-NLS-2$
					Map<String, String> attributes = new HashMap<>();
					for (int i = 0; i < reader.getAttributeCount(); i++) {
						attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
					}
					current = new Element(reader.getLocation().getLineNumber(), attributes, new HashMap<>());
					("node".equals(name) ? nodes : edges).add(current); //$NON-NLS-1$
				} else if ("data".equals(name) && current != null) { //$NON-NLS-1$
					dataKey = reader.getAttributeValue(null, "key"); //$NON-NLS-1$
					text.setLength(0);
				} else if (YED.equals(namespace) && "NodeLabel".equals(name) && current != null) { //$NON-NLS-1$
					inYedLabel = true;
					yedLabel.setLength(0);
				}
			} else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
				if (inYedLabel) {
					yedLabel.append(reader.getText());
				} else if (dataKey != null) {
					text.append(reader.getText());
				}
			} else if (event == XMLStreamConstants.END_ELEMENT) {
				String name = reader.getLocalName();
				if (YED.equals(reader.getNamespaceURI()) && "NodeLabel".equals(name)) { //$NON-NLS-1$
					inYedLabel = false;
					if (current != null && !yedLabel.toString().isBlank()) {
						current.data().putIfAbsent("\u0000yedLabel", yedLabel.toString().strip()); //$NON-NLS-1$
					}
				} else if ("data".equals(name) && dataKey != null) { //$NON-NLS-1$
					if (current != null && !graphicsKeys.contains(dataKey)) {
						current.data().put(keyNames.getOrDefault(dataKey, dataKey), text.toString());
					}
					dataKey = null;
				} else if ("node".equals(name) || "edge".equals(name)) { //$NON-NLS-1$ //$NON-NLS-2$
					current = null;
				}
			}
		}
		if (!graphml) {
			rows.problems.add(new ImportProblem(fileName, 0, null, Messages.import_notGraphMl));
			return;
		}
		toRows(fileName, nodes, edges, nodeKeys, edgeKeys, rows);
	}

	private static void toRows(String fileName, List<Element> nodes, List<Element> edges, Set<String> nodeKeys,
			Set<String> edgeKeys, ImportRows rows) {
		Set<String> present = new LinkedHashSet<>();
		present.add(NetworkColumns.ID);
		Map<String, String> nodeColumns = new LinkedHashMap<>();
		nodeColumns.put(NetworkColumns.ID, "id"); //$NON-NLS-1$
		for (String key : nodeKeys) {
			String field = NetworkColumns.field(key, NetworkColumns.ORGANISATION_FIELDS);
			if (field != null) {
				present.add(field);
				nodeColumns.put(field, key);
			}
		}
		Set<String> skippedNodes = new HashSet<>();
		for (Element node : nodes) {
			String id = node.attributes().get("id"); //$NON-NLS-1$
			String kind = node.data().get("kind"); //$NON-NLS-1$
			if (kind != null && !kind.isBlank() && !NodeKind.ORGANISATION.name().equalsIgnoreCase(kind.strip())) {
				skippedNodes.add(id);
				rows.skipped++;
				continue;
			}
			Map<String, String> values = new HashMap<>();
			values.put(NetworkColumns.ID, id);
			for (Map.Entry<String, String> data : node.data().entrySet()) {
				String field = NetworkColumns.field(data.getKey(), NetworkColumns.ORGANISATION_FIELDS);
				if (field != null) {
					values.put(field, data.getValue());
				}
			}
			if (isBlank(values.get(NetworkColumns.NAME))) {
				String label = node.data().get("label"); //$NON-NLS-1$
				if (isBlank(label)) {
					label = node.data().get("\u0000yedLabel"); //$NON-NLS-1$
				}
				values.put(NetworkColumns.NAME, label);
			}
			if (id == null) {
				rows.problems.add(new ImportProblem(fileName, node.line(), "id", //$NON-NLS-1$
						NLS.bind(Messages.import_required, "id"))); //$NON-NLS-1$
				continue;
			}
			rows.organisations.add(new ImportRows.Row(fileName, node.line(), values, present, nodeColumns));
		}
		Set<String> edgePresent = new LinkedHashSet<>(List.of(NetworkColumns.ID, NetworkColumns.SOURCE,
				NetworkColumns.TARGET, NetworkColumns.KIND));
		Map<String, String> edgeColumns = new LinkedHashMap<>();
		edgeColumns.put(NetworkColumns.SOURCE, "source"); //$NON-NLS-1$
		edgeColumns.put(NetworkColumns.TARGET, "target"); //$NON-NLS-1$
		for (String key : edgeKeys) {
			String field = NetworkColumns.field(key, NetworkColumns.RELATION_FIELDS);
			if (field != null) {
				edgePresent.add(field);
				edgeColumns.put(field, key);
			}
		}
		for (Element edge : edges) {
			String source = edge.attributes().get("source"); //$NON-NLS-1$
			String target = edge.attributes().get("target"); //$NON-NLS-1$
			if (skippedNodes.contains(source) || skippedNodes.contains(target)) {
				rows.skipped++;
				continue;
			}
			Map<String, String> values = new HashMap<>();
			for (Map.Entry<String, String> data : edge.data().entrySet()) {
				String field = NetworkColumns.field(data.getKey(), NetworkColumns.RELATION_FIELDS);
				if (field != null) {
					values.put(field, data.getValue());
				}
			}
			String kind = values.get(NetworkColumns.KIND);
			if (!isBlank(kind) && EdgeTypes.relationKind(kind.strip()) == null && Values.kind(kind) == null
					&& EdgeTypes.isRegistered(kind.strip()) && !EdgeTypes.isPartnerType(kind.strip())) {
				// a tie of a case network (involvement, ...): not a relation between organisations
				rows.skipped++;
				continue;
			}
			if (isBlank(kind)) {
				values.put(NetworkColumns.KIND, nl.casustafel.model.RelationKind.OTHER.getLiteral());
			}
			values.put(NetworkColumns.ID, edge.attributes().get("id")); //$NON-NLS-1$
			values.put(NetworkColumns.SOURCE, source);
			values.put(NetworkColumns.TARGET, target);
			rows.relations.add(new ImportRows.Row(fileName, edge.line(), values, edgePresent, edgeColumns));
		}
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}
}
