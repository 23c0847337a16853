package io.newswire.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.enrich.EnrichConfig;
import io.newswire.enrich.tagging.Tagger;
import io.newswire.enrich.visits.Reports;
import io.newswire.model.Article;
import io.newswire.model.Evidence;
import io.newswire.model.Official;
import io.newswire.model.Topics;
import io.newswire.model.Visit;
import io.newswire.model.VisitStatus;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The visit merge through the whole topology: reports of one visit by several outlets on different days end as one
 * visit, different visits of one pair stay apart, and the result does not depend on the order the reports come in.
 * The tagger is scripted: each invented article's body maps to the visits it reports.
 */
class VisitMergeTopologyTest {
    private static final Topics TOPICS = Topics.defaults();
    private static final Serde<Visit> VISIT_JSON = TOPICS.visits().valueSerde();
    private static final Official FIDAN = new Official("Hakan Fidan", "foreign minister", "TR");
    private static final Official FIDAN_SHORT = new Official("Fidan", null, "TR");
    private static final Official GULER = new Official("Yaşar Güler", "defense minister", "TR");
    private static final Official SHARIF = new Official("Shehbaz Sharif", "prime minister", "PK");
    private static final Official DAR = new Official("Ishaq Dar", "foreign minister", "PK");

    @TempDir
    Path stateDir;

    private final Map<String, List<Visit>> visitsByBody = new HashMap<>();
    private final Tagger tagger = a -> Fixtures.enrichment(visitsByBody.getOrDefault(a.body(), List.of()));
    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> raw;
    private TestOutputTopic<String, Visit> visits;

