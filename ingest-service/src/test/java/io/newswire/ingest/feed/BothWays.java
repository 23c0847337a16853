package io.newswire.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reads a feed through both paths, the whole-document one of live fetches and the streaming one of archives. */
final class BothWays {
    static final Instant FETCHED = Instant.parse("2030-01-01T00:00:00Z");

    private BothWays() {
    }

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = BothWays.class.getResourceAsStream("/feeds/" + name)) {
            if (in == null) {
                throw new IOException("no fixture " + name);
            }
            return in.readAllBytes();
        }
    }

    /** What streaming delivered: items and refusals, in order. */
    record Streamed(List<ParsedItem> items, List<String> refused, StreamingFeedReader.Summary summary) {
    }

    static Streamed stream(byte[] bytes, FeedLimits limits) throws IOException, FeedFormatException {
        return stream("fixture", () -> new ByteArrayInputStream(bytes), limits);
    }

    /** @param name names the input in refusals */
    static Streamed stream(String name, StreamingFeedReader.Source source, FeedLimits limits)
            throws IOException, FeedFormatException {
        List<ParsedItem> items = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        StreamingFeedReader.Summary summary = StreamingFeedReader.read(name, source, null, null, null, FETCHED, limits,
                new StreamingFeedReader.Sink() {
                    @Override
                    public void item(ParsedItem item) {
                        items.add(item);
                    }

                    @Override
                    public void refused(String message) {
                        refused.add(message);
                    }
                });
        return new Streamed(items, refused, summary);
    }

    /** The items, after checking that both paths give exactly the same articles. */
    static List<ParsedItem> read(byte[] bytes) throws IOException, FeedFormatException {
        ParsedFeed live = FeedParser.parse(bytes, null, null, FETCHED);
        Streamed streamed = stream(bytes, FeedLimits.defaults());
        assertThat(streamed.items()).as("streamed articles equal whole-document articles")
                .containsExactlyElementsOf(live.items());
        assertThat(streamed.summary().title()).isEqualTo(live.title());
        assertThat(streamed.summary().format()).isEqualTo(live.format());
        return live.items();
    }

    static List<ParsedItem> read(String fixture) throws IOException, FeedFormatException {
        return read(fixture(fixture));
    }
}
