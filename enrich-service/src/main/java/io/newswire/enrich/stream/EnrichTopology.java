package io.newswire.enrich.stream;

import io.newswire.enrich.EnrichConfig;
import io.newswire.enrich.EnrichTopics;
import io.newswire.enrich.Enricher;
import io.newswire.enrich.knowledge.KnownActor;
import io.newswire.enrich.tagging.Tagger;
import io.newswire.enrich.visits.PairReport;
import io.newswire.enrich.visits.VisitReport;
import io.newswire.model.JsonSerde;
import io.newswire.model.Topic;
import io.newswire.model.Topics;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

/**
 * The enrich topology:
 * <pre>
 * raw articles (bytes) ─ tag-articles [repeat store, pending actors] ─┬─ enriched articles ─────────────────────────> enriched topic
 *      reads [actors, a global store] ◄── actors topic ◄────┐          ├─ visit reports ─ by country pair ─ merge-visits [visit-reports, visits] ─ changes ─> visits topic
 *                                                           └──────────┼─ learned actors (tombstones to forget) ──> actors topic
 *                                                                      └─ dead letters (original bytes + reason headers) ──> dead-letter topic
 * </pre>
 *
 * <p>The actors topic feeds a global store, so every instance reads what any instance learned, and the store is
 * rebuilt from the compacted topic after a restart or on a new machine.
 */
public final class EnrichTopology {
    /** Article id → the content last tagged under it (the repeat filter). */
    public static final String SEEN_STORE = "seen-articles";
    /**
     * Country pair, day, article and ordinal → one article's report of one visit: what the visit merge decides on.
     * The values are {@link #VISIT_REPORT_SERDE}'s JSON, kept as bytes so the merge can reuse what it decoded before.
     */
    public static final String VISIT_REPORTS_STORE = "visit-reports";
    /** Visit id → the merged visit as last published (the visits topic's JSON, as bytes, like the reports). */
    public static final String VISITS_STORE = "visits";
    /** The repartition topic {@code <application.id>-visits-by-pair-repartition} that keys visit reports by pair. */
    static final String VISITS_BY_PAIR = "visits-by-pair";
    static final JsonSerde<PairReport> PAIR_REPORT_SERDE = new JsonSerde<>(PairReport.class);
    static final JsonSerde<VisitReport> VISIT_REPORT_SERDE = new JsonSerde<>(VisitReport.class);
    /** Actor key → the actor's JSON as the topic holds it: every instance's copy of the actors topic (a global store). */
    public static final String ACTORS_STORE = "actors";
    /** Actor key → what this task learned and the global store has not read back yet. */
    public static final String PENDING_ACTORS_STORE = "actors-learned-here";

    private EnrichTopology() {
    }

    public static Topology build(EnrichConfig config, Tagger tagger) {
        return build(config, tagger, EnrichCounters.unregistered());
    }

    public static Topology build(EnrichConfig config, Tagger tagger, EnrichCounters counters) {
        Topics topics = config.topics();
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(SEEN_STORE),
                Serdes.String(), SeenArticle.SERDE));
        addVisitStores(builder, topics);
        Topic<String, KnownActor> actorsTopic = config.enrichTopics().actors();
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(PENDING_ACTORS_STORE),
                Serdes.String(), actorsTopic.valueSerde()));
        Enricher enricher = Enricher.of(tagger);

        KStream<String, Outcome> outcomes = builder
                .stream(topics.articlesRaw().name(),
                        Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("read-raw-articles"))
                .process(() -> new ArticleTagProcessor(topics, enricher, counters, config.repeatRetention()),
                        Named.as("tag-articles"), SEEN_STORE, PENDING_ACTORS_STORE);

        outcomes.split(Named.as("outcome-"))
                .branch((id, outcome) -> outcome instanceof Outcome.DeadLettered,
                        Branched.withConsumer(dead -> dead
                                .map((ignored, outcome) -> {
                                    Outcome.DeadLettered d = (Outcome.DeadLettered) outcome;
                                    return KeyValue.pair(d.key(), d.value());
                                }, Named.as("unwrap-dead-letters"))
                                .to(topics.deadLetter().name(), Produced
                                        .with(topics.deadLetter().keySerde(), topics.deadLetter().valueSerde())
                                        .withName("write-dead-letters")), "dead-letters"))
                .branch((id, outcome) -> outcome instanceof Outcome.Learned,
                        Branched.withConsumer(learned -> learned
                                .mapValues(outcome -> ((Outcome.Learned) outcome).actor(), Named.as("unwrap-actors"))
                                .to(actorsTopic.name(), Produced.with(actorsTopic.keySerde(), actorsTopic.valueSerde())
                                        .withName("write-actors")), "actors"))
                .defaultBranch(Branched.withConsumer(tagged -> writeTagged(tagged, config, counters), "tagged"));
        // added last so the other sub-topologies keep their numbers (and their tasks their state directories);
        // a global store keeps no changelog of its own: the topic it reads is its changelog
        builder.addGlobalStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ACTORS_STORE),
                        Serdes.String(), Serdes.ByteArray()).withLoggingDisabled(),
                actorsTopic.name(), Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("read-actors"),
                () -> new ActorsUpdater(ACTORS_STORE, EnrichTopics.KNOWN_ACTOR));
        return builder.build();
    }

    private static void addVisitStores(StreamsBuilder builder, Topics topics) {
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(VISIT_REPORTS_STORE),
                Serdes.String(), Serdes.ByteArray()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(VISITS_STORE),
                Serdes.String(), Serdes.ByteArray()));
    }

    private static void writeTagged(KStream<String, Outcome> tagged, EnrichConfig config, EnrichCounters counters) {
        Topics topics = config.topics();
        tagged.mapValues(outcome -> ((Outcome.Tagged) outcome).enrichedJson(), Named.as("enriched-json"))
                .to(topics.articlesEnriched().name(),
                        Produced.with(topics.articlesEnriched().keySerde(), Serdes.ByteArray())
                                .withName("write-enriched-articles"));

        tagged.flatMap((articleId, outcome) -> ((Outcome.Tagged) outcome).reports().stream()
                                .map(r -> KeyValue.pair(r.pair(), r)).toList(),
                        Named.as("visit-reports-by-pair"))
                .repartition(Repartitioned.with(Serdes.String(), PAIR_REPORT_SERDE).withName(VISITS_BY_PAIR))
                .process(() -> new VisitMergeProcessor(config.visitWindows(), counters,
                        topics.visits().valueSerde()), Named.as("merge-visits"),
                        VISIT_REPORTS_STORE, VISITS_STORE)
                .to(topics.visits().name(), Produced.with(topics.visits().keySerde(), Serdes.ByteArray())
                        .withName("write-visits"));
    }
}
