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
        String contentHash,
        String sourceCountry) {

    /** Bumped only on an incompatible change; readers ignore fields they do not know. */
    public static final int SCHEMA_VERSION = 1;

    public Article {
        Require.nonBlank(id, "id");
        authors = Require.list(authors);
        categories = Require.list(categories);
        sourceCountry = Require.countryOrNull(sourceCountry, "sourceCountry");
    }

    /** An article whose outlet's country is unknown (the common case before a feed list names it). */
    public Article(int schemaVersion, String id, String url, String guid, String feedUrl, String feedTitle,
            String title, String summary, String body, String language, List<String> authors, List<String> categories,
            Instant publishedAt, Instant fetchedAt, String contentHash) {
        this(schemaVersion, id, url, guid, feedUrl, feedTitle, title, summary, body, language, authors, categories,
                publishedAt, fetchedAt, contentHash, null);
    }

    /** The same article with the outlet's country (ISO 3166-1 alpha-2, or null when unknown). */
    public Article withSourceCountry(String country) {
        return new Article(schemaVersion, id, url, guid, feedUrl, feedTitle, title, summary, body, language, authors,
                categories, publishedAt, fetchedAt, contentHash, country);
    }
}
