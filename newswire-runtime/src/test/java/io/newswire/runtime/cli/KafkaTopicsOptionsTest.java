package io.newswire.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.Topics;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

class KafkaTopicsOptionsTest {
    @Command(name = "probe")
    static final class Probe {
        @Mixin
        KafkaTopicsOptions kafka = new KafkaTopicsOptions();
    }

    private static KafkaTopicsOptions parse(String... args) {
        Probe probe = new Probe();
        new CommandLine(probe).parseArgs(args);
        return probe.kafka;
    }

    @Test
    void flagsNameTheConnectionAndEveryTopic() {
        KafkaTopicsOptions o = parse("--bootstrap-servers", "k1:9092,k2:9092", "--topic-articles-raw", "raw",
                "--topic-articles-enriched", "enr", "--topic-visits", "vis", "--topic-deadletter", "dlq");
        assertThat(o.bootstrapServers()).isEqualTo("k1:9092,k2:9092");
        assertThat(o.topics().all()).extracting(t -> t.name()).containsExactly("raw", "enr", "vis", "dlq");
    }

    @Test
    void unsetFlagsTakeTheEnvironmentLikeTopicsFromEnv() {
        KafkaTopicsOptions o = parse();
        Map<String, String> env = System.getenv();
        String bootstrap = env.get("KAFKA_BOOTSTRAP_SERVERS");
        assertThat(o.bootstrapServers()).isEqualTo(bootstrap == null ? "localhost:9092" : bootstrap);
        assertThat(o.topics().all()).extracting(t -> t.name())
                .containsExactlyElementsOf(Topics.fromEnv(env).all().stream().map(t -> t.name()).toList());
    }

    @Test
    void aBlankTopicNameMeansTheDefault() {
        KafkaTopicsOptions o = parse("--topic-visits", " ", "--topic-deadletter", "");
        assertThat(o.topics().visits().name()).isEqualTo(Topics.DEFAULT_VISITS);
        assertThat(o.topics().deadLetter().name()).isEqualTo(Topics.DEFAULT_DEAD_LETTER);
    }
}
