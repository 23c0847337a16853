package io.newswire.ingest.feed;

import java.time.Duration;
import java.util.List;

/**
 * A feed turned into articles. {@code ttl} is RSS {@code <ttl>}, null when absent; {@code refused} has one message per
 * item refused by a limit; {@code dropped} counts the items past the cap of items per live fetch.
 */
public record ParsedFeed(String format, String title, Duration ttl, List<ParsedItem> items, List<String> refused,
        int dropped) {
    public ParsedFeed {
        items = List.copyOf(items);
        refused = List.copyOf(refused);
    }
}
