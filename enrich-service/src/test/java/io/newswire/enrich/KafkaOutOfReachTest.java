package io.newswire.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.newswire.embedded.Ports;
import io.newswire.embedded.junit.WaitingStart;
import io.newswire.model.Topics;
import io.newswire.runtime.kafka.KafkaWatch;
import java.nio.file.Path;
import java.time.Duration;
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
            String line = "enrich-service: Kafka at " + address + " is not reachable (connection refused); retrying — "
                    + "check --bootstrap-servers or KAFKA_BOOTSTRAP_SERVERS and that the broker is running";
            Throwable gaveUp = WaitingStart.saysWhileWaiting("enrich-start", () -> EnrichService.start(config),
                    () -> logged.list.stream().anyMatch(e -> e.getLevel() == Level.WARN
                            && e.getFormattedMessage().equals(line)), KafkaWatch.FIRST_WARNING);
            assertThat(gaveUp).isInstanceOf(IllegalStateException.class)
                    .hasMessage("interrupted while waiting for Kafka at " + address);
            // nothing left running: the watch stopped with the start that gave up
            Awaitility.await().atMost(Duration.ofSeconds(5))
                    .until(() -> WaitingStart.noThreadNamed("enrich-service-kafka-watch"));
        } finally {
            root.detachAppender(logged);
        }
    }
}
