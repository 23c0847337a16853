package io.newswire.store.write;

import io.newswire.model.CountryMention;
import io.newswire.model.EnrichedArticle;
import io.newswire.model.Enrichment;
import io.newswire.model.TopicTag;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The {@code articles} row of one enriched article: its fields, the topic and country codes lifted out of the
 * enrichment for indexing, and the facts that decide which of two versions is newer.
 *
 * <p>Newer means, in this order: a later {@code enrichedAt} (re-enrichment, or a changed article enriched again),
 * then a later {@code fetchedAt}, then, for two versions with the same times but different content, the greater
 * digest: an arbitrary but fixed choice, so that any delivery order ends with the same row. An identical version
 * is never newer, so a redelivery writes nothing.
 */
public record ArticleRow(
        String id,
        String url,
        String guid,
        String feedUrl,
        String feedTitle,
        String title,
        String summary,
        String body,
        String language,
        String sourceCountry,
        List<String> authors,
        List<String> categories,
        Instant publishedAt,
        Instant fetchedAt,
        String contentHash,
        List<String> topics,
        List<String> countries,
        Enrichment enrichment,
        String enricherVersion,
        Instant enrichedAt,
        Instant listedAt,
        String digest) {

    /** Orders versions of one article from oldest to newest, exactly as the upsert's WHERE clause does. */
    public static final Comparator<ArticleRow> VERSION_ORDER = Comparator
            .comparing(ArticleRow::enrichedAt, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
            .thenComparing(ArticleRow::fetchedAt, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
            .thenComparing(ArticleRow::digest);

    public static ArticleRow of(EnrichedArticle a) {
        Enrichment e = a.enrichment();
        return new ArticleRow(a.id(), a.url(), a.guid(), a.feedUrl(), a.feedTitle(), a.title(), a.summary(),
                StoredText.body(a.body()), a.language(), a.sourceCountry(), a.authors(), a.categories(),
                a.publishedAt(), micros(a.fetchedAt()), a.contentHash(),
                topicCodes(e), countryCodes(e), e, e.enricherVersion(), micros(e.enrichedAt()), listedAt(a),
                Digest.of(a));
    }

    /** What lists sort and filter on: publication time, else fetch time (feeds do not always date their items). */
    public static Instant listedAt(EnrichedArticle a) {
        Instant t = a.publishedAt() != null ? a.publishedAt()
                : a.fetchedAt() != null ? a.fetchedAt()
                : a.enrichment().enrichedAt() != null ? a.enrichment().enrichedAt() : Instant.EPOCH;
        return t.truncatedTo(ChronoUnit.MICROS);
    }

    public static List<String> topicCodes(Enrichment e) {
        return e.topics().stream().map(TopicTag::code).distinct().toList();
    }

    public static List<String> countryCodes(Enrichment e) {
        return e.countries().stream().map(CountryMention::code).map(c -> c.toUpperCase(Locale.ROOT)).distinct()
                .toList();
    }

    /** PostgreSQL keeps microseconds: compare versions here at the precision the database compares them. */
    private static Instant micros(Instant t) {
        return t == null ? null : t.truncatedTo(ChronoUnit.MICROS);
    }
}