    private void start() {
        EnrichConfig config = EnrichConfig.of("unused:9092", TOPICS).withStateDir(stateDir);
        driver = new TopologyTestDriver(EnrichTopology.build(config, tagger), config.streamsProperties());
        raw = driver.createInputTopic(TOPICS.articlesRaw().name(), Serdes.String().serializer(),
                Serdes.ByteArray().serializer());
        visits = driver.createOutputTopic(TOPICS.visits().name(), TOPICS.visits().keySerde().deserializer(),
                TOPICS.visits().valueSerde().deserializer());
    }

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.close();
        }
    }

    /** The visit stored under {@code id}: the store keeps the visits topic's JSON. */
    private Visit storedVisit(String id) {
        KeyValueStore<String, byte[]> store = driver.getKeyValueStore(EnrichTopology.VISITS_STORE);
        return VISIT_JSON.deserializer().deserialize("", store.get(id));
    }

    /** An invented article by {@code outlet}, published on {@code published}, reporting {@code reported}. */
    private record Report(String id, String outlet, LocalDate published, List<Visit> reported) {
        Article article() {
            Instant at = published.atTime(9, 0).toInstant(java.time.ZoneOffset.UTC);
            return new Article(Article.SCHEMA_VERSION, id, "https://" + outlet + ".example/" + id, id,
                    "https://" + outlet + ".example/feed", outlet, "Title of " + id, null, "Text of " + id, "en",
                    List.of(), List.of(), at, at.plusSeconds(60), "h-" + id);
        }
    }

    private static Visit visit(String visitor, String host, VisitStatus status, List<Official> visitors,
            List<Official> hosts, LocalDate start, LocalDate end, String evidence) {
        // the tagger's own id is what one article alone would call the visit; the merge gives the real one
        return new Visit("tagger-id-" + evidence.hashCode(), List.of(visitor), host, visitors, hosts, start, end,
                status, Visit.CAMEO_MAKE_VISIT, List.of(new Evidence(evidence, 0, evidence.length())), List.of());
    }

    private static Visit trPk(VisitStatus status, List<Official> visitors, List<Official> hosts, LocalDate start,
            LocalDate end, String evidence) {
        return visit("TR", "PK", status, visitors, hosts, start, end, evidence);
    }

    private static LocalDate day(String isoDate) {
        return LocalDate.parse(isoDate);
    }

    private void send(Report r) {
        Article a = r.article();
        visitsByBody.put(a.body(), r.reported());
        raw.pipeInput(a.id(), TOPICS.articlesRaw().valueSerde().serializer().serialize("", a));
    }

    /** The visits topic as compaction leaves it: each id's last record, deleted ids left out. */
    private Map<String, Visit> compacted(List<KeyValue<String, Visit>> records) {
        Map<String, Visit> latest = new TreeMap<>();
        for (KeyValue<String, Visit> kv : records) {
            if (kv.value == null) {
                latest.remove(kv.key);
            } else {
                latest.put(kv.key, kv.value);
            }
        }
        return latest;
    }

    @Test
    void oneVisitReportedByThreeOutletsWithDatesDAndDPlusOneAndNoneIsOneVisit() {
        start();
        send(new Report("anadolu-1", "anadolu", day("2025-07-08"), List.of(trPk(VisitStatus.PLANNED,
                List.of(FIDAN), List.of(SHARIF), day("2025-07-09"), null, "Fidan will arrive in Islamabad on Wednesday."))));
        send(new Report("dawn-1", "dawn", day("2025-07-10"), List.of(trPk(VisitStatus.ONGOING,
                List.of(FIDAN_SHORT, GULER), List.of(DAR), day("2025-07-10"), null,
                "Fidan and Güler met Dar on Thursday."))));
        send(new Report("trt-1", "trt", day("2025-07-10"), List.of(trPk(VisitStatus.ONGOING,
                List.of(FIDAN), List.of(), null, null, "The Turkish delegation is in Pakistan."))));

        var records = visits.readKeyValuesToList();
        assertThat(records).extracting(kv -> kv.key).containsOnly("TR>PK@2025-07-09");
        Visit v = compacted(records).get("TR>PK@2025-07-09");
        assertThat(v.sourceArticleIds()).containsExactly("anadolu-1", "dawn-1", "trt-1");
        assertThat(v.visitors()).as("'Fidan' is Hakan Fidan").containsExactly(FIDAN, GULER);
        assertThat(v.hosts()).containsExactlyInAnyOrder(SHARIF, DAR);
        assertThat(v.startDate()).isEqualTo(day("2025-07-09"));
        assertThat(v.endDate()).isEqualTo(day("2025-07-10"));
        assertThat(v.status()).isEqualTo(VisitStatus.ONGOING);
        assertThat(v.evidence()).extracting(Evidence::text).hasSize(3).contains(
                "Fidan will arrive in Islamabad on Wednesday.", "Fidan and Güler met Dar on Thursday.",
                "The Turkish delegation is in Pakistan.");
        assertThat(storedVisit("TR>PK@2025-07-09")).isEqualTo(v);
    }

    @Test
    void samePairTwoMonthsApartIsTwoVisits() {
        start();
        send(new Report("a1", "anadolu", day("2025-07-08"), List.of(trPk(VisitStatus.PLANNED, List.of(FIDAN),
                List.of(), day("2025-07-09"), null, "Fidan visits Islamabad on July 9."))));
        send(new Report("a2", "dawn", day("2025-09-12"), List.of(trPk(VisitStatus.ONGOING, List.of(FIDAN),
                List.of(), day("2025-09-12"), null, "Fidan is back in Islamabad."))));
        // undated, published two months after the first: the second visit's, not the first's
        send(new Report("a3", "trt", day("2025-09-13"), List.of(trPk(VisitStatus.ONGOING, List.of(FIDAN),
                List.of(), null, null, "Fidan held talks in Pakistan."))));

        Map<String, Visit> latest = compacted(visits.readKeyValuesToList());
        assertThat(latest).containsOnlyKeys("TR>PK@2025-07-09", "TR>PK@2025-09-12");
        assertThat(latest.get("TR>PK@2025-07-09").sourceArticleIds()).containsExactly("a1");
        assertThat(latest.get("TR>PK@2025-09-12").sourceArticleIds()).containsExactly("a2", "a3");
    }

    @Test
    void bridgingReportMakesOneVisitAbsorbTheOtherWithATombstone() {
        start();
        send(new Report("a1", "anadolu", day("2025-07-08"), List.of(trPk(VisitStatus.PLANNED, List.of(FIDAN),
                List.of(), day("2025-07-09"), null, "Fidan arrives on July 9."))));
        send(new Report("a2", "dawn", day("2025-07-15"), List.of(trPk(VisitStatus.ONGOING, List.of(FIDAN),
                List.of(DAR), day("2025-07-14"), null, "Fidan met Dar in Lahore on July 14."))));
        assertThat(compacted(visits.readKeyValuesToList())).as("five days apart: two visits so far")
                .containsOnlyKeys("TR>PK@2025-07-09", "TR>PK@2025-07-14");

        send(new Report("a3", "trt", day("2025-07-12"), List.of(trPk(VisitStatus.ONGOING, List.of(FIDAN),
                List.of(SHARIF), day("2025-07-09"), day("2025-07-14"), "Fidan is on a six-day visit."))));
        var records = visits.readKeyValuesToList();
        assertThat(records).extracting(kv -> kv.key).containsExactly("TR>PK@2025-07-14", "TR>PK@2025-07-09");
        assertThat(records.getFirst().value).as("the absorbed id is deleted").isNull();
        Visit survivor = records.getLast().value;
        assertThat(survivor.sourceArticleIds()).containsExactly("a1", "a3", "a2");
        assertThat(survivor.status()).isEqualTo(VisitStatus.ONGOING);
        assertThat(survivor.startDate()).isEqualTo(day("2025-07-09"));
        assertThat(survivor.endDate()).isEqualTo(day("2025-07-14"));
        assertThat(storedVisit("TR>PK@2025-07-14")).isNull();
    }

    @Test
    void cancellationReportUpdatesTheVisitItSpeaksOf() {
        start();
        send(new Report("a1", "anadolu", day("2025-07-01"), List.of(trPk(VisitStatus.PLANNED, List.of(FIDAN),
                List.of(SHARIF), day("2025-07-09"), null, "Fidan will visit Pakistan on July 9."))));
        // undated, a week before the planned day: it speaks of that visit
        send(new Report("a2", "dawn", day("2025-07-05"), List.of(trPk(VisitStatus.CANCELLED, List.of(FIDAN_SHORT),
                List.of(), null, null, "Fidan's trip to Islamabad has been called off."))));

        var records = visits.readKeyValuesToList();
        assertThat(records).extracting(kv -> kv.key).containsOnly("TR>PK@2025-07-09");
        Visit v = records.getLast().value;
        assertThat(v.status()).isEqualTo(VisitStatus.CANCELLED);
        assertThat(v.startDate()).as("the plan's date stays").isEqualTo(day("2025-07-09"));
        assertThat(v.sourceArticleIds()).containsExactly("a1", "a2");
        assertThat(v.visitors()).containsExactly(FIDAN);
    }

    @Test
    void eachLegOfATourIsItsOwnVisit() {
        start();
        send(new Report("a1", "anadolu", day("2025-07-08"), List.of(
                trPk(VisitStatus.PLANNED, List.of(FIDAN), List.of(), day("2025-07-09"), null, "Islamabad first."),
                visit("TR", "MY", VisitStatus.PLANNED, List.of(FIDAN), List.of(), day("2025-07-10"), null,
                        "Then on to Kuala Lumpur."))));
        send(new Report("a2", "bernama", day("2025-07-10"), List.of(visit("TR", "MY", VisitStatus.ONGOING,
                List.of(FIDAN), List.of(), day("2025-07-10"), null, "Fidan arrived in Kuala Lumpur."))));

        Map<String, Visit> latest = compacted(visits.readKeyValuesToList());
        assertThat(latest).containsOnlyKeys("TR>PK@2025-07-09", "TR>MY@2025-07-10");
        assertThat(latest.get("TR>MY@2025-07-10").sourceArticleIds()).containsExactly("a1", "a2");
        assertThat(latest.get("TR>PK@2025-07-09").sourceArticleIds()).containsExactly("a1");
    }

    @Test
    void correctedArticleMovesItsReportAndTheVisitsFollow() {
        start();
        sendJulyReportsOfA1AndA2();
        assertCorrectionOfA1MovesItsReport();
    }

    /**
     * The repeat filter remembers the keys of an article's reports, and the visit merge replaces exactly those rows.
     * What an earlier version remembered has only the pairs: the merge then finds the article's rows among the pair's.
     */
    @Test
    void correctionOfAnArticleRememberedWithoutItsReportKeysStillReplacesItsRows() {
        start();
        sendJulyReportsOfA1AndA2();
        KeyValueStore<String, SeenArticle> seen = driver.getKeyValueStore(EnrichTopology.SEEN_STORE);
        SeenArticle a1 = seen.get("a1");
        assertThat(a1.visitKeys()).containsOnlyKeys("TR>PK");
        assertThat(a1.visitKeys().get("TR>PK")).singleElement().asString().startsWith("2025-07-09");
        seen.put("a1", new SeenArticle(a1.contentHash(), a1.seenAtMs(), a1.visitPairs(), null));

        assertCorrectionOfA1MovesItsReport();
        assertThat(seen.get("a1").visitKeys().get("TR>PK")).singleElement().asString().startsWith("2025-09-09");
    }

    private void sendJulyReportsOfA1AndA2() {
        send(new Report("a1", "anadolu", day("2025-07-08"), List.of(trPk(VisitStatus.PLANNED, List.of(FIDAN),
                List.of(), day("2025-07-09"), null, "Fidan visits Islamabad on July 9."))));
        send(new Report("a2", "dawn", day("2025-07-09"), List.of(trPk(VisitStatus.ONGOING, List.of(FIDAN),
                List.of(), day("2025-07-09"), null, "Fidan is in Islamabad."))));
    }

    private void assertCorrectionOfA1MovesItsReport() {
        // a1 corrected: the visit it announced is in September (its text changes, so does its content hash)
        Report corrected = new Report("a1", "anadolu", day("2025-07-08"), List.of(trPk(VisitStatus.PLANNED,
                List.of(FIDAN), List.of(), day("2025-09-09"), null, "Fidan visits Islamabad on September 9.")));
        Article a = corrected.article();
        Article changed = new Article(a.schemaVersion(), a.id(), a.url(), a.guid(), a.feedUrl(), a.feedTitle(),
                a.title(), null, "Corrected text of a1", "en", List.of(), List.of(), a.publishedAt(), a.fetchedAt(),
                "h-a1-v2");
        visitsByBody.put(changed.body(), corrected.reported());
        raw.pipeInput(changed.id(), TOPICS.articlesRaw().valueSerde().serializer().serialize("", changed));

        Map<String, Visit> latest = compacted(visits.readKeyValuesToList());
        assertThat(latest).as("July's visit is now first reported by a2 (same day); September's is a1's")
                .containsOnlyKeys("TR>PK@2025-07-09", "TR>PK@2025-09-09");
        assertThat(latest.get("TR>PK@2025-07-09").sourceArticleIds()).containsExactly("a2");
        assertThat(latest.get("TR>PK@2025-09-09").sourceArticleIds()).containsExactly("a1");
        List<String> rows = new ArrayList<>();
        KeyValueStore<String, byte[]> reports = driver.getKeyValueStore(EnrichTopology.VISIT_REPORTS_STORE);
        try (var it = reports.all()) {
            it.forEachRemaining(kv -> rows.add(kv.key.replace(VisitMergeProcessor.SEPARATOR, ' ')));
        }
        assertThat(rows).as("a1's July row is gone, not left beside its September one")
                .containsExactly("TR>PK 2025-07-09 a2 0", "TR>PK 2025-09-09 a1 0");
    }

    /**
     * Four reports of one visit: a plan, an undated report, a homecoming five days after the plan's day and a report
     * bridging the two. Every order of the four ends in the same visit under the same id, whatever was published and
     * deleted on the way. All 24 orders run through one driver, each as its own visitor country (so its own pair,
     * which the merge keeps apart) with its own article ids. ({@code PairVisitsTest} runs every order of a larger
     * case through the same merge without Kafka.)
     */
    @Test
    void everyOrderOfTheReportsEndsInTheSameVisits() {
        start();
        List<List<Integer>> orders = Reports.permutations(List.of(0, 1, 2, 3));
        assertThat(orders).hasSize(24);
        Map<String, Map<String, Visit>> byOrder = new LinkedHashMap<>();
        for (int k = 0; k < orders.size(); k++) {
            List<Report> reports = fourReports("V" + k, "o" + k + "-");
            orders.get(k).forEach(i -> send(reports.get(i)));
            byOrder.put("V" + k, new TreeMap<>());
        }
        Map<String, Visit> latest = compacted(visits.readKeyValuesToList());
        Map<String, Visit> stored = new TreeMap<>();
        KeyValueStore<String, byte[]> store = driver.getKeyValueStore(EnrichTopology.VISITS_STORE);
        try (var it = store.all()) {
            it.forEachRemaining(kv -> stored.put(kv.key, VISIT_JSON.deserializer().deserialize("", kv.value)));
        }
        assertThat(stored).as("the store holds what the compacted topic does").isEqualTo(latest);
        latest.forEach((id, v) -> byOrder.get(v.visitorCountries().getFirst()).put(id.substring(id.indexOf('>')),
                normalised(v)));

        Map<String, Visit> expected = byOrder.get("V0");
        for (int k = 0; k < orders.size(); k++) {
            assertThat(byOrder.get("V" + k)).as("visits after reports in order %s", orders.get(k))
                    .isEqualTo(expected);
        }
        assertThat(expected).containsOnlyKeys(">PK@2025-07-09");
        Visit july = expected.get(">PK@2025-07-09");
        assertThat(july.sourceArticleIds()).containsExactly("r1", "r2", "r4", "r3");
        assertThat(july.status()).isEqualTo(VisitStatus.COMPLETED);
        assertThat(july.startDate()).isEqualTo(day("2025-07-09"));
        assertThat(july.endDate()).isEqualTo(day("2025-07-15"));
        assertThat(july.visitors()).extracting(Official::name).containsExactlyInAnyOrder("Hakan Fidan", "Yaşar Güler");
    }

    private static List<Report> fourReports(String visitor, String idPrefix) {
        Official fidan = new Official("Hakan Fidan", "foreign minister", visitor);
        Official fidanShort = new Official("Fidan", null, visitor);
        Official guler = new Official("Yaşar Güler", "defense minister", visitor);
        return List.of(
                new Report(idPrefix + "r1", "anadolu", day("2025-07-01"), List.of(visit(visitor, "PK",
                        VisitStatus.PLANNED, List.of(fidan), List.of(SHARIF), day("2025-07-09"), null,
                        "Fidan will visit Islamabad on July 9."))),
                new Report(idPrefix + "r2", "trt", day("2025-07-10"), List.of(visit(visitor, "PK",
                        VisitStatus.ONGOING, List.of(fidanShort, guler), List.of(DAR), null, null,
                        "Fidan and Güler are in Pakistan."))),
                new Report(idPrefix + "r3", "dawn", day("2025-07-16"), List.of(visit(visitor, "PK",
                        VisitStatus.COMPLETED, List.of(fidan), List.of(), day("2025-07-14"), day("2025-07-15"),
                        "Fidan left on July 15."))),
                new Report(idPrefix + "r4", "geo", day("2025-07-12"), List.of(visit(visitor, "PK",
                        VisitStatus.ONGOING, List.of(guler), List.of(), day("2025-07-11"), day("2025-07-13"),
                        "Güler is in Rawalpindi until Sunday."))));
    }

    /** The visit as if its visitor country were the same for every order: ids and article ids without the order. */
    private static Visit normalised(Visit v) {
        return new Visit(v.id().substring(v.id().indexOf('>')), List.of(), v.hostCountry(),
                v.visitors().stream().map(o -> new Official(o.name(), o.role(), null)).toList(), v.hosts(),
                v.startDate(), v.endDate(), v.status(), v.cameoCode(), v.evidence(),
                v.sourceArticleIds().stream().map(id -> id.substring(id.indexOf('-') + 1)).toList());
    }
}
