package io.newswire.enrich.visits;

import io.newswire.model.Visit;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One step of a country pair's visits: the pair's reports with one article's new ones, the visits they make, and the
 * records that bring the visits topic from what was published to that. Pure; the Streams processor keeps the pair's
 * reports and published visits in state stores, the offline {@code tag --visits} in maps ({@link VisitLedger}).
 *
 * <p><b>Ids.</b> A visit's id is its pair and the date its first report (by publication time) gives: the start it
 * names, else the day it was published ({@code TR>PK@2025-07-09}). Reports mostly arrive in publication order, so
 * the first report stays first and the id never changes; and as the id is a function of the visit's reports, the same
 * reports in any order end with the same ids. When a report joins two published visits into one (a bridging report),
 * or a report published earlier than all of a visit's reports arrives late, the visit whose first report is the
 * earliest keeps its id and the other id is deleted (a tombstone).
 */
public final class PairVisits {
    private final VisitCoreference coreference;
    private final VisitWindows windows;

    public PairVisits(VisitWindows windows) {
        this.windows = windows;
        this.coreference = new VisitCoreference(windows);
    }

    /** A record for the visits topic: the visit's new state, or {@code visit == null} to delete the id. */
    public record Change(String visitId, Visit visit) {
        public boolean tombstone() {
            return visit == null;
        }
    }

    /**
     * @param reports   the pair's reports from now on, by {@link VisitReport#key()}
     * @param forgotten keys of stored reports to drop: the incoming article's old reports, and those of visits past
     *                  the retention
     * @param visits    the pair's visits from now on, by id (those past the retention are left out, not deleted)
     * @param retired   ids of visits past the retention: no longer kept, but their last record stays on the topic
     * @param changes   tombstones first, then new and changed visits, each group by id
     */
    public record Update(Map<String, VisitReport> reports, Set<String> forgotten, Map<String, Visit> visits,
            Set<String> retired, List<Change> changes) {
    }

    /**
     * @param stored    the pair's reports so far, by {@link VisitReport#key()}
     * @param published the pair's visits as last published, by id
     */
    public Update apply(PairReport incoming, Map<String, VisitReport> stored, Map<String, Visit> published) {
        Map<String, VisitReport> reports = new LinkedHashMap<>();
        Set<String> forgotten = new HashSet<>();
        stored.forEach((key, r) -> {
            if (r.articleId().equals(incoming.articleId())) {
                forgotten.add(key);
            } else {
                reports.put(key, r);
            }
        });
        for (VisitReport r : incoming.reports()) {
            reports.put(r.key(), r);
            forgotten.remove(r.key());
        }

        Instant horizon = reports.values().stream().map(VisitReport::reportedAt).max(Instant::compareTo)
                .map(newest -> newest.minus(windows.retention())).orElse(Instant.MIN);
        Map<String, Visit> visits = new TreeMap<>();
        Set<String> retired = new HashSet<>();
        for (Map.Entry<String, List<VisitReport>> e : identify(incoming.pair(), reports.values()).entrySet()) {
            List<VisitReport> cluster = e.getValue();
            if (cluster.getLast().reportedAt().isBefore(horizon)) {
                retired.add(e.getKey());
                cluster.forEach(r -> {
                    reports.remove(r.key());
                    if (stored.containsKey(r.key())) {
                        forgotten.add(r.key());
                    }
                });
            } else {
                visits.put(e.getKey(), VisitMerger.merge(e.getKey(), cluster));
            }
        }

        List<Change> changes = new ArrayList<>();
        new TreeMap<>(published).forEach((id, before) -> {
            if (!visits.containsKey(id) && !retired.contains(id)) {
                changes.add(new Change(id, null));
            }
        });
        visits.forEach((id, after) -> {
            if (!after.equals(published.get(id))) {
                changes.add(new Change(id, after));
            }
        });
        return new Update(reports, forgotten, visits, retired, changes);
    }

    /**
     * The pair's visits by id, each a list of reports in publication order. Ids clash only when two visits' first
     * reports give the same day (a visit and another within the windows' reach that coreference kept apart): the
     * later one gets {@code ~2}, {@code ~3}.
     */
    Map<String, List<VisitReport>> identify(String pair, java.util.Collection<VisitReport> reports) {
        List<List<VisitReport>> clusters = new ArrayList<>(coreference.clusters(reports));
        clusters.sort((a, b) -> VisitReport.FIRST_REPORTED.compare(a.getFirst(), b.getFirst()));
        Map<String, List<VisitReport>> byId = new LinkedHashMap<>();
        Map<String, Integer> taken = new HashMap<>();
        for (List<VisitReport> cluster : clusters) {
            VisitReport first = cluster.getFirst();
            String id = CountryPair.idPrefix(pair) + (first.dated() ? first.firstDay() : first.publishedOn());
            int n = taken.merge(id, 1, Integer::sum);
            byId.put(n == 1 ? id : id + "~" + n, cluster);
        }
        return byId;
    }
}
