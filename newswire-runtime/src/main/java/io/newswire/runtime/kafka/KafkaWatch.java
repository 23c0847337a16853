package io.newswire.runtime.kafka;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells a long-running service's log when Kafka is out of reach, which the Kafka clients never say plainly: a
 * background thread probes the bootstrap address ({@link KafkaReachability}) and, while it does not answer, logs
 * <pre>Kafka at localhost:9092 is not reachable (connection refused); retrying — check --bootstrap-servers or
 * KAFKA_BOOTSTRAP_SERVERS and that the broker is running</pre>
 * at once (within {@link #FIRST_WARNING} of the start), then a reminder every {@link #REMINDER} while it lasts, and
 * "reachable again" when it is over. The service's own clients go on retrying meanwhile, as they always do.
 */
public final class KafkaWatch implements AutoCloseable {
    /** The probe's pause between two attempts. */
    static final Duration INTERVAL = Duration.ofSeconds(5);
    /** A probe attempt waits this long for an answer. */
    static final Duration PROBE_TIMEOUT = Duration.ofSeconds(5);
    /**
     * Kafka out of reach since the start is logged within this: the first probe runs at once and takes at most its
     * TCP timeout, plus its admin-client timeout and a second when a server accepts connections but is no broker.
     */
    public static final Duration FIRST_WARNING = Duration.ofSeconds(15);
    /** While it stays out of reach, the line comes again this often. */
    public static final Duration REMINDER = Duration.ofSeconds(60);

    private static final Logger LOG = LoggerFactory.getLogger(KafkaWatch.class);

    private final String service;
    private final String bootstrapServers;
    private final Consumer<String> warn;
    private final Consumer<String> info;
    private final Duration interval;
    private final Duration reminder;
    private final CountDownLatch stop = new CountDownLatch(1);
    private final CountDownLatch answered = new CountDownLatch(1);
    private final Thread thread;
    private volatile boolean reachable = true;

    private KafkaWatch(String service, String bootstrapServers, Consumer<String> warn, Consumer<String> info,
            Duration interval, Duration reminder) {
        this.service = service;
        this.bootstrapServers = bootstrapServers;
        this.warn = warn;
        this.info = info;
        this.interval = interval;
        this.reminder = reminder;
        this.thread = new Thread(this::run, service + "-kafka-watch");
        this.thread.setDaemon(true);
    }

    /** Starts watching {@code bootstrapServers} for {@code service}, logging through this class's logger. */
    public static KafkaWatch start(String service, String bootstrapServers) {
        return start(service, bootstrapServers, LOG);
    }

    /** As {@link #start(String, String)}, logging through {@code log} (WARN while out of reach, INFO when back). */
    public static KafkaWatch start(String service, String bootstrapServers, Logger log) {
        return start(service, bootstrapServers, log::warn, log::info, INTERVAL, REMINDER);
    }

    static KafkaWatch start(String service, String bootstrapServers, Consumer<String> warn, Consumer<String> info,
            Duration interval, Duration reminder) {
        KafkaWatch w = new KafkaWatch(service, bootstrapServers, warn, info, interval, reminder);
        w.thread.start();
        return w;
    }

    /**
     * Blocks until Kafka has answered once, for a service that cannot start without it (it creates its topics
     * first): meanwhile the log says why it waits, as above. Returns at once when it answered already.
     */
    public void awaitReachable() throws InterruptedException {
        answered.await();
    }

    /** False while the last probe found Kafka out of reach. */
    public boolean reachable() {
        return reachable;
    }

    /** The line logged while Kafka is out of reach. */
    public static String line(String bootstrapServers, String problem) {
        return "Kafka at " + bootstrapServers + " is not reachable (" + problem + "); retrying — check "
                + KafkaReachability.SETTING + " and that the broker is running";
    }

    private void run() {
        boolean answeredOnce = false; // until Kafka answered as Kafka once, each probe asks it, not just TCP
        long lastWarning = 0;
        try {
            do {
                Optional<String> problem = KafkaReachability.problem(bootstrapServers, PROBE_TIMEOUT, !answeredOnce);
                long now = System.nanoTime();
                if (problem.isPresent()) {
                    if (reachable || now - lastWarning >= reminder.toNanos()) {
                        warn.accept(service + ": " + line(bootstrapServers, problem.get()));
                        lastWarning = now;
                    }
                    reachable = false;
                    answeredOnce = false;
                } else {
                    if (!reachable) {
                        info.accept(service + ": Kafka at " + bootstrapServers + " is reachable again");
                    }
                    reachable = true;
                    answeredOnce = true;
                    answered.countDown();
                }
            } while (!stop.await(interval.toMillis(), TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop.countDown();
        thread.interrupt();
        try {
            thread.join(1_000); // a daemon: a probe still waiting on a silent host is left to time out
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
