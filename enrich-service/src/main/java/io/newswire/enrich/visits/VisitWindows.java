package io.newswire.enrich.visits;

import io.newswire.model.VisitStatus;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;

/**
 * How far apart in time two reports of one country pair may be and still tell of one visit.
 *
 * @param dateSlack     dated reports whose days overlap or lie at most this far apart are one visit: outlets date a
 *                      visit by the arrival, the first meeting or the day of the report, which spread over 1–3 days
 * @param undatedBefore an undated report joins a visit from this long before its publication (the news of a visit
 *                      that has just ended); so does a homecoming dated by its return; undated reports this close
 *                      together are one visit when no dated one is near
 * @param undatedAfter  ... up to this long after its publication (an announced visit is reported from some weeks ahead)
 */
public record VisitWindows(Duration dateSlack, Duration undatedBefore, Duration undatedAfter) {
    public static final VisitWindows DEFAULTS = new VisitWindows(Duration.ofDays(3), Duration.ofDays(7),
            Duration.ofDays(30));

    public VisitWindows {
        requireDays(dateSlack, "dateSlack");
        requireDays(undatedBefore, "undatedBefore");
        requireDays(undatedAfter, "undatedAfter");
    }

    long slackDays() {
        return dateSlack.toDays();
    }

    /**
     * The first day a report can link to another one on: a dated report reaches back by the slack (a homecoming, a
     * completed visit named by one day, by {@link #undatedBefore}: that day may be the visit's last); an undated one
     * covers the visits from {@link #undatedBefore} before its publication.
     */
    LocalDate linkFrom(VisitReport r) {
        if (!r.dated()) {
            return r.publishedOn().minusDays(undatedBefore.toDays());
        }
        boolean homecoming = r.visit().status() == VisitStatus.COMPLETED && r.lastDay().equals(r.firstDay());
        return r.firstDay().minusDays(homecoming ? Math.max(undatedBefore.toDays(), slackDays()) : slackDays());
    }

    /** The last day a report can link to another one on. */
    LocalDate linkTo(VisitReport r) {
        return r.dated() ? r.lastDay() : r.publishedOn().plusDays(undatedAfter.toDays());
    }

    /** How far before a report's {@link VisitReport#day()} its link interval can start, at most. */
    long maxReachBack() {
        return Math.max(slackDays(), undatedBefore.toDays());
    }

    /** How far after a report's {@link VisitReport#day()} its link interval can end, at most. */
    long maxReachForward() {
        return Math.max(VisitReport.MAX_VISIT_DAYS, undatedAfter.toDays());
    }

    private static void requireDays(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative, not " + d);
        }
        if (d.toSeconds() % 86_400 != 0) {
            throw new IllegalArgumentException(name + " must be whole days (visits are dated by day), not " + d);
        }
    }
}
