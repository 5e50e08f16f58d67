/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.reflection.core.internal;

import java.util.IdentityHashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.xml.sax.helpers.DefaultHandler;

import nl.casustafel.reflection.core.QuestionSets.Position;

/**
 * An XMI resource for question-set files that remembers where in the file each object starts, so
 * that problems found after loading (a duplicate id, a missing text) can name the line and column.
 */
public final class QuestionSetResource extends XMIResourceImpl {

	private final Map<EObject, Position> objectPositions = new IdentityHashMap<>();

	/**
	 * @param uri the resource's URI (used in messages only)
	 */
	public QuestionSetResource(URI uri) {
		super(uri);
	}

	/**
	 * @param object an object read from this resource
	 * @return where its element starts (the SAX locator's position at the end of the start tag), or
	 *         {@link Position#UNKNOWN}
	 */
	public Position positionOf(EObject object) {
		return objectPositions.getOrDefault(object, Position.UNKNOWN);
	}

	@Override
	protected XMLLoad createXMLLoad() {
		return new XMILoadImpl(createXMLHelper()) {
			@Override
			protected DefaultHandler makeDefaultHandler() {
				return new SAXXMIHandler(resource, helper, options) {
					@Override
					protected void processObject(EObject object) {
						if (object != null) {
							objectPositions.put(object, new Position(getLineNumber(), getColumnNumber()));
						}
						super.processObject(object);
					}
				};
			}
		};
	}
}
