package io.newswire.store.api;

import io.newswire.model.EnrichedArticle;
import io.newswire.model.Visit;
import io.newswire.model.VisitStatus;
import io.newswire.store.Events;
import io.newswire.store.write.ArticleRow;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/** The articles and visits the API tests store, and the answers the API must give, computed here independently. */
final class ApiFixture {
    static final int ARTICLES = 60;
    static final int VISITS = 40;
    static final List<String> TOPICS = List.of("bilateral_relations", "trade_investment", "health");
    static final List<List<String>> COUNTRIES = List.of(List.of("FR", "DE"), List.of("US"), List.of("FR"), List.of());
    static final List<String> VISITORS = List.of("FR", "US", "CN", "DE");
    static final List<String> HOSTS = List.of("DE", "FR", "JP", "BR", "DE");

    final List<EnrichedArticle> articles = new ArrayList<>();
    final List<Visit> visits = new ArrayList<>();

    ApiFixture() {
        for (int i = 0; i < ARTICLES; i++) {
            String title = (i % 10 == 0 ? "Summit talks " : "Headline ") + i;
            EnrichedArticle a = Events.article(i, title, Events.T0.plusSeconds(9_000 + i),
                    List.of(TOPICS.get(i % 3)), COUNTRIES.get(i % 4));
            if (i % 3 == 0) {
                a = EnrichedArticle.of(a.article().withSourceCountry("NG"), a.enrichment());
            }
            if (i % 5 == 2) {
                // feeds that declare no language and no title of their own
                a = withoutLanguageAndFeedTitle(a);
            }
            if (i >= 50) {
                // ten articles with one publication time: pages must break the tie by id
                a = withPublished(a, Events.T0.plusSeconds(3_000));
            }
            articles.add(a);
        }
        VisitStatus[] statuses = VisitStatus.values();
        for (int i = 0; i < VISITS; i++) {
            LocalDate start = i % 13 == 12 ? null : LocalDate.of(2025, 1 + i % 4, 1 + i % 27);
            visits.add(Events.visit(i, VISITORS.get(i % 4), HOSTS.get(i % 5), start, statuses[i % 4],
                    List.of(Events.articleId(i), "art-missing-" + i)));
        }
    }

    private static EnrichedArticle withoutLanguageAndFeedTitle(EnrichedArticle a) {
        return new EnrichedArticle(a.schemaVersion(), a.id(), a.url(), null, a.feedUrl(), null, a.title(),
                a.summary(), a.body(), null, a.authors(), a.categories(), a.publishedAt(), a.fetchedAt(),
                a.contentHash(), a.sourceCountry(), a.enrichment());
    }

    private static EnrichedArticle withPublished(EnrichedArticle a, Instant published) {
        return new EnrichedArticle(a.schemaVersion(), a.id(), a.url(), a.guid(), a.feedUrl(), a.feedTitle(),
                a.title(), a.summary(), a.body(), a.language(), a.authors(), a.categories(), published,
                a.fetchedAt(), a.contentHash(), a.sourceCountry(), a.enrichment());
    }

    /** Article ids matching, in the API's order: newest first, ties by id descending. */
    List<String> articleIds(Predicate<EnrichedArticle> filter) {
        return articles.stream().filter(filter)
                .sorted(Comparator.comparing((EnrichedArticle a) -> ArticleRow.listedAt(a)).thenComparing(EnrichedArticle::id).reversed())
                .map(EnrichedArticle::id).toList();
    }

    /** Visit ids matching, in the API's order: start date newest first, undated last, ties by id descending. */
    List<String> visitIds(Predicate<Visit> filter) {
        return visits.stream().filter(filter)
                .sorted(Comparator.comparing((Visit v) -> v.startDate() == null ? LocalDate.MIN : v.startDate())
                        .thenComparing(Visit::id).reversed())
                .map(Visit::id).toList();
    }

    /** What the visits' {@code q} filter searches, lower case: the officials' names and roles and the evidence. */
    static String text(Visit v) {
        return (v.visitors() + " " + v.hosts() + " " + v.evidence()).toLowerCase(java.util.Locale.ROOT);
    }

    /** The first day of the day, ISO week or month a date falls in. */
    static LocalDate bucket(LocalDate d, String interval) {
        return switch (interval) {
            case "day" -> d;
            case "week" -> d.with(java.time.DayOfWeek.MONDAY);
            default -> d.withDayOfMonth(1);
        };
    }

    static boolean overlaps(Visit v, LocalDate from, LocalDate to) {
        if (v.startDate() == null) {
            return false;
        }
        LocalDate end = v.endDate() == null ? v.startDate() : v.endDate();
        return !end.isBefore(from) && !v.startDate().isAfter(to);
    }
}
