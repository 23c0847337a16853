package io.newswire.enrich.visits;

import io.newswire.model.Article;
import io.newswire.model.Visit;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything one article (in its latest version) says about the visits of one country pair. It replaces whatever the
 * article said about the pair before, so an empty one withdraws the article from the pair: a corrected article that
 * no longer reports a visit stops counting as its source.
 */
public record PairReport(String pair, String articleId, Instant reportedAt, List<VisitReport> reports) {
    public PairReport {
        Objects.requireNonNull(pair, "pair");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(reportedAt, "reportedAt");
        reports = reports == null ? List.of() : List.copyOf(reports);
    }

    /**
     * One report per country pair the article's visits are of, plus an empty one for each pair in
     * {@code pairsBefore} (what its previous version reported) that it no longer reports.
     */
    public static List<PairReport> of(String articleId, String outlet, Instant reportedAt, List<Visit> visits,
            Collection<String> pairsBefore) {
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
            out.add(new PairReport(pair, articleId, reportedAt, reports));
        });
        for (String pair : new LinkedHashSet<>(pairsBefore)) {
            if (!byPair.containsKey(pair)) {
                out.add(new PairReport(pair, articleId, reportedAt, List.of()));
            }
        }
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

    public boolean withdrawal() {
        return reports.isEmpty();
    }
}
