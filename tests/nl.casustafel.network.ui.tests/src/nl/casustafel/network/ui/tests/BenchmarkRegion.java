/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network.ui.tests;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;

import nl.casustafel.model.Casebook;
import nl.casustafel.model.CasebookFactory;
import nl.casustafel.model.Organisation;
import nl.casustafel.model.OrganisationLogic;
import nl.casustafel.model.Relation;
import nl.casustafel.model.RelationKind;
import nl.casustafel.model.TensionDimension;

/**
 * A large, seeded (reproducible) regional network for the benchmark: organisations in municipal
 * clusters of 25, most relations within a cluster, some across, with the mix of relation kinds of a
 * real region (cooperation and routes most, tension and absence least).
 */
final class BenchmarkRegion {

	private static final String[] TYPES = { "police", "municipality", "probation", "addiction-care", "mental-health",
			"public-health", "housing", "shelter", "youth-care", "debt-help" };

	private static final OrganisationLogic[] LOGICS = { OrganisationLogic.JUSTICE, OrganisationLogic.MUNICIPALITY,
			OrganisationLogic.JUSTICE, OrganisationLogic.CARE, OrganisationLogic.CARE, OrganisationLogic.CARE,
			OrganisationLogic.OTHER, OrganisationLogic.CARE, OrganisationLogic.CARE, OrganisationLogic.MUNICIPALITY };

	private BenchmarkRegion() {
	}

	/**
	 * @param organisations the number of organisations
	 * @param relations     the number of relations
	 * @return a new casebook, not in a resource
	 */
	static Casebook create(int organisations, int relations) {
		CasebookFactory f = CasebookFactory.eINSTANCE;
		Random random = new Random(2026);
		Casebook casebook = f.createCasebook();
		casebook.setId("casebook-benchmark");
		casebook.setName("Benchmark " + organisations + "/" + relations);
		casebook.setRegion("Benchmark");
		List<Organisation> all = new ArrayList<>();
		for (int i = 0; i < organisations; i++) {
			int type = random.nextInt(TYPES.length);
			Organisation o = f.createOrganisation();
			o.setId(String.format("org-%04d", Integer.valueOf(i)));
			o.setName(TYPES[type] + " " + (i / 25 + 1) + "-" + (i % 25 + 1));
			o.setShortName(TYPES[type].substring(0, Math.min(8, TYPES[type].length())) + " " + i);
			o.setType(TYPES[type]);
			o.setLogic(LOGICS[type]);
			casebook.getOrganisations().add(o);
			all.add(o);
		}
		RelationKind[] kinds = { RelationKind.COOPERATION, RelationKind.COOPERATION, RelationKind.COOPERATION,
				RelationKind.COOPERATION, RelationKind.REFERRAL, RelationKind.REFERRAL, RelationKind.INFORMATION_SHARING,
				RelationKind.INFORMATION_SHARING, RelationKind.FUNDING, RelationKind.MANDATE, RelationKind.ESCALATION,
				RelationKind.HANDOVER, RelationKind.TENSION, RelationKind.MISSING, RelationKind.OTHER };
		for (int i = 0; i < relations; i++) {
			int a = random.nextInt(organisations);
			int b;
			if (random.nextDouble() < 0.85) {
				int cluster = a / 25;
				b = Math.min(organisations - 1, cluster * 25 + random.nextInt(25));
			} else {
				b = random.nextInt(organisations);
			}
			if (a == b) {
				i--;
				continue;
			}
			RelationKind kind = kinds[random.nextInt(kinds.length)];
			Relation r = f.createRelation();
			r.setId(String.format("rel-%05d", Integer.valueOf(i)));
			r.setKind(kind);
			r.setSource(all.get(a));
			r.setTarget(all.get(b));
			r.setLabel(kind.getLiteral().toLowerCase());
			r.setStrength(1 + random.nextInt(3));
			r.setTension(kind == RelationKind.TENSION ? TensionDimension.CULTURE : TensionDimension.NONE);
			LocalDate from = LocalDate.of(2020 + random.nextInt(6), 1 + random.nextInt(12), 1);
			r.setValidFrom(Date.from(from.atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant()));
			casebook.getRelations().add(r);
		}
		return casebook;
	}
}
