package io.newswire.enrich.visits;

import java.time.Duration;
import java.util.Objects;

/**
 * How far apart in time two reports of one country pair may be and still tell of one visit.
 *
 * @param dateSlack     dated reports whose days overlap or lie at most this far apart are one visit: outlets date a
 *                      visit by the arrival, the first meeting or the day of the report, which spread over 1–3 days
 * @param undatedBefore an undated report joins a visit from this long before its publication (the news of a visit
 *                      that has just ended, or its homecoming); undated reports this close together are one visit
 *                      when no dated one is near
 * @param undatedAfter  ... up to this long after its publication (an announced visit is reported from some weeks ahead)
 * @param retention     a visit whose newest report is this much older than the pair's newest report is no longer
 *                      merged into: its reports are forgotten (its record on the visits topic stays), and a report
 *                      older than that is too late to join anything
 */
public record VisitWindows(Duration dateSlack, Duration undatedBefore, Duration undatedAfter, Duration retention) {
    public static final VisitWindows DEFAULTS = new VisitWindows(Duration.ofDays(3), Duration.ofDays(7),
            Duration.ofDays(30), Duration.ofDays(180));

    public VisitWindows {
        requireDays(dateSlack, "dateSlack");
        requireDays(undatedBefore, "undatedBefore");
        requireDays(undatedAfter, "undatedAfter");
        requireDays(retention, "retention");
        if (retention.compareTo(undatedBefore.plus(undatedAfter)) < 0 || retention.compareTo(dateSlack) < 0) {
            throw new IllegalArgumentException("the visit retention (" + retention
                    + ") must be at least as long as the windows reports are merged within");
        }
    }

    long slackDays() {
        return dateSlack.toDays();
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
