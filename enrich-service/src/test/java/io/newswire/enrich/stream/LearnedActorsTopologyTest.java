package io.newswire.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newswire.enrich.EnrichConfig;
import io.newswire.enrich.EnrichTopics;
import io.newswire.enrich.knowledge.ActorMemory;
import io.newswire.enrich.knowledge.ActorNames;
import io.newswire.enrich.knowledge.KnownActor;
import io.newswire.enrich.tagging.Tagger;
import io.newswire.model.Article;
import io.newswire.model.EnrichedArticle;
import io.newswire.model.Enrichment;
import io.newswire.model.Official;
import io.newswire.model.TopicTag;
import io.newswire.model.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The learned-actor plumbing of the topology with a stand-in tagger that keeps the tagger's contract: it resolves a
 * name to a country and role from "Nigerian Foreign Minister Ada Obi"-style text, else from the actor memory it is
 * given, and reports the officials as {@code people}. Invented names and countries throughout.
 */
class LearnedActorsTopologyTest {
    private static final Topics TOPICS = Topics.defaults();
    private static final EnrichTopics OWN = EnrichTopics.defaults();
    private static final Instant T0 = Instant.parse("2025-03-04T07:00:00Z");
    private static final Pattern TITLED = Pattern.compile("(Nigerian|Ghanaian) (Foreign Minister|Army Chief) ([A-Z]\\w+ [A-Z]\\w+)");
    private static final Pattern NAME = Pattern.compile("\\b([A-Z]\\w+ [A-Z]\\w+) (?:met|arrived|said|left)");
    private static final Map<String, String> NATIONALITY = Map.of("Nigerian", "NG", "Ghanaian", "GH");

    @TempDir
    Path stateDir;

    private final AtomicInteger taggerCalls = new AtomicInteger();
    private final Tagger tagger = new Tagger() {
        @Override
        public Enrichment tag(Article article) {
            return tag(article, ActorMemory.NONE);
        }

        @Override
        public Enrichment tag(Article article, ActorMemory memory) {
            taggerCalls.incrementAndGet();
            List<Official> people = new ArrayList<>();
            Matcher titled = TITLED.matcher(article.body());
            while (titled.find()) {
                people.add(new Official(titled.group(3), titled.group(2).toLowerCase(), NATIONALITY.get(titled.group(1))));
            }
            Matcher bare = NAME.matcher(article.body());
            while (bare.find()) {
                String name = bare.group(1);
                if (people.stream().noneMatch(p -> p.name().equals(name))) {
                    people.add(memory.recall(ActorNames.key(name), article.publishedAt())
                            .map(k -> new Official(name, k.role(), k.country()))
                            .orElse(new Official(name, null, null)));
                }
            }
            return new Enrichment(List.of(), List.of(new TopicTag("diplomacy", "medtop:20000638", 0.9)), List.of(),
                    people, "stand-in", T0);
        }
    };
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> raw;
    private TestInputTopic<byte[], byte[]> actorsIn;
    private TestOutputTopic<String, EnrichedArticle> enriched;
    private TestOutputTopic<String, KnownActor> actorsOut;

    @BeforeEach
    void start() {
        EnrichConfig config = EnrichConfig.of("unused:9092", TOPICS).withStateDir(stateDir);
        driver = new TopologyTestDriver(EnrichTopology.build(config, tagger, EnrichCounters.register(meters)),
                config.streamsProperties());
        raw = driver.createInputTopic(TOPICS.articlesRaw().name(), Serdes.String().serializer(),
                Serdes.ByteArray().serializer());
        actorsIn = driver.createInputTopic(OWN.actors().name(), Serdes.ByteArray().serializer(),
                Serdes.ByteArray().serializer());
        enriched = driver.createOutputTopic(TOPICS.articlesEnriched().name(),
                TOPICS.articlesEnriched().keySerde().deserializer(), TOPICS.articlesEnriched().valueSerde().deserializer());
        actorsOut = driver.createOutputTopic(OWN.actors().name(), OWN.actors().keySerde().deserializer(),
                OWN.actors().valueSerde().deserializer());
    }

    @AfterEach
    void close() {
        driver.close();
    }

    private EnrichedArticle tag(String id, Instant published, String body) {
        Article a = new Article(Article.SCHEMA_VERSION, id, "https://harbourtimes.example/" + id, null, null, null,
                "Talks in the capital", null, body, null, List.of(), List.of(), published, null, "h-" + id);
        raw.pipeInput(id, TOPICS.articlesRaw().valueSerde().serializer().serialize("", a));
        List<EnrichedArticle> out = enriched.readValuesToList();
        assertThat(out).hasSize(1);
        return out.getFirst();
    }

    /** The global store's copy of {@code key}: the actors topic's JSON. */
    private KnownActor storedActor(String key) {
        KeyValueStore<String, byte[]> store = driver.getKeyValueStore(EnrichTopology.ACTORS_STORE);
        return OWN.actors().valueSerde().deserializer().deserialize("", store.get(key));
    }

