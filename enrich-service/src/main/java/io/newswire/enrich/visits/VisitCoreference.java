package io.newswire.enrich.visits;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Decides which reports of one country pair tell of the same real-world visit. A function of the set of reports
 * alone, never of their arrival order, so that every instance and every replay ends with the same visits.
 *
 * <ol>
 * <li>Dated reports are one visit when their days overlap or lie within {@link VisitWindows#dateSlack} of each
 *     other, chained: arrival on the 12th, talks on the 13th and the return on the 15th are one visit. A report of
 *     a completed visit naming one day (a homecoming, "wrapped up his visit on Friday") may name the last day, so
 *     it joins a visit that ended up to {@link VisitWindows#undatedBefore} earlier. Reports of one pair with
 *     explicit dates further apart stay separate visits, and so do the legs of a tour (each leg has its own host,
 *     hence its own pair).</li>
 * <li>An undated report joins the dated visit of its pair nearest to its publication day among those that lie
 *     between {@link VisitWindows#undatedBefore} before and {@link VisitWindows#undatedAfter} after it. It does not
 *     stretch that visit, so undated reports are placed independently of each other.</li>
 * <li>Undated reports with no dated visit near are one visit when published within
 *     {@link VisitWindows#undatedBefore} of each other.</li>
 * </ol>
 * A cancellation or completion report is placed like any other, so it lands in the visit it speaks of, whose status
 * it then updates (the newest report decides the status).
 */
public final class VisitCoreference {
    private final VisitWindows windows;

    public VisitCoreference(VisitWindows windows) {
        this.windows = windows;
    }

    /** The visits the reports tell of: each a non-empty list of reports in {@link VisitReport#FIRST_REPORTED} order. */
    public List<List<VisitReport>> clusters(Collection<VisitReport> reports) {
        List<Span> dated = datedSpans(reports);
        List<VisitReport> unplaced = new ArrayList<>();
        List<VisitReport> undated = reports.stream().filter(r -> !r.dated()).sorted(VisitReport.FIRST_REPORTED)
                .toList();
        for (VisitReport r : undated) {
            Span nearest = nearest(dated, r.publishedOn());
            if (nearest == null) {
                unplaced.add(r);
            } else {
                nearest.members.add(r);
            }
        }
        List<List<VisitReport>> out = new ArrayList<>();
        for (Span s : dated) {
            out.add(s.members.stream().sorted(VisitReport.FIRST_REPORTED).toList());
        }
        out.addAll(undatedGroups(unplaced));
        return out;
    }

    /**
     * Interval merging over the days each dated report speaks of, each reaching back by the slack (a report of a
     * completed visit that names one day, as a homecoming does, reaches back by {@link VisitWindows#undatedBefore}: that
     * day is the visit's last, not its first). Sorted by how far back they reach, so order does not matter.
     */
    private List<Span> datedSpans(Collection<VisitReport> reports) {
        List<VisitReport> dated = reports.stream().filter(VisitReport::dated)
                .sorted(Comparator.comparing(windows::linkFrom).thenComparing(VisitReport.FIRST_REPORTED))
                .toList();
        List<Span> spans = new ArrayList<>();
        Span current = null;
        for (VisitReport r : dated) {
            if (current != null && !windows.linkFrom(r).isAfter(current.last)) {
                current.add(r);
            } else {
                current = new Span(r);
                spans.add(current);
            }
        }
        return spans;
    }

    private Span nearest(List<Span> spans, LocalDate published) {
        LocalDate from = published.minusDays(windows.undatedBefore().toDays());
        LocalDate to = published.plusDays(windows.undatedAfter().toDays());
        Span best = null;
        long bestDistance = Long.MAX_VALUE;
        for (Span s : spans) { // in order of first day, so a tie goes to the earlier visit
            if (s.first.isAfter(to) || s.last.isBefore(from)) {
                continue;
            }
            long distance = published.isBefore(s.first) ? ChronoUnit.DAYS.between(published, s.first)
                    : published.isAfter(s.last) ? ChronoUnit.DAYS.between(s.last, published) : 0;
            if (distance < bestDistance) {
                best = s;
                bestDistance = distance;
            }
        }
        return best;
    }

    private List<List<VisitReport>> undatedGroups(List<VisitReport> unplaced) {
        List<VisitReport> byDay = unplaced.stream()
                .sorted(Comparator.comparing(VisitReport::publishedOn).thenComparing(VisitReport.FIRST_REPORTED))
                .toList();
        List<List<VisitReport>> groups = new ArrayList<>();
        List<VisitReport> current = null;
        LocalDate last = null;
        for (VisitReport r : byDay) {
            if (current != null && ChronoUnit.DAYS.between(last, r.publishedOn()) <= windows.undatedBefore().toDays()) {
                current.add(r);
            } else {
                current = new ArrayList<>();
                current.add(r);
                groups.add(current);
            }
            last = r.publishedOn();
        }
        return groups.stream().map(g -> g.stream().sorted(VisitReport.FIRST_REPORTED).toList()).toList();
    }

    /** The days a visit of dated reports covers so far, and its members. */
    private static final class Span {
        LocalDate first;
        LocalDate last;
        final List<VisitReport> members = new ArrayList<>();

        Span(VisitReport r) {
            first = r.firstDay();
            last = r.lastDay();
            members.add(r);
        }

        void add(VisitReport r) {
            members.add(r);
            first = r.firstDay().isBefore(first) ? r.firstDay() : first;
            last = r.lastDay().isAfter(last) ? r.lastDay() : last;
        }
    }
}
