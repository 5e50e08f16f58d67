/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.core.internal.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.xmi.XMIResource;

import nl.casustafel.core.CasebookProblem.Kind;

/**
 * Looks at the start of a file before EMF reads it: is it there, is it empty, is it XML, which
 * format and model version does its root element declare. This classifies foreign and
 * newer-version files precisely, and keeps EMF from trying to resolve unknown namespaces.
 */
public final class FileProbe {

	private static final int HEAD_SIZE = 16 * 1024;

	private static final int MAX_HEAD_SIZE = 256 * 1024;

	private static final Pattern ATTRIBUTE = Pattern
			.compile("([\\w:.\\-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')"); //$NON-NLS-1$

	private static final String XMI_ROOT = "XMI"; //$NON-NLS-1$

	private static final String XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"; //$NON-NLS-1$

	private static final String XML_NS = "http://www.w3.org/XML/1998/namespace"; //$NON-NLS-1$

	/**
	 * What the probe found.
	 *
	 * @param problem     the problem, or {@code null} when the file looks like a casebook file
	 * @param detail      for {@link Kind#FOREIGN}: the format found ({@code null}: not XML at all);
	 *                    for the version kinds: the version found; otherwise a technical detail
	 * @param rootElement the qualified name of the root element, or {@code null}
	 * @param namespaces  the namespaces declared on the root element (the packages the file uses)
	 */
	public record Result(Kind problem, String detail, String rootElement, Map<String, String> namespaces) {

		/**
		 * @return whether the file may be given to EMF
		 */
		public boolean ok() {
			return problem == null;
		}
	}

	private FileProbe() {
		// static access only
	}

	/**
	 * Probes a file.
	 *
	 * @param file     the file
	 * @param packages the package registry the file will be read with
	 * @return what was found
	 */
	public static Result probe(Path file, EPackage.Registry packages) {
		byte[] head;
		long size;
		try (SeekableByteChannel channel = Files.newByteChannel(file)) {
			size = channel.size();
			if (size == 0) {
				return new Result(Kind.EMPTY, null, null, Map.of());
			}
			head = read(channel, (int) Math.min(size, HEAD_SIZE));
			Result result = scan(head, size, packages);
			if (result == null && size > head.length) {
				head = read(channel.position(0), (int) Math.min(size, MAX_HEAD_SIZE));
				result = scan(head, size, packages);
			}
			return result != null ? result
					: new Result(size > head.length ? Kind.CORRUPT : Kind.TRUNCATED, null, null, Map.of());
		} catch (NoSuchFileException e) {
			return new Result(Kind.MISSING, null, null, Map.of());
		} catch (IOException e) {
			return new Result(Kind.UNREADABLE, e.getMessage(), null, Map.of());
		}
	}

	/**
	 * Tells whether a file that EMF could not read is cut off: it does not end with the end tag of
	 * its root element.
	 *
	 * @param file        the file
	 * @param rootElement the root element's qualified name as found by {@link #probe}
	 * @return {@code true} when the file is cut off
	 */
	public static boolean isTruncated(Path file, String rootElement) {
		try (SeekableByteChannel channel = Files.newByteChannel(file)) {
			long size = channel.size();
			int tailSize = (int) Math.min(size, 512);
			channel.position(size - tailSize);
			String tail = new String(read(channel, tailSize), StandardCharsets.UTF_8).strip();
			if (!tail.endsWith(">")) { //$NON-NLS-1$
				return true;
			}
			if (rootElement == null) {
				return false;
			}
			return !(tail.endsWith("</" + rootElement + ">") || tail.endsWith("/>")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		} catch (IOException e) {
			return false;
		}
	}

	private static byte[] read(SeekableByteChannel channel, int length) throws IOException {
		ByteBuffer buffer = ByteBuffer.allocate(length);
		while (buffer.hasRemaining() && channel.read(buffer) > 0) {
			// keep reading
		}
		byte[] bytes = new byte[buffer.position()];
		buffer.flip();
		buffer.get(bytes);
		return bytes;
	}

	/** @return the result, or {@code null} when the head is too short to decide */
	private static Result scan(byte[] head, long size, EPackage.Registry packages) {
		int start = 0;
		if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
			start = 3;
		}
		for (int i = start; i < Math.min(head.length, 1024); i++) {
			if (head[i] == 0) {
				return new Result(Kind.FOREIGN, null, null, Map.of());
			}
		}
		String text = new String(head, start, head.length - start, StandardCharsets.UTF_8);
		int position = skipWhitespace(text, 0);
		if (position < text.length() && text.charAt(position) != '<') {
			return new Result(Kind.FOREIGN, null, null, Map.of());
		}
		while (position < text.length()) {
			position = skipWhitespace(text, position);
			if (text.startsWith("<?", position)) { //$NON-NLS-1$
				position = skipPast(text, position, "?>"); //$NON-NLS-1$
			} else if (text.startsWith("<!--", position)) { //$NON-NLS-1$
				position = skipPast(text, position, "-->"); //$NON-NLS-1$
			} else if (text.startsWith("<!", position)) { //$NON-NLS-1$
				position = skipPast(text, position, ">"); //$NON-NLS-1$
			} else if (text.startsWith("<", position)) { //$NON-NLS-1$
				int end = endOfTag(text, position);
				if (end < 0) {
					return size > head.length ? null : new Result(Kind.TRUNCATED, null, null, Map.of());
				}
				return examineRoot(text.substring(position + 1, end), packages);
			} else if (position < text.length()) {
				return new Result(Kind.FOREIGN, null, null, Map.of());
			}
		}
		return size > head.length ? null : new Result(Kind.TRUNCATED, null, null, Map.of());
	}

