package io.newswire.runtime.kafka;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.utils.Utils;

/**
 * Whether the Kafka cluster at a bootstrap address answers, and if not, why, in words a user can act on
 * ("connection refused", "unknown host kafka"). The Kafka clients themselves never say: a producer, consumer or
 * Streams application retries an unreachable broker for ever, logging at most "Connection to node -1 could not be
 * established" once a second (or nothing, where that logger is quiet).
 *
 * <p>A probe first opens a plain TCP connection to each bootstrap address (no Kafka client, so no client log lines
 * and an answer in milliseconds when the port is closed), then, when one accepts, asks it for the cluster's id with
 * an admin client, bounded by the given timeout.
 */
public final class KafkaReachability {
    /** The flag and variable every command and service reads the address from: the fix to name. */
    public static final String SETTING = "--bootstrap-servers or KAFKA_BOOTSTRAP_SERVERS";

    private KafkaReachability() {
    }

    /** Nothing when the cluster answered within {@code timeout}, else why not (one short phrase). */
    public static Optional<String> problem(String bootstrapServers, Duration timeout) {
        return problem(bootstrapServers, timeout, true);
    }

    /**
     * As {@link #problem(String, Duration)}; with {@code askKafka} false only the TCP connection is tried (cheap
     * enough to repeat every few seconds once the cluster is known to answer).
     */
    static Optional<String> problem(String bootstrapServers, Duration timeout, boolean askKafka) {
        List<String> addresses = addresses(bootstrapServers);
        if (addresses.isEmpty()) {
            return Optional.of("no host:port given");
        }
        Set<String> problems = new LinkedHashSet<>();
        boolean anyOpen = false;
        long deadline = System.nanoTime() + timeout.toNanos(); // for all addresses together
        for (String address : addresses) {
            Optional<String> p = connect(address, timeout, deadline);
            if (p.isEmpty()) {
                anyOpen = true;
                break;
            }
            problems.add(addresses.size() == 1 ? p.get() : address + ": " + p.get());
        }
        if (!anyOpen) {
            return Optional.of(String.join("; ", problems));
        }
        return askKafka ? askForClusterId(bootstrapServers, timeout) : Optional.empty();
    }

    /**
     * The sentence a command prints when it cannot go on without Kafka: the address, why, and the fix.
     */
    public static String unreachable(String bootstrapServers, String problem) {
        return "Kafka at " + bootstrapServers + " is not reachable (" + problem + "): start the broker, or point "
                + SETTING + " at a running one";
    }

    /**
     * Fails with {@link KafkaUnreachableException} (its message is {@link #unreachable}) unless the cluster at
     * {@code bootstrapServers} answers within {@code timeout}; for commands that cannot do anything without it.
     */
    public static void require(String bootstrapServers, Duration timeout) {
        Optional<String> problem = problem(bootstrapServers, timeout);
        if (problem.isPresent()) {
            throw new KafkaUnreachableException(unreachable(bootstrapServers, problem.get()));
        }
    }

    /** The entries of a {@code bootstrap.servers} list, trimmed, without empty ones. */
    static List<String> addresses(String bootstrapServers) {
        List<String> out = new ArrayList<>();
        if (bootstrapServers == null) {
            return out;
        }
        for (String s : bootstrapServers.split(",")) {
            if (!s.isBlank()) {
                out.add(s.trim());
            }
        }
        return out;
    }

    private static Optional<String> connect(String address, Duration timeout, long deadline) {
        String host = Utils.getHost(address);
        Integer port = Utils.getPort(address);
        if (host == null || port == null) {
            return Optional.of("\"" + address + "\" is not host:port");
        }
        InetAddress[] ips;
        try {
            ips = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return Optional.of("unknown host " + host);
        }
        String last = "no address for " + host;
        for (InetAddress ip : ips) {
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (left <= 0) {
                return Optional.of(last.startsWith("no address") ? "no answer within " + seconds(timeout) : last);
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(ip, port), (int) Math.min(Integer.MAX_VALUE, left));
                return Optional.empty();
            } catch (ConnectException e) {
                last = "connection refused";
            } catch (SocketTimeoutException e) {
                last = "no answer within " + seconds(timeout);
            } catch (NoRouteToHostException e) {
                last = "no route to host";
            } catch (IOException e) {
                last = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            }
        }
        return Optional.of(last);
    }

    private static Optional<String> askForClusterId(String bootstrapServers, Duration timeout) {
        int millis = (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis()));
        Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.CLIENT_ID_CONFIG, "newswire-reachability",
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, millis,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, millis));
        try {
            admin.describeCluster(new DescribeClusterOptions().timeoutMs(millis)).clusterId()
                    .get(millis + 1_000L, TimeUnit.MILLISECONDS);
            return Optional.empty();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return Optional.of(notKafka(timeout) + ": " + cause.getMessage());
        } catch (TimeoutException e) {
            return Optional.of(notKafka(timeout));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        } finally {
            admin.close(Duration.ZERO); // calls still pending on a silent server are abandoned, not waited for
        }
    }

    private static String notKafka(Duration timeout) {
        return "a server accepts connections there but did not answer as a Kafka broker within " + seconds(timeout);
    }

    static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }
}
