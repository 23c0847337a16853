package io.newswire.ingest.feed;

import java.time.Duration;
import java.util.List;

/** A feed turned into articles. {@code ttl} is RSS {@code <ttl>}, null when absent. */
public record ParsedFeed(String format, String title, Duration ttl, List<ParsedItem> items) {
    public ParsedFeed {
        items = List.copyOf(items);
    }
}
