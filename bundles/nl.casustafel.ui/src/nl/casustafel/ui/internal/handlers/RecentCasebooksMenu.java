/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.ui.internal.handlers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;

import nl.casustafel.ui.CasebookCommands;
import nl.casustafel.ui.internal.casebook.Messages;
import nl.casustafel.ui.internal.casebook.RecentCasebooks;

/**
 * The items of File &gt; Recent casebooks: one per recently used casebook (at most the number set
 * in the preferences), most recent first, numbered for the keyboard.
 */
public class RecentCasebooksMenu extends CompoundContributionItem {

	/** Creates the contribution (extension point {@code org.eclipse.ui.menus}, element {@code dynamic}). */
	public RecentCasebooksMenu() {
	}

	/**
	 * @param id the contribution id
	 */
	public RecentCasebooksMenu(String id) {
		super(id);
	}

	@Override
	protected IContributionItem[] getContributionItems() {
		List<Path> recent = RecentCasebooks.list();
		if (recent.isEmpty()) {
			Action none = new Action(Messages.recent_none) {
				// a disabled placeholder
			};
			none.setEnabled(false);
			return new IContributionItem[] { new ActionContributionItem(none) };
		}
		List<IContributionItem> items = new ArrayList<>();
		int number = 1;
		for (Path folder : recent) {
			CommandContributionItemParameter parameter = new CommandContributionItemParameter(
					PlatformUI.getWorkbench(), CasebookCommands.OPEN_RECENT_CASEBOOK + '.' + number,
					CasebookCommands.OPEN_RECENT_CASEBOOK, CommandContributionItem.STYLE_PUSH);
			parameter.parameters = Map.of(CasebookCommands.OPEN_RECENT_CASEBOOK_FOLDER, folder.toString());
			parameter.label = label(number, folder);
			parameter.tooltip = folder.toString();
			items.add(new CommandContributionItem(parameter));
			number++;
		}
		return items.toArray(IContributionItem[]::new);
	}

	/**
	 * @param number the position in the list, from 1
	 * @param folder the casebook folder
	 * @return the menu label: number (a mnemonic up to 9), folder name and where it is
	 */
	static String label(int number, Path folder) {
		String name = folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
		String where = folder.getParent() == null ? "" : shortened(folder.getParent()); //$NON-NLS-1$
		String mnemonic = number <= 9 ? "&" + number : Integer.toString(number); //$NON-NLS-1$
		return NLS.bind(Messages.recent_item, new Object[] { mnemonic, name.replace("&", "&&"), //$NON-NLS-1$ //$NON-NLS-2$
				where.replace("&", "&&") }); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String shortened(Path folder) {
		Path home = Path.of(System.getProperty("user.home")); //$NON-NLS-1$
		if (folder.startsWith(home)) {
			Path relative = home.relativize(folder);
			return relative.toString().isEmpty() ? "~" : "~/" + relative; //$NON-NLS-1$ //$NON-NLS-2$
		}
		return folder.toString();
	}
}
