package io.newswire.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class StoreCommandTest {

    private static StoreConfig parse(String... args) {
        StoreCommand.Run run = new StoreCommand.Run();
        new CommandLine(run).parseArgs(args);
        return run.config();
    }

    @Test
    void flagsBuildTheConfig() {
        StoreConfig c = parse("--bootstrap-servers", "kafka:9092", "--group-id", "g", "--jdbc-url",
                "jdbc:postgresql://db:5432/news", "--jdbc-user", "u", "--jdbc-password", "p", "--http-port", "0",
                "--topic-articles-enriched", "a", "--topic-visits", "v", "--topic-deadletter", "d",
                "--batch-size", "50", "--db-pool-size", "4", "--max-retry-backoff", "PT30S", "--consumers", "3");
        assertThat(c.bootstrapServers()).isEqualTo("kafka:9092");
        assertThat(c.groupId()).isEqualTo("g");
        assertThat(c.jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/news");
        assertThat(c.jdbcUser()).isEqualTo("u");
        assertThat(c.jdbcPassword()).isEqualTo("p");
        assertThat(c.httpPort()).isZero();
        assertThat(c.topics().articlesEnriched().name()).isEqualTo("a");
        assertThat(c.topics().visits().name()).isEqualTo("v");
        assertThat(c.topics().deadLetter().name()).isEqualTo("d");
        assertThat(c.batchSize()).isEqualTo(50);
        assertThat(c.dbPoolSize()).isEqualTo(4);
        assertThat(c.maxRetryBackoff()).isEqualTo(Duration.ofSeconds(30));
        assertThat(c.consumers()).isEqualTo(3);
        assertThat(c.toString()).doesNotContain("password=").doesNotContain("=p,");
    }

    @Test
    void defaultsComeFromTheEnvironmentOrTheDocumentedValues() {
        StoreConfig c = parse();
        String env = System.getenv("HTTP_PORT");
        assertThat(c.httpPort()).isEqualTo(env == null ? 8080 : Integer.parseInt(env));
        if (System.getenv("KAFKA_BOOTSTRAP_SERVERS") == null) {
            assertThat(c.bootstrapServers()).isEqualTo("localhost:9092");
        }
        if (System.getenv("TOPIC_VISITS") == null) {
            assertThat(c.topics().visits().name()).isEqualTo("news.visits");
        }
    }

    @Test
    void impossibleValuesAreRefused() {
        assertThatThrownBy(() -> parse("--batch-size", "0")).hasMessageContaining("batchSize");
        assertThatThrownBy(() -> parse("--http-port", "70000")).hasMessageContaining("httpPort");
        assertThatThrownBy(() -> parse("--consumers", "0")).hasMessageContaining("consumers");
        // each consumer holds a connection, and the API needs one
        assertThatThrownBy(() -> parse("--consumers", "4", "--db-pool-size", "4")).hasMessageContaining("dbPoolSize");
        assertThat(new CommandLine(new StoreCommand()).execute("run", "--max-retry-backoff", "soon")).isEqualTo(2);
    }
}
