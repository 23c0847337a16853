package io.newswire.store.query;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code GET /api/stats/visits}: visit counts grouped by country pair, host, visitor or month, with the filters. */
public record StatsQuery(GroupBy groupBy, VisitFilter filter, int limit) {
    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;
    public static final Set<String> PARAMETERS = VisitQuery.union(VisitFilter.PARAMETERS, "groupBy", "limit");

    public enum GroupBy {
        PAIR, HOST, VISITOR, MONTH
    }

    public static StatsQuery parse(Map<String, List<String>> raw) {
        Params p = Params.of(raw, PARAMETERS);
        return new StatsQuery(p.choice("groupBy", GroupBy.class, GroupBy.PAIR), VisitFilter.parse(p),
                p.integer("limit", DEFAULT_LIMIT, 1, MAX_LIMIT));
    }
}
