package io.newswire.enrich.stream;

import io.newswire.enrich.EnrichConfig;
import io.newswire.enrich.Enricher;
import io.newswire.enrich.EnrichTopics;
import io.newswire.enrich.knowledge.KnownActor;
import io.newswire.enrich.tagging.Tagger;
import io.newswire.model.Topic;
import io.newswire.model.Topics;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/**
 * The enrich topology:
 * <pre>
 * raw articles (bytes) ─ tag-articles [repeat store, pending actors] ─┬─ enriched articles ──────────> enriched topic
 *                  reads [actors, global] ◄── actors topic ◄──┐        ├─ visit reports ─ by visit id ─ merge [visit table] ─ on change ─> visits topic
 *                                                             └────────┼─ learned actors (or tombstones) ──> actors topic
 *                                                                      └─ dead letters (original bytes + reason headers) ──> dead-letter topic
 * </pre>
 *
 * <p>The actors topic feeds a global store, so every instance reads everything any instance learned, and the store
 * is rebuilt from the compacted topic after a restart or on a new machine.
 */
public final class EnrichTopology {
    /** Article id → the content last tagged under it (the repeat filter). */
    public static final String SEEN_STORE = "seen-articles";
    /** Visit id → every article's report of it and the merged visit. */
    public static final String VISITS_STORE = "visits";
    static final String VISIT_REPORTS = "visit-reports";
    /** Actor key → the actor, every instance's copy of the actors topic (a global store). */
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
                .defaultBranch(Branched.withConsumer(tagged -> writeTagged(tagged, topics, counters), "tagged"));
        // added last so the existing sub-topologies keep their numbers (and their tasks' state directories);
        // a global store keeps no changelog of its own: the topic it reads is its changelog
        builder.addGlobalStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ACTORS_STORE),
                        Serdes.String(), actorsTopic.valueSerde()).withLoggingDisabled(),
                actorsTopic.name(), Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("read-actors"),
                () -> new ActorsUpdater(ACTORS_STORE, EnrichTopics.KNOWN_ACTOR));
        return builder.build();
    }

    private static void writeTagged(KStream<String, Outcome> tagged, Topics topics, EnrichCounters counters) {
        tagged.mapValues(outcome -> ((Outcome.Tagged) outcome).enrichedJson(), Named.as("enriched-json"))
                .to(topics.articlesEnriched().name(),
                        Produced.with(topics.articlesEnriched().keySerde(), Serdes.ByteArray())
                                .withName("write-enriched-articles"));

        tagged.flatMap((articleId, outcome) -> visitReportsByVisit((Outcome.Tagged) outcome),
                        Named.as("visit-reports-by-visit"))
                .groupByKey(Grouped.with(VISIT_REPORTS, Serdes.String(), VisitReport.SERDE))
                .aggregate(VisitMerge::empty, (visitId, report, merge) -> merge.with(visitId, report),
                        Named.as("merge-visits"),
                        Materialized.<String, VisitMerge, KeyValueStore<Bytes, byte[]>>as(VISITS_STORE)
                                .withKeySerde(Serdes.String())
                                .withValueSerde(VisitMerge.SERDE)
                                // every update must reach the filter below: a cache would fold a change and a
                                // following no-op into the no-op, and the change would never be published
                                .withCachingDisabled())
                .toStream(Named.as("visit-updates"))
                .filter((visitId, merge) -> merge == null || merge.changed(), Named.as("visit-changes-only"))
                .mapValues(merge -> merge == null ? null : merge.merged(), Named.as("merged-visit"))
                .peek((visitId, visit) -> counters.visitsEmitted().increment(), Named.as("count-visits"))
                .to(topics.visits().name(), Produced.with(topics.visits().keySerde(), topics.visits().valueSerde())
                        .withName("write-visits"));
    }

    private static List<KeyValue<String, VisitReport>> visitReportsByVisit(Outcome.Tagged tagged) {
        return tagged.reports().stream().map(r -> KeyValue.pair(r.visitId(), r)).toList();
    }
}
