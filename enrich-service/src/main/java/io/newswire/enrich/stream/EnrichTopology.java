package io.newswire.enrich.stream;

import io.newswire.enrich.EnrichConfig;
import io.newswire.enrich.tagging.Tagger;
import io.newswire.enrich.visits.PairReport;
import io.newswire.enrich.visits.VisitReport;
import io.newswire.model.JsonSerde;
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
 * raw articles (bytes) ─ tag-articles [repeat store] ─┬─ enriched articles ─────────────────────────> enriched topic
 *                                                     ├─ visit reports ─ by country pair ─ merge-visits [visit-reports, visit-articles, visits] ─ changes ─> visits topic
 *                                                     └─ dead letters (original bytes + reason headers) ──> dead-letter topic
 * </pre>
 */
public final class EnrichTopology {
    /** Article id → the content last tagged under it (the repeat filter). */
    public static final String SEEN_STORE = "seen-articles";
    /** Country pair, day, article and ordinal → one article's report of one visit: what the visit merge decides on. */
    public static final String VISIT_REPORTS_STORE = "visit-reports";
    /** Country pair and article → the keys of the article's rows in {@link #VISIT_REPORTS_STORE}. */
    public static final String VISIT_ARTICLES_STORE = "visit-articles";
    /** Visit id → the merged visit as last published. */
    public static final String VISITS_STORE = "visits";
    /** The repartition topic {@code <application.id>-visits-by-pair-repartition} that keys visit reports by pair. */
    static final String VISITS_BY_PAIR = "visits-by-pair";
    static final JsonSerde<PairReport> PAIR_REPORT_SERDE = new JsonSerde<>(PairReport.class);
    static final JsonSerde<VisitReport> VISIT_REPORT_SERDE = new JsonSerde<>(VisitReport.class);

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

        KStream<String, Outcome> outcomes = builder
                .stream(topics.articlesRaw().name(),
                        Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("read-raw-articles"))
                .process(() -> new ArticleTagProcessor(topics, tagger, counters, config.repeatRetention()),
                        Named.as("tag-articles"), SEEN_STORE);

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
                .defaultBranch(Branched.withConsumer(tagged -> writeTagged(tagged, config, counters), "tagged"));
        return builder.build();
    }

    private static void addVisitStores(StreamsBuilder builder, Topics topics) {
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(VISIT_REPORTS_STORE),
                Serdes.String(), VISIT_REPORT_SERDE));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(VISIT_ARTICLES_STORE),
                Serdes.String(), ArticleKeys.SERDE));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(VISITS_STORE),
                Serdes.String(), topics.visits().valueSerde()));
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
                .process(() -> new VisitMergeProcessor(config.visitWindows(), counters), Named.as("merge-visits"),
                        VISIT_REPORTS_STORE, VISIT_ARTICLES_STORE, VISITS_STORE)
                .to(topics.visits().name(), Produced.with(topics.visits().keySerde(), topics.visits().valueSerde())
                        .withName("write-visits"));
    }
}
