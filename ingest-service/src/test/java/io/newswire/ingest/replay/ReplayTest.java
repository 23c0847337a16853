package io.newswire.ingest.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.embedded.junit.KafkaBootstrap;
import io.newswire.embedded.junit.WithInfra;
import io.newswire.ingest.testing.Feeds;
import io.newswire.ingest.testing.TestTopics;
import io.newswire.model.Article;
import io.newswire.model.Topic;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@WithInfra
class ReplayTest {
    private static final Map<String, Instant> DATES = Map.of(
            "https://old.example/1", Instant.parse("2019-03-01T08:00:00Z"),
            "https://old.example/2", Instant.parse("2019-03-02T09:30:00Z"),
            "https://old.example/3", Instant.parse("2020-01-15T12:00:00Z"),
            "https://atom.example/x", Instant.parse("2021-06-01T10:00:00Z"),
            "https://atom.example/y", Instant.parse("2021-06-02T11:00:00Z"),
            "https://json.example/p", Instant.parse("2022-02-02T02:02:02Z"),
            "https://json.example/q", Instant.parse("2022-02-03T03:03:03Z"));

    @TempDir
    Path archive;

    @BeforeEach
    void writeArchive() throws IOException {
        Files.createDirectories(archive.resolve("a/sub"));
        Files.createDirectories(archive.resolve("b"));
        Files.writeString(archive.resolve("a/news.rss"), Feeds.rssOf("Old news",
                Feeds.item("https://old.example/1", "One", "first", DATES.get("https://old.example/1")),
                Feeds.item("https://old.example/2", "Two", "second", DATES.get("https://old.example/2")),
                Feeds.item("https://old.example/3", "Three", "third", DATES.get("https://old.example/3"))));
        Files.writeString(archive.resolve("a/sub/feed.atom"), """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom archive</title><id>urn:a</id>
                <updated>2021-06-02T11:00:00Z</updated>
                <link rel="self" href="https://atom.example/feed.xml"/>
                <entry><title>X</title><id>urn:x</id><link href="/x"/><published>2021-06-01T10:00:00Z</published>
                <updated>2021-06-01T10:00:00Z</updated><summary>x text</summary></entry>
                <entry><title>Y</title><id>urn:y</id><link href="https://atom.example/y"/>
                <published>2021-06-02T11:00:00Z</published><updated>2021-06-02T11:00:00Z</updated>
                <content type="html">&lt;p&gt;y &lt;b&gt;body&lt;/b&gt;&lt;/p&gt;</content></entry>
                </feed>
                """);
        String json = """
                {"version": "https://jsonfeed.org/version/1.1", "title": "JSON archive",
                 "items": [
                  {"id": "p", "url": "https://json.example/p", "title": "P", "content_text": "p text",
                   "date_published": "2022-02-02T02:02:02Z"},
                  {"id": "q", "url": "https://json.example/q?utm_medium=rss", "title": "Q", "content_html": "<p>q</p>",
                   "date_published": "2022-02-03T03:03:03Z"}]}
                """;
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(archive.resolve("b/feed.json.gz")))) {
            out.write(json.getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(archive.resolve("a/broken.xml"), "<rss version=\"2.0\"><channel><title>cut off");
        Files.writeString(archive.resolve("a/catalog.xml"), "<catalog><book>not a feed</book></catalog>");
        Files.writeString(archive.resolve("a/notes.txt"), "not an archive file");
    }

    @Test
    void replayPublishesWithOriginalTimesAndASecondReplayAddsNothing(@KafkaBootstrap String bootstrap)
            throws IOException {
        Topic<String, Article> raw = TestTopics.topics(TestTopics.suffix()).articlesRaw();
        List<ReplayProgress.Counts> progress = new ArrayList<>();
        ReplaySummary first = new Replayer(bootstrap, raw, Replayer.Options.ALL, null).onProgress(progress::add)
                .replay(List.of(archive));

        assertThat(first.files()).isEqualTo(5);
        assertThat(first.itemsRead()).isEqualTo(7);
        assertThat(first.published()).isEqualTo(7);
        assertThat(first.duplicatesSkipped()).isZero();
        assertThat(first.failures()).extracting(f -> Path.of(f.file()).getFileName().toString())
                .containsExactlyInAnyOrder("broken.xml", "catalog.xml");
        assertThat(first.failures()).allSatisfy(f -> assertThat(f.reason()).isNotBlank());
        // told after every item and every file; the last report is the whole archive
        assertThat(progress).hasSizeGreaterThanOrEqualTo(5 + 7);
        ReplayProgress.Counts last = progress.getLast();
        assertThat(last.filesDone()).isEqualTo(5);
        assertThat(last.files()).isEqualTo(5);
        assertThat(last.read()).isEqualTo(7);
        assertThat(last.published()).isEqualTo(7);
        assertThat(last.bytesDone()).isEqualTo(last.bytes()).isPositive();

        List<ConsumerRecord<String, Article>> records = TestTopics.read(bootstrap, raw.name());
        assertThat(records).hasSize(7);
        Map<String, Long> timestamps = records.stream()
                .collect(Collectors.toMap(r -> r.value().url(), ConsumerRecord::timestamp));
        DATES.forEach((url, date) -> assertThat(timestamps.get(url)).as(url).isEqualTo(date.toEpochMilli()));
        assertThat(records).allSatisfy(r -> {
            assertThat(r.key()).isEqualTo(r.value().id());
            assertThat(r.value().publishedAt().toEpochMilli()).isEqualTo(r.timestamp());
        });

        ReplaySummary second = new Replayer(bootstrap, raw, Replayer.Options.ALL, null).replay(List.of(archive));
        assertThat(second.published()).isZero();
        assertThat(second.duplicatesSkipped()).isEqualTo(7);
        assertThat(TestTopics.read(bootstrap, raw.name())).hasSize(7);
    }

    @Test
    void sinceUntilAndDryRun(@KafkaBootstrap String bootstrap) throws IOException {
        Topic<String, Article> raw = TestTopics.topics(TestTopics.suffix()).articlesRaw();
        var window = new Replayer.Options(Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2022-02-03T00:00:00Z"),
                true);
        ReplaySummary dry = new Replayer(bootstrap, raw, window, null).replay(List.of(archive.resolve("a"),
                archive.resolve("b")));
        assertThat(dry.dryRun()).isTrue();
        assertThat(dry.published()).isEqualTo(4); // old/3, x, y, p
        assertThat(dry.outsideWindow()).isEqualTo(3);
        assertThat(TestTopics.read(bootstrap, raw.name())).isEmpty();

        ReplaySummary real = new Replayer(bootstrap, raw, new Replayer.Options(window.since(), window.until(), false),
                null).replay(List.of(archive));
        assertThat(real.published()).isEqualTo(4);
        assertThat(TestTopics.read(bootstrap, raw.name())).extracting(r -> r.value().url())
                .containsExactlyInAnyOrder("https://old.example/3", "https://atom.example/x", "https://atom.example/y",
                        "https://json.example/p");
    }
}
