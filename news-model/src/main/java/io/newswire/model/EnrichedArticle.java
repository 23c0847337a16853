package io.newswire.model;

import java.time.Instant;
import java.util.List;

/**
 * An {@link Article} with what the tagger found in it, the value of {@code news.articles.enriched}.
 * The article's fields stand at the top level (not nested) so consumers of either topic read them the same way.
 */
public record EnrichedArticle(
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
        String sourceCountry,
        Enrichment enrichment) {

    public EnrichedArticle {
        Require.nonBlank(id, "id");
        authors = Require.list(authors);
        categories = Require.list(categories);
        sourceCountry = Require.countryOrNull(sourceCountry, "sourceCountry");
        Require.nonNull(enrichment, "enrichment");
    }

    /** An enriched article whose outlet's country is unknown. */
    public EnrichedArticle(int schemaVersion, String id, String url, String guid, String feedUrl, String feedTitle,
            String title, String summary, String body, String language, List<String> authors, List<String> categories,
            Instant publishedAt, Instant fetchedAt, String contentHash, Enrichment enrichment) {
        this(schemaVersion, id, url, guid, feedUrl, feedTitle, title, summary, body, language, authors, categories,
                publishedAt, fetchedAt, contentHash, null, enrichment);
    }

    public static EnrichedArticle of(Article a, Enrichment enrichment) {
        return new EnrichedArticle(a.schemaVersion(), a.id(), a.url(), a.guid(), a.feedUrl(), a.feedTitle(), a.title(),
                a.summary(), a.body(), a.language(), a.authors(), a.categories(), a.publishedAt(), a.fetchedAt(),
                a.contentHash(), a.sourceCountry(), enrichment);
    }

    /** The article this was made from, without the enrichment. */
    public Article article() {
        return new Article(schemaVersion, id, url, guid, feedUrl, feedTitle, title, summary, body, language, authors,
                categories, publishedAt, fetchedAt, contentHash, sourceCountry);
    }
}
