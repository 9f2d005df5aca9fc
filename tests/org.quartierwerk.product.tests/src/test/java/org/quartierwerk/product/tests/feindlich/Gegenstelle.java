package org.quartierwerk.product.tests.feindlich;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A server on the loopback interface that counts every connection: either it answers each request with an empty
 * 200 response at once, or – as a tarpit – it accepts and never answers, so a client without timeouts hangs forever.
 */
final class Gegenstelle implements AutoCloseable {

	private final ServerSocket socket;
	private final boolean tarpit;
	private final AtomicInteger verbindungen = new AtomicInteger();
	private final List<Socket> offen = new CopyOnWriteArrayList<>();
	private final Thread annahme;

	private Gegenstelle(boolean tarpit) throws IOException {
		this.tarpit = tarpit;
		socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		annahme = new Thread(this::nimmAn, tarpit ? "tarpit" : "zaehlender-server");
		annahme.setDaemon(true);
		annahme.start();
	}

	/** A server that answers at once and counts connections. */
	static Gegenstelle zaehlend() throws IOException {
		return new Gegenstelle(false);
	}

	/** A server that accepts connections and never answers. */
	static Gegenstelle tarpit() throws IOException {
		return new Gegenstelle(true);
	}

	/** The server's base URL, e.g. {@code http://127.0.0.1:41234}. */
	String url() {
		return "http://127.0.0.1:" + socket.getLocalPort();
	}

	int verbindungen() {
		return verbindungen.get();
	}

	private void nimmAn() {
		while (!socket.isClosed()) {
			try {
				Socket client = socket.accept();
				verbindungen.incrementAndGet();
				offen.add(client);
				if (!tarpit) {
					try (OutputStream out = client.getOutputStream()) {
						out.write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
					} catch (IOException e) {
						// the client went away
					}
				}
			} catch (IOException e) {
				return;
			}
		}
	}

	@Override
	public void close() throws IOException {
		socket.close();
		for (Socket client : offen) {
			client.close();
		}
	}
}
