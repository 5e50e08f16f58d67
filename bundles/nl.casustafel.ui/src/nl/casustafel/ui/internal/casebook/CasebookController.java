/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.ui.internal.casebook;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.jface.operation.IRunnableContext;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.ISaveablePart;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

import nl.casustafel.core.CasebookException;
import nl.casustafel.core.CasebookService;
import nl.casustafel.core.CasebookSession;
import nl.casustafel.core.OpenMode;
import nl.casustafel.core.demo.DemoRegion;
import nl.casustafel.ui.internal.casebook.CasebookPrompts.NewCasebook;

/**
 * What the casebook commands do: open, create, save, revert and switch the active casebook, ask
 * before unsaved changes are lost, and tell the user what went wrong. One per workbench
 * ({@link #get()}); the handlers and the workbench advisors call it, tests call it directly with
 * their own {@link CasebookPrompts}.
 * <p>
 * Opening and creating run outside the UI thread with progress in the window's status line (the
 * window stays painted); the session is made active in the UI thread. A casebook the controller
 * opened is closed (releasing its lock) when another one becomes active through it.
 * </p>
 */
public final class CasebookController {

	private static final CasebookController INSTANCE = new CasebookController();

	private volatile CasebookPrompts prompts = new DialogPrompts();

	private final Set<CasebookSession> owned = Collections.newSetFromMap(new IdentityHashMap<>());

	private CasebookSession discardConfirmed;

	private volatile boolean startupDone = true;

	private CasebookController() {
	}

	/**
	 * @return the controller of the workbench
	 */
	public static CasebookController get() {
		return INSTANCE;
	}

	/**
	 * Replaces how the user is asked and told things (tests answer without dialogs).
	 *
	 * @param newPrompts the prompts; {@code null} restores the dialogs
	 * @return the prompts used until now
	 */
	public CasebookPrompts setPrompts(CasebookPrompts newPrompts) {
		CasebookPrompts previous = prompts;
		prompts = newPrompts == null ? new DialogPrompts() : newPrompts;
		return previous;
	}

	/**
	 * @return the casebook service, connected to the {@link ActiveCasebook} tracker
	 * @throws IllegalStateException when the service is not registered (Declarative Services not
	 *                               running)
	 */
	public CasebookService service() {
		CasebookService service = ActiveCasebook.get().service();
		if (service == null) {
			service = CasebookServiceAccess.await();
			if (service == null) {
				throw new IllegalStateException(Messages.error_noService);
			}
			ActiveCasebook.get().connect(service);
		}
		return service;
	}

	/**
	 * @return the active session, or {@code null}
	 */
	public CasebookSession activeSession() {
		CasebookService service = ActiveCasebook.get().service();
		if (service == null) {
			service = CasebookServiceAccess.get();
		}
		CasebookSession session = service == null ? null : service.getActiveSession();
		return session == null || session.isClosed() ? null : session;
	}

	/**
	 * @return how the user is asked and told things
	 */
	public CasebookPrompts prompts() {
		return prompts;
	}

	// --- opening ----------------------------------------------------------------------------------

	/**
	 * Opens the start-up casebook (writing the demo casebook first when it is missing) and makes it
	 * active. Reading happens in a background job, with progress in the status line, so the window
	 * paints and responds meanwhile; the session becomes active in the UI thread when it is read,
	 * unless another casebook was made active in the meantime. Questions (open read-only?) and
	 * problems are shown then.
	 *
	 * @param window  the workbench window
	 * @param startup what to open
	 */
	public void openAtStartup(IWorkbenchWindow window, StartupCasebook startup) {
		Path folder = startup.folder();
		boolean create = startup.demo() && isMissingOrEmpty(folder);
		CasebookService service = service();
		Display display = display(shell(window));
		startupDone = false;
		Job job = Job.create(NLS.bind(create ? Messages.progress_creatingDemo : Messages.progress_opening, folder),
				monitor -> {
					monitor.beginTask(NLS.bind(create ? Messages.progress_creatingDemo : Messages.progress_opening,
							folder), IProgressMonitor.UNKNOWN);
					CasebookSession session = null;
					CasebookException failure = null;
					try {
						session = create ? service.create(folder, DemoRegion.create())
								: service.open(folder, OpenMode.READ_WRITE);
					} catch (CasebookException e) {
						failure = e;
					} catch (RuntimeException e) {
						failure = new CasebookException(CasebookException.Kind.IO_ERROR,
								NLS.bind(Messages.error_unexpected, folder, String.valueOf(e)), folder, e);
					}
					CasebookSession opened = session;
					CasebookException error = failure;
					if (display.isDisposed()) {
						if (opened != null) {
							opened.close();
						}
						return;
					}
					display.asyncExec(() -> finishStartup(window, folder, create, opened, error));
					monitor.done();
				});
		job.setPriority(Job.INTERACTIVE);
		job.schedule();
	}

