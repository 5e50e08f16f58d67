/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.core.internal.storage;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Opens the temporary files a save writes. The seam through which tests simulate a full disk or a
 * failing device (a read-only folder would not do: tests may run as root).
 */
@FunctionalInterface
public interface FileSink {

	/**
	 * The real file system: a buffered stream on a new file whose {@code close()} forces the bytes to
	 * the device ({@link FileChannel#force(boolean)}) before it returns.
	 */
	FileSink DEFAULT = DurableFileOutputStream::create;

	/**
	 * Creates a new file and opens it for writing.
	 *
	 * @param file a file that does not exist yet
	 * @return a stream whose {@code close()} returns only when the bytes are on the device
	 * @throws IOException when the file cannot be created
	 */
	OutputStream create(Path file) throws IOException;

	/**
	 * An output stream on a {@link FileChannel} that forces its content to the device on close.
	 */
	final class DurableFileOutputStream extends OutputStream {

		private static final int BUFFER_SIZE = 64 * 1024;

		private final FileChannel channel;

		private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER_SIZE);

		private boolean closed;

		private DurableFileOutputStream(FileChannel channel) {
			this.channel = channel;
		}

		static OutputStream create(Path file) throws IOException {
			return new DurableFileOutputStream(
					FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
		}

		@Override
		public void write(int b) throws IOException {
			if (!buffer.hasRemaining()) {
				drain();
			}
			buffer.put((byte) b);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			if (length >= BUFFER_SIZE) {
				drain();
				ByteBuffer direct = ByteBuffer.wrap(bytes, offset, length);
				while (direct.hasRemaining()) {
					channel.write(direct);
				}
				return;
			}
			if (length > buffer.remaining()) {
				drain();
			}
			buffer.put(bytes, offset, length);
		}

		@Override
		public void flush() throws IOException {
			drain();
		}

		private void drain() throws IOException {
			buffer.flip();
			while (buffer.hasRemaining()) {
				channel.write(buffer);
			}
			buffer.clear();
		}

		@Override
		public void close() throws IOException {
			if (closed) {
				return;
			}
			closed = true;
			try (channel) {
				drain();
				channel.force(true);
			}
		}
	}
}
