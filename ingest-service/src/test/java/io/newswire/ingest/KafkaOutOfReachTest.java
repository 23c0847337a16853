package io.newswire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.newswire.embedded.Ports;
import io.newswire.embedded.junit.WaitingStart;
import io.newswire.ingest.testing.Feeds;
import io.newswire.runtime.kafka.KafkaWatch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The ingest commands and service with Kafka at a real closed port: what the user is told, and how soon. */
class KafkaOutOfReachTest {
    @TempDir
    Path dir;

    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    @BeforeEach
    void capture() {
        logged.start();
        root.addAppender(logged);
    }

    @AfterEach
    void release() {
        root.detachAppender(logged);
    }

    private List<ILoggingEvent> kafkaClientWarnings() {
        return logged.list.stream().filter(e -> e.getLoggerName().startsWith("org.apache.kafka"))
                .filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN)).toList();
    }

    @Test
    void replaySaysInOneLineWhereKafkaWasLookedForAndWhatToDoWithinTheStatedTime() throws Exception {
        Files.writeString(dir.resolve("a.xml"), Feeds.rss("A", "https://a.example", 0, 4));
        String address = "localhost:" + Ports.free();
        long t0 = System.nanoTime();
        CommandsTest.Run r = CommandsTest.run("replay", "--bootstrap-servers", address, dir.toString());
        Duration took = Duration.ofNanos(System.nanoTime() - t0);

        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err().lines().toList()).containsExactly(unreachable(address));
        assertThat(r.out()).isEmpty();
        assertThat(took).isLessThan(TopicSetup.PROBE_TIMEOUT);
        // no Kafka client was started to retry in vain: none of its connection warnings
        assertThat(kafkaClientWarnings()).isEmpty();
    }

    @Test
    void feedsCommandsSayTheSame() {
        String address = "127.0.0.1:" + Ports.free();
        for (String[] args : List.of(new String[] {"feeds", "list", "--bootstrap-servers", address},
                new String[] {"feeds", "add", "--bootstrap-servers", address, "https://a.example/feed"},
                new String[] {"feeds", "remove", "--bootstrap-servers", address, "https://a.example/feed"})) {
            CommandsTest.Run r = CommandsTest.run(args);
            assertThat(r.status()).as(String.join(" ", args)).isEqualTo(1);
            assertThat(r.err().strip()).as(String.join(" ", args)).isEqualTo(unreachable(address));
        }
        assertThat(kafkaClientWarnings()).isEmpty();
    }

    private static String unreachable(String address) {
        return "ingest-service: Kafka at " + address + " is not reachable (connection refused): start the broker, or "
                + "point --bootstrap-servers or KAFKA_BOOTSTRAP_SERVERS at a running one";
    }

    @Test
    void theServiceLogsWhyItWaitsWithinTheStatedTimeAndStopsCleanlyWhenInterrupted() throws Exception {
        String address = "localhost:" + Ports.free();
        IngestConfig config = IngestConfig.defaults(address).withHttpPort(0);
        String line = "ingest-service: Kafka at " + address + " is not reachable (connection refused); retrying — "
                + "check --bootstrap-servers or KAFKA_BOOTSTRAP_SERVERS and that the broker is running";
        Throwable gaveUp = WaitingStart.saysWhileWaiting("ingest-start", () -> IngestService.start(config),
                () -> logged.list.stream().anyMatch(e -> e.getLevel() == Level.WARN
                        && e.getFormattedMessage().equals(line)), KafkaWatch.FIRST_WARNING);
        assertThat(gaveUp).isInstanceOf(IllegalStateException.class)
                .hasMessage("interrupted while waiting for Kafka at " + address);
        // nothing left running: the watch stopped with the start that gave up
        Awaitility.await().atMost(Duration.ofSeconds(5))
                .until(() -> WaitingStart.noThreadNamed("ingest-service-kafka-watch"));
    }
}
