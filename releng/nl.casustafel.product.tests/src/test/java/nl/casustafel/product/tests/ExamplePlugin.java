/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.product.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What the built example partner plug-in declares, read from its jar: the expectations of the
 * install test come from the plug-in itself, so they follow it when it grows.
 */
final class ExamplePlugin {

	static final String SYMBOLIC_NAME = "nl.casustafel.examples.probation";

	private final Path jar;

	ExamplePlugin(Path jar) throws IOException {
		if (!Files.isRegularFile(jar)) {
			throw new IOException("the example plug-in is not built: " + jar);
		}
		this.jar = jar;
	}

	Path jar() {
		return jar;
	}

	/**
	 * @return per extension point, {@code element:identity} of each contribution, identity being the
	 *         element's {@code id}, {@code key} or {@code file} attribute (as the probe reports them)
	 */
	Map<String, Set<String>> contributionsByExtensionPoint() throws IOException {
		Map<String, Set<String>> byPoint = new TreeMap<>();
		for (Element extension : children(xml("plugin.xml").getDocumentElement(), "extension")) {
			Set<String> contributions = byPoint.computeIfAbsent(extension.getAttribute("point"), p -> new TreeSet<>());
			for (Element element : children(extension, null)) {
				contributions.add(element.getTagName() + ':' + identity(element));
			}
		}
		return byPoint;
	}

	/** @return the values of an attribute of the plug-in's elements of one kind at one extension point */
	Set<String> attributes(String point, String elementName, String attribute) throws IOException {
		Set<String> values = new TreeSet<>();
		for (Element element : elements(point, elementName)) {
			values.add(element.getAttribute(attribute));
		}
		return values;
	}

	/** @return the ids of the question sets, read from the files the plug-in contributes */
	Set<String> questionSetIds() throws IOException {
		return rootAttributeOfFiles("nl.casustafel.reflection.questionSets", "questionSet", "id");
	}

	/** @return the keys of the learning methods, read from the files the plug-in contributes */
	Set<String> learningMethodKeys() throws IOException {
		return rootAttributeOfFiles("nl.casustafel.learning.methods", "method", "key");
	}

	/** @return {@code vocabulary:key} of each vocabulary term the plug-in contributes */
	Set<String> vocabularyTerms() throws IOException {
		Set<String> terms = new TreeSet<>();
		for (Element term : elements("nl.casustafel.core.vocabularies", "term")) {
			terms.add(term.getAttribute("vocabulary") + ':' + term.getAttribute("key"));
		}
		return terms;
	}

	/** @return the interfaces of the services the plug-in's Declarative Services components provide */
	Set<String> serviceInterfaces() throws IOException {
		Set<String> interfaces = new TreeSet<>();
		try (JarFile file = new JarFile(jar.toFile())) {
			String header = file.getManifest().getMainAttributes().getValue("Service-Component");
			if (header == null) {
				return interfaces;
			}
			try (FileSystem zip = FileSystems.newFileSystem(jar)) {
				for (String pattern : header.split(",")) {
					PathMatcher matcher = zip.getPathMatcher("glob:/" + pattern.strip());
					try (Stream<Path> entries = Files.walk(zip.getPath("/"))) {
						for (Path entry : entries.filter(matcher::matches).toList()) {
							try (InputStream in = Files.newInputStream(entry)) {
								NodeList provides = parse(in).getElementsByTagName("provide");
								for (int i = 0; i < provides.getLength(); i++) {
									interfaces.add(((Element) provides.item(i)).getAttribute("interface"));
								}
							}
						}
					}
				}
			}
		}
		return interfaces;
	}

	/**
	 * Writes a copy of the plug-in with another {@code Bundle-Version}, as a partner's next release.
	 *
	 * @return the new jar, named {@code <symbolic name>_<version>.jar}, in the folder
	 */
	Path withVersion(String version, Path folder) throws IOException {
		Path copy = folder.resolve(SYMBOLIC_NAME + '_' + version + ".jar");
		try (JarFile in = new JarFile(jar.toFile());
				OutputStream file = Files.newOutputStream(copy)) {
			Manifest manifest = new Manifest(in.getManifest());
			manifest.getMainAttributes().put(new Attributes.Name("Bundle-Version"), version);
			try (JarOutputStream out = new JarOutputStream(file, manifest)) {
				for (JarEntry entry : in.stream().toList()) {
					if (entry.getName().equalsIgnoreCase(JarFile.MANIFEST_NAME)) {
						continue;
					}
					out.putNextEntry(new JarEntry(entry.getName()));
					try (InputStream content = in.getInputStream(entry)) {
						content.transferTo(out);
					}
					out.closeEntry();
				}
			}
		}
		return copy;
	}

	/**
	 * Writes a plug-in that cannot be installed: it requires a bundle that is not in the product.
	 *
	 * @param symbolicName its symbolic name
	 * @param folder       where to write it
	 * @return the jar, named {@code <symbolicName>_1.0.0.jar}
	 * @throws IOException when it cannot be written
	 */
	static Path withUnmetRequirement(String symbolicName, Path folder) throws IOException {
		Path jar = folder.resolve(symbolicName + "_1.0.0.jar");
		Manifest manifest = new Manifest();
		Attributes main = manifest.getMainAttributes();
		main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
		main.putValue("Bundle-ManifestVersion", "2");
		main.putValue("Bundle-SymbolicName", symbolicName);
		main.putValue("Bundle-Version", "1.0.0");
		main.putValue("Require-Bundle", "org.example.bestaat.niet;bundle-version=\"[1.0.0,2.0.0)\"");
		try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
			out.flush();
		}
		return jar;
	}

	private Set<String> rootAttributeOfFiles(String point, String elementName, String attribute) throws IOException {
		Set<String> values = new TreeSet<>();
		for (Element element : elements(point, elementName)) {
			values.add(xml(element.getAttribute("file")).getDocumentElement().getAttribute(attribute));
		}
		return values;
	}

	private List<Element> elements(String point, String elementName) throws IOException {
		List<Element> elements = new ArrayList<>();
		for (Element extension : children(xml("plugin.xml").getDocumentElement(), "extension")) {
			if (point.equals(extension.getAttribute("point"))) {
				elements.addAll(children(extension, elementName));
			}
		}
		return elements;
	}

	private static String identity(Element element) {
		for (String attribute : new String[] { "id", "key", "file" }) {
			if (element.hasAttribute(attribute)) {
				return element.getAttribute(attribute);
			}
		}
		return "";
	}

	private static List<Element> children(Element parent, String name) {
		List<Element> children = new ArrayList<>();
		for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element && (name == null || name.equals(element.getTagName()))) {
				children.add(element);
			}
		}
		return children;
	}

	private Document xml(String entryName) throws IOException {
		try (JarFile file = new JarFile(jar.toFile())) {
			JarEntry entry = file.getJarEntry(entryName);
			if (entry == null) {
				throw new IOException(jar.getFileName() + " has no " + entryName);
			}
			try (InputStream in = file.getInputStream(entry)) {
				return parse(in);
			}
		}
	}

	private static Document parse(InputStream in) throws IOException {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(false);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			return factory.newDocumentBuilder().parse(in);
		} catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
			throw new IOException(e);
		}
	}
}
