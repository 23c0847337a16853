package io.newswire.runtime.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newswire.embedded.Ports;
import io.newswire.embedded.kafka.EmbeddedKafka;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Against real sockets: a closed port, a server that is no broker, and a real broker. */
class KafkaReachabilityTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    @Test
    void aClosedPortIsRefusedAtOnceWithoutAnyKafkaClient() {
        int port = Ports.free();
        long t0 = System.nanoTime();
        Optional<String> problem = KafkaReachability.problem("localhost:" + port, TIMEOUT);
        assertThat(problem).contains("connection refused");
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(TIMEOUT);
    }

    @Test
    void requireNamesTheAddressTheCauseAndTheFix() {
        String address = "127.0.0.1:" + Ports.free();
        assertThatThrownBy(() -> KafkaReachability.require(address, TIMEOUT))
                .isInstanceOf(KafkaUnreachableException.class)
                .hasMessage("Kafka at " + address + " is not reachable (connection refused): start the broker, or "
                        + "point --bootstrap-servers or KAFKA_BOOTSTRAP_SERVERS at a running one");
    }

    @Test
    void eachOfSeveralAddressesIsNamedWithItsCause() {
        int a = Ports.free();
        int b = Ports.free();
        Optional<String> problem = KafkaReachability.problem("127.0.0.1:" + a + ", 127.0.0.1:" + b, TIMEOUT);
        assertThat(problem).contains("127.0.0.1:" + a + ": connection refused; 127.0.0.1:" + b
                + ": connection refused");
    }

    @Test
    void anAddressWithoutPortIsSaidToBeOne() {
        assertThat(KafkaReachability.problem("localhost", TIMEOUT)).contains("\"localhost\" is not host:port");
        assertThat(KafkaReachability.problem(" , ", TIMEOUT)).contains("no host:port given");
    }

    @Test
    void aServerThatIsNoBrokerIsToldApartFromAClosedPort() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            // accepts connections (the backlog does) and never answers
            long t0 = System.nanoTime();
            Optional<String> problem = KafkaReachability.problem("127.0.0.1:" + silent.getLocalPort(), TIMEOUT);
            assertThat(problem).hasValueSatisfying(p -> assertThat(p)
                    .startsWith("a server accepts connections there but did not answer as a Kafka broker within 2 s"));
            // the TCP connection, then the admin client's timeout and a second of grace
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(TIMEOUT.plusSeconds(3));
        }
    }

    @Test
    void aRunningBrokerIsReachable() {
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            assertThat(KafkaReachability.problem(kafka.bootstrapServers(), TIMEOUT)).isEmpty();
            KafkaReachability.require(kafka.bootstrapServers(), TIMEOUT);
            // one dead address in the list does not make the cluster unreachable
            assertThat(KafkaReachability.problem("127.0.0.1:" + Ports.free() + "," + kafka.bootstrapServers(),
                    TIMEOUT)).isEmpty();
        }
    }
}
