package io.newswire.enrich.visits;

import io.newswire.model.Visit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The visit merge in memory, for the offline {@code tag --visits}: the same {@link PairVisits} steps the Streams
 * topology takes, over maps instead of state stores.
 */
public final class VisitLedger {
    private final PairVisits pairVisits;
    private final Map<String, Map<String, VisitReport>> reportsByPair = new HashMap<>();
    private final Map<String, Map<String, Visit>> visitsByPair = new TreeMap<>();
    /** Visits past the retention: no longer merged into, but still what the topic holds for their ids. */
    private final Map<String, Visit> retired = new TreeMap<>();

    public VisitLedger(VisitWindows windows) {
        this.pairVisits = new PairVisits(windows);
    }

    /** Takes in what one article says about one pair; returns the records the visits topic would get. */
    public List<PairVisits.Change> accept(PairReport report) {
        Map<String, Visit> published = visitsByPair.getOrDefault(report.pair(), Map.of());
        PairVisits.Update u = pairVisits.apply(report, reportsByPair.getOrDefault(report.pair(), Map.of()),
                published);
        for (String id : u.retired()) {
            if (published.containsKey(id)) {
                retired.put(id, published.get(id));
            }
        }
        u.changes().forEach(c -> retired.remove(c.visitId()));
        reportsByPair.put(report.pair(), new HashMap<>(u.reports()));
        visitsByPair.put(report.pair(), new TreeMap<>(u.visits()));
        return u.changes();
    }

    /** The visits as the compacted topic would hold them at the end, by id. */
    public List<Visit> visits() {
        Map<String, Visit> all = new TreeMap<>(retired);
        visitsByPair.values().forEach(all::putAll);
        return new ArrayList<>(all.values());
    }
}