	private static Result examineRoot(String tag, EPackage.Registry packages) {
		int nameEnd = 0;
		while (nameEnd < tag.length() && !Character.isWhitespace(tag.charAt(nameEnd)) && tag.charAt(nameEnd) != '/') {
			nameEnd++;
		}
		String qualifiedName = tag.substring(0, nameEnd);
		Map<String, String> namespaces = new LinkedHashMap<>();
		Matcher matcher = ATTRIBUTE.matcher(tag);
		while (matcher.find()) {
			String name = matcher.group(1);
			String value = matcher.group(2) != null ? matcher.group(2) : matcher.group(3);
			if (name.equals("xmlns")) { //$NON-NLS-1$
				namespaces.put("", value); //$NON-NLS-1$
			} else if (name.startsWith("xmlns:")) { //$NON-NLS-1$
				namespaces.put(name.substring(6), value);
			}
		}
		int colon = qualifiedName.indexOf(':');
		String prefix = colon < 0 ? "" : qualifiedName.substring(0, colon); //$NON-NLS-1$
		String localName = qualifiedName.substring(colon + 1);
		String rootNamespace = namespaces.get(prefix);

		// A model version the file declares anywhere on its root element decides first.
		String current = ModelVersions.currentVersion();
		for (String namespace : namespaces.values()) {
			if (namespace.startsWith(ModelVersions.NS_URI_PREFIX)) {
				String version = namespace.substring(ModelVersions.NS_URI_PREFIX.length());
				if (!ModelVersions.isVersion(version)) {
					return new Result(Kind.FOREIGN, namespace, qualifiedName, namespaces);
				}
				int comparison = ModelVersions.compare(version, current);
				if (comparison > 0) {
					return new Result(Kind.NEWER_VERSION, version, qualifiedName, namespaces);
				}
				if (comparison < 0 && packages.getEPackage(namespace) == null) {
					return new Result(Kind.UNSUPPORTED_VERSION, version, qualifiedName, namespaces);
				}
			}
		}
		boolean xmiWrapper = XMI_ROOT.equals(localName) && XMIResource.XMI_URI.equals(rootNamespace);
		if (!xmiWrapper && (rootNamespace == null || packages.getEPackage(rootNamespace) == null)) {
			return new Result(Kind.FOREIGN, rootNamespace != null ? rootNamespace : qualifiedName, qualifiedName,
					namespaces);
		}
		for (String namespace : namespaces.values()) {
			if (!isWellKnown(namespace) && packages.getEPackage(namespace) == null) {
				return new Result(Kind.FOREIGN, namespace, qualifiedName, namespaces);
			}
		}
		return new Result(null, null, qualifiedName, namespaces);
	}

	private static boolean isWellKnown(String namespace) {
		return XMIResource.XMI_URI.equals(namespace) || XSI_NS.equals(namespace) || XML_NS.equals(namespace)
				|| namespace.startsWith("http://www.omg.org/spec/XMI"); //$NON-NLS-1$
	}

	private static int skipWhitespace(String text, int position) {
		int result = position;
		while (result >= 0 && result < text.length() && Character.isWhitespace(text.charAt(result))) {
			result++;
		}
		return result;
	}

	/** @return the position after {@code end}, or {@link Integer#MAX_VALUE} when it is not there */
	private static int skipPast(String text, int position, String end) {
		int index = text.indexOf(end, position);
		return index < 0 ? Integer.MAX_VALUE : index + end.length();
	}

	/** @return the index of the {@code >} closing the tag starting at {@code position}, or -1 */
	private static int endOfTag(String text, int position) {
		char quote = 0;
		for (int i = position + 1; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quote != 0) {
				if (c == quote) {
					quote = 0;
				}
			} else if (c == '"' || c == '\'') {
				quote = c;
			} else if (c == '>') {
				return i;
			}
		}
		return -1;
	}
}
