package org.pathway.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP proxy to a database server that can be cut, as a network or a server outage
 * would: once the client has sent {@code cutAfter} bytes, every connection is closed and
 * new ones are refused, until {@link #restore()}.
 */
public final class CuttableProxy implements AutoCloseable {

	private final int target;

	private final List<Socket> sockets = new CopyOnWriteArrayList<>();

	private final AtomicLong sent = new AtomicLong();

	private volatile long cutAfter;

	private volatile long cutAt;

	private volatile ServerSocket listening;

	private final int port;

	public CuttableProxy(int target, long cutAfter) throws IOException {
		this.target = target;
		this.cutAfter = cutAfter;
		this.listening = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		this.port = this.listening.getLocalPort();
		accept(this.listening);
	}

	public int port() {
		return this.port;
	}

	/** Bytes the clients sent so far. */
	public long sent() {
		return this.sent.get();
	}

	/** When the cut happened ({@link System#nanoTime()}), or 0. */
	public long cutAt() {
		return this.cutAt;
	}

	/** Listens again on the same port, and cuts no more. */
	public void restore() throws IOException {
		this.cutAfter = Long.MAX_VALUE;
		ServerSocket server = new ServerSocket();
		server.setReuseAddress(true);
		server.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), this.port), 50);
		this.listening = server;
		accept(server);
	}

	private void accept(ServerSocket server) {
		Thread acceptor = new Thread(() -> {
			while (!server.isClosed()) {
				try {
					Socket client = server.accept();
					Socket upstream = new Socket(InetAddress.getLoopbackAddress(), this.target);
					this.sockets.add(client);
					this.sockets.add(upstream);
					pipe(client, upstream, true);
					pipe(upstream, client, false);
				}
				catch (IOException ex) {
					return;
				}
			}
		}, "proxy-accept");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	private void pipe(Socket from, Socket to, boolean counted) {
		Thread pipe = new Thread(() -> {
			byte[] buffer = new byte[16384];
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				int n;
				while ((n = in.read(buffer)) > 0) {
					if (counted && this.sent.addAndGet(n) >= this.cutAfter) {
						cut();
						return;
					}
					out.write(buffer, 0, n);
					out.flush();
				}
			}
			catch (IOException ex) {
				// the other side closed, or the cut
			}
			finally {
				close(from);
				close(to);
			}
		}, "proxy-pipe");
		pipe.setDaemon(true);
		pipe.start();
	}

	/** Closes every connection and refuses new ones. */
	public synchronized void cut() {
		if (this.cutAt == 0) {
			this.cutAt = System.nanoTime();
		}
		close(this.listening);
		this.sockets.forEach(CuttableProxy::close);
		this.sockets.clear();
	}

	private static void close(java.io.Closeable closeable) {
		try {
			closeable.close();
		}
		catch (IOException ex) {
			// closing anyway
		}
	}

	@Override
	public void close() {
		cut();
	}

}
