/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import nl.casustafel.core.CasebookException;
import nl.casustafel.core.CasebookService;
import nl.casustafel.core.CasebookServices;
import nl.casustafel.core.CasebookSession;
import nl.casustafel.core.OpenMode;
import nl.casustafel.core.internal.CasebookServiceImpl;
import nl.casustafel.core.internal.Messages;

/**
 * The service: the active session and its listeners, creating casebooks, the OSGi component.
 */
class ServiceTest extends StorageTestSupport {

	@Test
	void activeSessionChangesAreAnnounced() throws Exception {
		Path folder = createBook(5);
		List<String> log = new ArrayList<>();
		service.addActiveSessionListener((previous, current) -> log.add(name(previous) + "->" + name(current)));
		CasebookSession session = open(folder, OpenMode.READ_WRITE);

		service.setActiveSession(session);
		service.setActiveSession(session);
		assertSame(session, service.getActiveSession());
		session.close();

		assertNull(service.getActiveSession(), "closing the active session leaves none active");
		assertEquals(List.of("null->book", "book->null"), log);
		assertThrows(IllegalArgumentException.class, () -> service.setActiveSession(session),
				"a closed session cannot become active");
	}

	@Test
	void sessionOfAnotherServiceCannotBecomeActive() throws Exception {
		Path folder = createBook(5);
		CasebookSession session = track(CasebookServices.newService().open(folder, OpenMode.READ_ONLY));

		assertThrows(IllegalArgumentException.class, () -> service.setActiveSession(session));
	}

	@Test
	void createRefusesAFolderThatIsNotEmpty() throws IOException {
		Path folder = Files.createDirectories(temp.resolve("vol"));
		Files.writeString(folder.resolve("iets.txt"), "x");

		CasebookException failure = assertThrows(CasebookException.class,
				() -> service.create(folder, TestCasebooks.empty()));

		assertEquals(CasebookException.Kind.NOT_EMPTY, failure.getKind());
		assertEquals(List.of("iets.txt"), List.copyOf(snapshot(folder).keySet()));
	}

	@Test
	void createMakesTheFolderAndLocksIt() throws Exception {
		Path folder = temp.resolve("nieuw/map");

		CasebookSession session = track(service.create(folder, TestCasebooks.build(3)));

		assertTrue(Files.isRegularFile(folder.resolve(CasebookService.ROOT_FILE_NAME)));
		assertEquals(CasebookException.Kind.LOCKED,
				assertThrows(CasebookException.class, () -> open(folder, OpenMode.READ_WRITE)).getKind());
		assertEquals(folder.toAbsolutePath().normalize(), session.getFolder());
	}

	@Test
	void deactivationClosesOpenSessions() throws Exception {
		CasebookServiceImpl impl = newService();
		CasebookSession session = impl.open(createBook(5), OpenMode.READ_WRITE);

		impl.deactivate();

		assertTrue(session.isClosed());
	}

	@Test
	void serviceIsAnOsgiComponent() throws Exception {
		Bundle bundle = FrameworkUtil.getBundle(CasebookService.class);
		assumeTrue(bundle != null, "not running in OSGi");
		assertNotNull(bundle.getHeaders().get("Service-Component"));
		if (bundle.getState() != Bundle.ACTIVE) {
			bundle.start(Bundle.START_TRANSIENT);
		}
		BundleContext context = bundle.getBundleContext();
		ServiceTracker<CasebookService, CasebookService> tracker = new ServiceTracker<>(context, CasebookService.class,
				null);
		tracker.open();
		try {
			CasebookService osgiService = tracker.waitForService(10_000);
			assertNotNull(osgiService, "the CasebookService component is registered");
			assertTrue(osgiService instanceof CasebookServiceImpl);
		} finally {
			tracker.close();
		}
	}

	@Test
	void everyMessageIsTranslated() throws IOException {
		Properties english = load("messages.properties");
		Properties dutch = load("messages_nl.properties");

		assertEquals(english.keySet(), dutch.keySet(), "English and Dutch have the same keys");
		for (var field : Messages.class.getFields()) {
			assertTrue(english.containsKey(field.getName()), "no text for " + field.getName());
		}
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Messages.class.getResourceAsStream(name)) {
			assertNotNull(in, name);
			properties.load(in);
		}
		return properties;
	}

	private static String name(CasebookSession session) {
		return session == null ? "null" : session.getFolder().getFileName().toString();
	}
}
