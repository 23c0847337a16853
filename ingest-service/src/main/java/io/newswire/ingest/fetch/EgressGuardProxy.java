package io.newswire.ingest.fetch;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way out for feed fetches: a minimal HTTP forward proxy on loopback that {@link java.net.http.HttpClient}
 * is pointed at. It resolves each target host itself, checks every resolved address against the {@link EgressPolicy}
 * and connects its socket to an address that passed, so the address checked is the address connected to (no DNS
 * rebinding between check and connect), for every hop of a redirect chain alike. HTTPS goes through {@code CONNECT}
 * tunnels (TLS stays end to end); plain HTTP requests are forwarded with {@code Connection: close}.
 */
public final class EgressGuardProxy implements AutoCloseable {
    /** On the proxy's 403 answer to a plain HTTP request: why the connection was refused. */
    public static final String REFUSED_HEADER = "X-Newswire-Egress-Refused";
    private static final Logger log = LoggerFactory.getLogger(EgressGuardProxy.class);
    private static final int MAX_HEAD = 64 * 1024;
    private static final List<String> HOP_BY_HOP = List.of("connection", "proxy-connection", "keep-alive",
            "proxy-authorization", "te", "trailer", "upgrade");

    private final EgressPolicy policy;
    private final int connectTimeoutMillis;
    private final int idleTimeoutMillis;
    private final ServerSocket server;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final Map<String, String> refusals = new ConcurrentHashMap<>();
    private volatile boolean closed;

    private EgressGuardProxy(EgressPolicy policy, Duration connectTimeout, Duration idleTimeout) throws IOException {
        this.policy = policy;
        this.connectTimeoutMillis = Math.toIntExact(connectTimeout.toMillis());
        this.idleTimeoutMillis = Math.toIntExact(idleTimeout.toMillis());
        this.server = new ServerSocket(0, 256, InetAddress.getLoopbackAddress());
        threads.submit(this::acceptLoop);
    }

    public static EgressGuardProxy start(EgressPolicy policy, Duration connectTimeout, Duration idleTimeout) {
        try {
            return new EgressGuardProxy(policy, connectTimeout, idleTimeout);
        } catch (IOException e) {
            throw new IllegalStateException("cannot open the egress proxy on loopback: " + e.getMessage(), e);
        }
    }

    public InetSocketAddress address() {
        return new InetSocketAddress(server.getInetAddress(), server.getLocalPort());
    }

    /** Why the last connection to host:port was refused, if it was (and forgets it). */
    public String takeRefusal(String host, int port) {
        return refusals.remove(host.toLowerCase(Locale.ROOT) + ":" + port);
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket client = server.accept();
                threads.submit(() -> serve(client));
            } catch (IOException e) {
                if (!closed) {
                    log.warn("egress proxy accept failed: {}", e.getMessage());
                }
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            client.setSoTimeout(idleTimeoutMillis);
            InputStream in = new BufferedInputStream(client.getInputStream());
            OutputStream out = client.getOutputStream();
            List<String> head = readHead(in);
            if (head == null || head.isEmpty()) {
                return;
            }
            String[] requestLine = head.get(0).split(" ");
            if (requestLine.length != 3) {
                answer(out, "400 Bad Request", null);
                return;
            }
            String method = requestLine[0];
            if (method.equals("CONNECT")) {
                URI target = URI.create("//" + requestLine[1]);
                Socket upstream = connect(target.getHost(), target.getPort(), out);
                if (upstream != null) {
                    try (upstream) {
                        out.write("HTTP/1.1 200 Connection Established\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                        out.flush();
                        pipe(client, in, upstream, null);
                    }
                }
                return;
            }
            URI target = URI.create(requestLine[1]);
            if (!"http".equalsIgnoreCase(target.getScheme()) || target.getHost() == null) {
                answer(out, "400 Bad Request", null);
                return;
            }
            int port = target.getPort() == -1 ? 80 : target.getPort();
            Socket upstream = connect(target.getHost(), port, out);
            if (upstream == null) {
                return;
            }
            try (upstream) {
                StringBuilder forward = new StringBuilder();
                String path = target.getRawPath() == null || target.getRawPath().isEmpty() ? "/" : target.getRawPath();
                forward.append(method).append(' ').append(path)
                        .append(target.getRawQuery() == null ? "" : "?" + target.getRawQuery())
                        .append(' ').append(requestLine[2]).append("\r\n");
                appendEndToEndHeaders(forward, head);
                forward.append("Connection: close\r\n\r\n");
                upstream.getOutputStream().write(forward.toString().getBytes(StandardCharsets.ISO_8859_1));
                upstream.getOutputStream().flush();
                pipe(client, in, upstream, this::rewriteResponseHead);
            }
        } catch (IOException | RuntimeException e) {
            log.debug("egress proxy connection ended: {}", e.toString());
        }
    }

