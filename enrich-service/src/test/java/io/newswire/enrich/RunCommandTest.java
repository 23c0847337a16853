package io.newswire.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

class RunCommandTest {

    private static EnrichConfig parse(String... args) {
        RunCommand run = new RunCommand();
        new CommandLine(run).parseArgs(args);
        return run.config();
    }

    @Test
    void flagsBecomeTheConfig() {
        EnrichConfig c = parse("--bootstrap-servers", "k1:9092,k2:9092", "--application-id", "enrich-b",
                "--topic-articles-raw", "raw", "--topic-articles-enriched", "enr", "--topic-visits", "vis",
                "--topic-deadletter", "dlq", "--threads", "4", "--state-dir", "/var/lib/enrich", "--http-port", "0",
                "--partitions", "6", "--repeat-retention", "P7D", "--streams-property", "commit.interval.ms=500");
        assertThat(c.bootstrapServers()).isEqualTo("k1:9092,k2:9092");
        assertThat(c.applicationId()).isEqualTo("enrich-b");
        assertThat(c.topics().all()).extracting(Object::toString).containsExactly("raw", "enr", "vis", "dlq");
        assertThat(c.threads()).isEqualTo(4);
        assertThat(c.stateDir()).isEqualTo(Path.of("/var/lib/enrich"));
        assertThat(c.httpPort()).isZero();
        assertThat(c.topicPartitions()).isEqualTo(6);
        assertThat(c.repeatRetention()).isEqualTo(Duration.ofDays(7));
        assertThat(c.streamsProperties())
                .containsEntry("application.id", "enrich-b")
                .containsEntry("num.stream.threads", 4)
                .containsEntry("state.dir", "/var/lib/enrich")
                .containsEntry("processing.guarantee", "exactly_once_v2")
                .containsEntry("commit.interval.ms", "500");
    }

    @Test
    void unsetFlagsFallBackToEnvironmentOrDefaults() {
        EnrichConfig c = parse();
        String bootstrap = System.getenv("KAFKA_BOOTSTRAP_SERVERS");
        assertThat(c.bootstrapServers()).isEqualTo(bootstrap == null ? "localhost:9092" : bootstrap);
        if (System.getenv("APPLICATION_ID") == null) {
            assertThat(c.applicationId()).isEqualTo("newswire-enrich");
        }
        if (System.getenv("HTTP_PORT") == null) {
            assertThat(c.httpPort()).isEqualTo(8082);
        }
        if (System.getenv("STATE_DIR") == null) {
            assertThat(c.stateDir()).isNull();
            assertThat(c.streamsProperties()).doesNotContainKey("state.dir");
        }
        assertThat(c.repeatRetention()).isEqualTo(Duration.ofDays(30));
    }

    @Test
    void badValuesAreRejectedWithTheirName() {
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> parse("--threads", "0")))
                .hasMessageContaining("threads");
        assertThat(new CommandLine(new EnrichCommand()).execute("run", "--http-port", "not-a-port")).isEqualTo(2);
        assertThat(new CommandLine(new EnrichCommand()).execute("run", "--partitions", "0")).isEqualTo(2);
    }

    @Test
    void theDefaultStreamsConfigurationStartsWithoutWarnings() {
        Logger logger = (Logger) LoggerFactory.getLogger(StreamsConfig.class);
        ListAppender<ILoggingEvent> seen = new ListAppender<>();
        seen.start();
        logger.addAppender(seen);
        try {
            new StreamsConfig(parse().streamsProperties());
        } finally {
            logger.detachAppender(seen);
        }
        assertThat(seen.list).filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
                .extracting(ILoggingEvent::getFormattedMessage).isEmpty();
    }
}
