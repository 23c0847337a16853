package io.newswire.enrich.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newswire.enrich.tagging.RuleTagger;
import io.newswire.model.Json;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared development sets ({@code ../shared/eval}), tagged as the {@code tag} command does and scored by the
 * project's scorer ({@code score_tagging.py}), must not fall below the figures reached when the world knowledge
 * landed. Skipped where the sets (a developer's checkout only, never a user's clone) or python3 are missing. The sets
 * are tuned-on data: these floors guard against regressions, they say nothing of unseen news.
 */
class DevelopmentSetsTest {
    private static final Path EVAL = Path.of("../../shared/eval");

    @Test
    void devStaysPerfectOnVisits(@TempDir Path dir) throws Exception {
        JsonNode s = score(List.of(EVAL.resolve("dev.jsonl")), dir);
        assertThat(f1(s, "visit_detection")).isEqualTo(1.0);
        assertThat(f1(s, "visits")).isEqualTo(1.0);
        assertThat(f1(s, "host_country")).isEqualTo(1.0);
        assertThat(f1(s, "visitor_names")).isEqualTo(1.0);
        assertThat(s.get("start_date_accuracy").asDouble()).isEqualTo(1.0);
        assertThat(s.get("status_accuracy").asDouble()).isEqualTo(1.0);
        assertThat(f1(s, "topics_micro")).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void devAndDev2TogetherKeepTheirFloors(@TempDir Path dir) throws Exception {
        JsonNode s = score(List.of(EVAL.resolve("dev.jsonl"), EVAL.resolve("dev2.jsonl")), dir);
        assertThat(f1(s, "visit_detection")).isGreaterThanOrEqualTo(0.90);
        assertThat(f1(s, "visits")).isGreaterThanOrEqualTo(0.88);
        assertThat(f1(s, "host_country")).isGreaterThanOrEqualTo(0.90);
        assertThat(f1(s, "visitor_names")).isGreaterThanOrEqualTo(0.78);
        assertThat(s.get("start_date_accuracy").asDouble()).isGreaterThanOrEqualTo(0.80);
        assertThat(s.get("status_accuracy").asDouble()).isGreaterThanOrEqualTo(0.85);
        assertThat(f1(s, "topics_micro")).isGreaterThanOrEqualTo(0.76);
        assertThat(s.at("/visits/precision").asDouble()).isGreaterThanOrEqualTo(0.95);
    }

    private static double f1(JsonNode s, String metric) {
        return s.at("/" + metric + "/f1").asDouble();
    }

    private static JsonNode score(List<Path> sets, Path dir) throws IOException, InterruptedException {
        for (Path p : sets) {
            assumeTrue(Files.isReadable(p), p + " is not here (../shared exists only in a developer's checkout)");
        }
        Path scorer = EVAL.resolve("score_tagging.py");
        assumeTrue(Files.isReadable(scorer), "no scorer");
        Path gold = dir.resolve("gold.jsonl");
        List<String> lines = new ArrayList<>();
        for (Path p : sets) {
            lines.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
        }
        Files.write(gold, lines, StandardCharsets.UTF_8);
        Path predicted = dir.resolve("predicted.jsonl");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        TagCommand tag = new TagCommand(RuleTagger.standard(), new PrintStream(err, true, StandardCharsets.UTF_8));
        try (BufferedReader in = Files.newBufferedReader(gold, StandardCharsets.UTF_8);
                BufferedWriter out = Files.newBufferedWriter(predicted, StandardCharsets.UTF_8)) {
            assertThat(tag.run(in, out).rejected()).as(err.toString(StandardCharsets.UTF_8)).isZero();
        }
        Process python;
        try {
            python = new ProcessBuilder("python3", scorer.toString(), gold.toString(), predicted.toString(), "--json")
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "python3 is not installed: " + e.getMessage());
            throw e;
        }
        String output = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(python.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(python.exitValue()).as(output).isZero();
        return Json.mapper().readTree(output);
    }
}
