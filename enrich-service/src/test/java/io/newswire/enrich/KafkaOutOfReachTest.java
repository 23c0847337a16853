package io.newswire.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.newswire.embedded.Ports;
import io.newswire.model.Topics;
import io.newswire.runtime.kafka.KafkaWatch;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** enrich-service with Kafka at a real closed port: it says so, naming the address, and waits. */
class KafkaOutOfReachTest {
    @TempDir
    Path state;

    @Test
    void theServiceLogsWhyItWaitsWithinTheStatedTimeAndStopsCleanlyWhenInterrupted() throws Exception {
        String address = "localhost:" + Ports.free();
        EnrichConfig config = EnrichConfig.of(address, Topics.named("r", "e", "v", "d")).withHttpPort(0)
                .withStateDir(state);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        logged.start();
        root.addAppender(logged);
        try {
            AtomicReference<Throwable> failed = new AtomicReference<>();
            Thread starting = new Thread(() -> {
                try {
                    EnrichService.start(config).close();
                } catch (Throwable e) {
                    failed.set(e);
                }
            });
            long t0 = System.nanoTime();
            starting.start();
            String line = "enrich-service: Kafka at " + address + " is not reachable (connection refused); retrying "
                    + "— check --bootstrap-servers or KAFKA_BOOTSTRAP_SERVERS and that the broker is running";
            Awaitility.await().atMost(KafkaWatch.FIRST_WARNING).until(() -> logged.list.stream()
                    .anyMatch(e -> e.getLevel() == Level.WARN && e.getFormattedMessage().equals(line)));
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(KafkaWatch.FIRST_WARNING);
            assertThat(starting.isAlive()).as("waits for Kafka rather than failing").isTrue();

            starting.interrupt();
            starting.join(10_000);
            assertThat(starting.isAlive()).isFalse();
            assertThat(failed.get()).isInstanceOf(IllegalStateException.class)
                    .hasMessage("interrupted while waiting for Kafka at " + address);
            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> Thread.getAllStackTraces().keySet().stream()
                    .noneMatch(t -> t.getName().equals("enrich-service-kafka-watch")));
        } finally {
            root.detachAppender(logged);
        }
    }
}
