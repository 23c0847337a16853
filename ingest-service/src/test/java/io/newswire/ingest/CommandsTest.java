package io.newswire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.embedded.junit.KafkaBootstrap;
import io.newswire.embedded.junit.WithInfra;
import io.newswire.ingest.testing.Feeds;
import io.newswire.ingest.testing.TestTopics;
import io.newswire.model.Article;
import io.newswire.model.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

@WithInfra
class CommandsTest {
    @TempDir
    Path dir;

    /** Exit status, stdout, stderr. */
    record Run(int status, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = io.newswire.runtime.cli.CommandGroup.commandLine(new IngestCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int status = cli.execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void parsePrintsOneArticlePerLineAndNamesTheFilesThatFailed() throws IOException {
        Path good = dir.resolve("good.rss");
        Files.writeString(good, Feeds.rssOf("Good",
                Feeds.item("https://good.example/1", "One", "first", Instant.parse("2025-01-01T00:00:00Z")),
                Feeds.item("https://good.example/2", "Two", "second", Instant.parse("2025-01-02T00:00:00Z"))));
        Path hostile = dir.resolve("xxe.xml");
        try (InputStream in = getClass().getResourceAsStream("/feeds/xxe-etc-passwd.xml")) {
            Files.write(hostile, in.readAllBytes());
        }
        Path missing = dir.resolve("missing.xml");

        Run r = run("parse", hostile.toString(), good.toString(), missing.toString());
        assertThat(r.status()).isEqualTo(1);
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(2);
        Article first = Json.mapper().readValue(lines.get(0), Article.class);
        assertThat(first.title()).isEqualTo("One");
        assertThat(first.url()).isEqualTo("https://good.example/1");
        List<String> errors = r.err().lines().toList();
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0)).startsWith(hostile.toString()).contains("refused");
        assertThat(errors.get(1)).isEqualTo(missing + ": no such file or folder");
        assertThat(r.out() + r.err()).doesNotContain("root:");

        assertThat(run("parse", good.toString()).status()).isZero();
    }

    @Test
    void feedsAddListAndRemove(@KafkaBootstrap String bootstrap) throws Exception {
        String topic = TestTopics.ingestTopics(TestTopics.suffix()).feeds().name();
        assertThat(run("feeds", "list", "--bootstrap-servers", bootstrap, "--topic-feeds", topic).out()).isEmpty();
        Path list = dir.resolve("feeds.txt");
        Files.writeString(list, "https://c.example/rss C\nnot-a-url\n");
        assertThat(run("feeds", "add", "--bootstrap-servers", bootstrap, "--topic-feeds", topic,
                "https://a.example/rss", "--title", "A").status()).isZero();
        Run withBad = run("feeds", "add", "--bootstrap-servers", bootstrap, "--topic-feeds", topic,
                "--file", list.toString(), "https://b.example/feed");
        assertThat(withBad.status()).isEqualTo(1);
        assertThat(withBad.err()).contains("line 2");
        Run listed = run("feeds", "list", "--bootstrap-servers", bootstrap, "--topic-feeds", topic);
        assertThat(listed.out().lines()).containsExactly("https://a.example/rss\tA", "https://b.example/feed",
                "https://c.example/rss\tC");
        try (var admin = org.apache.kafka.clients.admin.Admin.create(
                java.util.Map.<String, Object>of("bootstrap.servers", bootstrap))) {
            var config = admin.describeConfigs(List.of(new org.apache.kafka.common.config.ConfigResource(
                    org.apache.kafka.common.config.ConfigResource.Type.TOPIC, topic))).all().get().values().iterator()
                    .next();
            assertThat(config.get("cleanup.policy").value()).isEqualTo("compact");
        }
        assertThat(run("feeds", "remove", "--bootstrap-servers", bootstrap, "--topic-feeds", topic,
                "https://b.example/feed").status()).isZero();
        assertThat(run("feeds", "list", "--bootstrap-servers", bootstrap, "--topic-feeds", topic).out().lines())
                .containsExactly("https://a.example/rss\tA", "https://c.example/rss\tC");

        // a URL that is not on the list is named, nothing is removed for it, and the status says so
        Run notListed = run("feeds", "remove", "--bootstrap-servers", bootstrap, "--topic-feeds", topic,
                "https://never.example/rss");
        assertThat(notListed.status()).isEqualTo(1);
        assertThat(notListed.out()).isEqualTo("removed 0 feeds" + System.lineSeparator());
        assertThat(notListed.err()).contains("https://never.example/rss: not on the feed list");
        // a missing --file is one line that names it, not a stack trace
        Run missingFile = run("feeds", "add", "--bootstrap-servers", bootstrap, "--topic-feeds", topic,
                "--file", dir.resolve("nope.txt").toString());
        assertThat(missingFile.status()).isEqualTo(1);
        assertThat(missingFile.err().strip()).isEqualTo("ingest-service: " + dir.resolve("nope.txt")
                + ": no such file or folder");
    }

    @Test
    void replayDryRunNeedsNoKafkaAndSummarises() throws IOException {
        Files.writeString(dir.resolve("a.xml"), Feeds.rss("A", "https://a.example", 0, 4));
        Files.writeString(dir.resolve("b.rss"), "<rss><channel>");
        Run r = run("replay", "--dry-run", "--bootstrap-servers", "localhost:1", "--since", "2025-01-01T02:00:00Z",
                dir.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).contains("2 files, 4 items read, 2 would be published, 0 duplicates skipped, "
                + "2 outside the window, 1 files failed").contains("b.rss");
        // not a terminal: plain progress lines, the last one complete; a dry run publishes nothing
        assertThat(r.err().lines().toList().getLast()).startsWith("replay 100%  2/2 files  4 items  ")
                .contains(" 2 would publish ");
    }

    @Test
    void benchReportsItemsPerSecondAndRatios() {
        Run r = run("bench", "--items", "200", "--warmup", "1", "--rounds", "1", "--replay-items", "2000");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("stax-baseline").contains("rome-syndfeedinput").contains("newswire-feedparser")
                .contains("newswire-streaming");
        assertThat(r.out().lines().filter(l -> l.matches("^\\S+\\s+200\\s.*x$")).count()).isEqualTo(4);
        assertThat(r.out()).containsPattern("whole-file replay .*: 2000 items, .* items/s; heap peak \\d+ MB");
    }
}
