package io.newswire.enrich.visits;

import io.newswire.model.Visit;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Where one country pair's reports and published visits are kept: state stores in the topology, maps offline. Only
 * the reads {@link PairVisits} needs, all by day, so each step touches the reports near the incoming one and not the
 * pair's whole history.
 */
public interface PairRows {
    /** The pair's reports whose {@link VisitReport#day()} lies in {@code [from, to]}, by {@link VisitReport#key()}. */
    Map<String, VisitReport> reportsOnDays(LocalDate from, LocalDate to);

    /** The keys of {@code articleId}'s reports of the pair. */
    List<String> keysOf(String articleId);

    /** One report by key, or null. */
    VisitReport report(String key);

    /** The pair's published visits whose id's date lies in {@code [from, to]}, by id. */
    Map<String, Visit> visitsOnDays(LocalDate from, LocalDate to);
}
