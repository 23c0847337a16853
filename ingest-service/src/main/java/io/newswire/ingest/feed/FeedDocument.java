package io.newswire.ingest.feed;

import java.time.Duration;
import java.util.List;

/**
 * A feed as read from its bytes, before normalising.
 *
 * @param format e.g. {@code rss_2.0}, {@code atom_1.0}, {@code json_feed_1.1}
 * @param selfUrl the feed's own address if it states one ({@code atom:link rel="self"}, JSON Feed {@code feed_url})
 * @param ttl RSS {@code <ttl>}: how long the publisher asks readers to cache it; null when absent
 */
public record FeedDocument(
        String format,
        String title,
        String link,
        String selfUrl,
        String language,
        Duration ttl,
        List<FeedItem> items) {

    public FeedDocument {
        items = List.copyOf(items);
    }
}
