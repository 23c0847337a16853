package io.newswire.enrich.stream;

import io.newswire.enrich.Enricher;
import io.newswire.enrich.knowledge.ActorLearning;
import io.newswire.enrich.knowledge.ActorMemory;
import io.newswire.enrich.knowledge.KnownActor;
import io.newswire.enrich.visits.PairReport;
import io.newswire.model.Article;
import io.newswire.model.DeadLetter;
import io.newswire.model.EnrichedArticle;
import io.newswire.model.Enrichment;
import io.newswire.model.Topics;
import io.newswire.model.Visit;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one raw record as bytes, deserialises it, drops it if it repeats the content last tagged under its id, tags
 * it and emits the enriched article with its visit reports. Anything that goes wrong with one record (not JSON, not an
 * {@code Article}, the tagger throws, the result too large to publish) turns it into a dead letter carrying the reason
 * and its origin, and the next record is processed as usual.
 *
 * <p>Deserialising here rather than in the source node is what lets a malformed record reach the dead-letter topic
 * with our headers inside the exactly-once transaction.
 *
 * <p>Learned actors: the tagger reads them through {@link ActorStoreMemory}; what an article teaches is forwarded as
 * {@link Outcome.Learned} records for {@code news.actors} (written in the same transaction as the article) and kept in
 * this task's pending store until the global store has read them back, so the next article of this task already
 * knows them. The task of partition 0 also forgets, once an hour, the actors not seen for
 * {@link ActorMemory#FORGET_AFTER} before the newest sighting, by writing tombstones.
 */
final class ArticleTagProcessor implements Processor<byte[], byte[], String, Outcome> {
    private static final Logger log = LoggerFactory.getLogger(ArticleTagProcessor.class);
    static final String FAILED_IN = "enrich-service";
    /** Below the producer's default max.request.size (1 MiB), leaving room for key, headers and batch overhead. */
    static final int MAX_ENRICHED_BYTES = 1_000_000;
    private static final List<String> DEAD_LETTER_HEADERS = List.of(DeadLetter.ERROR, DeadLetter.ERROR_CLASS,
            DeadLetter.SOURCE_TOPIC, DeadLetter.SOURCE_PARTITION, DeadLetter.SOURCE_OFFSET, DeadLetter.FAILED_IN);

    /** How often the pending store drops what the global store has caught up with, and the sweep runs. */
    static final Duration PENDING_CHECK = Duration.ofSeconds(30);
    static final Duration FORGET_SWEEP = Duration.ofHours(1);

    private final Enricher enricher;
    private final EnrichCounters counters;
    private final Duration repeatRetention;
    private final String enrichedTopic;
    private final Deserializer<String> keys;
    private final Deserializer<Article> articles;
    private final Serializer<EnrichedArticle> enrichedArticles;
    private ProcessorContext<String, Outcome> context;
    private KeyValueStore<String, SeenArticle> seen;
    private KeyValueStore<String, KnownActor> pendingActors;
    private ActorStoreMemory actors;

    ArticleTagProcessor(Topics topics, Enricher enricher, EnrichCounters counters, Duration repeatRetention) {
        this.enricher = enricher;
        this.counters = counters;
        this.repeatRetention = repeatRetention;
        this.enrichedTopic = topics.articlesEnriched().name();
        this.keys = topics.articlesRaw().keySerde().deserializer();
        this.articles = topics.articlesRaw().valueSerde().deserializer();
        this.enrichedArticles = topics.articlesEnriched().valueSerde().serializer();
    }

    @Override
    public void init(ProcessorContext<String, Outcome> context) {
        this.context = context;
        this.seen = context.getStateStore(EnrichTopology.SEEN_STORE);
        this.pendingActors = context.getStateStore(EnrichTopology.PENDING_ACTORS_STORE);
        ReadOnlyKeyValueStore<String, byte[]> shared = context.getStateStore(EnrichTopology.ACTORS_STORE);
        this.actors = new ActorStoreMemory(shared, pendingActors);
        context.schedule(PENDING_CHECK, PunctuationType.WALL_CLOCK_TIME, now -> dropPendingSeenByAll());
        if (context.taskId().partition() == 0) {
            context.schedule(FORGET_SWEEP, PunctuationType.WALL_CLOCK_TIME, now -> forgetStaleActors());
        }
        if (!repeatRetention.isZero()) {
            Duration every = repeatRetention.compareTo(Duration.ofHours(1)) < 0 ? repeatRetention : Duration.ofHours(1);
            context.schedule(every, PunctuationType.WALL_CLOCK_TIME, this::forgetOlderThanRetention);
        }
    }

    @Override
    public void process(Record<byte[], byte[]> record) {
        if (record.value() == null) {
            return; // a tombstone on the raw topic carries no article to tag
        }
        String sourceTopic = context.recordMetadata().map(RecordMetadata::topic).orElse("");
        Article article;
        String hash;
        SeenArticle before;
        Outcome.Tagged tagged;
        Enricher.Result result;
        List<KnownActor> taught;
        try {
            article = articles.deserialize(sourceTopic, record.value());
            hash = contentHash(article);
            before = seen.get(article.id());
            if (before != null && before.contentHash().equals(hash)) {
                counters.repeatsDropped().increment();
                return;
            }
            result = enricher.enrich(article, actors);
            Enrichment enrichment = result.enrichment();
            byte[] json = enrichedArticles.serialize(enrichedTopic, result.enriched());
            if (json.length > MAX_ENRICHED_BYTES) {
                throw new RecordTooLargeException("the enriched article is " + json.length + " bytes, over the "
                        + MAX_ENRICHED_BYTES + " bytes one record may have");
            }
            tagged = new Outcome.Tagged(json, reports(article, enrichment.visits(), before, record.timestamp()));
            taught = ActorLearning.taught(result.article(), enrichment,
                    Instant.ofEpochMilli(context.currentSystemTimeMs()));
        } catch (RuntimeException | StackOverflowError e) {
            // StackOverflowError: a pathological text can exhaust a recursive matcher; it is that record's fault
            deadLetter(record, e);
            return;
        }
        Map<String, List<String>> visitKeys = new LinkedHashMap<>();
        tagged.reports().stream().filter(r -> !r.withdrawal()).forEach(r -> visitKeys.put(r.pair(), r.keys()));
        seen.put(article.id(), SeenArticle.of(hash, context.currentSystemTimeMs(), visitKeys));
        context.forward(record.withKey(article.id()).withValue(tagged));
        if (result.skippedForLanguage()) {
            counters.skippedLanguage().increment();
        } else {
            counters.articlesTagged().increment();
        }
        remember(taught, record);
    }

    /** Writes what changed in what is known about the actors {@code taught}, and keeps it pending here. */
    private void remember(List<KnownActor> taught, Record<byte[], byte[]> record) {
        for (KnownActor t : taught) {
            ActorLearning.merge(actors.recall(t.key()).orElse(null), t).ifPresent(actor -> {
                pendingActors.put(actor.key(), actor);
                context.forward(new Record<String, Outcome>(actor.key(), new Outcome.Learned(actor),
                        record.timestamp()));
                counters.actorsLearned().increment();
            });
        }
    }

    /** Forgets the pending actors the global store now holds as they are, or newer. */
    private void dropPendingSeenByAll() {
        List<String> caughtUp = new ArrayList<>();
        try (KeyValueIterator<String, KnownActor> it = pendingActors.all()) {
            while (it.hasNext()) {
                KeyValue<String, KnownActor> e = it.next();
                KnownActor shared = actors.shared(e.key);
                if (shared != null && !shared.lastSeen().isBefore(e.value.lastSeen())) {
                    caughtUp.add(e.key);
                }
            }
        }
        caughtUp.forEach(pendingActors::delete);
    }

    /**
     * Writes a tombstone for every actor not seen for {@link ActorMemory#FORGET_AFTER} before the newest sighting of
     * any actor. The news' own time is the clock here, not the wall clock: a replay of old feeds learns actors that
     * are years old and still current for the articles around them.
     */
    private void forgetStaleActors() {
        ReadOnlyKeyValueStore<String, byte[]> shared = context.getStateStore(EnrichTopology.ACTORS_STORE);
        Instant newest = Instant.EPOCH;
        List<KeyValue<String, KnownActor>> all = new ArrayList<>();
        try (KeyValueIterator<String, byte[]> it = shared.all()) {
            while (it.hasNext()) {
                KeyValue<String, byte[]> e = it.next();
                KnownActor actor = actors.shared(e.key);
                if (actor != null) {
                    all.add(KeyValue.pair(e.key, actor));
                    newest = actor.lastSeen().isAfter(newest) ? actor.lastSeen() : newest;
                }
            }
        }
        long now = context.currentSystemTimeMs();
        for (KeyValue<String, KnownActor> e : all) {
            if (ActorLearning.forgotten(e.value, newest)) {
                pendingActors.delete(e.key);
                context.forward(new Record<String, Outcome>(e.key, new Outcome.Learned(null), now));
            }
        }
    }

    /** One report per country pair the article reports visits of, and a withdrawal per pair it reported before. */
    private static List<PairReport> reports(Article article, List<Visit> visits, SeenArticle before,
            long recordTimestamp) {
        Instant reportedAt = article.publishedAt() != null ? article.publishedAt()
                : article.fetchedAt() != null ? article.fetchedAt() : Instant.ofEpochMilli(recordTimestamp);
        return PairReport.of(article.id(), PairReport.outletOf(article), reportedAt, visits,
                before == null ? Map.of() : before.keysByPair());
    }

    private void deadLetter(Record<byte[], byte[]> record, Throwable error) {
        String topic = context.recordMetadata().map(RecordMetadata::topic).orElse("");
        int partition = context.recordMetadata().map(RecordMetadata::partition).orElse(-1);
        long offset = context.recordMetadata().map(RecordMetadata::offset).orElse(-1L);
        Headers headers = new RecordHeaders(record.headers().toArray());
        // a record replayed from the dead-letter topic carries an earlier failure's headers: say only this one
        DEAD_LETTER_HEADERS.forEach(headers::remove);
        DeadLetter.addHeaders(headers, topic, partition, offset, error, FAILED_IN);
        log.warn("dead-lettered {}-{}@{} (key {}): {}", topic, partition, offset, printableKey(record.key()),
                DeadLetter.describe(error));
        context.forward(new Record<String, Outcome>(null, new Outcome.DeadLettered(record.key(), record.value()),
                record.timestamp(), headers));
        counters.deadLetters().increment();
    }

    private String printableKey(byte[] key) {
        try {
            return keys.deserialize("", key);
        } catch (RuntimeException e) {
            return "<" + key.length + " bytes>";
        }
    }

    /** The ingest side's hash when it sent one; otherwise one over the text that tagging reads. */
    static String contentHash(Article a) {
        if (a.contentHash() != null && !a.contentHash().isBlank()) {
            return a.contentHash();
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Object part : new Object[] {a.title(), a.summary(), a.body(), a.publishedAt()}) {
                sha.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return "sha256:" + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /**
     * Forgets articles not seen for the retention, so the store does not grow forever. A repeat arriving later is
     * tagged again; its visit reports are then identical and the visit table emits nothing for them.
     */
    private void forgetOlderThanRetention(long now) {
        long cutoff = now - repeatRetention.toMillis();
        List<String> expired = new ArrayList<>();
        try (KeyValueIterator<String, SeenArticle> it = seen.all()) {
            while (it.hasNext()) {
                KeyValue<String, SeenArticle> e = it.next();
                if (e.value.seenAtMs() < cutoff) {
                    expired.add(e.key);
                }
            }
        }
        expired.forEach(seen::delete);
    }
}
