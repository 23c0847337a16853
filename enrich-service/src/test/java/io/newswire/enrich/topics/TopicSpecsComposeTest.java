package io.newswire.enrich.topics;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.embedded.kafka.EmbeddedKafka;
import io.newswire.enrich.EnrichConfig;
import io.newswire.enrich.EnrichService;
import io.newswire.enrich.EnrichTopics;
import io.newswire.model.TopicSpecs;
import io.newswire.model.TopicSpecs.Spec;
import io.newswire.model.Topics;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One topic specification: docker-compose.yml's topic-init job creates exactly what {@link TopicSpecs} says, and
 * enrich-service started alone on an empty broker creates its topics the same way compose does.
 */
@SuppressWarnings("try") // services held open in try blocks only for their side effect: running
class TopicSpecsComposeTest {

    @Test
    void composeCreatesEveryTopicAsTheSpecificationSays() throws Exception {
        Map<String, Spec> compose = ComposeTopicInit.read(ComposeTopicInit.COMPOSE_FILE);
        Map<String, Spec> spec = byName(TopicSpecs.all(TopicSpecs.Partitions.defaults()));
        assertThat(compose).isEqualTo(spec);
    }

    @Test
    void theSpecificationBoundsEventTimeTopicsBySizeOnly() {
        for (Spec s : TopicSpecs.all(TopicSpecs.Partitions.defaults())) {
            if (!s.configs().get("cleanup.policy").contains("compact")) {
                assertThat(s.configs()).as(s.name()).containsEntry("retention.ms", "-1")
                        .containsKey("retention.bytes");
            }
        }
    }

    @Test
    void enrichStartedAloneOnAnEmptyBrokerCreatesItsTopicsAsComposeDoes(@TempDir Path state) throws Exception {
        Map<String, Spec> compose = ComposeTopicInit.read(ComposeTopicInit.COMPOSE_FILE);
        try (EmbeddedKafka kafka = EmbeddedKafka.builder().start()) {
            EnrichConfig config = EnrichConfig.of(kafka.bootstrapServers(), Topics.defaults())
                    .withStateDir(state).withHttpPort(0);
            try (EnrichService ignored = EnrichService.start(config); Admin admin = kafka.admin()) {
                List<String> names = java.util.stream.Stream.concat(Topics.defaults().all().stream(),
                        EnrichTopics.defaults().all().stream()).map(t -> t.name()).toList();
                Map<String, TopicDescription> described = admin.describeTopics(names).allTopicNames()
                        .get(30, TimeUnit.SECONDS);
                Map<ConfigResource, Config> configs = admin.describeConfigs(names.stream()
                        .map(n -> new ConfigResource(ConfigResource.Type.TOPIC, n)).toList()).all()
                        .get(30, TimeUnit.SECONDS);
                for (String name : names) {
                    Spec expected = compose.get(name);
                    assertThat(expected).as("compose creates " + name).isNotNull();
                    assertThat(described.get(name).partitions()).as(name + " partitions")
                            .hasSize(expected.partitions());
                    Config actual = configs.get(new ConfigResource(ConfigResource.Type.TOPIC, name));
                    Map<String, String> relevant = new HashMap<>();
                    // every setting compose names, as the broker reports it for the topic enrich created
                    expected.configs().keySet().forEach(k -> relevant.put(k, actual.get(k).value()));
                    assertThat(relevant).as(name + " configs").isEqualTo(expected.configs());
                    // and enrich set nothing compose does not: the rest are the broker's defaults
                    assertThat(actual.entries().stream().filter(e -> e.source()
                            == org.apache.kafka.clients.admin.ConfigEntry.ConfigSource.DYNAMIC_TOPIC_CONFIG)
                            .map(e -> e.name()).collect(Collectors.toSet()))
                            .as(name + " topic-level settings").isEqualTo(expected.configs().keySet());
                }
            }
        }
    }

    private static Map<String, Spec> byName(List<Spec> specs) {
        return specs.stream().collect(Collectors.toMap(Spec::name, Function.identity(), (a, b) -> a,
                java.util.LinkedHashMap::new));
    }
}
