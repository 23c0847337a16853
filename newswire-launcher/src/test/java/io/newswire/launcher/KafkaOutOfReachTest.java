package io.newswire.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.embedded.Ports;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's Kafka commands with Kafka at a real closed port: one line naming it, with the fix, at once. */
class KafkaOutOfReachTest {
    @TempDir
    Path archive;

    @Test
    void subscribeAndReplaySayWhereKafkaWasLookedForAndWhatToDo() {
        String address = "localhost:" + Ports.free();
        for (List<String> args : List.of(List.of("subscribe", "--stream", "visits", "--bootstrap-servers", address),
                List.of("replay", "--bootstrap-servers", address, archive.toString()))) {
            StringWriter err = new StringWriter();
            var cli = NewswireCommand.commandLine();
            cli.setErr(new PrintWriter(err, true));
            long t0 = System.nanoTime();
            int code = cli.execute(args.toArray(String[]::new));
            assertThat(code).as(args.getFirst()).isEqualTo(1);
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).as(args.getFirst()).isLessThan(Duration.ofSeconds(10));
            assertThat(err.toString().strip()).as(args.getFirst()).isEqualTo("newswire: Kafka at " + address
                    + " is not reachable (connection refused): start the broker, or point --bootstrap-servers or "
                    + "KAFKA_BOOTSTRAP_SERVERS at a running one");
        }
    }
}
