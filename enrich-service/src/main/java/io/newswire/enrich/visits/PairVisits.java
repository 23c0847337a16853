package io.newswire.enrich.visits;

import io.newswire.model.Visit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One step of a country pair's visits: one article's new reports of the pair in, the store writes and the records
 * that bring the visits topic from what was published to what the pair's reports now make. Pure; the Streams processor
 * reads and writes state stores through {@link PairRows}, the offline {@code tag --visits} maps ({@link VisitLedger}).
 *
 * <p><b>Locality.</b> Each report can link to others only within its link interval ({@link VisitWindows#linkFrom} ..
 * {@link VisitWindows#linkTo}), so a new report can change only the visits of the reports connected to it through
 * overlapping intervals. A step reads exactly that group (grown from the article's old and new reports until no
 * further report overlaps it) and re-decides its visits; the rest of the pair's history is not read. The result is
 * the same as re-deciding the pair's whole history, so the pair's visits are a function of its reports alone.
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
     * What to write: {@code deleted} report keys go, the incoming article's reports are put, {@code articleKeys}
     * are now the keys of the article's reports of the pair (empty: forget the article); {@code changes}, tombstones
     * first and then new and changed visits (each group by id), go to the visits topic and the published visits.
     */
    public record Update(Set<String> deleted, List<VisitReport> put, List<String> articleKeys, List<Change> changes) {
    }

    public Update apply(PairReport incoming, PairRows rows) {
        String pair = incoming.pair();
        Set<String> old = new HashSet<>(rows.keysOf(incoming.articleId()));
        List<VisitReport> seeds = new ArrayList<>();
        for (String key : old) {
            VisitReport r = rows.report(key);
            if (r != null) {
                seeds.add(r);
            }
        }
        seeds.addAll(incoming.reports());
        Map<String, VisitReport> fresh = new LinkedHashMap<>();
        incoming.reports().forEach(r -> fresh.put(r.key(), r));
        Set<String> deleted = new HashSet<>(old);
        deleted.removeAll(fresh.keySet());
        if (seeds.isEmpty()) {
            return new Update(deleted, List.of(), List.of(), List.of());
        }

        LocalDate lo = seeds.stream().map(windows::linkFrom).min(LocalDate::compareTo).orElseThrow();
        LocalDate hi = seeds.stream().map(windows::linkTo).max(LocalDate::compareTo).orElseThrow();
        // grow [lo, hi] until no report outside it overlaps it; each day is read once
        Map<String, VisitReport> near = new HashMap<>(fresh);
        LocalDate readFrom = lo.minusDays(windows.maxReachForward());
        LocalDate readTo = hi.plusDays(windows.maxReachBack());
        readInto(near, rows.reportsOnDays(readFrom, readTo), old);
        Map<String, VisitReport> group = new HashMap<>();
        while (true) {
            group.clear();
            LocalDate newLo = lo;
            LocalDate newHi = hi;
            for (Map.Entry<String, VisitReport> e : near.entrySet()) {
                LocalDate from = windows.linkFrom(e.getValue());
                LocalDate to = windows.linkTo(e.getValue());
                if (!from.isAfter(hi) && !to.isBefore(lo)) {
                    group.put(e.getKey(), e.getValue());
                    newLo = from.isBefore(newLo) ? from : newLo;
                    newHi = to.isAfter(newHi) ? to : newHi;
                }
            }
            if (newLo.equals(lo) && newHi.equals(hi)) {
                break;
            }
            lo = newLo;
            hi = newHi;
            LocalDate needFrom = lo.minusDays(windows.maxReachForward());
            LocalDate needTo = hi.plusDays(windows.maxReachBack());
            if (needFrom.isBefore(readFrom)) {
                readInto(near, rows.reportsOnDays(needFrom, readFrom.minusDays(1)), old);
                readFrom = needFrom;
            }
            if (needTo.isAfter(readTo)) {
                readInto(near, rows.reportsOnDays(readTo.plusDays(1), needTo), old);
                readTo = needTo;
            }
        }

        // every visit of the group has its id's date inside [lo, hi], and no other visit of the pair has
        Map<String, Visit> published = rows.visitsOnDays(lo, hi);
        Map<String, Visit> visits = new TreeMap<>();
        // a visit whose reports are the ones it was published from is not merged again; its articles say so when each
        // has one report here (an article's second visit of a pair, rare, makes the whole group merge again)
        boolean oneReportPerArticle = group.values().stream().allMatch(r -> r.ordinal() == 0);
        identify(pair, group.values()).forEach((id, cluster) -> {
            Visit before = published.get(id);
            boolean unchanged = oneReportPerArticle && before != null
                    && cluster.stream().noneMatch(r -> r.articleId().equals(incoming.articleId()))
                    && before.sourceArticleIds().equals(cluster.stream().map(VisitReport::articleId).toList());
            visits.put(id, unchanged ? before : VisitMerger.merge(id, cluster));
        });
        List<Change> changes = new ArrayList<>();
        new TreeMap<>(published).forEach((id, before) -> {
            if (!visits.containsKey(id)) {
                changes.add(new Change(id, null));
            }
        });
        visits.forEach((id, after) -> {
            if (!after.equals(published.get(id))) {
                changes.add(new Change(id, after));
            }
        });
        return new Update(deleted, List.copyOf(fresh.values()), List.copyOf(fresh.keySet()), changes);
    }

    /** Adds the stored reports read, but not the article's old ones (its new ones replace them). */
    private static void readInto(Map<String, VisitReport> near, Map<String, VisitReport> read, Set<String> old) {
        read.forEach((key, r) -> {
            if (!old.contains(key)) {
                near.putIfAbsent(key, r);
            }
        });
    }

    /**
     * The visits of a group of reports by id, each a list of reports in publication order. Ids clash only when two
     * visits' first reports give the same day (visits that coreference kept apart although close): the later one
     * gets {@code ~2}, {@code ~3}.
     */
    Map<String, List<VisitReport>> identify(String pair, Collection<VisitReport> reports) {
        List<List<VisitReport>> clusters = new ArrayList<>(coreference.clusters(reports));
        clusters.sort((a, b) -> VisitReport.FIRST_REPORTED.compare(a.getFirst(), b.getFirst()));
        Map<String, List<VisitReport>> byId = new LinkedHashMap<>();
        Map<String, Integer> taken = new HashMap<>();
        for (List<VisitReport> cluster : clusters) {
            VisitReport first = cluster.getFirst();
            String id = idOf(pair, first.dated() ? first.firstDay() : first.publishedOn());
            int n = taken.merge(id, 1, Integer::sum);
            byId.put(n == 1 ? id : id + "~" + n, cluster);
        }
        return byId;
    }

    public static String idOf(String pair, LocalDate day) {
        return CountryPair.idPrefix(pair) + day;
    }

    /** The date in a visit id made by {@link #identify}. */
    public static LocalDate dayOf(String visitId) {
        int at = visitId.lastIndexOf('@');
        return LocalDate.parse(visitId.substring(at + 1, at + 11));
    }
}
