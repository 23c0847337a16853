package io.newswire.ingest.feed;

import java.time.Instant;
import java.util.List;

/**
 * One entry as the feed states it, before normalising: links may be relative, texts may be HTML, dates may be absent.
 * The common shape of RSS, Atom and JSON Feed entries.
 */
public record FeedItem(
        String link,
        String guid,
        String title,
        String summaryHtml,
        String contentHtml,
        List<String> authors,
        List<String> categories,
        Instant published,
        Instant updated,
        String language) {

    public FeedItem {
        authors = authors == null ? List.of() : List.copyOf(authors);
        categories = categories == null ? List.of() : List.copyOf(categories);
    }
}
