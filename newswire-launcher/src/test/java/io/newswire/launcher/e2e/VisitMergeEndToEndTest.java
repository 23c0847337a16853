package io.newswire.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.newswire.ingest.IngestTopics;
import io.newswire.launcher.NewswireCommand;
import io.newswire.launcher.up.DataDir;
import io.newswire.launcher.up.LocalStack;
import io.newswire.model.Json;
import io.newswire.model.TopicSpecs;
import io.newswire.model.Topics;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reports of one visit by two outlets on different days, replayed from archived feeds through the whole stack as
 * {@code newswire up} runs it (real broker, real PostgreSQL, the rule tagger): one visit on {@code news.visits} and
 * one row in the store. The report published first is replayed last, so the visit first published under the
 * arrival's date is absorbed into the one under the earliest report's: a tombstone, and no orphan in the store.
 */
class VisitMergeEndToEndTest {
    private static final Duration WITHIN = Duration.ofSeconds(60);
    private static final String FIRST_ID = "KE>GH@2024-05-14";
    private static final String FINAL_ID = "KE>GH@2024-05-12";

    private static final HttpClient http = HttpClient.newHttpClient();
    private static Path root;
    private static LocalStack stack;

    @BeforeAll
    static void startStack() throws Exception {
        // as root, PostgreSQL runs as 'nobody', who must be able to reach its data folder
        root = Files.createTempDirectory("newswire-visits-e2e-", PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxr-xr-x")));
        Path days = Files.createDirectories(root.resolve("archive-days"));
        Files.writeString(days.resolve("lakeside-wire.rss"), rss("Lakeside Wire", "https://lakeside.example",
                item("https://lakeside.example/otieno-arrives", "Otieno in Ghana", "Wed, 15 May 2024 08:00:00 GMT",
                        "Kenyan President Daniel Otieno arrived in Accra on Tuesday for a three-day state visit.")));
        Files.writeString(days.resolve("coast-herald.rss"), rss("Coast Herald", "https://herald.example",
                item("https://herald.example/talks-in-accra", "Talks in Accra", "Thu, 16 May 2024 10:00:00 GMT",
                        "Kenyan President Daniel Otieno held talks with Ghanaian President Grace Mensah in Accra "
                                + "on Wednesday.")));
        Files.writeString(root.resolve("feeds.txt"), "");
        stack = LocalStack.start(new LocalStack.Options(new DataDir(root.resolve("data")), 0, 0,
                new TopicSpecs.Partitions(2, 2), root.resolve("feeds.txt"), Duration.ofSeconds(1), true, List.of(),
                List.of(days), Topics.defaults(), IngestTopics.defaults()), line -> { });
    }

    @AfterAll
    static void stopStack() throws Exception {
        if (stack != null) {
            stack.close();
        }
        if (root != null) {
            new DataDir(root.resolve("data")).wipe();
            try (var files = Files.walk(root)) {
                files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void reportsOfOneVisitEndAsOneRecordAndOneRowWhateverTheOrder() throws Exception {
        await().atMost(WITHIN).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(visitsToGhana()).singleElement().satisfies(v -> {
                    assertThat(v.path("id").asText()).isEqualTo(FIRST_ID);
                    assertThat(v.path("sourceArticleIds")).hasSize(2);
                }));

        // the announcement, published before both, comes in last
        Path announcement = Files.createDirectories(root.resolve("archive-announcement"));
        Files.writeString(announcement.resolve("lakeside-wire-earlier.rss"), rss("Lakeside Wire",
                "https://lakeside.example", item("https://lakeside.example/otieno-to-visit", "Otieno to visit Ghana",
                        "Sun, 12 May 2024 07:00:00 GMT", "Kenyan President Daniel Otieno will travel to Ghana for a "
                                + "state visit, his office said on Sunday. He is expected to hold talks with Ghanaian "
                                + "President Grace Mensah.")));
        StringWriter out = new StringWriter();
        var cli = NewswireCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(new StringWriter()));
        assertThat(cli.execute("replay", "--bootstrap-servers", stack.bootstrapServers(), announcement.toString()))
                .as(out.toString()).isZero();

        await().atMost(WITHIN).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(visitsToGhana()).singleElement().satisfies(v -> {
                    assertThat(v.path("id").asText()).isEqualTo(FINAL_ID);
                    assertThat(v.path("sourceArticleIds")).hasSize(3);
                    assertThat(v.path("startDate").asText()).isEqualTo("2024-05-14");
                    assertThat(v.path("hosts").toString()).contains("Grace Mensah");
                }));
        HttpResponse<String> orphan = get("/api/visits/" + URLEncoder.encode(FIRST_ID, StandardCharsets.UTF_8));
        assertThat(orphan.statusCode()).as("the absorbed visit is gone from the store").isEqualTo(404);

        Map<String, String> latest = compactedVisitsTopic();
        assertThat(latest.keySet().stream().filter(id -> id.startsWith("KE>GH@"))).containsExactly(FINAL_ID);
    }

    /** Each key's last value on news.visits, deleted keys left out: what compaction leaves. */
    private static Map<String, String> compactedVisitsTopic() {
        Properties c = new Properties();
        c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
        c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        c.put(ConsumerConfig.GROUP_ID_CONFIG, "visits-e2e-" + UUID.randomUUID());
        Map<String, String> latest = new LinkedHashMap<>();
        try (var consumer = new KafkaConsumer<>(c, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            consumer.partitionsFor(Topics.DEFAULT_VISITS).forEach(p -> partitions.add(new TopicPartition(p.topic(),
                    p.partition())));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            await().atMost(WITHIN).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (r.value() == null) {
                        latest.remove(r.key());
                    } else {
                        latest.put(r.key(), r.value());
                    }
                });
                return partitions.stream().allMatch(p -> consumer.position(p) >= end.get(p));
            });
        }
        return latest;
    }

    private static List<JsonNode> visitsToGhana() throws IOException, InterruptedException {
        HttpResponse<String> r = get("/api/visits?host=GH&visitor=KE");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return StreamSupport.stream(Json.mapper().readTree(r.body()).path("items").spliterator(), false).toList();
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + stack.httpPort() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String rss(String title, String link, String items) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>%s</title><link>%s</link><description>news</description>
                %s
                </channel></rss>
                """.formatted(title, link, items);
    }

    private static String item(String link, String title, String pubDate, String text) {
        return "<item><title>%s</title><link>%s</link><guid>%s</guid><pubDate>%s</pubDate><description>%s</description></item>"
                .formatted(title, link, link, pubDate, text);
    }
}
