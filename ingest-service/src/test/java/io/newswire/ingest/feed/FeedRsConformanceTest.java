package io.newswire.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.newswire.model.Json;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Our reading of the feed-rs corpus against feed-rs's own (the {@code .serde.json} beside each file): entry count,
 * titles, first link and published instant. The corpus lives beside the repository ({@code ../shared}); the test
 * skips when it is absent.
 */
class FeedRsConformanceTest {
    private static final Path CORPUS = Path.of("../../shared/conformance/feed-rs");
    private static final Instant FETCHED = Instant.parse("2030-01-01T00:00:00Z");

    @BeforeAll
    static void corpusPresent() {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS), "no conformance corpus at " + CORPUS.toAbsolutePath());
    }

    @Test
    void agreesWithFeedRsOnAtLeast95PercentOfEntries() throws IOException {
        int total = 0;
        int agreeing = 0;
        List<String> disagreements = new ArrayList<>();
        for (Path expectedFile : files().filter(p -> p.toString().endsWith(".serde.json")).toList()) {
            String name = expectedFile.getFileName().toString().replace(".serde.json", "");
            Path feedFile = Files.exists(expectedFile.resolveSibling(name + ".xml"))
                    ? expectedFile.resolveSibling(name + ".xml") : expectedFile.resolveSibling(name + ".json");
            JsonNode expected = Json.mapper().readTree(expectedFile.toFile());
            JsonNode entries = expected.path("entries");
            total += entries.size();
            FeedDocument doc;
            try {
                doc = FeedParser.read(Files.readAllBytes(feedFile), null);
            } catch (FeedFormatException e) {
                disagreements.add(name + ": not parsed: " + e.getMessage());
                continue;
            }
            URI base = FeedParser.statedAddress(doc);
            List<ParsedItem> items = FeedParser.normalise(doc, null, FETCHED).items();
            if (items.size() != entries.size()) {
                disagreements.add(name + ": " + items.size() + " entries, feed-rs reads " + entries.size());
                continue;
            }
            for (int i = 0; i < items.size(); i++) {
                String why = disagreement(entries.get(i), items.get(i), base, doc);
                if (why == null) {
                    agreeing++;
                } else {
                    disagreements.add(name + "[" + i + "]: " + why);
                }
            }
        }
        double share = total == 0 ? 0 : 100.0 * agreeing / total;
        System.out.printf("feed-rs conformance: %d of %d entries agree (%.1f%%)%n", agreeing, total, share);
        disagreements.forEach(d -> System.out.println("  disagrees: " + d));
        assertThat(total).isPositive();
        assertThat(share).as("share of entries agreeing with feed-rs; disagreements: %s", disagreements)
                .isGreaterThanOrEqualTo(95.0);
    }

    @Test
    void filesThatAreNotFeedsFailWithAClearError() throws IOException {
        List<Path> notFeeds = files().filter(p -> p.toString().endsWith(".xml") || p.toString().endsWith(".json"))
                .filter(p -> !p.toString().endsWith(".serde.json"))
                .filter(p -> !Files.exists(Path.of(p.toString().replaceAll("\\.(xml|json)$", ".serde.json"))))
                .toList();
        assertThat(notFeeds).isNotEmpty();
        for (Path p : notFeeds) {
            byte[] bytes = Files.readAllBytes(p);
            assertThatThrownBy(() -> FeedParser.parse(bytes, null, null, FETCHED))
                    .as(p.toString())
                    .isInstanceOf(FeedFormatException.class)
                    .hasMessageMatching("(?s).*(not a feed|not well-formed|not valid|not a JSON Feed|empty).*");
            System.out.println("rejected " + CORPUS.relativize(p) + ": " + catchMessage(bytes));
        }
    }

    private static String catchMessage(byte[] bytes) {
        try {
            FeedParser.parse(bytes, null, null, FETCHED);
            return "(parsed)";
        } catch (FeedFormatException e) {
            return e.getMessage();
        }
    }

    /**
     * Null when the entry agrees, else what differs. Two of our fallbacks go further than feed-rs and count as
     * agreeing: an entry without a date of its own takes the feed's date, and an RSS item without a link takes its
     * guid when the guid is a permalink (as feedparser does).
     */
    private static String disagreement(JsonNode entry, ParsedItem item, URI base, FeedDocument doc) {
        String expectedTitle = plain(entry.path("title").path("content").asText(null));
        String title = item.article().title();
        if (!Objects.equals(expectedTitle == null ? "" : expectedTitle, title)) {
            return "title '" + title + "' != '" + expectedTitle + "'";
        }
        JsonNode links = entry.path("links");
        String expectedLink = links.isEmpty() ? null : CanonicalUrl.of(links.get(0).path("href").asText(null), base);
        boolean permalinkGuid = expectedLink == null && item.article().guid() != null
                && Objects.equals(CanonicalUrl.of(item.article().guid(), base), item.article().url());
        if (!Objects.equals(expectedLink, item.article().url()) && !permalinkGuid) {
            return "link " + item.article().url() + " != " + expectedLink;
        }
        String published = entry.path("published").asText(null);
        String when = published != null ? published : entry.path("updated").asText(null);
        if (when == null) {
            boolean feedDate = item.article().publishedAt().equals(doc.updated());
            return item.publishedEstimated() || feedDate ? null
                    : "published " + item.article().publishedAt() + " != none";
        }
        if (item.publishedEstimated() || !Instant.parse(when).equals(item.article().publishedAt())) {
            return "published " + (item.publishedEstimated() ? "none" : item.article().publishedAt()) + " != " + when;
        }
        return null;
    }

    private static String plain(String maybeHtml) {
        return HtmlText.toPlainText(maybeHtml);
    }

    private static Stream<Path> files() throws IOException {
        try (Stream<Path> walk = Files.walk(CORPUS)) {
            return walk.filter(Files::isRegularFile).sorted().toList().stream();
        }
    }
}
