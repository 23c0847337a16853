package io.newswire.enrich.stream;

import io.newswire.model.Evidence;
import io.newswire.model.JsonSerde;
import io.newswire.model.Visit;
import io.newswire.model.VisitStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The state of one visit in the visit table: every article's latest report of it, and the visit merged from them.
 * Pure: the topology's aggregator only calls {@link #with}.
 *
 * <p>The merged visit does not depend on the order the reports arrived in: reports are kept newest first (by
 * {@link VisitReport#reportedAt()}, ties broken by how far the status has moved on, then by article id) and the
 * merge reads them in that order. Status, host and dates come from the newest report; visitor countries, visitors,
 * hosts, evidence and source articles are united.
 *
 * @param changed whether {@code merged} differs from the merged visit before the last report, so that a report
 *                that changes nothing (an identical re-report) emits nothing
 */
public record VisitMerge(List<VisitReport> reports, Visit merged, boolean changed) {
    static final JsonSerde<VisitMerge> SERDE = new JsonSerde<>(VisitMerge.class);

    /** Keeps the table's records well under Kafka's 1 MB limit however many outlets report one visit. */
    static final int MAX_REPORTS = 500;
    static final int MAX_EVIDENCE = 5;
    /** Evidence kept per report; only {@link #MAX_EVIDENCE} of all reports' evidence is published. */
    static final int MAX_EVIDENCE_PER_REPORT = 2;

    static final Comparator<VisitReport> NEWEST_FIRST = Comparator
            .comparing(VisitReport::reportedAt, Comparator.reverseOrder())
            .thenComparing(r -> r.visit().status(), Comparator.reverseOrder())
            .thenComparing(VisitReport::articleId);

    public VisitMerge {
        reports = reports == null ? List.of() : List.copyOf(reports);
    }

    static VisitMerge empty() {
        return new VisitMerge(List.of(), null, false);
    }

    /**
     * This visit with {@code report} replacing its article's earlier report (or withdrawing it), or {@code null} when
     * no article reports the visit any more, which deletes it from the table and publishes a tombstone.
     */
    VisitMerge with(String visitId, VisitReport report) {
        Map<String, VisitReport> byArticle = new LinkedHashMap<>();
        for (VisitReport r : reports) {
            byArticle.put(r.articleId(), r);
        }
        if (report.withdrawn()) {
            byArticle.remove(report.articleId());
        } else {
            byArticle.put(report.articleId(), trimmed(report));
        }
        if (byArticle.isEmpty()) {
            return null;
        }
        List<VisitReport> next = new ArrayList<>(byArticle.values());
        next.sort(NEWEST_FIRST);
        if (next.size() > MAX_REPORTS) {
            next = next.subList(0, MAX_REPORTS);
        }
        Visit mergedNext = merge(visitId, next);
        return new VisitMerge(next, mergedNext, !mergedNext.equals(merged));
    }

    private static VisitReport trimmed(VisitReport r) {
        Visit v = r.visit();
        if (v.evidence().size() <= MAX_EVIDENCE_PER_REPORT) {
            return r;
        }
        return new VisitReport(r.visitId(), r.articleId(), r.reportedAt(), new Visit(v.id(), v.visitorCountries(),
                v.hostCountry(), v.visitors(), v.hosts(), v.startDate(), v.endDate(), v.status(), v.cameoCode(),
                v.evidence().subList(0, MAX_EVIDENCE_PER_REPORT), v.sourceArticleIds()));
    }

    /** {@code newestFirst} is non-empty and sorted by {@link #NEWEST_FIRST}. */
    static Visit merge(String visitId, List<VisitReport> newestFirst) {
        Visit newest = newestFirst.getFirst().visit();
        LinkedHashSet<String> visitorCountries = new LinkedHashSet<>();
        OfficialUnion visitors = new OfficialUnion();
        OfficialUnion hosts = new OfficialUnion();
        LinkedHashMap<String, Evidence> evidence = new LinkedHashMap<>();
        for (VisitReport r : newestFirst) {
            Visit v = r.visit();
            visitorCountries.addAll(v.visitorCountries());
            visitors.addAll(v.visitors());
            hosts.addAll(v.hosts());
            for (Evidence e : v.evidence()) {
                if (evidence.size() < MAX_EVIDENCE) {
                    evidence.putIfAbsent(e.text(), e);
                }
            }
        }
        LocalDate start = null;
        LocalDate end = null;
        for (VisitReport r : newestFirst) {
            if (r.visit().startDate() != null) {
                start = r.visit().startDate();
                end = r.visit().endDate();
                break;
            }
        }
        if (end == null) {
            end = newestEndNotBefore(newestFirst, start);
        }
        List<String> sources = newestFirst.reversed().stream().map(VisitReport::articleId).toList();
        return new Visit(visitId, List.copyOf(visitorCountries), newest.hostCountry(), visitors.toList(),
                hosts.toList(), start, end, newest.status(),
                Objects.requireNonNullElse(newest.cameoCode(), Visit.CAMEO_MAKE_VISIT),
                List.copyOf(evidence.values()), sources);
    }

    private static LocalDate newestEndNotBefore(List<VisitReport> newestFirst, LocalDate start) {
        for (VisitReport r : newestFirst) {
            LocalDate e = r.visit().endDate();
            if (e != null && (start == null || !e.isBefore(start))) {
                return e;
            }
        }
        return null;
    }
}
