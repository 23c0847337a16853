package io.newswire.store.query;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code GET /api/articles}: articles newest first (publication time, else fetch time), filtered by full-text
 * {@code q}, {@code topic}, {@code country} and the time range [{@code from}, {@code to}], a page of {@code limit}.
 *
 * @param text    websearch syntax: words, "quoted phrases", {@code or}, {@code -excluded}
 * @param from    inclusive
 * @param before  exclusive (the parameter {@code to} is inclusive, a date meaning its whole day)
 */
public record ArticleQuery(String text, String topic, String country, Instant from, Instant before, int limit,
        Cursor cursor) {

    public static final String KIND = "a";
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;
    public static final Set<String> PARAMETERS = Set.of("q", "topic", "country", "from", "to", "limit", "cursor");

    public static ArticleQuery parse(Map<String, List<String>> raw) {
        Params p = Params.of(raw, PARAMETERS);
        ArticleQuery q = new ArticleQuery(p.text("q", 500), p.topic("topic"), p.country("country"),
                p.instant("from", false), p.instant("to", true), p.integer("limit", DEFAULT_LIMIT, 1, MAX_LIMIT),
                Cursor.decode(KIND, p.text(Cursor.PARAMETER, 2048)));
        if (q.from != null && q.before != null && !q.from.isBefore(q.before)) {
            throw new BadParameter("from", "must not be after to");
        }
        if (q.cursor != null) {
            checkCursorTime(q.cursor.sortKey());
        }
        return q;
    }

    /** A tampered cursor must not carry a time PostgreSQL cannot hold. */
    private static void checkCursorTime(long micros) {
        Instant min = Instant.parse("0001-01-01T00:00:00Z");
        Instant max = Instant.parse("9999-12-31T23:59:59Z");
        long minMicros = ChronoUnit.MICROS.between(Instant.EPOCH, min);
        long maxMicros = ChronoUnit.MICROS.between(Instant.EPOCH, max);
        if (micros < minMicros || micros > maxMicros) {
            throw new BadParameter(Cursor.PARAMETER, "not a cursor of this list: pass nextCursor from the previous page");
        }
    }

    public static Cursor cursorAfter(Instant listedAt, String id) {
        return new Cursor(KIND, ChronoUnit.MICROS.between(Instant.EPOCH, listedAt), id);
    }

    public Instant cursorTime() {
        return Instant.EPOCH.plus(cursor.sortKey(), ChronoUnit.MICROS);
    }
}
