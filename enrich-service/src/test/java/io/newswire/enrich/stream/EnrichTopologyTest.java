package io.newswire.enrich.stream;

import static io.newswire.enrich.stream.Fixtures.DAR;
import static io.newswire.enrich.stream.Fixtures.FIDAN;
import static io.newswire.enrich.stream.Fixtures.GULER;
import static io.newswire.enrich.stream.Fixtures.MUNIR;
import static io.newswire.enrich.stream.Fixtures.SHARIF;
import static io.newswire.enrich.stream.Fixtures.T0;
import static io.newswire.enrich.stream.Fixtures.TR_PK;
import static io.newswire.enrich.stream.Fixtures.article;
import static io.newswire.enrich.stream.Fixtures.visit;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newswire.enrich.EnrichConfig;
import io.newswire.enrich.tagging.Tagger;
import io.newswire.model.Article;
import io.newswire.model.DeadLetter;
import io.newswire.model.EnrichedArticle;
import io.newswire.model.Official;
import io.newswire.model.Topics;
import io.newswire.model.Visit;
import io.newswire.model.VisitStatus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EnrichTopologyTest {
    private static final LocalDate JULY_9 = LocalDate.of(2025, 7, 9);
    private static final Topics TOPICS = Topics.defaults();

    @TempDir
    Path stateDir;

    /** The test tagger's script: the visits it finds in an article, by the article's body. */
    private final Map<String, List<Visit>> visitsByBody = new HashMap<>();
    private final AtomicInteger taggerCalls = new AtomicInteger();
    private final Tagger tagger = article -> {
        taggerCalls.incrementAndGet();
        if (article.body().contains("EXPLODE")) {
            throw new IllegalStateException("rule table corrupt near 'EXPLODE'");
        }
        return Fixtures.enrichment(visitsByBody.getOrDefault(article.body(), List.of()));
    };
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> raw;
    private TestOutputTopic<String, EnrichedArticle> enriched;
    private TestOutputTopic<String, Visit> visits;
    private TestOutputTopic<byte[], byte[]> deadLetters;

    private void start(EnrichConfig config) {
        driver = new TopologyTestDriver(EnrichTopology.build(config, tagger, EnrichCounters.register(meters)),
                config.streamsProperties());
        raw = driver.createInputTopic(TOPICS.articlesRaw().name(), Serdes.String().serializer(),
                Serdes.ByteArray().serializer());
        enriched = driver.createOutputTopic(TOPICS.articlesEnriched().name(),
                TOPICS.articlesEnriched().keySerde().deserializer(), TOPICS.articlesEnriched().valueSerde().deserializer());
        visits = driver.createOutputTopic(TOPICS.visits().name(), TOPICS.visits().keySerde().deserializer(),
                TOPICS.visits().valueSerde().deserializer());
        deadLetters = driver.createOutputTopic(TOPICS.deadLetter().name(), Serdes.ByteArray().deserializer(),
                Serdes.ByteArray().deserializer());
    }

    private void start() {
        start(EnrichConfig.of("unused:9092", TOPICS).withStateDir(stateDir));
    }

    @AfterEach
    void close() {
        if (driver != null) {
            driver.close();
        }
    }

    private void send(Article a) {
        raw.pipeInput(a.id(), TOPICS.articlesRaw().valueSerde().serializer().serialize("", a));
    }

    /** Article a1, which the test tagger finds the TR→PK visit in. */
    private Article sendArticleReportingAPlannedVisit() {
        Article a = article("a1", "h1", T0, "Fidan will visit Islamabad on July 9.");
        visitsByBody.put(a.body(), List.of(visit(TR_PK, VisitStatus.PLANNED, List.of(FIDAN), List.of(SHARIF), JULY_9,
                a.body())));
        send(a);
        return a;
    }

    @Test
    void taggedArticleIsPublishedUnderItsIdWithTheTaggersEnrichment() {
        start();
        Article a = sendArticleReportingAPlannedVisit();

        var out = enriched.readKeyValuesToList();
        assertThat(out).hasSize(1);
        assertThat(out.getFirst().key).isEqualTo("a1");
        EnrichedArticle e = out.getFirst().value;
        assertThat(e.article()).isEqualTo(a);
        assertThat(e.enrichment()).isEqualTo(Fixtures.enrichment(visitsByBody.get(a.body())));
        Visit v = visits.readValue();
        assertThat(v.id()).isEqualTo(TR_PK);
        assertThat(v.sourceArticleIds()).containsExactly("a1");
        assertThat(visits.isEmpty()).isTrue();
        assertThat(deadLetters.isEmpty()).isTrue();
    }

    @Test
    void exactRepeatIsDroppedAndChangedContentPasses() {
        start();
        Article first = article("a1", "hash-1", T0, "first text");
        send(first);
        // the same item polled again later: same id and hash, another fetch time
        send(new Article(1, "a1", first.url(), first.guid(), first.feedUrl(), first.feedTitle(), first.title(),
                null, first.body(), "en", List.of(), List.of(), first.publishedAt(), T0.plusSeconds(3600), "hash-1"));
        Article edited = article("a1", "hash-2", T0, "corrected text");
        send(edited);
        // another article with the first one's hash is no repeat: the filter is per id
        send(article("a2", "hash-1", T0, "first text"));

        var out = enriched.readKeyValuesToList();
        assertThat(out).extracting(kv -> kv.key + "/" + kv.value.contentHash())
                .containsExactly("a1/hash-1", "a1/hash-2", "a2/hash-1");
        assertThat(taggerCalls).hasValue(3);
        assertThat(meters.get("newswire.enrich.articles.repeats").counter().count()).isEqualTo(1.0);
        assertThat(meters.get("newswire.enrich.articles.tagged").counter().count()).isEqualTo(3.0);
    }

    @Test
    void articleWithoutHashIsComparedByItsText() {
        start();
        send(article("a1", null, T0, "text"));
        send(article("a1", null, T0, "text"));
        send(article("a1", null, T0, "other text"));
        assertThat(enriched.readValuesToList()).extracting(EnrichedArticle::body).containsExactly("text", "other text");
    }

    @ParameterizedTest(name = "newer report first: {0}")
    @ValueSource(booleans = {false, true})
    void twoReportsOfOneVisitAreMergedWhateverTheirOrder(boolean newerFirst) {
        start();
        Article older = article("a-old", "h", T0, "Fidan will visit Islamabad on July 9.");
        Article newer = article("a-new", "h", T0.plusSeconds(6 * 3600), "Fidan and Güler arrived in Islamabad.");
        Official fidanBySurname = new Official("Fidan", "foreign minister", "TR");
        visitsByBody.put(older.body(), List.of(visit(TR_PK, VisitStatus.PLANNED, List.of(fidanBySurname),
                List.of(SHARIF), JULY_9, older.body())));
        visitsByBody.put(newer.body(), List.of(visit(TR_PK, VisitStatus.ONGOING, List.of(FIDAN, GULER),
                List.of(DAR, MUNIR), JULY_9, newer.body())));

        if (newerFirst) {
            send(newer);
            send(older);
        } else {
            send(older);
            send(newer);
        }

        var updates = visits.readKeyValuesToList();
        assertThat(updates).hasSize(2).allSatisfy(kv -> assertThat(kv.key).isEqualTo(TR_PK));
        Visit merged = updates.getLast().value;
        assertThat(merged.id()).isEqualTo(TR_PK);
        assertThat(merged.visitorCountries()).containsExactly("TR");
        assertThat(merged.hostCountry()).isEqualTo("PK");
        assertThat(merged.visitors()).containsExactly(FIDAN, GULER);
        assertThat(merged.hosts()).containsExactlyInAnyOrder(SHARIF, DAR, MUNIR);
        assertThat(merged.sourceArticleIds()).containsExactly("a-old", "a-new");
        assertThat(merged.status()).isEqualTo(VisitStatus.ONGOING);
        assertThat(merged.startDate()).isEqualTo(JULY_9);
        assertThat(merged.cameoCode()).isEqualTo("042");
        assertThat(merged.evidence()).extracting(e -> e.text()).containsExactly(newer.body(), older.body());
    }

    @Test
    void reReportThatChangesNothingEmitsNothing() {
        start();
        Article a = sendArticleReportingAPlannedVisit();
        assertThat(visits.readValuesToList()).hasSize(1);

        // a new version of the article (say, a corrected headline) reporting the visit exactly as before
        send(new Article(1, "a1", a.url(), a.guid(), a.feedUrl(), a.feedTitle(), "Corrected title", null, a.body(),
                "en", List.of(), List.of(), a.publishedAt(), a.fetchedAt(), "h2"));
        assertThat(enriched.readValuesToList()).hasSize(2);
        assertThat(visits.isEmpty()).as("no visits update for a report that changes nothing").isTrue();
        assertThat(meters.get("newswire.enrich.visits.emitted").counter().count()).isEqualTo(1.0);
    }

    @Test
    void updatedArticleThatNoLongerReportsAVisitIsWithdrawnFromIt() {
        start();
        Article a1 = article("a1", "h1", T0, "Fidan will visit Islamabad on July 9.");
        Article a2 = article("a2", "h1", T0.plusSeconds(60), "Fidan is due in Islamabad.");
        visitsByBody.put(a1.body(), List.of(visit(TR_PK, VisitStatus.PLANNED, List.of(FIDAN), List.of(), JULY_9,
                a1.body())));
        visitsByBody.put(a2.body(), List.of(visit(TR_PK, VisitStatus.PLANNED, List.of(FIDAN), List.of(SHARIF),
                JULY_9, a2.body())));
        send(a1);
        send(a2);
        assertThat(visits.readValuesToList().getLast().sourceArticleIds()).containsExactly("a1", "a2");

        // a2 is corrected: it was about a phone call, not a visit
        send(article("a2", "h2", T0.plusSeconds(60), "Fidan spoke to Dar by phone."));
        Visit after = visits.readValue();
        assertThat(after.sourceArticleIds()).containsExactly("a1");
        assertThat(after.hosts()).isEmpty();

        // and when its last source withdraws, the visit is deleted: a tombstone on the compacted topic
        send(article("a1", "h2", T0, "Fidan spoke to Dar by phone."));
        var tombstone = visits.readKeyValue();
        assertThat(tombstone.key).isEqualTo(TR_PK);
        assertThat(tombstone.value).isNull();
        assertThat(visits.isEmpty()).isTrue();
    }

    @Test
    void malformedRecordGoesToTheDeadLetterTopicWithItsOriginAndProcessingGoesOn() {
        start();
        send(article("a0", "h", T0, "before"));
        byte[] garbage = "{\"id\": \"a1\", \"title\": ".getBytes(StandardCharsets.UTF_8);
        raw.pipeInput("a1", garbage);
        byte[] notAnArticle = "{\"title\": \"no id\"}".getBytes(StandardCharsets.UTF_8);
        raw.pipeInput("a2", notAnArticle);
        send(article("a3", "h", T0, "after"));

        var dead = deadLetters.readRecordsToList();
        assertThat(dead).hasSize(2);
        var first = dead.get(0);
        assertThat(first.key()).isEqualTo("a1".getBytes(StandardCharsets.UTF_8));
        assertThat(first.value()).isEqualTo(garbage);
        assertThat(DeadLetter.header(first.headers(), DeadLetter.ERROR)).contains("not a valid Article");
        assertThat(DeadLetter.header(first.headers(), DeadLetter.ERROR_CLASS))
                .isEqualTo("org.apache.kafka.common.errors.SerializationException");
        assertThat(DeadLetter.header(first.headers(), DeadLetter.SOURCE_TOPIC)).isEqualTo(TOPICS.articlesRaw().name());
        assertThat(DeadLetter.header(first.headers(), DeadLetter.SOURCE_PARTITION)).isEqualTo("0");
        assertThat(DeadLetter.header(first.headers(), DeadLetter.SOURCE_OFFSET)).isEqualTo("1");
        assertThat(DeadLetter.header(first.headers(), DeadLetter.FAILED_IN)).isEqualTo("enrich-service");
        var second = dead.get(1);
        assertThat(second.value()).isEqualTo(notAnArticle);
        assertThat(DeadLetter.header(second.headers(), DeadLetter.ERROR)).contains("id must not be blank");
        assertThat(DeadLetter.header(second.headers(), DeadLetter.SOURCE_OFFSET)).isEqualTo("2");

        assertThat(enriched.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("a0", "a3");
        assertThat(meters.get("newswire.enrich.deadletters").counter().count()).isEqualTo(2.0);
    }

    @Test
    void articleTheTaggerFailsOnGoesToTheDeadLetterTopicAndIsNotRememberedAsSeen() {
        start();
        Article poison = article("p1", "h", T0, "text that makes the tagger EXPLODE");
        byte[] poisonBytes = TOPICS.articlesRaw().valueSerde().serializer().serialize("", poison);
        send(article("a1", "h", T0, "fine"));
        raw.pipeInput("p1", poisonBytes);
        send(article("a2", "h", T0, "fine too"));
        raw.pipeInput("p1", poisonBytes);

        var dead = deadLetters.readRecordsToList();
        assertThat(dead).hasSize(2).allSatisfy(r -> {
            assertThat(r.key()).isEqualTo("p1".getBytes(StandardCharsets.UTF_8));
            assertThat(r.value()).isEqualTo(poisonBytes);
            assertThat(DeadLetter.header(r.headers(), DeadLetter.ERROR))
                    .isEqualTo("IllegalStateException: rule table corrupt near 'EXPLODE'");
            assertThat(DeadLetter.header(r.headers(), DeadLetter.ERROR_CLASS))
                    .isEqualTo(IllegalStateException.class.getName());
            assertThat(DeadLetter.header(r.headers(), DeadLetter.SOURCE_TOPIC)).isEqualTo("news.articles.raw");
            assertThat(DeadLetter.header(r.headers(), DeadLetter.SOURCE_PARTITION)).isEqualTo("0");
            assertThat(DeadLetter.header(r.headers(), DeadLetter.FAILED_IN)).isEqualTo("enrich-service");
        });
        assertThat(dead).extracting(r -> DeadLetter.header(r.headers(), DeadLetter.SOURCE_OFFSET))
                .containsExactly("1", "3");
        assertThat(enriched.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("a1", "a2");
    }

    @Test
    void replayedDeadLetterCarriesOnlyTheNewFailure() {
        start();
        var headers = new RecordHeaders();
        headers.add(DeadLetter.ERROR, "an old failure".getBytes(StandardCharsets.UTF_8));
        headers.add("trace-id", "t-1".getBytes(StandardCharsets.UTF_8));
        raw.pipeInput(new TestRecord<>("k", "still not json".getBytes(StandardCharsets.UTF_8), headers));

        var dead = deadLetters.readRecord();
        assertThat(dead.headers().headers(DeadLetter.ERROR)).hasSize(1);
        assertThat(DeadLetter.header(dead.headers(), DeadLetter.ERROR)).contains("not a valid Article");
        assertThat(DeadLetter.header(dead.headers(), "trace-id")).isEqualTo("t-1");
    }

    @Test
    void enrichedArticleTooLargeForOneRecordIsDeadLettered() {
        start();
        Article huge = article("big", "h", T0, "x".repeat(ArticleTagProcessor.MAX_ENRICHED_BYTES));
        send(huge);
        send(article("small", "h", T0, "fine"));

        var dead = deadLetters.readRecord();
        assertThat(DeadLetter.header(dead.headers(), DeadLetter.ERROR_CLASS))
                .isEqualTo("org.apache.kafka.common.errors.RecordTooLargeException");
        assertThat(enriched.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("small");
    }

    @Test
    void repeatFilterForgetsArticlesAfterItsRetention() {
        start(EnrichConfig.of("unused:9092", TOPICS).withStateDir(stateDir).withRepeatRetention(Duration.ofMinutes(10)));
        send(article("a1", "h", T0, "text"));
        driver.advanceWallClockTime(Duration.ofMinutes(5));
        send(article("a1", "h", T0, "text"));
        assertThat(enriched.readValuesToList()).hasSize(1);

        driver.advanceWallClockTime(Duration.ofMinutes(30));
        send(article("a1", "h", T0, "text"));
        assertThat(enriched.readValuesToList()).hasSize(1);
    }

    /** State and internal topics are named after the nodes: generated names would move them on any change. */
    @Test
    void everyNodeStoreAndInternalTopicHasAStableName() {
        String described = EnrichTopology.build(EnrichConfig.of("unused:9092", TOPICS), tagger).describe().toString();
        assertThat(described).doesNotContain("KSTREAM-", "KTABLE-", "KSTREAM-AGGREGATE-STATE-STORE")
                .contains("stores: [" + EnrichTopology.PENDING_ACTORS_STORE + ", " + EnrichTopology.SEEN_STORE + "]",
                        "stores: [" + EnrichTopology.ACTORS_STORE + "]", EnrichTopology.VISITS_BY_PAIR + "-repartition")
                .containsPattern("merge-visits \\(stores: \\[[^]]*]")
                .contains(EnrichTopology.VISIT_REPORTS_STORE, EnrichTopology.VISITS_STORE)
                // the tagging sub-topology keeps its number (the global store is added last), so its tasks their state
                .contains("Sub-topology: 0\n    Source: read-raw-articles");
    }

    @Test
    void tombstoneOnTheRawTopicIsIgnored() {
        start();
        raw.pipeInput("a1", (byte[]) null);
        send(article("a2", "h", T0, "text"));
        assertThat(deadLetters.isEmpty()).isTrue();
        assertThat(enriched.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("a2");
    }
}
