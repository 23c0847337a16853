package io.newswire.store.query;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code GET /api/stats/timeline}: visits by start day, week or month and status, with the visit filters. */
public record TimelineQuery(Interval interval, VisitFilter filter) {
    public static final Set<String> PARAMETERS = VisitQuery.union(VisitFilter.PARAMETERS, "interval");

    /** A calendar bucket; weeks start on Monday (ISO 8601), as PostgreSQL's {@code date_trunc('week')}. */
    public enum Interval {
        DAY, WEEK, MONTH;

        String sqlField() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public static TimelineQuery parse(Map<String, List<String>> raw) {
        Params p = Params.of(raw, PARAMETERS);
        return new TimelineQuery(p.choice("interval", Interval.class, Interval.DAY), VisitFilter.parse(p));
    }
}
