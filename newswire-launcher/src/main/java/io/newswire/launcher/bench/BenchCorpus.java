package io.newswire.launcher.bench;

import io.newswire.enrich.tag.SyntheticArticles;
import io.newswire.ingest.feed.ArticleIds;
import io.newswire.model.Article;
import io.newswire.model.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The articles every stage of the bench measures: {@link SyntheticArticles}' wire stories (about 3,000 characters),
 * a quarter of them visit reports, given what a feed gives them (an outlet, a URL, a content hash) and spread evenly
 * over one year from 2025-01-01, so that a country pair has several visits and each visit several reports, as in a
 * real year-long archive. Seeded: every run measures the same corpus.
 */
final class BenchCorpus {
    /** Share of the stories that report a visit. */
    static final double VISIT_SHARE = 0.25;
    static final int OUTLETS = 7;
    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");

    private final List<Article> articles;
    private final List<byte[]> values;

    private BenchCorpus(List<Article> articles) {
        this.articles = articles;
        var serializer = Topics.ARTICLE.serializer();
        this.values = articles.parallelStream().map(a -> serializer.serialize("", a)).toList();
    }

    static BenchCorpus generate(int n, long seed) {
        List<Article> stories = SyntheticArticles.generate(n, seed, VISIT_SHARE);
        long step = Duration.ofDays(365).toMillis() / Math.max(1, n);
        return new BenchCorpus(IntStream.range(0, n).parallel()
                .mapToObj(i -> dated(stories.get(i), stories.get(i).id(), i, START.plusMillis(step * i))).toList());
    }

    /** The story as outlet {@code i % OUTLETS} publishes it under {@code id} at {@code at}. */
    static Article dated(Article s, String id, int i, Instant at) {
        int outlet = i % OUTLETS;
        return new Article(s.schemaVersion(), id, "https://outlet" + outlet + ".example/news/" + id, id,
                "https://outlet" + outlet + ".example/rss", "Outlet " + outlet, s.title(), s.summary(), s.body(),
                s.language(), List.of("Reporter " + (i % 31)), List.of("world"), at, at.plusSeconds(60),
                ArticleIds.contentHash(s.title(), s.summary(), s.body()));
    }

    List<Article> articles() {
        return articles;
    }

    /** Each article as the raw topic's serde writes it (the same bytes for every stage). */
    List<byte[]> values() {
        return values;
    }

    int size() {
        return articles.size();
    }

    long visitReports() {
        return Math.round(Math.floor(articles.size() * VISIT_SHARE));
    }

    double averageBytes() {
        return values.stream().mapToInt(v -> v.length).average().orElse(0);
    }
}
