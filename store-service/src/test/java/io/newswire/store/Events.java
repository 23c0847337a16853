package io.newswire.store;

import io.newswire.model.Article;
import io.newswire.model.CountryMention;
import io.newswire.model.EnrichedArticle;
import io.newswire.model.Enrichment;
import io.newswire.model.Evidence;
import io.newswire.model.Official;
import io.newswire.model.TopicTag;
import io.newswire.model.Visit;
import io.newswire.model.VisitStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Events for the tests, built with the contract's own records. */
public final class Events {
    public static final Instant T0 = Instant.parse("2025-03-01T08:00:00Z");

    private Events() {
    }

    public static String articleId(int i) {
        return "art-" + String.format("%05d", i);
    }

    public static String visitId(int i) {
        return "visit-" + String.format("%05d", i);
    }

    /** Article {@code i}, published {@code i} minutes after {@link #T0}, enriched at {@code enrichedAt}. */
    public static EnrichedArticle article(int i, String title, Instant enrichedAt, List<String> topics,
            List<String> countries) {
        Instant published = T0.plusSeconds(60L * i);
        Article a = new Article(Article.SCHEMA_VERSION, articleId(i), "https://news.example/" + i, "guid-" + i,
                "https://news.example/feed.xml", "Example News", title, "Summary of " + title,
                "Body of article " + i + ". " + title + ".", "en", List.of("Reporter " + (i % 7)), List.of("world"),
                published, published.plusSeconds(30), "hash-" + title.hashCode());
        Enrichment e = new Enrichment(List.of(),
                topics.stream().map(t -> new TopicTag(t, "iptc-" + t, 0.9)).toList(),
                countries.stream().map(c -> new CountryMention(c, 1)).toList(),
                List.of(), "test-1", enrichedAt);
        return EnrichedArticle.of(a, e);
    }

    public static EnrichedArticle article(int i) {
        return article(i, "Headline " + i, T0.plusSeconds(60L * i + 45), List.of("bilateral_relations"), List.of("FR"));
    }

    public static Visit visit(int i, String visitor, String host, LocalDate start, VisitStatus status,
            List<String> sources) {
        return new Visit(visitId(i), List.of(visitor), host,
                List.of(new Official("Minister " + i, "foreign minister", visitor)),
                List.of(new Official("President " + i, "president", host)), start,
                start == null ? null : start.plusDays(2), status, Visit.CAMEO_MAKE_VISIT,
                List.of(new Evidence("The minister visits " + host + ".", 0, 20)), sources);
    }

    public static Visit visit(int i) {
        return visit(i, "FR", "DE", LocalDate.of(2025, 3, 1).plusDays(i % 300), VisitStatus.PLANNED,
                List.of(articleId(i)));
    }
}
