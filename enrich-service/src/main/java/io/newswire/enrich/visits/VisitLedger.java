package io.newswire.enrich.visits;

import io.newswire.model.Visit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The visit merge in memory, for the offline {@code tag --visits}: the same {@link PairVisits} steps the Streams
 * topology takes, over sorted maps instead of state stores.
 */
public final class VisitLedger {
    private final PairVisits pairVisits;
    private final Map<String, Pair> pairs = new HashMap<>();

    public VisitLedger(VisitWindows windows) {
        this.pairVisits = new PairVisits(windows);
    }

    /** Takes in what one article says about one pair; returns the records the visits topic would get. */
    public List<PairVisits.Change> accept(PairReport report) {
        Pair p = pairs.computeIfAbsent(report.pair(), Pair::new);
        PairVisits.Update u = pairVisits.apply(report, p);
        u.deleted().forEach(p.reports::remove);
        u.put().forEach(r -> p.reports.put(r.key(), r));
        if (u.articleKeys().isEmpty()) {
            p.keysByArticle.remove(report.articleId());
        } else {
            p.keysByArticle.put(report.articleId(), u.articleKeys());
        }
        for (PairVisits.Change c : u.changes()) {
            if (c.tombstone()) {
                p.visits.remove(c.visitId());
            } else {
                p.visits.put(c.visitId(), c.visit());
            }
        }
        return u.changes();
    }

    /** The visits as the compacted topic would hold them after the reports so far, by id. */
    public List<Visit> visits() {
        TreeMap<String, Visit> all = new TreeMap<>();
        pairs.values().forEach(p -> all.putAll(p.visits));
        return new ArrayList<>(all.values());
    }

    private static final class Pair implements PairRows {
        final String pair;
        final NavigableMap<String, VisitReport> reports = new TreeMap<>();
        final Map<String, List<String>> keysByArticle = new HashMap<>();
        final NavigableMap<String, Visit> visits = new TreeMap<>();

        Pair(String pair) {
            this.pair = pair;
        }

        @Override
        public Map<String, VisitReport> reportsOnDays(LocalDate from, LocalDate to) {
            return reports.subMap(from.toString(), true, to + "\u0020", false);
        }

        @Override
        public List<String> keysOf(String articleId) {
            return keysByArticle.getOrDefault(articleId, List.of());
        }

        @Override
        public VisitReport report(String key) {
            return reports.get(key);
        }

        @Override
        public Map<String, Visit> visitsOnDays(LocalDate from, LocalDate to) {
            return visits.subMap(PairVisits.idOf(pair, from), true, PairVisits.idOf(pair, to) + "\u007f", false);
        }
    }
}
