package org.quartierwerk.product.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A plain-http server on 127.0.0.1 (an ephemeral port) standing in for a course publisher's server. It logs the first
 * line of every connection as it arrived on the socket, so a client that tries TLS instead of plain http (an
 * {@code http://} address quietly changed to {@code https://}) shows up as a {@value #TLS} entry instead of a request.
 * Each connection gets one answer and is closed.
 */
final class RepositoryServer implements AutoCloseable {

	/** Logged for a connection whose first byte starts a TLS record (a ClientHello). */
	static final String TLS = "TLS handshake";

	private enum Mode {
		SERVE, NOT_FOUND, NO_ANSWER
	}

	private final Mode mode;
	private final Path root;
	private final Duration delay;
	private final ServerSocket socket;
	private final List<String> log = new CopyOnWriteArrayList<>();
	private final List<Socket> connections = new CopyOnWriteArrayList<>();

	private RepositoryServer(Mode mode, Path root, Duration delay) throws IOException {
		this.mode = mode;
		this.delay = delay;
		this.root = root == null ? null : root.toAbsolutePath().normalize();
		socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread acceptor = new Thread(this::accept, "repository-server-" + socket.getLocalPort());
		acceptor.setDaemon(true);
		acceptor.start();
	}

	/** Serves the files under {@code root}; 404 for anything else. */
	static RepositoryServer serving(Path root) throws IOException {
		return new RepositoryServer(Mode.SERVE, root, Duration.ZERO);
	}

	/** Serves the files under {@code root} like a busy server: each answer starts only after {@code delay}. */
	static RepositoryServer slow(Path root, Duration delay) throws IOException {
		return new RepositoryServer(Mode.SERVE, root, delay);
	}

	/** Answers every request with 404. */
	static RepositoryServer notFound() throws IOException {
		return new RepositoryServer(Mode.NOT_FOUND, null, Duration.ZERO);
	}

	/** Accepts connections and never answers (a tarpit). */
	static RepositoryServer noAnswer() throws IOException {
		return new RepositoryServer(Mode.NO_ANSWER, null, Duration.ZERO);
	}

	/** A port on 127.0.0.1 where nothing listens: bound once by the system and released again. */
	static int closedPort() throws IOException {
		try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return free.getLocalPort();
		}
	}

	String address() {
		return "http://127.0.0.1:" + socket.getLocalPort() + "/";
	}

	int port() {
		return socket.getLocalPort();
	}

	/** The first line of every request in arrival order, e.g. {@code GET /p2.index HTTP/1.1}, or {@value #TLS}. */
	List<String> log() {
		return List.copyOf(log);
	}

	/** How many connections were accepted (a tarpit logs no request line). */
	int connections() {
		return connections.size();
	}

	private void accept() {
		while (!socket.isClosed()) {
			try {
				Socket connection = socket.accept();
				connections.add(connection);
				if (mode != Mode.NO_ANSWER) {
					Thread handler = new Thread(() -> handle(connection), "repository-request");
					handler.setDaemon(true);
					handler.start();
				}
			} catch (IOException e) {
				// closed
			}
		}
	}

	private void handle(Socket connection) {
		try (connection; InputStream in = connection.getInputStream(); OutputStream out = connection.getOutputStream()) {
			int first = in.read();
			if (first < 0) {
				return;
			}
			if (first == 0x16) {
				log.add(TLS);
				return;
			}
			String requestLine = (char) first + line(in);
			log.add(requestLine);
			while (!line(in).isEmpty()) {
				// the request headers are not needed
			}
			// the busy server's thinking time, before the status line
			Thread.sleep(delay);
			String[] parts = requestLine.split(" ");
			Path file = parts.length == 3 && mode == Mode.SERVE ? file(parts[1]) : null;
			if (file == null) {
				out.write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
				return;
			}
			byte[] body = Files.readAllBytes(file);
			out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: " + body.length
					+ "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			if (parts[0].equals("GET")) {
				out.write(body);
			}
		} catch (SocketException e) {
			// the client went away
		} catch (IOException e) {
			log.add("failed: " + e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** The served file for a request path, or null when there is none (also for paths leaving the root). */
	private Path file(String requestPath) {
		String path = URLDecoder.decode(URI.create(requestPath).getRawPath(), StandardCharsets.UTF_8);
		Path file = root.resolve(path.replaceFirst("^/+", "")).normalize();
		return file.startsWith(root) && Files.isRegularFile(file) ? file : null;
	}

	private static String line(InputStream in) throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
			if (b != '\r') {
				line.write(b);
			}
			if (line.size() > 8192) {
				break;
			}
		}
		return line.toString(StandardCharsets.ISO_8859_1);
	}

	@Override
	public void close() throws IOException {
		socket.close();
		for (Socket connection : connections) {
			connection.close();
		}
	}
}
