package io.newswire.ingest.feed;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A feed as read from its bytes, before normalising.
 *
 * @param format e.g. {@code rss_2.0}, {@code atom_1.0}, {@code json_feed_1.1}
 * @param selfUrl the feed's own address if it states one ({@code atom:link rel="self"}, JSON Feed {@code feed_url})
 * @param ttl RSS {@code <ttl>}: how long the publisher asks readers to cache it; null when absent
 * @param updated the feed's own date (RSS {@code pubDate}, else {@code lastBuildDate}, else {@code dc:date}; Atom
 *        {@code updated}): the date of items that state none; null when absent
 * @param refused items refused by a limit, one message each naming the item and the cap
 */
public record FeedDocument(
        String format,
        String title,
        String link,
        String selfUrl,
        String language,
        Duration ttl,
        Instant updated,
        List<FeedItem> items,
        List<String> refused) {

    public FeedDocument {
        items = List.copyOf(items);
        refused = List.copyOf(refused);
    }

    /** The same feed with other items: its header (everything but the items) as the streaming path holds it. */
    public FeedDocument withItems(List<FeedItem> newItems, List<String> newRefused) {
        return new FeedDocument(format, title, link, selfUrl, language, ttl, updated, newItems, newRefused);
    }
}
