package io.newswire.enrich.stream;

import io.newswire.enrich.EnrichConfig;
import io.newswire.enrich.tagging.Tagger;
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
 * raw articles (bytes) ─ tag-articles [repeat store] ─┬─ enriched articles ─────────────────────────> enriched topic
 *                                                     ├─ visit reports ─ by visit id ─ merge [visit table] ─ on change ─> visits topic
 *                                                     └─ dead letters (original bytes + reason headers) ──> dead-letter topic
 * </pre>
 */
public final class EnrichTopology {
    /** Article id → the content last tagged under it (the repeat filter). */
    public static final String SEEN_STORE = "seen-articles";
    /** Visit id → every article's report of it and the merged visit. */
    public static final String VISITS_STORE = "visits";
    static final String VISIT_REPORTS = "visit-reports";

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
                .defaultBranch(Branched.withConsumer(tagged -> writeTagged(tagged, topics, counters), "tagged"));
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
