package io.newswire.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.newswire.ingest.IngestTopics;
import io.newswire.launcher.NewswireCommand;
import io.newswire.launcher.subscribe.TopicTail;
import io.newswire.launcher.up.DataDir;
import io.newswire.launcher.up.LocalStack;
import io.newswire.launcher.up.PipelineDrain;
import io.newswire.model.Json;
import io.newswire.model.TopicSpecs;
import io.newswire.model.Topics;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
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
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The pipeline as {@code newswire up} runs it, in this JVM: broker, PostgreSQL and the three services, a local feed
 * server, subscribers, and the {@code newswire replay} command.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalStackEndToEndTest {
    private static final Duration WITHIN = Duration.ofSeconds(30);
    private static final Path SAMPLE_ARCHIVE = Path.of("../samples/archive");
    private static final Pattern SUMMARY = Pattern.compile("(\\d+) items read, (\\d+) published");

    private static final HttpClient http = HttpClient.newHttpClient();
    private static final List<Subscriber> subscribers = new ArrayList<>();
    private static Path dataRoot;
    private static SeedLikeFeed feed;
    private static LocalStack stack;

    /** A group-less subscriber of the enriched articles, reading in the background. */
    private record Subscriber(TopicTail tail, List<String> values, Thread thread) {
        static Subscriber start(String bootstrap) {
            TopicTail tail = new TopicTail(bootstrap, Topics.DEFAULT_ARTICLES_ENRICHED, true, false,
                    new PrintStream(OutputStream.nullOutputStream()));
            List<String> values = Collections.synchronizedList(new ArrayList<>());
            Thread t = Thread.ofPlatform().name("e2e-subscriber").daemon().start(() -> tail.run(r -> values.add(r.value())));
            return new Subscriber(tail, values, t);
        }
    }

    @BeforeAll
    static void startStack() throws Exception {
        // as root, PostgreSQL runs as 'nobody', who must be able to reach its data folder
        dataRoot = Files.createTempDirectory("newswire-e2e-", PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxr-xr-x")));
        feed = new SeedLikeFeed();
        Files.writeString(dataRoot.resolve("feeds.txt"), feed.url() + "\n");
        stack = LocalStack.start(options(), line -> { });
        for (int i = 0; i < 2; i++) {
            subscribers.add(Subscriber.start(stack.bootstrapServers()));
        }
    }

    @AfterAll
    static void stopStack() throws Exception {
        for (Subscriber s : subscribers) {
            s.tail().stopAndWait(Duration.ofSeconds(5));
        }
        if (stack != null) {
            stack.close();
        }
        if (feed != null) {
            feed.close();
        }
        if (dataRoot != null) {
            new DataDir(dataRoot.resolve("data")).wipe();
            Files.deleteIfExists(dataRoot.resolve("feeds.txt"));
            Files.deleteIfExists(dataRoot);
        }
    }

    @Test
    @Order(1)
    void polledArticleIsTaggedStoredAndStreamed() {
        await().atMost(WITHIN).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(items(get("/api/visits?host=PK"))).anySatisfy(visit -> {
                    assertThat(visit.path("visitorCountries").toString()).isEqualTo("[\"TR\"]");
                    assertThat(visit.path("startDate").asText()).isEqualTo("2025-07-09");
                    assertThat(visit.path("status").asText()).isEqualTo("planned");
                    assertThat(names(visit.path("visitors"))).contains("Hakan Fidan", "Yaşar Güler");
                }));
        await().atMost(WITHIN).untilAsserted(() -> assertThat(items(get("/api/articles?q="
                + URLEncoder.encode("Fidan Islamabad", StandardCharsets.UTF_8))))
                .extracting(a -> a.path("title").asText()).contains(SeedLikeFeed.TITLE));
        // every subscriber sees it: they read without a group, so none takes partitions from the other
        await().atMost(WITHIN).untilAsserted(() -> {
            for (Subscriber s : subscribers) {
                assertThat(titles(s.values())).contains(SeedLikeFeed.TITLE);
            }
        });
    }

    @Test
    @Order(2)
    void replayAddsTheArchiveOnceAndASecondReplayAddsNothing() throws Exception {
        int before = articleCount();

        String first = replay(SAMPLE_ARCHIVE);
        long read = count(first, 1);
        assertThat(read).isGreaterThanOrEqualTo(30);
        assertThat(count(first, 2)).as(first).isEqualTo(read);
        await().atMost(WITHIN).untilAsserted(() -> assertThat(articleCount()).isEqualTo(before + read));
        // one of the archive's visits, as a sign it was tagged as well as stored
        await().atMost(WITHIN).untilAsserted(() -> assertThat(items(get("/api/visits?host=AU")))
                .anySatisfy(v -> assertThat(v.path("visitorCountries").toString()).isEqualTo("[\"ID\"]")));
        await().atMost(WITHIN).untilAsserted(() -> assertThat(subscribers.get(0).values()).hasSize(before + (int) read));

        String second = replay(SAMPLE_ARCHIVE);
        assertThat(count(second, 1)).isEqualTo(read);
        assertThat(count(second, 2)).as(second).isZero();
        try (PipelineDrain drain = new PipelineDrain(stack.bootstrapServers())) {
            assertThat(drain.await(stack.readers(), WITHIN)).isTrue();
        }
        assertThat(articleCount()).isEqualTo(before + read);
        assertThat(subscribers.get(0).values()).hasSize(before + (int) read);
    }

    @Test
    @Order(3)
    void subscribeCommandPrintsTheVisitsAsReadableLines() {
        StringWriter out = new StringWriter();
        var cli = NewswireCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        int status = cli.execute("subscribe", "--stream", "visits", "--country", "PK", "--from-beginning",
                "--exit-at-end", "--bootstrap-servers", stack.bootstrapServers());
        assertThat(status).isZero();
        assertThat(out.toString().lines()).isNotEmpty()
                .allSatisfy(line -> assertThat(line).contains("PK"))
                .anySatisfy(line -> assertThat(line).startsWith("2025-07-09 TR → PK planned  ")
                        .contains("Hakan Fidan (foreign minister)"));
    }

    @Test
    @Order(4)
    void dataSurvivesARestartOnTheSameFolder() throws Exception {
        int articles = articleCount();
        for (Subscriber s : subscribers) {
            s.tail().stopAndWait(Duration.ofSeconds(5));
        }
        stack.close();
        stack = LocalStack.start(options(), line -> { });

        assertThat(items(get("/api/visits?host=PK")))
                .anySatisfy(v -> assertThat(v.path("visitorCountries").toString()).isEqualTo("[\"TR\"]"));
        assertThat(articleCount()).isEqualTo(articles);
        // the broker kept its topics and the replay's memory of what is published: nothing is added again
        assertThat(count(replay(SAMPLE_ARCHIVE), 2)).isZero();
    }

    private static LocalStack.Options options() {
        return new LocalStack.Options(new DataDir(dataRoot.resolve("data")), 0, 0, new TopicSpecs.Partitions(2, 2),
                dataRoot.resolve("feeds.txt"), Duration.ofSeconds(1), true, List.of(), List.of(), Topics.defaults(),
                IngestTopics.defaults());
    }

    private static String replay(Path archive) {
        StringWriter out = new StringWriter();
        var cli = NewswireCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(new StringWriter()));
        int status = cli.execute("replay", "--bootstrap-servers", stack.bootstrapServers(), archive.toString());
        assertThat(status).as(out.toString()).isZero();
        return out.toString();
    }

    private static long count(String summary, int group) {
        Matcher m = SUMMARY.matcher(summary);
        assertThat(m.find()).as(summary).isTrue();
        return Long.parseLong(m.group(group));
    }

    private static int articleCount() throws IOException, InterruptedException {
        return items(get("/api/articles?limit=200")).size();
    }

    private static JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + stack.httpPort() + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Json.mapper().readTree(r.body());
    }

    private static List<JsonNode> items(JsonNode page) {
        return StreamSupport.stream(page.path("items").spliterator(), false).toList();
    }

    private static List<String> names(JsonNode officials) {
        return StreamSupport.stream(officials.spliterator(), false).map(o -> o.path("name").asText()).toList();
    }

    private static List<String> titles(List<String> values) throws IOException {
        List<String> titles = new ArrayList<>();
        synchronized (values) {
            for (String v : values) {
                titles.add(Json.mapper().readTree(v).path("title").asText());
            }
        }
        return titles;
    }
}
