package io.newswire.store.query;

import io.newswire.model.EnrichedArticle;
import io.newswire.store.write.ArticleRow;
import java.time.Instant;
import java.util.List;

/** An article as lists and the live stream show it: without its body and enrichment details. */
public record ArticleSummary(String id, String url, String feedUrl, String feedTitle, String title, String summary,
        String language, String sourceCountry, Instant publishedAt, Instant listedAt, List<String> topics, List<String> countries) {

    public static ArticleSummary of(EnrichedArticle a) {
        return new ArticleSummary(a.id(), a.url(), a.feedUrl(), a.feedTitle(), a.title(), a.summary(), a.language(),
                a.sourceCountry(), a.publishedAt(), ArticleRow.listedAt(a), ArticleRow.topicCodes(a.enrichment()),
                ArticleRow.countryCodes(a.enrichment()));
    }
}
