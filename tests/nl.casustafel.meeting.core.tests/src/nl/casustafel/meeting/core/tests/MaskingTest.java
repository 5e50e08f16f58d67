/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.EnumSet;
import java.util.Hashtable;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

import nl.casustafel.meeting.core.Audience;
import nl.casustafel.meeting.core.Dates;
import nl.casustafel.meeting.core.Masking;
import nl.casustafel.meeting.core.MaskingContext;
import nl.casustafel.meeting.core.ProjectedItem;
import nl.casustafel.meeting.core.SensitiveField;
import nl.casustafel.meeting.core.Visibility;
import nl.casustafel.meeting.core.spi.MaskingProfile;
import nl.casustafel.model.AgendaItem;
import nl.casustafel.model.Case;
import nl.casustafel.model.ProtectedIdentity;

class MaskingTest {

	@TempDir
	Path folder;

	private Fixture fixture;

	@BeforeEach
	void open() throws Exception {
		fixture = new Fixture(folder);
	}

	@AfterEach
	void close() {
		fixture.close();
	}

	private AgendaItem robinInM1() {
		return fixture.meeting("meeting-M1").getItems().stream()
				.filter(i -> i.getCase() != null && "LV-01".equals(i.getCase().getCaseNumber())
						&& i.getKind() == nl.casustafel.model.AgendaItemKind.CASE)
				.findFirst().orElseThrow();
	}

	static List<String> allText(ProjectedItem p) {
		List<String> texts = new ArrayList<>(List.of(p.heading(), p.kind(), p.reason(), p.question(), p.decision(),
				p.noodscenario(), p.alert()));
		texts.addAll(p.agreements());
		for (ProjectedItem.Section s : p.sections()) {
			texts.add(s.title());
			texts.addAll(s.lines());
		}
		return texts;
	}

	static void assertNoIdentity(List<String> texts, Case aCase) {
		ProtectedIdentity identity = aCase.getSubject().getIdentity();
		String all = String.join("\n", texts);
		assertFalse(all.contains(identity.getBsn()), "BSN on screen");
		assertFalse(all.contains(identity.getAddress()), "address on screen");
		assertFalse(all.contains(identity.getFullName()), "full name on screen");
		assertFalse(all.contains(Dates.formatShort(identity.getBirthDate())), "birth date on screen");
		for (String part : identity.getAddress().split(",")) {
			assertFalse(all.contains(part.strip()), "address part on screen: " + part);
		}
	}

	@Test
	void theProjectorShowsPseudonymAndCaseNumberAndCollapsesHealthAndJustice() {
		AgendaItem item = robinInM1();
		ProjectedItem projected = ProjectedItem.of(item, Audience.PROJECTOR, Set.of(), Fixture.TODAY);
		assertEquals("LV-01 \u00b7 Robin", projected.heading());
		assertTrue(projected.question().startsWith("Wie zet binnen twee weken"));
		ProjectedItem.Section health = projected.sections().stream().filter(s -> s.field() == SensitiveField.HEALTH).findFirst()
				.orElseThrow();
		assertTrue(health.collapsed());
		assertTrue(health.lines().isEmpty(), "collapsed data is not even handed to the view");
		assertTrue(projected.sections().stream().filter(s -> s.field() == SensitiveField.JUSTICE).allMatch(s -> s.collapsed()));
		assertFalse(String.join(" ", allText(projected)).contains("coca\u00efne"), "addiction details stay collapsed");
		assertNoIdentity(allText(projected), item.getCase());

		ProjectedItem revealed = ProjectedItem.of(item, Audience.PROJECTOR, EnumSet.of(SensitiveField.HEALTH), Fixture.TODAY);
		assertTrue(String.join(" ", allText(revealed)).contains("coca\u00efne"), "revealed by the chair");
		assertNoIdentity(allText(revealed), item.getCase());
	}

	@Test
	void identityTypedIntoFreeTextIsRemovedFromTheProjector() {
		AgendaItem item = robinInM1();
		ProtectedIdentity identity = item.getCase().getSubject().getIdentity();
		item.setReason("Robin (" + identity.getFullName() + ", BSN " + identity.getBsn() + ") woont op " + identity.getAddress());
		ProjectedItem projected = ProjectedItem.of(item, Audience.PROJECTOR, EnumSet.allOf(SensitiveField.class), Fixture.TODAY);
		assertNoIdentity(allText(projected), item.getCase());
		assertTrue(projected.reason().startsWith("Robin"), projected.reason());
	}

	@Test
	void aPartnerProfileWithAHigherRankingWinsButCannotShowIdentityOnTheProjector() {
		BundleContext context = FrameworkUtil.getBundle(Masking.class).getBundleContext();
		MaskingProfile strict = new MaskingProfile() {
			@Override
			public boolean isApplicable(MaskingContext c) {
				return c.audience() == Audience.PROJECTOR;
			}

			@Override
			public Visibility visibility(SensitiveField field, MaskingContext c) {
				return field == SensitiveField.IDENTITY ? Visibility.SHOWN : Visibility.HIDDEN;
			}
		};
		Dictionary<String, Object> properties = new Hashtable<>();
		properties.put(Constants.SERVICE_RANKING, Integer.valueOf(100));
		ServiceRegistration<MaskingProfile> registration = context.registerService(MaskingProfile.class, strict, properties);
		try {
			AgendaItem item = robinInM1();
			MaskingContext projector = new MaskingContext(Audience.PROJECTOR, null, item.getCase());
			assertEquals(Visibility.HIDDEN, Masking.visibility(SensitiveField.IDENTITY, projector), "the floor holds");
			assertEquals(Visibility.HIDDEN, Masking.visibility(SensitiveField.PSEUDONYM, projector));
			assertEquals(Visibility.SHOWN, Masking.visibility(SensitiveField.PSEUDONYM,
					new MaskingContext(Audience.CHAIR, null, item.getCase())), "the default profile still decides for the chair");
			ProjectedItem projected = ProjectedItem.of(item, Audience.PROJECTOR, Set.of(), Fixture.TODAY);
			assertEquals("LV-01 \u00b7 R.", projected.heading(), "initials instead of the pseudonym");
			assertTrue(projected.sections().isEmpty());
			assertFalse(String.join(" ", allText(projected)).contains("Robin"), String.join("\n", allText(projected)));
		} finally {
			registration.unregister();
		}
	}
}