    /** Resolves and checks; on refusal answers the client with 403 and returns null. */
    private Socket connect(String host, int port, OutputStream client) throws IOException {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            refuse(host, port, "unknown host " + host, client, "502 Bad Gateway");
            return null;
        }
        String refusal = null;
        IOException failure = null;
        for (InetAddress address : addresses) {
            String why = policy.refusal(address, port);
            if (why != null) {
                refusal = refusal == null ? why : refusal;
                continue;
            }
            Socket socket = new Socket();
            try {
                socket.connect(new InetSocketAddress(address, port), connectTimeoutMillis);
                socket.setSoTimeout(idleTimeoutMillis);
                return socket;
            } catch (IOException e) {
                socket.close();
                failure = e;
            }
        }
        if (failure != null) {
            refuse(host, port, "cannot connect to " + host + ":" + port + ": " + failure.getMessage(), client,
                    "502 Bad Gateway");
        } else {
            log.warn("egress refused: {}:{}: {}", host, port, refusal);
            refuse(host, port, refusal, client, "403 Forbidden");
        }
        return null;
    }

    private void refuse(String host, int port, String reason, OutputStream client, String status) throws IOException {
        refusals.put(host.toLowerCase(Locale.ROOT) + ":" + port, reason);
        answer(client, status, reason);
    }

    private static void answer(OutputStream out, String status, String reason) throws IOException {
        String r = "HTTP/1.1 " + status + "\r\n" + (reason == null ? "" : REFUSED_HEADER + ": "
                + reason.replaceAll("[\r\n]", " ") + "\r\n") + "Content-Length: 0\r\nConnection: close\r\n\r\n";
        out.write(r.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    private static void appendEndToEndHeaders(StringBuilder sb, List<String> head) {
        for (String line : head.subList(1, head.size())) {
            int colon = line.indexOf(':');
            if (colon > 0 && !HOP_BY_HOP.contains(line.substring(0, colon).strip().toLowerCase(Locale.ROOT))) {
                sb.append(line).append("\r\n");
            }
        }
    }

    /** The upstream response head with hop-by-hop headers dropped and {@code Connection: close} added. */
    private byte[] rewriteResponseHead(InputStream upstream) throws IOException {
        List<String> head = readHead(upstream);
        if (head == null || head.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder(head.get(0)).append("\r\n");
        appendEndToEndHeaders(sb, head);
        sb.append("Connection: close\r\n\r\n");
        return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private interface HeadRewriter {
        byte[] rewrite(InputStream upstream) throws IOException;
    }

    /** Copies both ways until either side ends, then closes both. */
    private void pipe(Socket client, InputStream clientIn, Socket upstream, HeadRewriter responseHead)
            throws IOException {
        var toUpstream = threads.submit(() -> {
            try {
                clientIn.transferTo(upstream.getOutputStream());
            } catch (IOException e) {
                // the other direction notices the closed sockets
            } finally {
                closeQuietly(upstream);
            }
        });
        try {
            InputStream from = new BufferedInputStream(upstream.getInputStream());
            OutputStream to = client.getOutputStream();
            if (responseHead != null) {
                byte[] head = responseHead.rewrite(from);
                if (head == null) {
                    return;
                }
                to.write(head);
            }
            from.transferTo(to);
            to.flush();
        } catch (SocketException e) {
            // one side closed: the exchange is over
        } finally {
            closeQuietly(client);
            closeQuietly(upstream);
            toUpstream.cancel(true);
        }
    }

    /** Header lines up to the blank line, read byte by byte so nothing after the head is consumed. */
    private static List<String> readHead(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        List<String> lines = new ArrayList<>();
        int total = 0;
        int b;
        while ((b = in.read()) != -1) {
            if (++total > MAX_HEAD) {
                throw new IOException("HTTP head larger than " + MAX_HEAD + " bytes");
            }
            if (b == '\n') {
                String s = line.toString(StandardCharsets.ISO_8859_1);
                if (s.endsWith("\r")) {
                    s = s.substring(0, s.length() - 1);
                }
                if (s.isEmpty()) {
                    return lines;
                }
                lines.add(s);
                line.reset();
            } else {
                line.write(b);
            }
        }
        return lines.isEmpty() ? null : lines;
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // closing anyway
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            server.close();
        } catch (IOException e) {
            // closing anyway
        }
        threads.shutdownNow();
    }
}
