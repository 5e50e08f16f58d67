package nl.casustafel.ui.internal;

import nl.casustafel.ui.CasebookCommands;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * The main menu's skeleton: File, Edit, Window and Help with named groups. The items are commands
 * contributed through {@code org.eclipse.ui.menus} (this bundle's plugin.xml: casebook commands
 * in {@code menu:file?after=casebook}, Undo/Redo in {@code menu:edit?after=undo}, ...), so other
 * bundles contribute the same way, into the groups or {@code additions}. Only About is an action.
 */
public class CasustafelActionBarAdvisor extends ActionBarAdvisor {

	private IWorkbenchAction aboutAction;

	private IContributionItem viewsShortlist;

	/** Id of the Window menu's "Show View" submenu. */
	static final String SHOW_VIEW_MENU_ID = "showView"; //$NON-NLS-1$

	public CasustafelActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void makeActions(IWorkbenchWindow window) {
		// The platform's own labels are English only (no language packs on Maven Central).
		aboutAction = ActionFactory.ABOUT.create(window);
		aboutAction.setText(NLS.bind(Messages.action_about, Messages.application_name));
		register(aboutAction);
		// The views of the perspective's view shortcuts (partner plug-ins add theirs), then "Other...".
		viewsShortlist = ContributionItemFactory.VIEWS_SHORTLIST.create(window);
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		MenuManager fileMenu = new MenuManager(Messages.menu_file, IWorkbenchActionConstants.M_FILE);
		fileMenu.add(new GroupMarker(IWorkbenchActionConstants.FILE_START));
		fileMenu.add(new GroupMarker(CasebookCommands.GROUP_CASEBOOK));
		fileMenu.add(new Separator(CasebookCommands.GROUP_SAVE));
		fileMenu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		fileMenu.add(new Separator(CasebookCommands.GROUP_QUIT));
		fileMenu.add(new GroupMarker(IWorkbenchActionConstants.FILE_END));

		MenuManager editMenu = new MenuManager(Messages.menu_edit, IWorkbenchActionConstants.M_EDIT);
		editMenu.add(new GroupMarker(IWorkbenchActionConstants.EDIT_START));
		editMenu.add(new GroupMarker(CasebookCommands.GROUP_UNDO));
		editMenu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		editMenu.add(new GroupMarker(IWorkbenchActionConstants.EDIT_END));

		MenuManager windowMenu = new MenuManager(Messages.menu_window, IWorkbenchActionConstants.M_WINDOW);
		windowMenu.add(new GroupMarker(IWorkbenchActionConstants.WB_START));
		MenuManager showViewMenu = new MenuManager(Messages.menu_window_showView, SHOW_VIEW_MENU_ID);
		showViewMenu.add(viewsShortlist);
		windowMenu.add(showViewMenu);
		windowMenu.add(new GroupMarker(CasebookCommands.GROUP_PERSPECTIVE));
		windowMenu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		windowMenu.add(new Separator(CasebookCommands.GROUP_PREFERENCES));
		windowMenu.add(new GroupMarker(IWorkbenchActionConstants.WB_END));

		MenuManager helpMenu = new MenuManager(Messages.menu_help, IWorkbenchActionConstants.M_HELP);
		helpMenu.add(new GroupMarker(IWorkbenchActionConstants.HELP_START));
		helpMenu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		helpMenu.add(new Separator());
		helpMenu.add(aboutAction);
		helpMenu.add(new GroupMarker(IWorkbenchActionConstants.HELP_END));

		menuBar.add(fileMenu);
		menuBar.add(editMenu);
		menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		menuBar.add(windowMenu);
		menuBar.add(helpMenu);
	}
}
