package io.newswire.launcher.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newswire.launcher.NewswireCommand;
import io.newswire.model.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * `newswire bench` at a small size against the real in-process broker and PostgreSQL: every stage runs and handles
 * every item. No timing is asserted: figures belong to the bench, not to tests.
 */
class BenchCommandTest {
    private static final int ITEMS = 300;

    @Test
    void everyStageHandlesEveryItemAndTheJsonSaysSo(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("bench.json");
        StringWriter printed = new StringWriter();
        CommandLine cli = NewswireCommand.commandLine();
        cli.setOut(new PrintWriter(printed, true));
        cli.setErr(new PrintWriter(printed, true));
        int exit = cli.execute("bench", "--items", Integer.toString(ITEMS), "--rate", "50", "--latency-seconds", "2",
                "--partitions", "2", "--stage-timeout", "600", // only a hang may fail it: no timing in tests
                "--json", json.toString());

        System.out.print(printed); // the table, for whoever reads the test's output
        assertThat(exit).as(printed.toString()).isZero();
        JsonNode root = Json.mapper().readTree(json.toFile());
        List<String> names = new ArrayList<>();
        for (JsonNode stage : root.path("stages")) {
            String name = stage.path("name").asText();
            names.add(name);
            long expected = name.equals("latency") ? 100 : ITEMS; // 50 a second for 2 s
            assertThat(stage.path("expected").asLong()).as(name).isEqualTo(expected);
            assertThat(stage.path("items").asLong()).as(name).isEqualTo(expected);
            assertThat(stage.path("complete").asBoolean()).as(name).isTrue();
            assertThat(stage.path("seconds").asDouble()).as(name).isNotNegative(); // 300 records may take under 0.1 ms
            assertThat(stage.path("itemsPerSecond").asLong()).as(name).isPositive();
        }
        assertThat(names).containsExactlyElementsOf(BenchCommand.DEFAULT_STAGES);
        for (String withBaseline : List.of("eos-copy", "replay", "topology", "store", "pipeline")) {
            // at 300 items a ratio says little (a baseline may take a millisecond): only that it is there
            assertThat(stageNamed(root, withBaseline).path("ratio").isNumber()).as(withBaseline).isTrue();
        }
        JsonNode latency = stageNamed(root, "latency").path("details");
        assertThat(latency.path("p99 ms").asLong()).isGreaterThanOrEqualTo(latency.path("p50 ms").asLong());
        assertThat(root.path("machine").path("nproc").asInt()).isPositive();
        assertThat(root.path("acceptance")).hasSize(5);
        assertThat(printed.toString()).contains("#13 acceptance:", "pipeline", "topology");
    }

    @Test
    void anUnknownStageIsAClearError() {
        StringWriter err = new StringWriter();
        CommandLine cli = NewswireCommand.commandLine();
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute("bench", "--stages", "produce,tagging");
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("no stage 'tagging'", "produce, consume");
    }

    private static JsonNode stageNamed(JsonNode root, String name) {
        for (JsonNode s : root.path("stages")) {
            if (s.path("name").asText().equals(name)) {
                return s;
            }
        }
        throw new AssertionError("no stage " + name);
    }
}
