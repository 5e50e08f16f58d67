/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.tests.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Screenshot tours: classes whose names do not end in {@code Test} (so the normal run does not
 * collect them) that put the workbench in a state and save what the screen shows, for looking at
 * layout and readability. They run when the system property {@value #PROPERTY} names a folder, e.g.
 * {@code -Dtest=IsolationScreenshots -Dtests.argLine="-Dcasustafel.screenshots=/tmp/shots"}.
 */
public final class Screenshots {

	/** The system property naming the folder the PNGs go to. */
	public static final String PROPERTY = "casustafel.screenshots"; //$NON-NLS-1$

	private final Path folder;

	private Screenshots(Path folder) {
		this.folder = folder;
	}

	/**
	 * Maximises the workbench window on a 1920x1080 screen (the projector size) and resets the
	 * perspective.
	 *
	 * @return the tour's screenshots, going to the folder named by {@value #PROPERTY}
	 * @throws IOException when the folder cannot be created
	 */
	public static Screenshots start() throws IOException {
		String name = System.getProperty(PROPERTY);
		if (name == null || name.isBlank()) {
			throw new IllegalStateException("Set -D" + PROPERTY + "=<folder>"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		Path folder = Files.createDirectories(Path.of(name));
		Shell shell = Workbench.shell();
		shell.setBounds(0, 0, 1920, 1080);
		shell.setMaximized(true);
		Workbench.page().resetPerspective();
		Workbench.processEvents();
		return new Screenshots(folder);
	}

	/**
	 * Lets pending painting finish, then saves the whole screen as {@code <name>.png}.
	 *
	 * @param name the file name without extension
	 * @return the file written
	 * @throws InterruptedException when interrupted while waiting for painting
	 */
	public Path shoot(String name) throws InterruptedException {
		Display display = Workbench.display();
		for (int i = 0; i < 10; i++) {
			Workbench.processEvents();
			Thread.sleep(50);
		}
		Rectangle bounds = display.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, 0, 0);
		} finally {
			gc.dispose();
		}
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { image.getImageData() };
		Path file = folder.resolve(name + ".png"); //$NON-NLS-1$
		loader.save(file.toString(), SWT.IMAGE_PNG);
		image.dispose();
		return file;
	}
}
