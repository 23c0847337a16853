package io.newswire.enrich.visits;

import io.newswire.model.Evidence;
import io.newswire.model.Visit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Folds the reports of one real-world visit into the published {@link Visit}. Reads the reports in a fixed order
 * (newest first), so the result depends on which reports there are, never on their arrival order.
 * <ul>
 * <li>status (and CAMEO code) from the newest report: a cancellation or a homecoming published last is the news;</li>
 * <li>dates from the reports that give them: the first day any report names to the last (an arrival on the 12th and
 *     talks on the 13th make a visit of the 12th–13th); an undated report never moves them;</li>
 * <li>visitors and hosts united, one entry per person under any name variant ({@link OfficialUnion});</li>
 * <li>evidence sentences from as many outlets as possible, newest first;</li>
 * <li>every source article, in the order they were published.</li>
 * </ul>
 */
public final class VisitMerger {
    /** Published evidence sentences; a visit reported by dozens of outlets still makes a small record. */
    public static final int MAX_EVIDENCE = 5;

    private VisitMerger() {
    }

    /** {@code reports} is non-empty and all of one country pair. */
    public static Visit merge(String id, List<VisitReport> reports) {
        List<VisitReport> newestFirst = reports.stream().sorted(VisitReport.NEWEST_FIRST).toList();
        Visit newest = newestFirst.getFirst().visit();
        TreeSet<String> visitorCountries = new TreeSet<>();
        OfficialUnion visitors = new OfficialUnion();
        OfficialUnion hosts = new OfficialUnion();
        LocalDate start = null;
        LocalDate end = null;
        boolean explicitEnd = false;
        for (VisitReport r : newestFirst) {
            Visit v = r.visit();
            visitorCountries.addAll(v.visitorCountries());
            visitors.addAll(v.visitors());
            hosts.addAll(v.hosts());
            if (r.dated()) {
                start = start == null || r.firstDay().isBefore(start) ? r.firstDay() : start;
                end = end == null || r.lastDay().isAfter(end) ? r.lastDay() : end;
                explicitEnd |= v.endDate() != null && !v.endDate().isBefore(v.startDate());
            }
        }
        if (end != null && end.equals(start) && !explicitEnd) {
            end = null; // one day named, and no report said the visit ends then
        }
        List<String> sources = reports.stream().sorted(VisitReport.FIRST_REPORTED).map(VisitReport::articleId)
                .distinct().toList();
        return new Visit(id, List.copyOf(visitorCountries), newest.hostCountry(), visitors.toList(), hosts.toList(),
                start, end, newest.status(), Objects.requireNonNullElse(newest.cameoCode(), Visit.CAMEO_MAKE_VISIT),
                evidence(newestFirst), sources);
    }

    /** Round robin over outlets (newest first): each outlet's first sentence, then each one's second, and so on. */
    static List<Evidence> evidence(List<VisitReport> newestFirst) {
        Map<String, List<Evidence>> byOutlet = new LinkedHashMap<>();
        for (VisitReport r : newestFirst) {
            String outlet = r.outlet() != null && !r.outlet().isBlank() ? r.outlet() : "article:" + r.articleId();
            byOutlet.computeIfAbsent(outlet, o -> new ArrayList<>()).addAll(r.visit().evidence());
        }
        LinkedHashMap<String, Evidence> picked = new LinkedHashMap<>();
        int maxPerOutlet = byOutlet.values().stream().mapToInt(List::size).max().orElse(0);
        for (int round = 0; round < maxPerOutlet && picked.size() < MAX_EVIDENCE; round++) {
            for (List<Evidence> sentences : byOutlet.values()) {
                if (round < sentences.size() && picked.size() < MAX_EVIDENCE) {
                    picked.putIfAbsent(sentences.get(round).text(), sentences.get(round));
                }
            }
        }
        return List.copyOf(picked.values());
    }
}
