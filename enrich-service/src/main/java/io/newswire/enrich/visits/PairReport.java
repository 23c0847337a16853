package io.newswire.enrich.visits;

import io.newswire.model.Article;
import io.newswire.model.Visit;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything one article (in its latest version) says about the visits of one country pair. It replaces whatever the
 * article said about the pair before, so an empty one withdraws the article from the pair: a corrected article that
 * no longer reports a visit stops counting as its source.
 *
 * @param previousKeys the {@link VisitReport#key() keys} of the article's reports of the pair that this one replaces
 *                     (what its previous version reported; empty for a new article), so the visit merge finds the
 *                     rows to replace without an index of its own; null when they are not known (a version
 *                     remembered before the keys were: the merge then looks them up in the pair's rows)
 */
public record PairReport(String pair, String articleId, Instant reportedAt, List<VisitReport> reports,
        List<String> previousKeys) {
    public PairReport {
        Objects.requireNonNull(pair, "pair");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(reportedAt, "reportedAt");
        reports = reports == null ? List.of() : List.copyOf(reports);
        previousKeys = previousKeys == null ? null : List.copyOf(previousKeys);
    }

    /** A report whose article's previous rows of the pair are not known. */
    public PairReport(String pair, String articleId, Instant reportedAt, List<VisitReport> reports) {
        this(pair, articleId, reportedAt, reports, null);
    }

    /**
     * One report per country pair the article's visits are of, plus an empty one for each pair in
     * {@code pairsBefore} (what its previous version reported) that it no longer reports; the rows each replaces are
     * not known.
     */
    public static List<PairReport> of(String articleId, String outlet, Instant reportedAt, List<Visit> visits,
            Collection<String> pairsBefore) {
        Map<String, List<String>> unknown = new LinkedHashMap<>();
        pairsBefore.forEach(pair -> unknown.put(pair, null));
        return of(articleId, outlet, reportedAt, visits, unknown);
    }

    /**
     * One report per country pair the article's visits are of, plus an empty one for each pair its previous version
     * reported and this one does not. {@code keysBefore}: the previous version's report keys by pair (a null list:
     * not known); a pair missing from it had none.
     */
    public static List<PairReport> of(String articleId, String outlet, Instant reportedAt, List<Visit> visits,
            Map<String, List<String>> keysBefore) {
        Map<String, Map<String, Visit>> byPair = new LinkedHashMap<>();
        for (Visit v : visits) {
            // one report per visit id: a tagger that finds a visit twice in one article still has one source
            byPair.computeIfAbsent(CountryPair.of(v), p -> new LinkedHashMap<>()).putIfAbsent(v.id(), v);
        }
        List<PairReport> out = new ArrayList<>();
        byPair.forEach((pair, pairVisits) -> {
            List<VisitReport> reports = new ArrayList<>();
            for (Visit v : pairVisits.values()) {
                reports.add(new VisitReport(articleId, reports.size(), outlet, reportedAt, v));
            }
            out.add(new PairReport(pair, articleId, reportedAt, reports, previous(keysBefore, pair)));
        });
        keysBefore.forEach((pair, keys) -> {
            if (!byPair.containsKey(pair)) {
                out.add(new PairReport(pair, articleId, reportedAt, List.of(), keys));
            }
        });
        return out;
    }

    /** Who published the article: its feed's title, else the host of its address; null when neither is known. */
    public static String outletOf(Article article) {
        if (article.feedTitle() != null && !article.feedTitle().isBlank()) {
            return article.feedTitle();
        }
        try {
            return article.url() == null ? null : URI.create(article.url()).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static List<String> previous(Map<String, List<String>> keysBefore, String pair) {
        return keysBefore.containsKey(pair) ? keysBefore.get(pair) : List.of();
    }

    /** The keys of the rows this report leaves behind it: its own reports' keys. */
    public List<String> keys() {
        return reports.stream().map(VisitReport::key).toList();
    }

    public boolean withdrawal() {
        return reports.isEmpty();
    }
}
