package io.newswire.launcher.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.newswire.launcher.subscribe.TopicTail;
import io.newswire.model.Json;
import io.newswire.model.Topics;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.PrintStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.ComposeContainer;
import org.testcontainers.containers.ContainerState;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The docker-compose.yml stack end to end: images built from the Dockerfiles, the sample archive replayed with
 * {@code replay /archive} in the ingest container, visits served by the store's API, enriched articles readable from
 * the host's Kafka listener. Skipped where Docker (or its compose plugin) is missing.
 */
@Testcontainers(disabledWithoutDocker = true)
class ComposeStackTest {
    private static final File COMPOSE_FILE = new File("../docker-compose.yml");
    private static ComposeContainer stack;
    private static int kafkaPort;

    @BeforeAll
    static void startStack() throws Exception {
        Assumptions.assumeTrue(composePluginAvailable(), "docker compose (v2) is not installed");
        kafkaPort = freePort();
        // no live feeds: the test counts exactly what the archive brings
        Path feeds = Files.createTempDirectory("newswire-compose-feeds");
        Files.writeString(feeds.resolve("feeds.txt"), "# none\n");
        feeds.toFile().deleteOnExit();
        feeds.resolve("feeds.txt").toFile().deleteOnExit();
        stack = new ComposeContainer(COMPOSE_FILE)
                .withBuild(true)
                .withRemoveVolumes(true)
                // free host ports, so that a stack already running on this machine is not in the way
                .withEnv(Map.of("KAFKA_HOST_PORT", Integer.toString(kafkaPort),
                        "HTTP_HOST_PORT", Integer.toString(freePort()),
                        "POSTGRES_HOST_PORT", Integer.toString(freePort()),
                        "FEEDS_DIR", feeds.toString()))
                .waitingFor("ingest-service", Wait.forHealthcheck().withStartupTimeout(Duration.ofMinutes(15)))
                .waitingFor("enrich-service", Wait.forHealthcheck().withStartupTimeout(Duration.ofMinutes(15)))
                .withExposedService("store-service", 8080,
                        Wait.forHttp("/health").forStatusCode(200).withStartupTimeout(Duration.ofMinutes(15)));
        stack.start();
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.stop();
        }
    }

    @Test
    void replayedArchiveReachesTheApiAndTheHostsKafkaListener() throws Exception {
        ContainerState ingest = stack.getContainerByServiceName("ingest-service").orElseThrow();
        var replay = ingest.execInContainer("java", "-jar", "/app/ingest-service.jar", "replay", "/archive");
        assertThat(replay.getExitCode()).as(replay.getStderr()).isZero();

        String api = "http://" + stack.getServiceHost("store-service", 8080) + ":"
                + stack.getServicePort("store-service", 8080);
        HttpClient http = HttpClient.newHttpClient();
        Set<String> pairs = new HashSet<>();
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(api + "/api/visits?limit=200"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            pairs.clear();
            for (JsonNode v : Json.mapper().readTree(r.body()).path("items")) {
                pairs.add(v.path("visitorCountries").path(0).asText() + ">" + v.path("hostCountry").asText());
            }
            // visits the sample archive reports (samples/README.md)
            assertThat(pairs).contains("ID>AU", "KE>ET", "PL>KR");
        });

        // every item of the five archive files, each enriched once, readable on the host's listener
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            int[] enriched = {0};
            new TopicTail("localhost:" + kafkaPort, Topics.DEFAULT_ARTICLES_ENRICHED, true, true,
                    new PrintStream(OutputStream.nullOutputStream())).run(rec -> ++enriched[0] > 0);
            assertThat(enriched[0]).isEqualTo(34);
        });
    }

    private static boolean composePluginAvailable() {
        try {
            Process p = new ProcessBuilder("docker", "compose", "version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
