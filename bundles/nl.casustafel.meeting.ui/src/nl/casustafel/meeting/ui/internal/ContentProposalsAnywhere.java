/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jface.fieldassist.ContentProposal;
import org.eclipse.jface.fieldassist.IContentProposal;
import org.eclipse.jface.fieldassist.IContentProposalProvider;

/**
 * Completion for "who": professionals ("Jeroen Visser (Lindestroom)") and organisations whose
 * label contains every typed word, anywhere (so "viss" and "lindestr" both find Jeroen Visser).
 */
final class ContentProposalsAnywhere implements IContentProposalProvider {

	private final Map<String, Object> owners;

	ContentProposalsAnywhere(Map<String, Object> owners) {
		this.owners = owners;
	}

	@Override
	public IContentProposal[] getProposals(String contents, int position) {
		String[] words = contents.substring(0, Math.min(position, contents.length())).toLowerCase(Locale.ROOT).strip().split("\\s+"); //$NON-NLS-1$
		List<IContentProposal> result = new ArrayList<>();
		for (String label : owners.keySet()) {
			String lower = label.toLowerCase(Locale.ROOT);
			boolean all = true;
			for (String word : words) {
				if (!word.isEmpty() && !lower.contains(word)) {
					all = false;
					break;
				}
			}
			if (all) {
				result.add(new ContentProposal(label));
			}
		}
		return result.toArray(new IContentProposal[0]);
	}
}
