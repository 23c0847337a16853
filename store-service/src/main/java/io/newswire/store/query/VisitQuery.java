package io.newswire.store.query;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code GET /api/visits}: visits by start date, newest first (undated last), filtered, a page of {@code limit}. */
public record VisitQuery(VisitFilter filter, int limit, Cursor cursor) {
    public static final String KIND = "v";
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;
    public static final Set<String> PARAMETERS = union(VisitFilter.PARAMETERS, "limit", "cursor");

    public static VisitQuery parse(Map<String, List<String>> raw) {
        Params p = Params.of(raw, PARAMETERS);
        VisitQuery q = new VisitQuery(VisitFilter.parse(p), p.integer("limit", DEFAULT_LIMIT, 1, MAX_LIMIT),
                Cursor.decode(KIND, p.text(Cursor.PARAMETER, 2048)));
        if (q.cursor != null) {
            long day = q.cursor.sortKey();
            if (day < LocalDate.of(Params.MIN_YEAR, 1, 1).toEpochDay()
                    || day > LocalDate.of(Params.MAX_YEAR, 12, 31).toEpochDay()) {
                throw new BadParameter(Cursor.PARAMETER, "not a cursor of this list: pass nextCursor from the previous page");
            }
        }
        return q;
    }

    public static Cursor cursorAfter(LocalDate listedOn, String id) {
        return new Cursor(KIND, listedOn.toEpochDay(), id);
    }

    public LocalDate cursorDate() {
        return LocalDate.ofEpochDay(cursor.sortKey());
    }

    static Set<String> union(List<String> base, String... more) {
        Set<String> all = new HashSet<>(base);
        all.addAll(List.of(more));
        return Set.copyOf(all);
    }
}
