package io.newswire.store.query;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.util.List;

/** One article with everything stored about it, and the visits whose records cite it. */
public record ArticleDetail(String id, String url, String guid, String feedUrl, String feedTitle, String title,
        String summary, String body, String language, String sourceCountry, List<String> authors, List<String> categories,
        Instant publishedAt, Instant fetchedAt, String contentHash, List<String> topics, List<String> countries,
        @JsonRawValue String enrichment, List<String> visitIds, int revision, Instant storedAt, Instant updatedAt) {
}
