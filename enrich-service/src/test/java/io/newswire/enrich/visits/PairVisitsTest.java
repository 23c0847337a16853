package io.newswire.enrich.visits;

import static io.newswire.enrich.visits.Reports.DAR;
import static io.newswire.enrich.visits.Reports.FIDAN;
import static io.newswire.enrich.visits.Reports.GULER;
import static io.newswire.enrich.visits.Reports.SHARIF;
import static io.newswire.enrich.visits.Reports.day;
import static io.newswire.enrich.visits.Reports.trPk;
import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.Official;
import io.newswire.model.Visit;
import io.newswire.model.VisitStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PairVisitsTest {
    private static final Official FIDAN_SHORT = new Official("Fidan", null, "TR");

    /** Six reports of three visits of one pair: D, D+1 and undated; a homecoming days later; a bridge; September. */
    private static final List<PairReport> SIX = List.of(
            trPk("r1", "anadolu", "2025-07-01", VisitStatus.PLANNED, "2025-07-09", null, List.of(FIDAN),
                    List.of(SHARIF), "Fidan will visit Islamabad on July 9."),
            trPk("r2", "dawn", "2025-07-10", VisitStatus.ONGOING, "2025-07-10", null, List.of(FIDAN_SHORT, GULER),
                    List.of(DAR), "Fidan and Güler met Dar on Thursday."),
            trPk("r3", "trt", "2025-07-10", VisitStatus.ONGOING, null, null, List.of(FIDAN), List.of(),
                    "The delegation is in Pakistan."),
            trPk("r4", "geo", "2025-07-17", VisitStatus.COMPLETED, "2025-07-15", "2025-07-16", List.of(FIDAN),
                    List.of(), "Fidan flew home on Wednesday."),
            trPk("r5", "app", "2025-07-13", VisitStatus.ONGOING, "2025-07-12", "2025-07-14", List.of(GULER),
                    List.of(), "Güler toured Rawalpindi until Monday."),
            trPk("r6", "anadolu", "2025-09-15", VisitStatus.PLANNED, "2025-09-20", null, List.of(FIDAN), List.of(),
                    "Fidan returns on September 20."));

    private static Map<String, Visit> compacted(List<PairVisits.Change> changes) {
        Map<String, Visit> latest = new TreeMap<>();
        for (PairVisits.Change c : changes) {
            if (c.tombstone()) {
                latest.remove(c.visitId());
            } else {
                latest.put(c.visitId(), c.visit());
            }
        }
        return latest;
    }

    private static List<PairVisits.Change> run(VisitLedger ledger, List<PairReport> reports) {
        List<PairVisits.Change> changes = new ArrayList<>();
        reports.forEach(r -> changes.addAll(ledger.accept(r)));
        return changes;
    }

    @Test
    void everyOrderOfSixReportsEndsInTheSameVisitsAndTheLedgerMatchesTheTopic() {
        Map<String, Visit> expected = null;
        int orders = 0;
        for (List<PairReport> order : Reports.permutations(SIX)) {
            VisitLedger ledger = new VisitLedger(VisitWindows.DEFAULTS);
            Map<String, Visit> latest = compacted(run(ledger, order));
            assertThat(ledger.visits()).containsExactlyElementsOf(latest.values());
            if (expected == null) {
                expected = latest;
            }
            assertThat(latest).as("order %s", order.stream().map(PairReport::articleId).toList())
                    .isEqualTo(expected);
            orders++;
        }
        assertThat(orders).isEqualTo(720);
        assertThat(expected).containsOnlyKeys("TR>PK@2025-07-09", "TR>PK@2025-09-20");
        Visit july = expected.get("TR>PK@2025-07-09");
        assertThat(july.sourceArticleIds()).containsExactly("r1", "r2", "r3", "r5", "r4");
        assertThat(july.status()).isEqualTo(VisitStatus.COMPLETED);
        assertThat(july.startDate()).isEqualTo(day("2025-07-09"));
        assertThat(july.endDate()).isEqualTo(day("2025-07-16"));
        assertThat(july.visitors()).containsExactly(FIDAN, GULER);
        assertThat(july.hosts()).containsExactlyInAnyOrder(SHARIF, DAR);
    }

    @Test
    void reportsInPublicationOrderNeverDeleteAnId() {
        List<PairReport> inOrder = SIX.stream().sorted(Comparator.comparing(PairReport::reportedAt)).toList();
        List<PairVisits.Change> changes = run(new VisitLedger(VisitWindows.DEFAULTS), inOrder);
        // r4 (15th–16th) comes after the bridge r5 (12th–14th): it joins, no visit is ever published and deleted
        assertThat(changes).noneMatch(PairVisits.Change::tombstone);
        assertThat(changes).extracting(PairVisits.Change::visitId).containsOnly("TR>PK@2025-07-09",
                "TR>PK@2025-09-20");
    }

    @Test
    void bridgingReportDeletesTheLaterVisitsId() {
        VisitLedger ledger = new VisitLedger(VisitWindows.DEFAULTS);
        run(ledger, List.of(SIX.get(0), SIX.get(3)));
        assertThat(ledger.visits()).extracting(Visit::id).containsExactly("TR>PK@2025-07-09", "TR>PK@2025-07-15");
        List<PairVisits.Change> changes = ledger.accept(SIX.get(4));
        assertThat(changes).extracting(c -> c.visitId() + (c.tombstone() ? " deleted" : ""))
                .containsExactly("TR>PK@2025-07-15 deleted", "TR>PK@2025-07-09");
    }

    @Test
    void lateReportPublishedBeforeAllOthersTakesTheIdOver() {
        VisitLedger ledger = new VisitLedger(VisitWindows.DEFAULTS);
        run(ledger, List.of(SIX.get(1)));
        assertThat(ledger.visits()).extracting(Visit::id).containsExactly("TR>PK@2025-07-10");
        List<PairVisits.Change> changes = ledger.accept(SIX.get(0)); // published on the 1st, seen last
        assertThat(changes).extracting(c -> c.visitId() + (c.tombstone() ? " deleted" : ""))
                .containsExactly("TR>PK@2025-07-10 deleted", "TR>PK@2025-07-09");
    }

    @Test
    void undatedReportJoinsTheNearestVisitWithinAWeekBeforeAndAMonthAfter() {
        VisitLedger ledger = new VisitLedger(VisitWindows.DEFAULTS);
        run(ledger, List.of(
                trPk("early", "a", "2025-03-01", VisitStatus.COMPLETED, "2025-03-01", null, List.of(FIDAN), List.of()),
                trPk("late", "b", "2025-04-20", VisitStatus.PLANNED, "2025-04-20", null, List.of(FIDAN), List.of()),
                // published 6 days after 'early' and 44 before 'late': the homecoming of the first
                trPk("u1", "c", "2025-03-07", VisitStatus.COMPLETED, null, null, List.of(FIDAN), List.of()),
                // published 25 days before 'late' and 24 after 'early' (outside its week): an announcement of 'late'
                trPk("u2", "d", "2025-03-26", VisitStatus.PLANNED, null, null, List.of(FIDAN), List.of()),
                // 12 days after 'early', 36 before 'late': near neither, a visit of its own
                trPk("u3", "e", "2025-03-13", VisitStatus.ONGOING, null, null, List.of(FIDAN), List.of())));
        // the April visit's id is the day of its first report, the undated announcement
        assertThat(ledger.visits()).extracting(v -> v.id() + " " + v.sourceArticleIds()).containsExactly(
                "TR>PK@2025-03-01 [early, u1]", "TR>PK@2025-03-13 [u3]", "TR>PK@2025-03-26 [u2, late]");
    }

    @Test
    void datedReportsFurtherApartThanTheSlackStaySeparateAndTheSlackIsConfigurable() {
        List<PairReport> reports = List.of(
                trPk("a", "x", "2025-05-01", VisitStatus.ONGOING, "2025-05-01", null, List.of(FIDAN), List.of()),
                trPk("b", "y", "2025-05-05", VisitStatus.ONGOING, "2025-05-05", null, List.of(FIDAN), List.of()));
        VisitLedger defaults = new VisitLedger(VisitWindows.DEFAULTS);
        run(defaults, reports);
        assertThat(defaults.visits()).hasSize(2);
        VisitLedger wider = new VisitLedger(new VisitWindows(Duration.ofDays(4), Duration.ofDays(7),
                Duration.ofDays(30)));
        run(wider, reports);
        assertThat(wider.visits()).singleElement().extracting(Visit::sourceArticleIds).isEqualTo(List.of("a", "b"));
    }

    @Test
    void homecomingDatedByTheReturnJoinsTheVisitItEnds() {
        VisitLedger ledger = new VisitLedger(VisitWindows.DEFAULTS);
        run(ledger, List.of(
                trPk("arrival", "a", "2024-05-06", VisitStatus.ONGOING, "2024-05-06", null, List.of(FIDAN), List.of()),
                // five days later, "returned home on Saturday": the visit's last day, not a new visit
                trPk("home", "b", "2024-05-11", VisitStatus.COMPLETED, "2024-05-11", null, List.of(FIDAN), List.of()),
                // another five days on, a visit that is announced for that day: a new one
                trPk("next", "c", "2024-05-14", VisitStatus.PLANNED, "2024-05-16", null, List.of(FIDAN), List.of())));
        assertThat(ledger.visits()).extracting(v -> v.id() + " " + v.startDate() + ".." + v.endDate() + " "
                + v.sourceArticleIds()).containsExactly("TR>PK@2024-05-06 2024-05-06..2024-05-11 [arrival, home]",
                        "TR>PK@2024-05-16 2024-05-16..null [next]");
    }

    @Test
    void withdrawnArticleLeavesItsVisitsAndTheLastOneDeletesIt() {
        VisitLedger ledger = new VisitLedger(VisitWindows.DEFAULTS);
        run(ledger, List.of(SIX.get(0), SIX.get(1)));
        List<PairVisits.Change> c1 = ledger.accept(new PairReport("TR>PK", "r2", SIX.get(1).reportedAt(), List.of()));
        assertThat(c1).singleElement().satisfies(c -> assertThat(c.visit().sourceArticleIds()).containsExactly("r1"));
        List<PairVisits.Change> c2 = ledger.accept(new PairReport("TR>PK", "r1", SIX.get(0).reportedAt(), List.of()));
        assertThat(c2).singleElement().satisfies(c -> assertThat(c.tombstone()).isTrue());
        assertThat(ledger.visits()).isEmpty();
    }

    @Test
    void anOldVisitReplayedAfterNewerOnesIsItsOwnVisitAndLeavesThemAlone() {
        VisitLedger ledger = new VisitLedger(VisitWindows.DEFAULTS);
        run(ledger, List.of(SIX.get(0), SIX.get(1), SIX.get(5)));
        // an archive of two years ago replayed now: its reports are merged among themselves, as they would be live
        List<PairVisits.Change> changes = run(ledger, List.of(
                trPk("old-1", "x", "2023-03-02", VisitStatus.ONGOING, "2023-03-02", null, List.of(FIDAN), List.of()),
                trPk("old-2", "y", "2023-03-03", VisitStatus.ONGOING, null, null, List.of(FIDAN), List.of())));
        assertThat(changes).extracting(PairVisits.Change::visitId).containsOnly("TR>PK@2023-03-02");
        assertThat(ledger.visits()).extracting(v -> v.id() + " " + v.sourceArticleIds()).containsExactly(
                "TR>PK@2023-03-02 [old-1, old-2]", "TR>PK@2025-07-09 [r1, r2]", "TR>PK@2025-09-20 [r6]");
    }

    @Test
    void aStepReadsOnlyTheReportsNearTheIncomingOnes() {
        VisitLedger ledger = new VisitLedger(VisitWindows.DEFAULTS);
        for (int month = 1; month <= 12; month++) {
            String day = "2024-%02d-10".formatted(month);
            ledger.accept(trPk("m" + month, "x", day, VisitStatus.ONGOING, day, null, List.of(FIDAN), List.of()));
        }
        // a new report of June's visit: only June's visit changes, the other eleven are not even re-published
        List<PairVisits.Change> changes = ledger.accept(trPk("june-2", "y", "2024-06-11", VisitStatus.COMPLETED,
                "2024-06-11", null, List.of(GULER), List.of()));
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.visitId()).isEqualTo("TR>PK@2024-06-10");
            assertThat(c.visit().sourceArticleIds()).containsExactly("m6", "june-2");
        });
        assertThat(ledger.visits()).hasSize(12);
    }

    @Test
    void aChainOfReportsLongerThanOneReadWindowEndsTheSameInEveryArrivalOrder() {
        // undated reports 5 days apart over 55 days: each links to the next, so the group of any one of them grows
        // step by step (and is read further day by day) to the whole chain, forwards or backwards
        List<PairReport> chain = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String published = day("2025-01-01").plusDays(5L * i).toString();
            chain.add(trPk("c" + i, "outlet" + i, published, VisitStatus.ONGOING, null, null, List.of(FIDAN),
                    List.of()));
        }
        List<PairReport> backwards = new ArrayList<>(chain);
        java.util.Collections.reverse(backwards);
        List<PairReport> middleOut = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            middleOut.add(chain.get(5 - i));
            middleOut.add(chain.get(6 + i));
        }
        List<String> expected = null;
        for (List<PairReport> order : List.of(chain, backwards, middleOut)) {
            VisitLedger ledger = new VisitLedger(VisitWindows.DEFAULTS);
            run(ledger, order);
            List<String> visits = ledger.visits().stream().map(v -> v.id() + " " + v.sourceArticleIds()).toList();
            if (expected == null) {
                expected = visits;
            }
            assertThat(visits).as(order.stream().map(PairReport::articleId).toList().toString())
                    .isEqualTo(expected);
        }
        assertThat(expected).containsExactly("TR>PK@2025-01-01 [c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11]");
    }

    @Test
    void anImplausiblyLongStatedStayDoesNotSwallowTheMonthsAfterIt() {
        VisitLedger ledger = new VisitLedger(VisitWindows.DEFAULTS);
        run(ledger, List.of(
                trPk("slip", "x", "2024-01-05", VisitStatus.ONGOING, "2024-01-05", "2024-06-30", List.of(FIDAN),
                        List.of()),
                trPk("march", "y", "2024-03-10", VisitStatus.ONGOING, "2024-03-10", null, List.of(FIDAN), List.of())));
        assertThat(ledger.visits()).hasSize(2);
    }
}