	private void finishStartup(IWorkbenchWindow window, Path folder, boolean created, CasebookSession session,
			CasebookException failure) {
		try {
			if (session != null) {
				if (activeSession() == null) {
					activate(window, session);
				} else {
					session.close(); // the user (or a test) opened another casebook meanwhile
				}
			} else if (failure != null && activeSession() == null) {
				Shell shell = shell(window);
				if (created) {
					prompts.showError(shell, Messages.error_demo_title, failure.getMessage());
				} else if (failure.getKind() == CasebookException.Kind.LOCKED
						|| failure.getKind() == CasebookException.Kind.READ_ONLY) {
					openReadOnlyAfter(window, folder, failure);
				} else {
					showOpenError(shell, folder, failure);
				}
			}
		} finally {
			startupDone = true;
		}
	}

	/**
	 * @return whether the start-up casebook has been opened (or failed to open) and the questions
	 *         about it have been answered
	 */
	public boolean isStartupDone() {
		return startupDone;
	}

	/**
	 * Asks for a casebook folder and opens it (File &gt; Open casebook).
	 *
	 * @param window the workbench window
	 * @return the opened session, or {@code null}
	 */
	public CasebookSession openChosen(IWorkbenchWindow window) {
		Path folder = prompts.chooseCasebookFolder(shell(window), initialFolder());
		return folder == null ? null : open(window, folder);
	}

	/**
	 * Opens a casebook and makes it active, after asking what to do with unsaved changes of the
	 * active one. When someone else is editing it (or the folder cannot be written) the user may
	 * open it read-only. Problems with single files are listed after the rest opened.
	 *
	 * @param window the workbench window
	 * @param folder the casebook folder
	 * @return the now active session for that folder, or {@code null} when cancelled or failed (the
	 *         active casebook is then unchanged)
	 */
	public CasebookSession open(IWorkbenchWindow window, Path folder) {
		return openFolder(window, folder, true);
	}

	private CasebookSession openFolder(IWorkbenchWindow window, Path requested, boolean confirm) {
		Path folder = requested.toAbsolutePath().normalize();
		Shell shell = shell(window);
		CasebookSession current = activeSession();
		if (current != null && current.getFolder().equals(folder)) {
			RecentCasebooks.add(folder);
			return current;
		}
		if (!Files.isDirectory(folder)) {
			RecentCasebooks.remove(folder);
			prompts.showError(shell, Messages.error_open_title, NLS.bind(Messages.error_folderMissing, folder));
			return null;
		}
		if (confirm && !confirmLeave(shell)) {
			return null;
		}
		CasebookSession opened;
		try {
			opened = run(window, NLS.bind(Messages.progress_opening, folder), folder,
					() -> service().open(folder, OpenMode.READ_WRITE));
		} catch (CasebookException e) {
			if (e.getKind() != CasebookException.Kind.LOCKED && e.getKind() != CasebookException.Kind.READ_ONLY) {
				showOpenError(shell, folder, e);
				return null;
			}
			return openReadOnlyAfter(window, folder, e);
		}
		if (opened != null) {
			activate(window, opened);
		}
		return opened;
	}

	/**
	 * The casebook cannot be opened for editing: offers to open it read-only, and does so.
	 */
	private CasebookSession openReadOnlyAfter(IWorkbenchWindow window, Path folder, CasebookException reason) {
		Shell shell = shell(window);
		if (!prompts.askOpenReadOnly(shell, folder, reason)) {
			return null;
		}
		CasebookSession opened;
		try {
			opened = run(window, NLS.bind(Messages.progress_opening, folder), folder,
					() -> service().open(folder, OpenMode.READ_ONLY));
		} catch (CasebookException failure) {
			showOpenError(shell, folder, failure);
			return null;
		}
		if (opened != null) {
			activate(window, opened);
		}
		return opened;
	}

	private void showOpenError(Shell shell, Path folder, CasebookException e) {
		String message = e.getMessage();
		if (e.getKind() == CasebookException.Kind.NOT_A_CASEBOOK) {
			message = NLS.bind(Messages.error_notACasebook, folder, message);
		}
		prompts.showError(shell, Messages.error_open_title, message);
	}

