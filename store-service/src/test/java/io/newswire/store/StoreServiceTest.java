package io.newswire.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.newswire.embedded.Ports;
import io.newswire.embedded.junit.KafkaBootstrap;
import io.newswire.embedded.junit.WithInfra;
import io.newswire.embedded.kafka.EmbeddedKafka;
import io.newswire.embedded.postgres.PostgresServer;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import io.newswire.model.Topics;
import io.newswire.runtime.kafka.KafkaWatch;
import java.time.Duration;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

@WithInfra
class StoreServiceTest {

    @Test
    void closeStopsEverythingWithinSecondsEvenWithAStreamOpen(@KafkaBootstrap String bootstrap, EmbeddedKafka kafka,
            PostgresServer pg) throws Exception {
        try (HikariDataSource db = Infra.database(pg); Admin admin = kafka.admin()) {
            StoreConfig config = Infra.config(bootstrap, Infra.topics(kafka), pg, db);
            StoreService service = StoreService.start(config);
            int port = service.httpPort();
            assertThat(port).isPositive();
            HttpClient http = HttpClient.newHttpClient();
            var stream = http.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/api/stream")).build(), HttpResponse.BodyHandlers.ofLines());
            assertThat(stream.get().statusCode()).isEqualTo(200);
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> admin
                    .describeConsumerGroups(java.util.List.of(config.groupId())).all().get().get(config.groupId())
                    .members().size() == config.consumers());

            long t0 = System.nanoTime();
            service.close();
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(20));
            assertThat(service.isConsuming()).isFalse();
            assertThatThrownBy(() -> http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/health")).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()))
                    .isInstanceOfAny(ConnectException.class, IOException.class);
            // the consumers left their group on the way out: their partitions are free for others at once
            assertThat(admin.describeConsumerGroups(java.util.List.of(config.groupId())).all().get()
                    .get(config.groupId()).members()).isEmpty();
        }
    }

    @Test
    void kafkaOutOfReachIsLoggedWithItsAddressWithinTheStatedTimeWhileTheApiServes(PostgresServer pg)
            throws Exception {
        String bootstrap = "localhost:" + Ports.free(); // a real closed port
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        Logger logger = (Logger) LoggerFactory.getLogger(StoreService.class);
        logged.start();
        logger.addAppender(logged);
        try (HikariDataSource db = Infra.database(pg)) {
            StoreConfig config = Infra.config(bootstrap, Topics.named("a", "e", "v", "d"), pg, db);
            long t0 = System.nanoTime();
            try (StoreService service = StoreService.start(config)) {
                String line = "store-service: Kafka at " + bootstrap + " is not reachable (connection refused); "
                        + "retrying — check --bootstrap-servers or KAFKA_BOOTSTRAP_SERVERS and that the broker is running";
                org.awaitility.Awaitility.await().atMost(KafkaWatch.FIRST_WARNING).until(() -> logged.list.stream()
                        .anyMatch(e -> e.getLevel() == Level.WARN && e.getFormattedMessage().equals(line)));
                assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(KafkaWatch.FIRST_WARNING);
                // the database side serves meanwhile; health says which part is down
                HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + service.httpPort() + "/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(health.body()).contains("kafka");
                assertThat(HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:"
                        + service.httpPort() + "/api/visits")).build(), HttpResponse.BodyHandlers.ofString())
                        .statusCode()).isEqualTo(200);
            }
        } finally {
            logger.detachAppender(logged);
        }
    }

    @Test
    void aDatabaseThatCannotBeReachedFailsTheStartAndLeavesNothingRunning(@KafkaBootstrap String bootstrap,
            EmbeddedKafka kafka) {
        StoreConfig config = StoreConfig.defaults().withKafka(bootstrap, "g").withTopics(Infra.topics(kafka))
                .withDatabase("jdbc:postgresql://localhost:1/none", "nobody", "").withHttpPort(0);
        assertThatThrownBy(() -> StoreService.start(config)).isInstanceOf(RuntimeException.class);
    }
}
