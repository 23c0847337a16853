package io.newswire.enrich.stream;

import io.newswire.model.JsonSerde;
import io.newswire.model.Visit;
import java.time.Instant;
import java.util.Objects;

/**
 * What one article says about one visit, the unit the visit merge aggregates. A report without a {@code visit}
 * withdraws the article's earlier report: an updated article that no longer mentions the visit (or now dates it
 * differently, which changes its id) must stop counting as a source of it.
 *
 * @param reportedAt when the article was published (else fetched, else the record's timestamp): decides which report
 *                   is the newest, independent of the order the reports arrive in
 */
public record VisitReport(String visitId, String articleId, Instant reportedAt, Visit visit) {
    static final JsonSerde<VisitReport> SERDE = new JsonSerde<>(VisitReport.class);

    public VisitReport {
        Objects.requireNonNull(visitId, "visitId");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(reportedAt, "reportedAt");
    }

    static VisitReport withdrawal(String visitId, String articleId, Instant reportedAt) {
        return new VisitReport(visitId, articleId, reportedAt, null);
    }

    boolean withdrawn() {
        return visit == null;
    }
}
