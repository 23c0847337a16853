package io.newswire.store.write;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.EnrichedArticle;
import io.newswire.model.Enrichment;
import io.newswire.model.Visit;
import io.newswire.store.Events;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class VersionOrderTest {

    private static EnrichedArticle enrichedAt(EnrichedArticle a, Instant t) {
        Enrichment e = a.enrichment();
        return EnrichedArticle.of(a.article(), new Enrichment(e.visits(), e.topics(), e.countries(), e.people(),
                "v2", t));
    }

    @Test
    void aLaterEnrichmentIsNewerAndAnIdenticalVersionIsNot() {
        EnrichedArticle a = Events.article(1);
        ArticleRow old = ArticleRow.of(a);
        ArticleRow later = ArticleRow.of(enrichedAt(a, a.enrichment().enrichedAt().plusSeconds(1)));
        assertThat(ArticleRow.VERSION_ORDER.compare(later, old)).isPositive();
        assertThat(ArticleRow.VERSION_ORDER.compare(ArticleRow.of(a), old)).isZero();
        assertThat(old.digest()).isEqualTo(ArticleRow.of(a).digest()).isNotEqualTo(later.digest());
    }

    @Test
    void versionsAreComparedAtTheDatabasesMicrosecondPrecision() {
        EnrichedArticle a = Events.article(1);
        Instant t = Instant.parse("2025-03-01T08:00:00.123456Z");
        ArticleRow micros = ArticleRow.of(enrichedAt(a, t));
        ArticleRow nanos = ArticleRow.of(enrichedAt(a, t.plusNanos(700)));
        assertThat(nanos.enrichedAt()).isEqualTo(micros.enrichedAt());
    }

    @Test
    void theNewestVersionOfEachIdIsWrittenOnceInIdOrder() {
        EnrichedArticle a = Events.article(2);
        ArticleRow v1 = ArticleRow.of(a);
        ArticleRow v2 = ArticleRow.of(enrichedAt(a, a.enrichment().enrichedAt().plusSeconds(60)));
        ArticleRow other = ArticleRow.of(Events.article(1));
        List<ArticleRow> rows = new ArticleUpsert().newestPerId(List.of(v2, other, v1, v1));
        assertThat(rows).containsExactly(other, v2);

        Visit v = Events.visit(3);
        VisitRow at5 = VisitRow.of(v, "t", 0, 5);
        VisitRow at9 = VisitRow.of(v, "t", 0, 9);
        assertThat(new VisitUpsert().newestPerId(List.of(at9, at5))).containsExactly(at9);
    }

    @Test
    void listsSortOnPublicationTimeElseFetchTime() {
        EnrichedArticle a = Events.article(4);
        assertThat(ArticleRow.of(a).listedAt()).isEqualTo(a.publishedAt());
        var raw = a.article();
        var undated = new io.newswire.model.Article(raw.schemaVersion(), raw.id(), raw.url(), raw.guid(),
                raw.feedUrl(), raw.feedTitle(), raw.title(), raw.summary(), raw.body(), raw.language(),
                raw.authors(), raw.categories(), null, raw.fetchedAt(), raw.contentHash());
        assertThat(ArticleRow.of(EnrichedArticle.of(undated, a.enrichment())).listedAt()).isEqualTo(raw.fetchedAt());
    }

    @Test
    void visitCountriesAreStoredUpperCase() {
        Visit v = Events.visit(5, "fr", "de", null, io.newswire.model.VisitStatus.ONGOING, List.of());
        VisitRow row = VisitRow.of(v, "t", 1, 2);
        assertThat(row.visitorCountries()).containsExactly("FR");
        assertThat(row.hostCountry()).isEqualTo("DE");
        assertThat(row.listedOn()).isEqualTo(VisitRow.UNDATED);
        assertThat(row.status()).isEqualTo("ongoing");
    }
}
