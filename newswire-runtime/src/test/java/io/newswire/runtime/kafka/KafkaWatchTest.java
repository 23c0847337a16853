package io.newswire.runtime.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newswire.embedded.Ports;
import io.newswire.embedded.kafka.EmbeddedKafka;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class KafkaWatchTest {
    @Test
    void saysKafkaIsOutOfReachWithinTheStatedTimeRemindsAndSaysWhenItIsBack() throws Exception {
        int port = Ports.free();
        String address = "localhost:" + port;
        List<String> warnings = new CopyOnWriteArrayList<>();
        List<String> infos = new CopyOnWriteArrayList<>();
        long t0 = System.nanoTime();
        try (KafkaWatch watch = KafkaWatch.start("test-service", address, warnings::add, infos::add,
                Duration.ofMillis(200), Duration.ofSeconds(1))) {
            await().atMost(KafkaWatch.FIRST_WARNING).until(() -> !warnings.isEmpty());
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(KafkaWatch.FIRST_WARNING);
            assertThat(warnings.getFirst()).isEqualTo("test-service: Kafka at " + address
                    + " is not reachable (connection refused); retrying — check --bootstrap-servers or "
                    + "KAFKA_BOOTSTRAP_SERVERS and that the broker is running");
            assertThat(watch.reachable()).isFalse();

            // reminders at the reminder's pace, not at every probe (every 200 ms)
            Thread.sleep(2_500);
            assertThat(warnings).hasSizeBetween(2, 4);

            CountDownLatch started = new CountDownLatch(1);
            Thread waiter = new Thread(() -> {
                try {
                    watch.awaitReachable();
                    started.countDown();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            waiter.start();
            assertThat(started.await(300, TimeUnit.MILLISECONDS)).isFalse();

            try (EmbeddedKafka kafka = EmbeddedKafka.builder().port(port).start()) {
                assertThat(kafka.port()).isEqualTo(port); // the broker came up where the watch looks
                assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
                await().atMost(Duration.ofSeconds(10)).until(watch::reachable);
                assertThat(infos).contains("test-service: Kafka at " + address + " is reachable again");
                int before = warnings.size();
                Thread.sleep(1_000);
                assertThat(warnings).hasSize(before);
            }
        }
    }

    @Test
    void staysQuietWhileKafkaAnswers() throws Exception {
        List<String> lines = new CopyOnWriteArrayList<>();
        try (EmbeddedKafka kafka = EmbeddedKafka.start();
                KafkaWatch watch = KafkaWatch.start("quiet", kafka.bootstrapServers(), lines::add, lines::add,
                        Duration.ofMillis(100), Duration.ofSeconds(1))) {
            watch.awaitReachable();
            Thread.sleep(1_000);
            assertThat(watch.reachable()).isTrue();
            assertThat(lines).isEmpty();
        }
    }
}
