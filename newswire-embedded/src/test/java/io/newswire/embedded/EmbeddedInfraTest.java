package io.newswire.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.embedded.junit.KafkaBootstrap;
import io.newswire.embedded.junit.WithInfra;
import io.newswire.embedded.kafka.EmbeddedKafka;
import io.newswire.embedded.postgres.EmbeddedPostgres;
import io.newswire.embedded.postgres.PostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@WithInfra
class EmbeddedInfraTest {

    @Test
    void brokerAcceptsAndServesRecords(@KafkaBootstrap String bootstrap, EmbeddedKafka kafka) throws Exception {
        assertThat(bootstrap).isEqualTo(kafka.bootstrapServers());
        kafka.createTopics(2, Map.of(), List.of("embedded.test"));
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (var producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("embedded.test", "k", "hello")).get();
        }
        Properties c = new Properties();
        c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        c.put(ConsumerConfig.GROUP_ID_CONFIG, "embedded-test");
        c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (var consumer = new KafkaConsumer<>(c, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("embedded.test"));
            ConsumerRecord<String, String> got = null;
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (got == null && System.nanoTime() < deadline) {
                for (var r : consumer.poll(Duration.ofMillis(200))) {
                    got = r;
                }
            }
            assertThat(got).isNotNull();
            assertThat(got.value()).isEqualTo("hello");
        }
    }

    @Test
    void databaseRoundTrip(DataSource ds, PostgresServer pg) throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS probe (id int PRIMARY KEY, word text)");
            s.execute("INSERT INTO probe VALUES (1, 'Türkiye') ON CONFLICT (id) DO UPDATE SET word = excluded.word");
            try (ResultSet rs = s.executeQuery("SELECT word, current_setting('server_version_num')::int FROM probe")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("Türkiye");
                assertThat(rs.getInt(2)).isGreaterThanOrEqualTo(170000);
            }
        }
        String db = pg.createDatabase("isolated");
        try (var pool = pg.pool(db, 1); Connection c = pool.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT current_database()")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo(db);
        }
    }

    @Test
    void dataSurvivesRestartOnTheSameDirectory(@TempDir Path dir) throws Exception {
        // as root the server runs as 'nobody', who must be able to reach the data directory
        Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        Path data = dir.resolve("pg");
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().dataDir(data).start()) {
            try (Connection c = pg.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE kept (v text)");
                s.execute("INSERT INTO kept VALUES ('still here')");
            }
            pg.stop();
            assertThat(pg.isRunning()).isFalse();
            pg.startServer();
            try (var fresh = pg.pool(EmbeddedPostgres.DATABASE, 1); Connection c = fresh.getConnection();
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT v FROM kept")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("still here");
            }
        }
        assertThat(Files.exists(data.resolve("PG_VERSION"))).isTrue();
        try (EmbeddedPostgres again = EmbeddedPostgres.builder().dataDir(data).start();
                Connection c = again.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM kept")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void brokerKeepsTopicsAcrossRestart(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("kafka");
        try (EmbeddedKafka k = EmbeddedKafka.builder().dataDir(data).start()) {
            k.createTopics(1, Map.of("cleanup.policy", "compact"), List.of("kept.topic"));
        }
        try (EmbeddedKafka k = EmbeddedKafka.builder().dataDir(data).start(); var admin = k.admin()) {
            assertThat(admin.listTopics().names().get()).contains("kept.topic");
        }
    }
}