	/**
	 * Asks for a name and an empty folder, creates an empty casebook with the default vocabulary
	 * there and makes it active (File &gt; New casebook).
	 *
	 * @param window the workbench window
	 * @return the new session, or {@code null}
	 */
	public CasebookSession createNew(IWorkbenchWindow window) {
		Shell shell = shell(window);
		NewCasebook request = prompts.askNewCasebook(shell, RecentCasebooks.defaultFolder());
		if (request == null || !confirmLeave(shell)) {
			return null;
		}
		return create(window, request);
	}

	/**
	 * Creates an empty casebook and makes it active (no questions asked).
	 *
	 * @param window  the workbench window
	 * @param request name and folder
	 * @return the new session, or {@code null} when it failed (the user was told)
	 */
	public CasebookSession create(IWorkbenchWindow window, NewCasebook request) {
		CasebookSession created;
		try {
			created = run(window, NLS.bind(Messages.progress_creating, request.folder()), request.folder(),
					() -> service().create(request.folder(), NewCasebookContent.create(request.name())));
		} catch (CasebookException e) {
			prompts.showError(shell(window), Messages.error_new_title, e.getMessage());
			return null;
		}
		if (created != null) {
			activate(window, created);
		}
		return created;
	}

	private void activate(IWorkbenchWindow window, CasebookSession session) {
		CasebookService service = service();
		CasebookSession previous = service.getActiveSession();
		synchronized (owned) {
			owned.add(session);
		}
		service.setActiveSession(session);
		if (previous != null && previous != session && disown(previous)) {
			previous.close();
		}
		RecentCasebooks.add(session.getFolder());
		if (!session.problems().isEmpty()) {
			prompts.showProblems(shell(window), session);
		}
	}

	private boolean disown(CasebookSession session) {
		synchronized (owned) {
			return owned.remove(session);
		}
	}

	// --- saving -----------------------------------------------------------------------------------

	/**
	 * @param activePart the active part, or {@code null}
	 * @return whether Save can do something: the active casebook is editable and has unsaved
	 *         changes, or the active part has
	 */
	public boolean canSave(IWorkbenchPart activePart) {
		CasebookSession session = activeSession();
		if (session == null || session.isReadOnly()) {
			return false;
		}
		ISaveablePart part = saveable(activePart);
		return session.isDirty() || part != null && part.isDirty();
	}

	/**
	 * Saves the whole active casebook. When the active part is an editor of the casebook with
	 * changes of its own (text typed but not yet applied), the editor saves: it applies them and
	 * saves the casebook. A failure is shown; the casebook then stays dirty.
	 *
	 * @param window     the workbench window
	 * @param activePart the active part, or {@code null}
	 * @return whether everything is saved now
	 */
	public boolean save(IWorkbenchWindow window, IWorkbenchPart activePart) {
		CasebookSession session = activeSession();
		ISaveablePart part = saveable(activePart);
		if (part != null && part.isDirty()) {
			part.doSave(new NullProgressMonitor());
			if (session == null || belongsTo(activePart, session)) {
				return session == null || !session.isDirty();
			}
		}
		if (session == null || session.isReadOnly()) {
			return false;
		}
		return !session.isDirty() || saveSession(shell(window), session);
	}

	private boolean saveSession(Shell shell, CasebookSession session) {
		AtomicReference<CasebookException> failure = new AtomicReference<>();
		BusyIndicator.showWhile(display(shell), () -> {
			try {
				session.save();
			} catch (CasebookException e) {
				failure.set(e);
			}
		});
		if (failure.get() != null) {
			prompts.showError(shell, Messages.error_save_title, failure.get().getMessage());
			return false;
		}
		return true;
	}

	/**
	 * @return whether Revert can do something: the active casebook is editable and dirty
	 */
	public boolean canRevert() {
		CasebookSession session = activeSession();
		return session != null && !session.isReadOnly() && session.isDirty();
	}

	/**
	 * Throws away the unsaved changes of the active casebook after the user confirmed.
	 *
	 * @param window the workbench window
	 * @return whether the casebook was reverted
	 */
	public boolean revert(IWorkbenchWindow window) {
		Shell shell = shell(window);
		CasebookSession session = activeSession();
		if (session == null || session.isReadOnly() || !session.isDirty() || !prompts.confirmRevert(shell, session)) {
			return false;
		}
		AtomicReference<CasebookException> failure = new AtomicReference<>();
		BusyIndicator.showWhile(display(shell), () -> {
			try {
				session.revert();
			} catch (CasebookException e) {
				failure.set(e);
			}
		});
		if (failure.get() != null) {
			prompts.showError(shell, Messages.error_revert_title, failure.get().getMessage());
			return false;
		}
		return true;
	}

