package io.newswire.enrich.visits;

import static io.newswire.enrich.visits.Reports.DAR;
import static io.newswire.enrich.visits.Reports.FIDAN;
import static io.newswire.enrich.visits.Reports.GULER;
import static io.newswire.enrich.visits.Reports.SHARIF;
import static io.newswire.enrich.visits.Reports.day;
import static io.newswire.enrich.visits.Reports.trPk;
import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.Evidence;
import io.newswire.model.Official;
import io.newswire.model.Visit;
import io.newswire.model.VisitStatus;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class VisitMergerTest {
    private static Visit merge(PairReport... reports) {
        return VisitMerger.merge("TR>PK@x", java.util.Arrays.stream(reports).map(r -> r.reports().getFirst())
                .toList());
    }

    @Test
    void sameInstantIsSettledByTheFurtherStatus() {
        var planned = trPk("b", "x", "2025-07-08", VisitStatus.PLANNED, "2025-07-09", null, List.of(FIDAN), List.of());
        var cancelled = trPk("a", "y", "2025-07-08", VisitStatus.CANCELLED, null, null, List.of(FIDAN), List.of());
        assertThat(merge(planned, cancelled).status()).isEqualTo(VisitStatus.CANCELLED);
        assertThat(merge(cancelled, planned).status()).isEqualTo(VisitStatus.CANCELLED);
    }

    @Test
    void officialsAreUnitedByFoldedNameAndSurname() {
        var older = trPk("a1", "x", "2025-07-01", VisitStatus.PLANNED, "2025-07-09", null,
                List.of(new Official("Fidan", null, "TR"), new Official("Yasar Guler", "defense minister", null)),
                List.of(new Official("SHEHBAZ SHARIF", "prime minister", "PK")));
        var newer = trPk("a2", "y", "2025-07-02", VisitStatus.PLANNED, "2025-07-09", null, List.of(GULER, FIDAN),
                List.of(SHARIF, DAR));
        Visit merged = merge(older, newer);
        assertThat(merged.visitors()).containsExactly(GULER, FIDAN);
        assertThat(merged.hosts()).containsExactly(SHARIF, DAR);
    }

    @Test
    void surnameDoesNotJoinADifferentPersonOrARoleItContradicts() {
        var r = trPk("a1", "x", "2025-07-01", VisitStatus.PLANNED, "2025-07-09", null, List.of(
                new Official("Shehbaz Sharif", "prime minister", "PK"),
                new Official("Nawaz Sharif", "former prime minister", "PK"),
                new Official("Sharif", "army chief", "PK")), List.of());
        assertThat(merge(r).visitors()).extracting(Official::name)
                .containsExactly("Shehbaz Sharif", "Nawaz Sharif", "Sharif");
    }

    @Test
    void datesSpanTheDatedReportsAndAnUndatedOneMovesNothing() {
        var arrival = trPk("a1", "x", "2025-07-09", VisitStatus.ONGOING, "2025-07-09", null, List.of(FIDAN), List.of());
        var talks = trPk("a2", "y", "2025-07-11", VisitStatus.ONGOING, "2025-07-10", null, List.of(FIDAN), List.of());
        var undated = trPk("a3", "z", "2025-07-12", VisitStatus.COMPLETED, null, null, List.of(FIDAN), List.of());
        Visit v = merge(undated, talks, arrival);
        assertThat(v.startDate()).isEqualTo(day("2025-07-09"));
        assertThat(v.endDate()).isEqualTo(day("2025-07-10"));
        assertThat(v.status()).isEqualTo(VisitStatus.COMPLETED);
        assertThat(merge(arrival).endDate()).as("one day named, no end given").isNull();
        var oneDay = trPk("a4", "w", "2025-07-09", VisitStatus.ONGOING, "2025-07-09", "2025-07-09", List.of(FIDAN),
                List.of());
        assertThat(merge(oneDay).endDate()).as("a one-day visit said to end that day").isEqualTo(day("2025-07-09"));
    }

    @Test
    void evidenceComesFromSeveralOutletsBeforeASecondSentenceOfOne() {
        var a = trPk("a1", "anadolu", "2025-07-08", VisitStatus.PLANNED, "2025-07-09", null, List.of(FIDAN),
                List.of(), "anadolu 1", "anadolu 2", "anadolu 3");
        var b = trPk("a2", "anadolu", "2025-07-09", VisitStatus.ONGOING, "2025-07-09", null, List.of(FIDAN),
                List.of(), "anadolu 4");
        var c = trPk("a3", "dawn", "2025-07-07", VisitStatus.PLANNED, "2025-07-09", null, List.of(FIDAN), List.of(),
                "dawn 1", "same");
        var d = trPk("a4", "geo", "2025-07-06", VisitStatus.PLANNED, "2025-07-09", null, List.of(FIDAN), List.of(),
                "same", "geo 2");
        assertThat(merge(a, b, c, d).evidence()).extracting(Evidence::text)
                .containsExactly("anadolu 4", "dawn 1", "same", "anadolu 1", "geo 2");
    }

    @Test
    void sourcesAreEveryArticleInPublicationOrder() {
        PairReport[] reports = IntStream.range(0, 30).mapToObj(i -> trPk("a" + (29 - i), "o" + i,
                day("2025-07-01").plusDays(i % 7).toString(), VisitStatus.PLANNED, "2025-07-09", null,
                List.of(FIDAN), List.of(), "s" + i)).toArray(PairReport[]::new);
        Visit v = merge(reports);
        assertThat(v.sourceArticleIds()).hasSize(30).doesNotHaveDuplicates();
        assertThat(v.evidence()).hasSize(VisitMerger.MAX_EVIDENCE);
        assertThat(v.sourceArticleIds().getFirst()).isEqualTo("a1"); // published on the 1st; a8, a15... too
    }
}
