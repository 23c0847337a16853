package io.newswire.store.query;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;

/** One visit with its evidence and its source articles (those not stored yet have {@code stored: false}). */
public record VisitDetail(VisitSummary visit, @JsonRawValue String evidence, int revision, Instant storedAt,
        java.util.List<SourceArticle> sources) {

    public record SourceArticle(String id, boolean stored, String title, String url, String feedTitle,
            Instant publishedAt) {
    }
}
