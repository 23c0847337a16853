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
        Set<String> old = new HashSet<>(rows.keysOf(incoming.articleId()));
        List<VisitReport> seeds = seeds(incoming, old, rows);
        Map<String, VisitReport> fresh = new LinkedHashMap<>();
        incoming.reports().forEach(r -> fresh.put(r.key(), r));
        Set<String> deleted = new HashSet<>(old);
        deleted.removeAll(fresh.keySet());
        if (seeds.isEmpty()) {
            return new Update(deleted, List.of(), List.of(), List.of());
        }
        Group group = group(seeds, new Nearby(rows, old, fresh));
        // every visit of the group has its id's date inside the group's span, and no other visit of the pair has
        Map<String, Visit> published = rows.visitsOnDays(group.span().lo(), group.span().hi());
        Map<String, Visit> visits = decide(incoming, group.reports(), published);
        return new Update(deleted, List.copyOf(fresh.values()), List.copyOf(fresh.keySet()),
                changes(published, visits));
    }

    /** Where a step starts: the article's old reports (still stored) and its new ones. */
    private static List<VisitReport> seeds(PairReport incoming, Set<String> old, PairRows rows) {
        List<VisitReport> seeds = new ArrayList<>();
        for (String key : old) {
            VisitReport r = rows.report(key);
            if (r != null) {
                seeds.add(r);
            }
        }
        seeds.addAll(incoming.reports());
        return seeds;
    }

    /** Days {@code lo..hi}, both included. */
    private record Span(LocalDate lo, LocalDate hi) {
    }

    /** The reports connected to the seeds through overlapping link intervals, and the days their intervals cover. */
    private record Group(Span span, Collection<VisitReport> reports) {
    }

    /**
     * The reports around a step, read from the pair's rows day by day as the group grows (each day once): the
     * article's new reports and the stored ones, but not the article's old ones (its new ones replace them).
     */
    private final class Nearby {
        final PairRows rows;
        final Set<String> old;
        final Map<String, VisitReport> reports;
        LocalDate readFrom;
        LocalDate readTo;

        Nearby(PairRows rows, Set<String> old, Map<String, VisitReport> fresh) {
            this.rows = rows;
            this.old = old;
            this.reports = new HashMap<>(fresh);
        }

        /** Reads what a report overlapping {@code span} can reach: its link interval starts or ends in it. */
        void cover(Span span) {
            LocalDate needFrom = span.lo().minusDays(windows.maxReachForward());
            LocalDate needTo = span.hi().plusDays(windows.maxReachBack());
            if (readFrom == null) {
                read(needFrom, needTo);
                readFrom = needFrom;
                readTo = needTo;
                return;
            }
            if (needFrom.isBefore(readFrom)) {
                read(needFrom, readFrom.minusDays(1));
                readFrom = needFrom;
            }
            if (needTo.isAfter(readTo)) {
                read(readTo.plusDays(1), needTo);
                readTo = needTo;
            }
        }

        private void read(LocalDate from, LocalDate to) {
            rows.reportsOnDays(from, to).forEach((key, r) -> {
                if (!old.contains(key)) {
                    reports.putIfAbsent(key, r);
                }
            });
        }
    }

    /** Grows the seeds' span until no report outside it overlaps it: the group a step re-decides. */
    private Group group(List<VisitReport> seeds, Nearby nearby) {
        Span span = new Span(seeds.stream().map(windows::linkFrom).min(LocalDate::compareTo).orElseThrow(),
                seeds.stream().map(windows::linkTo).max(LocalDate::compareTo).orElseThrow());
        Map<String, VisitReport> group = new HashMap<>();
        while (true) {
            nearby.cover(span);
            group.clear();
            Span grown = overlapping(nearby.reports, span, group);
            if (grown.equals(span)) {
                return new Group(span, group.values());
            }
            span = grown;
        }
    }

    /** Puts the reports whose link interval overlaps {@code span} into {@code into}; returns the span they make. */
    private Span overlapping(Map<String, VisitReport> reports, Span span, Map<String, VisitReport> into) {
        LocalDate lo = span.lo();
        LocalDate hi = span.hi();
        for (Map.Entry<String, VisitReport> e : reports.entrySet()) {
            LocalDate from = windows.linkFrom(e.getValue());
            LocalDate to = windows.linkTo(e.getValue());
            if (!from.isAfter(span.hi()) && !to.isBefore(span.lo())) {
                into.put(e.getKey(), e.getValue());
                lo = from.isBefore(lo) ? from : lo;
                hi = to.isAfter(hi) ? to : hi;
            }
        }
        return new Span(lo, hi);
    }

    /**
     * The group's visits by id. A visit whose reports are the ones it was published from is not merged again; its
     * articles say so when each has one report here (an article's second visit of a pair, rare, makes the whole
     * group merge again).
     */
    private Map<String, Visit> decide(PairReport incoming, Collection<VisitReport> group,
            Map<String, Visit> published) {
        Map<String, Visit> visits = new TreeMap<>();
        boolean oneReportPerArticle = group.stream().allMatch(r -> r.ordinal() == 0);
        identify(incoming.pair(), group).forEach((id, cluster) -> {
            Visit before = published.get(id);
            boolean unchanged = oneReportPerArticle && before != null && isPublishedFrom(before, cluster, incoming);
            visits.put(id, unchanged ? before : VisitMerger.merge(id, cluster));
        });
        return visits;
    }

    /** The published visit came from exactly these reports, none of them the incoming article's. */
    private static boolean isPublishedFrom(Visit before, List<VisitReport> cluster, PairReport incoming) {
        return cluster.stream().noneMatch(r -> r.articleId().equals(incoming.articleId()))
                && before.sourceArticleIds().equals(cluster.stream().map(VisitReport::articleId).toList());
    }

    /** Tombstones for the published visits the group no longer makes (by id), then the new and changed visits. */
    private static List<Change> changes(Map<String, Visit> published, Map<String, Visit> visits) {
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
        return changes;
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
