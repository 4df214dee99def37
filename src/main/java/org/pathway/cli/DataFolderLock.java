package org.pathway.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

import org.pathway.pipeline.UserException;

/**
 * An exclusive operating-system lock on the data folder, held for the life of a command.
 * A second process gets exit code 3 and a message naming the holder. The system releases
 * the lock when its holder dies, even by {@code kill -9}, so a crash never leaves the
 * folder locked.
 */
final class DataFolderLock implements AutoCloseable {

	private final FileChannel channel;

	private final FileLock lock;

	private DataFolderLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	static DataFolderLock acquire(Path data) throws IOException {
		return acquire(data, "pathway");
	}

	/**
	 * Takes the lock for {@code what} ({@code pathway} for a command, {@code serve} for
	 * the server), which a refused process is told.
	 */
	static DataFolderLock acquire(Path data, String what) throws IOException {
		Files.createDirectories(data);
		Path file = data.resolve("pathway.lock");
		FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
				StandardOpenOption.WRITE);
		FileLock lock;
		try {
			lock = channel.tryLock();
		}
		catch (OverlappingFileLockException ex) {
			lock = null;
		}
		if (lock == null) {
			String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
			channel.close();
			if (holder.startsWith("serve")) {
				throw new UserException(3,
						"refused: a Pathway server (" + holder.substring("serve".length()).strip()
								+ ") holds the data folder '" + data
								+ "'; start runs from its web pages or API, or stop the" + " server first");
			}
			throw new UserException(3, "refused: another Pathway process is using the data folder '" + data + "'"
					+ (holder.isEmpty() ? "" : " (" + holder + ")") + "; wait for it to finish and try again");
		}
		channel.truncate(0);
		String holder = what + " pid " + ManagementFactory.getRuntimeMXBean().getPid() + ", since " + Instant.now();
		channel.write(ByteBuffer.wrap(holder.getBytes(StandardCharsets.UTF_8)), 0);
		channel.force(false);
		return new DataFolderLock(channel, lock);
	}

	@Override
	public void close() throws IOException {
		this.lock.release();
		this.channel.close();
	}

}
