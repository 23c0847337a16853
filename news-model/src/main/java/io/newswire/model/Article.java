package io.newswire.model;

import java.time.Instant;
import java.util.List;

/**
 * One news item as read from a feed, the value of {@code news.articles.raw}.
 *
 * <p>{@code id} is stable across polls and replays (derived from the canonical URL, else the GUID), so it is the
 * Kafka key everywhere; {@code contentHash} changes when the text does, which is how repeats are told from updates.
 */
public record Article(
        int schemaVersion,
        String id,
        String url,
        String guid,
        String feedUrl,
        String feedTitle,
        String title,
        String summary,
        String body,
        String language,
        List<String> authors,
        List<String> categories,
        Instant publishedAt,
        Instant fetchedAt,
        String contentHash) {

    /** Bumped only on an incompatible change; readers ignore fields they do not know. */
    public static final int SCHEMA_VERSION = 1;

    public Article {
        Require.nonBlank(id, "id");
        authors = Require.list(authors);
        categories = Require.list(categories);
    }
}
