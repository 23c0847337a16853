package io.newswire.enrich.visits;

import io.newswire.model.Visit;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Objects;

/**
 * One visit as one article tells it: the unit that coreference groups into real-world visits.
 *
 * @param ordinal    which of the article's visits of this country pair it is (almost always 0; an article can tell
 *                   of a past and a coming visit of one pair)
 * @param outlet     who published the article (feed title, else the host of its address), so that a merged visit's
 *                   evidence is drawn from several outlets; may be null
 * @param reportedAt when the article was published (else fetched, else the record's time): decides which report is
 *                   the newest and which came first, whatever order the reports arrive in
 */
public record VisitReport(String articleId, int ordinal, String outlet, Instant reportedAt, Visit visit) {
    /** A stated end further than this after the start is no visit's length (a tagging slip): the start stands alone. */
    public static final int MAX_VISIT_DAYS = 31;

    /** The order reports were published in; ties broken by article so that it is total. */
    public static final Comparator<VisitReport> FIRST_REPORTED = Comparator.comparing(VisitReport::reportedAt)
            .thenComparing(VisitReport::articleId).thenComparingInt(VisitReport::ordinal);

    /**
     * Newest first; at the same instant the report whose status has moved further on (a cancellation over the plan
     * it cancels) counts as newer.
     */
    public static final Comparator<VisitReport> NEWEST_FIRST = Comparator
            .comparing(VisitReport::reportedAt, Comparator.reverseOrder())
            .thenComparing(r -> r.visit().status(), Comparator.reverseOrder())
            .thenComparing(VisitReport::articleId).thenComparingInt(VisitReport::ordinal);

    public VisitReport {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(reportedAt, "reportedAt");
        Objects.requireNonNull(visit, "visit");
        if (ordinal < 0) {
            throw new IllegalArgumentException("ordinal must not be negative");
        }
    }

    /**
     * Identifies the report within its country pair: its {@link #day()}, then the article and which of its visits of
     * the pair it is. Keys sort by day, so a store can range-scan the reports near a day.
     */
    public String key() {
        return day().toString() + '\u001f' + articleId + '\u001f' + ordinal;
    }

    /** The day the report is filed under: the first day it names, else the day it was published. */
    public LocalDate day() {
        return dated() ? visit.startDate() : publishedOn();
    }

    public String pair() {
        return CountryPair.of(visit);
    }

    public LocalDate publishedOn() {
        return LocalDate.ofInstant(reportedAt, ZoneOffset.UTC);
    }

    public boolean dated() {
        return visit.startDate() != null;
    }

    /** The first day the report speaks of; only for a dated report. */
    LocalDate firstDay() {
        return visit.startDate();
    }

    /** The last day the report speaks of: its end when that is a plausible one, else its start. */
    LocalDate lastDay() {
        LocalDate start = visit.startDate();
        LocalDate end = visit.endDate();
        return end != null && end.isAfter(start) && !end.isAfter(start.plusDays(MAX_VISIT_DAYS)) ? end : start;
    }
}
