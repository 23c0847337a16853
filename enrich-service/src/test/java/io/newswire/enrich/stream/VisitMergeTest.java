package io.newswire.enrich.stream;

import static io.newswire.enrich.stream.Fixtures.DAR;
import static io.newswire.enrich.stream.Fixtures.FIDAN;
import static io.newswire.enrich.stream.Fixtures.GULER;
import static io.newswire.enrich.stream.Fixtures.SHARIF;
import static io.newswire.enrich.stream.Fixtures.T0;
import static io.newswire.enrich.stream.Fixtures.TR_PK;
import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.Evidence;
import io.newswire.model.Official;
import io.newswire.model.Visit;
import io.newswire.model.VisitStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class VisitMergeTest {
    private static final LocalDate JULY_9 = LocalDate.of(2025, 7, 9);

    private static VisitReport report(String articleId, Instant at, VisitStatus status, List<Official> visitors,
            List<Official> hosts, LocalDate start, LocalDate end, String... evidence) {
        List<Evidence> ev = Arrays.stream(evidence).map(t -> new Evidence(t, 0, t.length())).toList();
        return new VisitReport(TR_PK, articleId, at, new Visit(TR_PK, List.of("TR"), "PK", visitors, hosts, start, end,
                status, Visit.CAMEO_MAKE_VISIT, ev, List.of()));
    }

    private static VisitMerge mergeAll(List<VisitReport> reports) {
        VisitMerge m = VisitMerge.empty();
        for (VisitReport r : reports) {
            m = m.with(TR_PK, r);
        }
        return m;
    }

    @Test
    void sameInstantIsSettledByTheFurtherStatusWhateverTheOrder() {
        var planned = report("b", T0, VisitStatus.PLANNED, List.of(FIDAN), List.of(), JULY_9, null, "x");
        var cancelled = report("a", T0, VisitStatus.CANCELLED, List.of(FIDAN), List.of(), JULY_9, null, "y");
        assertThat(mergeAll(List.of(planned, cancelled)).merged().status()).isEqualTo(VisitStatus.CANCELLED);
        assertThat(mergeAll(List.of(cancelled, planned)).merged().status()).isEqualTo(VisitStatus.CANCELLED);
    }

    @Test
    void mergedVisitIsTheSameForEveryArrivalOrder() {
        List<VisitReport> reports = IntStream.range(0, 12).mapToObj(i -> report("a" + i, T0.plusSeconds(i % 4 * 60),
                VisitStatus.values()[i % 3], List.of(new Official("Visitor " + (i % 5), null, "TR")),
                List.of(new Official("Host " + (i % 3), "minister", "PK")), JULY_9.plusDays(i % 2), null,
                "sentence " + i)).toList();
        Visit expected = mergeAll(reports).merged();
        Random random = new Random(7);
        for (int round = 0; round < 20; round++) {
            List<VisitReport> shuffled = new ArrayList<>(reports);
            Collections.shuffle(shuffled, random);
            assertThat(mergeAll(shuffled).merged()).isEqualTo(expected);
        }
        assertThat(expected.visitors()).hasSize(5);
        assertThat(expected.hosts()).hasSize(3);
        assertThat(expected.sourceArticleIds()).hasSize(12);
    }

    @Test
    void officialsAreUnitedByFoldedNameAndSurname() {
        var older = report("a1", T0, VisitStatus.PLANNED,
                List.of(new Official("Fidan", null, "TR"), new Official("Yasar Guler", "defense minister", null)),
                List.of(new Official("SHEHBAZ SHARIF", "prime minister", "PK")), JULY_9, null, "old");
        var newer = report("a2", T0.plusSeconds(60), VisitStatus.PLANNED, List.of(GULER, FIDAN),
                List.of(SHARIF, DAR), JULY_9, null, "new");
        Visit merged = mergeAll(List.of(older, newer)).merged();
        assertThat(merged.visitors()).containsExactly(GULER, FIDAN);
        assertThat(merged.hosts()).containsExactly(SHARIF, DAR);
    }

    @Test
    void surnameDoesNotJoinADifferentPersonOrARoleItContradicts() {
        var r = report("a1", T0, VisitStatus.PLANNED, List.of(
                new Official("Shehbaz Sharif", "prime minister", "PK"),
                new Official("Nawaz Sharif", "former prime minister", "PK"),
                new Official("Sharif", "army chief", "PK")), List.of(), JULY_9, null, "e");
        assertThat(mergeAll(List.of(r)).merged().visitors()).extracting(Official::name)
                .containsExactly("Shehbaz Sharif", "Nawaz Sharif", "Sharif");
    }

    @Test
    void datesComeFromTheNewestReportThatHasThem() {
        var dated = report("a1", T0, VisitStatus.PLANNED, List.of(FIDAN), List.of(), JULY_9, JULY_9.plusDays(2), "a");
        var undated = report("a2", T0.plusSeconds(60), VisitStatus.ONGOING, List.of(FIDAN), List.of(), null, null,
                "b");
        var redated = report("a3", T0.plusSeconds(30), VisitStatus.PLANNED, List.of(FIDAN), List.of(),
                JULY_9.plusDays(1), null, "c");
        Visit merged = mergeAll(List.of(dated, undated, redated)).merged();
        assertThat(merged.status()).isEqualTo(VisitStatus.ONGOING);
        assertThat(merged.startDate()).isEqualTo(JULY_9.plusDays(1));
        assertThat(merged.endDate()).as("the newest end not before the start").isEqualTo(JULY_9.plusDays(2));
    }

    @Test
    void evidenceIsDistinctAndBounded() {
        List<VisitReport> reports = IntStream.range(0, 10).mapToObj(i -> report("a" + i, T0.plusSeconds(i),
                VisitStatus.PLANNED, List.of(FIDAN), List.of(), JULY_9, null, "same sentence", "sentence " + i,
                "third " + i)).toList();
        VisitMerge m = mergeAll(reports);
        assertThat(m.merged().evidence()).extracting(Evidence::text)
                .containsExactly("same sentence", "sentence 9", "sentence 8", "sentence 7", "sentence 6");
        assertThat(m.reports()).allSatisfy(r -> assertThat(r.visit().evidence())
                .hasSizeLessThanOrEqualTo(VisitMerge.MAX_EVIDENCE_PER_REPORT));
    }

    @Test
    void reportCountIsBoundedByDroppingTheOldest() {
        List<VisitReport> reports = IntStream.range(0, VisitMerge.MAX_REPORTS + 3).mapToObj(i -> report("a" + i,
                T0.plusSeconds(i), VisitStatus.PLANNED, List.of(FIDAN), List.of(), JULY_9, null, "e")).toList();
        VisitMerge m = mergeAll(reports);
        assertThat(m.reports()).hasSize(VisitMerge.MAX_REPORTS);
        assertThat(m.merged().sourceArticleIds()).doesNotContain("a0", "a1", "a2").contains("a3",
                "a" + (VisitMerge.MAX_REPORTS + 2));
    }

    @Test
    void sameArticleReportingAgainReplacesItsReportAndWithdrawingTheLastOneDeletesTheVisit() {
        var first = report("a1", T0, VisitStatus.PLANNED, List.of(FIDAN), List.of(SHARIF), JULY_9, null, "e");
        var again = report("a1", T0, VisitStatus.CANCELLED, List.of(FIDAN), List.of(SHARIF), JULY_9, null, "e");
        VisitMerge m = mergeAll(List.of(first, again));
        assertThat(m.reports()).hasSize(1);
        assertThat(m.merged().status()).isEqualTo(VisitStatus.CANCELLED);
        assertThat(m.with(TR_PK, VisitReport.withdrawal(TR_PK, "a1", T0))).isNull();
        assertThat(m.with(TR_PK, again).changed()).isFalse();
    }
}
