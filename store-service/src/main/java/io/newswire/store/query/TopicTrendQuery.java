package io.newswire.store.query;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code GET /api/stats/topics}: articles per topic and day, week or month of publication (else fetch time), of the
 * articles that mention {@code country} (all without it) from {@code from} (inclusive) to {@code before} (exclusive:
 * the parameter {@code to} is inclusive, a date meaning its whole day).
 */
public record TopicTrendQuery(TimelineQuery.Interval interval, String country, Instant from, Instant before) {
    public static final Set<String> PARAMETERS = Set.of("interval", "country", "from", "to");

    public static TopicTrendQuery parse(Map<String, List<String>> raw) {
        Params p = Params.of(raw, PARAMETERS);
        TopicTrendQuery q = new TopicTrendQuery(p.choice("interval", TimelineQuery.Interval.class,
                TimelineQuery.Interval.DAY), p.country("country"), p.instant("from", false), p.instant("to", true));
        if (q.from != null && q.before != null && !q.from.isBefore(q.before)) {
            throw new BadParameter("from", "must not be after to");
        }
        return q;
    }
}