	// --- leaving ----------------------------------------------------------------------------------

	/**
	 * Before the active casebook is replaced: when it has unsaved changes, asks Save / Don't save /
	 * Cancel.
	 *
	 * @param shell the parent shell
	 * @return {@code true} to go on (saved, or the user chose not to save)
	 */
	public boolean confirmLeave(Shell shell) {
		CasebookSession session = activeSession();
		if (session == null || !session.isDirty()) {
			return true;
		}
		return switch (prompts.askSaveChanges(shell, session)) {
		case SAVE -> saveSession(shell, session);
		case DISCARD -> true;
		case CANCEL -> false;
		};
	}

	/**
	 * Before the window or the workbench closes: as {@link #confirmLeave(Shell)}, asked once even
	 * when both the window and the workbench ask.
	 *
	 * @param shell the parent shell
	 * @return {@code true} to close
	 */
	public boolean confirmClose(Shell shell) {
		CasebookSession session = activeSession();
		if (session == null || !session.isDirty() || session == discardConfirmed) {
			return true;
		}
		switch (prompts.askSaveChanges(shell, session)) {
		case SAVE:
			return saveSession(shell, session);
		case DISCARD:
			discardConfirmed = session;
			return true;
		default:
			return false;
		}
	}

	/**
	 * The workbench has closed: closes the casebooks opened here, releasing their locks.
	 */
	public void shutdown() {
		CasebookSession[] sessions;
		synchronized (owned) {
			sessions = owned.toArray(CasebookSession[]::new);
			owned.clear();
		}
		for (CasebookSession session : sessions) {
			session.close();
		}
		discardConfirmed = null;
	}

	// --- helpers ----------------------------------------------------------------------------------

	private Path initialFolder() {
		CasebookSession session = activeSession();
		if (session != null && session.getFolder().getParent() != null) {
			return session.getFolder().getParent();
		}
		Path folder = RecentCasebooks.defaultFolder();
		return Files.isDirectory(folder) ? folder : Path.of(System.getProperty("user.home")); //$NON-NLS-1$
	}

	private static boolean isMissingOrEmpty(Path folder) {
		if (!Files.exists(folder)) {
			return true;
		}
		if (!Files.isDirectory(folder)) {
			return false;
		}
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.findAny().isEmpty();
		} catch (IOException e) {
			return false;
		}
	}

	private static ISaveablePart saveable(IWorkbenchPart part) {
		if (part == null) {
			return null;
		}
		if (part instanceof ISaveablePart saveable) {
			return saveable;
		}
		return part.getAdapter(ISaveablePart.class);
	}

	private static boolean belongsTo(IWorkbenchPart part, CasebookSession session) {
		return part != null && part.getAdapter(CasebookSession.class) == session;
	}

	private static Shell shell(IWorkbenchWindow window) {
		if (window != null && window.getShell() != null && !window.getShell().isDisposed()) {
			return window.getShell();
		}
		IWorkbenchWindow active = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		return active == null ? null : active.getShell();
	}

	private static Display display(Shell shell) {
		return shell != null ? shell.getDisplay() : PlatformUI.getWorkbench().getDisplay();
	}

	@FunctionalInterface
	private interface SessionOperation {
		CasebookSession run() throws CasebookException;
	}

	/**
	 * Runs an operation outside the UI thread with progress (the window's status line, else a
	 * progress dialog); the UI thread keeps painting meanwhile.
	 */
	private static CasebookSession run(IWorkbenchWindow window, String task, Path folder, SessionOperation operation)
			throws CasebookException {
		AtomicReference<CasebookSession> result = new AtomicReference<>();
		IRunnableContext context = window != null ? window : new ProgressMonitorDialog(shell(null));
		try {
			context.run(true, false, (IProgressMonitor monitor) -> {
				monitor.beginTask(task, IProgressMonitor.UNKNOWN);
				try {
					result.set(operation.run());
				} catch (CasebookException e) {
					throw new InvocationTargetException(e);
				} finally {
					monitor.done();
				}
			});
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause();
			if (cause instanceof CasebookException casebookException) {
				throw casebookException;
			}
			throw new CasebookException(CasebookException.Kind.IO_ERROR,
					NLS.bind(Messages.error_unexpected, folder, String.valueOf(cause)), folder, cause);
		} catch (InterruptedException e) {
			// cancelled (the operations above are not cancelable; kept for the contract)
			return null;
		}
		return result.get();
	}
}
