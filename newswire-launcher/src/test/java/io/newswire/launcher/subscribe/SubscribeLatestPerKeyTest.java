package io.newswire.launcher.subscribe;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.embedded.junit.KafkaBootstrap;
import io.newswire.embedded.junit.WithInfra;
import io.newswire.launcher.NewswireCommand;
import io.newswire.model.Json;
import io.newswire.model.Official;
import io.newswire.model.Visit;
import io.newswire.model.VisitStatus;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code subscribe --stream visits} on a compacted topic that holds many updates of each visit, on a real broker. */
@WithInfra
class SubscribeLatestPerKeyTest {
    private static final ObjectMapper JSON = Json.mapper();
    private static final int VISITS = 40;
    private static final int UPDATES = 25;
    private static final String TOPIC = "visits-" + UUID.randomUUID();

    private static String bootstrap;

    @BeforeAll
    static void writeUpdates(@KafkaBootstrap String bootstrapServers) throws Exception {
        bootstrap = bootstrapServers;
        try (Admin admin = Admin.create(Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            // compaction is lagged as in the real topic: every update is still in the log when the subscriber reads
            admin.createTopics(List.of(new NewTopic(TOPIC, 3, (short) 1).configs(Map.of("cleanup.policy", "compact",
                    "min.compaction.lag.ms", "600000")))).all().get();
        }
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
            // interleaved, as a replay writes them: visit 0 update 0, visit 1 update 0, ..., visit 0 update 1, ...
            for (int u = 0; u < UPDATES; u++) {
                for (int v = 0; v < VISITS; v++) {
                    Visit visit = visit(v, u);
                    producer.send(new ProducerRecord<>(TOPIC, visit.id(), JSON.writeValueAsString(visit)));
                }
            }
            // the last visit is deleted by a tombstone: it is gone from the latest state
            producer.send(new ProducerRecord<>(TOPIC, visit(VISITS - 1, 0).id(), null));
        }
    }

    /** Visit {@code v} after {@code u} updates: every update adds an article that reports it. */
    private static Visit visit(int v, int u) {
        List<String> articles = java.util.stream.IntStream.rangeClosed(0, u).mapToObj(i -> "a" + v + "-" + i).toList();
        return new Visit("visit-" + v, List.of("TR"), "PK", List.of(new Official("Hakan Fidan", "foreign minister", "TR")),
                List.of(), LocalDate.of(2025, 7, 9).plusDays(v), null,
                u == UPDATES - 1 ? VisitStatus.COMPLETED : VisitStatus.PLANNED, Visit.CAMEO_MAKE_VISIT, List.of(),
                articles);
    }

    private static List<String> subscribe(String... extra) {
        StringWriter out = new StringWriter();
        var cli = NewswireCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(new StringWriter()));
        List<String> args = new java.util.ArrayList<>(List.of("subscribe", "--stream", "visits", "--from-beginning",
                "--exit-at-end", "--format", "json", "--bootstrap-servers", bootstrap, "--topic-visits", TOPIC));
        args.addAll(List.of(extra));
        assertThat(cli.execute(args.toArray(String[]::new))).isZero();
        return out.toString().lines().toList();
    }

    @Test
    void printsEachVisitOnceInItsLatestState() throws Exception {
        List<String> lines = subscribe();

        assertThat(lines).hasSize(VISITS - 1);
        Map<String, JsonNode> byId = new HashMap<>();
        for (String line : lines) {
            JsonNode visit = JSON.readTree(line);
            assertThat(byId.put(visit.path("id").asText(), visit)).as("printed twice: %s", line).isNull();
            assertThat(visit.path("status").asText()).isEqualTo("completed");
            assertThat(visit.path("sourceArticleIds")).hasSize(UPDATES);
        }
        assertThat(byId).doesNotContainKey("visit-" + (VISITS - 1));
    }

    @Test
    void allUpdatesPrintsTheRawLog() {
        List<String> lines = subscribe("--all-updates");

        assertThat(lines).hasSize(VISITS * UPDATES);
    }

    @Test
    void maxEventsCountsTheMergedVisits() {
        assertThat(subscribe("--max-events", "5")).hasSize(5);
    }
}