    @Test
    void aLearnedMinisterResolvesALaterBareMention() {
        EnrichedArticle before = tag("a0", T0, "Ada Obi met the president of the neighbouring state on Monday.");
        assertThat(before.enrichment().people()).containsExactly(new Official("Ada Obi", null, null));

        tag("a1", T0.plus(Duration.ofDays(1)),
                "Nigerian Foreign Minister Ada Obi arrived in the capital for talks on trade and the border.");
        KnownActor learned = new KnownActor("Ada Obi", "NG", "foreign minister", T0.plus(Duration.ofDays(1)));
        assertThat(actorsOut.readKeyValuesToList()).containsExactly(KeyValue.pair("ada obi", learned));
        assertThat(storedActor("ada obi")).isEqualTo(learned);

        EnrichedArticle later = tag("a2", T0.plus(Duration.ofDays(40)),
                "Ada Obi met her counterpart for a second round of talks on the border dispute.");
        assertThat(later.enrichment().people()).containsExactly(new Official("Ada Obi", "foreign minister", "NG"));
        // named again 39 days later: the memory moves its last sighting on
        assertThat(actorsOut.readValuesToList()).extracting(KnownActor::lastSeen)
                .containsExactly(T0.plus(Duration.ofDays(40)));
    }

    @Test
    void aMentionWithinADayOfTheLastOneWritesNothingAndANewOfficeReplacesTheOld() {
        tag("a1", T0, "Ghanaian Army Chief Kofi Mensah arrived in the capital to inspect the border posts.");
        tag("a2", T0.plus(Duration.ofHours(5)), "Ghanaian Army Chief Kofi Mensah said the posts were ready.");
        assertThat(actorsOut.readValuesToList()).hasSize(1);

        tag("a3", T0.plus(Duration.ofDays(90)), "Ghanaian Foreign Minister Kofi Mensah arrived in the capital.");
        assertThat(actorsOut.readValuesToList()).singleElement()
                .satisfies(a -> assertThat(a.role()).isEqualTo("foreign minister"));
        assertThat(storedActor("kofi mensah").role()).isEqualTo("foreign minister");
    }

    @Test
    void anActorNotSeenForEighteenMonthsBeforeTheNewestSightingIsForgotten() {
        tag("a1", T0.minus(Duration.ofDays(600)), "Nigerian Foreign Minister Ada Obi arrived in the capital.");
        tag("a2", T0, "Ghanaian Foreign Minister Kofi Mensah arrived in the capital.");
        actorsOut.readValuesToList();
        assertThat(storedActor("ada obi")).isNotNull();

        driver.advanceWallClockTime(ArticleTagProcessor.FORGET_SWEEP);
        List<KeyValue<String, KnownActor>> written = actorsOut.readKeyValuesToList();
        assertThat(written).containsExactly(KeyValue.pair("ada obi", null));
        assertThat(storedActor("ada obi")).isNull();
        assertThat(storedActor("kofi mensah")).isNotNull();

        EnrichedArticle bare = tag("a3", T0.plus(Duration.ofDays(1)), "Ada Obi arrived in the capital.");
        assertThat(bare.enrichment().people()).containsExactly(new Official("Ada Obi", null, null));
    }

    @Test
    void aRecordOnTheActorsTopicThatIsNoActorIsSkipped() {
        actorsIn.pipeInput("bad".getBytes(StandardCharsets.UTF_8), "{\"name\":".getBytes(StandardCharsets.UTF_8));
        actorsIn.pipeInput("lone".getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));
        actorsIn.pipeInput("ada obi".getBytes(StandardCharsets.UTF_8), OWN.actors().valueSerde().serializer()
                .serialize("", new KnownActor("Ada Obi", "NG", "foreign minister", T0)));
        assertThat(storedActor("bad")).isNull();
        EnrichedArticle a = tag("a1", T0.plus(Duration.ofDays(2)), "Ada Obi arrived in the capital.");
        assertThat(a.enrichment().people()).containsExactly(new Official("Ada Obi", "foreign minister", "NG"));
    }

    @Test
    void anArticleNotInEnglishIsWrittenUntaggedAndCounted() {
        EnrichedArticle fr = tag("fr1", T0, "Le ministre nigérian des affaires étrangères est arrivé mardi dans la "
                + "capitale pour des entretiens sur le commerce et la frontière avec son homologue.");
        assertThat(fr.language()).isEqualTo("fr");
        assertThat(fr.enrichment().visits()).isEmpty();
        assertThat(fr.enrichment().topics()).isEmpty();
        assertThat(taggerCalls).hasValue(0);
        assertThat(meters.get("newswire.enrich.articles.skipped").tag("reason", "language").counter().count())
                .isEqualTo(1.0);

        EnrichedArticle en = tag("en1", T0, "Nigerian Foreign Minister Ada Obi arrived in the capital for talks.");
        assertThat(en.language()).isEqualTo("en");
        assertThat(en.enrichment().topics()).isNotEmpty();
        assertThat(meters.get("newswire.enrich.articles.skipped").tag("reason", "language").counter().count())
                .isEqualTo(1.0);
        assertThat(meters.get("newswire.enrich.articles.tagged").counter().count()).isEqualTo(1.0);
    }
}
