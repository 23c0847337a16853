package io.newswire.store.consume;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newswire.model.DeadLetter;
import io.newswire.model.EnrichedArticle;
import io.newswire.model.Topics;
import io.newswire.model.Visit;
import io.newswire.store.StoreConfig;
import io.newswire.store.write.BatchWriter;
import io.newswire.store.write.BatchWriter.Written;
import io.newswire.store.write.Change;
import io.newswire.store.write.DeletedVisit;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads enriched articles and visits and stores them, exactly once in effect.
 *
 * <p>Each poll is one batch and one database transaction, written on a thread of its own while the next batch is
 * fetched and decoded (one write at a time, in log order). Offsets are committed only after the transaction has
 * committed and the batch's dead letters are acknowledged, so a crash at any point redelivers at most the last batch,
 * and the idempotent upserts turn that redelivery into no writes at all. A record that cannot be decoded or that the
 * database rejects goes to the dead-letter topic with the reason; the rest of its batch is stored. While the database
 * is unreachable the consumer pauses its partitions (it keeps polling, so it stays in the group), retries the same
 * batch with backoff and resumes once it is stored.
 */
public final class StoreConsumer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(StoreConsumer.class);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final AtomicInteger INSTANCES = new AtomicInteger();
    static final String SERVICE = "store-service";

    /**
     * Told what a batch changed, after the database commit and before the offset commit: first the visits its
     * tombstones deleted, then the rows it inserted or updated (the batch's log order for every key, since it only
     * upserts a visit's records after the visit's last tombstone). A listener that throws stops the consumer as a
     * crash would: the batch's offsets are not committed. Called on the consumer's own thread: the listener of
     * several consumers ({@link StoreConsumers}) is called by each, at the same time.
     */
    @FunctionalInterface
    public interface Listener {
        /** Only rows that were inserted or updated are passed. */
        void stored(List<EnrichedArticle> articles, List<Visit> visits);

        /** Only rows that were there and deleted are passed. */
        default void deleted(List<DeletedVisit> visits) {
        }
    }

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Producer<byte[], byte[]> deadLetters;
    private final Topics topics;
    private final BatchWriter<Source> writer;
    private final Listener listener;
    private final Duration maxBackoff;
    private final Metrics metrics;
    private final Thread thread;
    private final ExecutorService writerThread;
    /** Batches polled and not yet committed (at most two); only the consumer thread touches it. */
    private final List<Pending> pending = new ArrayList<>();
    private volatile boolean running = true;
    private volatile boolean paused;
    /** When the write in flight was submitted (System.nanoTime), 0 while none is. */
    private volatile long writeSince;
    private volatile long lastWrite = System.nanoTime();
    private volatile Throwable failure;

    private StoreConsumer(StoreConfig config, DataSource dataSource, MeterRegistry registry, Listener listener) {
        String clientId = "newswire-store-" + INSTANCES.incrementAndGet();
        this.topics = config.topics();
        this.writer = new BatchWriter<>(dataSource);
        this.listener = Objects.requireNonNull(listener, "listener");
        this.maxBackoff = config.maxRetryBackoff();
        this.metrics = new Metrics(registry);
        this.consumer = new KafkaConsumer<>(consumerProps(config, clientId), new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
        this.deadLetters = new KafkaProducer<>(producerProps(config, clientId), new ByteArraySerializer(),
                new ByteArraySerializer());
        this.thread = new Thread(this::run, clientId);
        this.writerThread = Executors.newSingleThreadExecutor(r -> new Thread(r, clientId + "-writer"));
    }

    /** Starts consuming on a thread of its own (one consumer; {@link StoreConsumers} runs several). */
    public static StoreConsumer start(StoreConfig config, DataSource dataSource, MeterRegistry registry,
            Listener listener) {
        StoreConsumer c = startUnwatched(config, dataSource, registry, listener);
        registerGauges(registry, List.of(c));
        return c;
    }

    /** Starts consuming, its gauges left to the caller (they describe all consumers of a process together). */
    static StoreConsumer startUnwatched(StoreConfig config, DataSource dataSource, MeterRegistry registry,
            Listener listener) {
        StoreConsumer c = new StoreConsumer(config, dataSource, registry, listener);
        c.thread.start();
        return c;
    }

    /** True until the consumer stopped, by {@link #close()} or by a failure it could not recover from. */
    public boolean isRunning() {
        return thread.isAlive() && failure == null;
    }

    /** True while the database is unreachable and consumption waits for it. */
    public boolean isPaused() {
        return paused;
    }

    /** A write that waits longer than this on the database counts as a stall: the paused gauge says so. */
    static final Duration STALL = Duration.ofSeconds(5);

    /** How long the write in flight has waited for the database; zero when none is in flight. */
    public Duration writeWaiting() {
        long since = writeSince;
        return since == 0 ? Duration.ZERO : Duration.ofNanos(System.nanoTime() - since);
    }

    /** True while writes wait: the database refused them (paused) or has not answered for {@link #STALL}. */
    public boolean isStalled() {
        return paused || writeWaiting().compareTo(STALL) > 0;
    }

    /** Time since a batch was last stored (or since the start). */
    public Duration sinceLastWrite() {
        return Duration.ofNanos(System.nanoTime() - lastWrite);
    }

    /** Why the consumer stopped on its own, or null. */
    public Throwable failure() {
        return failure;
    }

    private static Properties consumerProps(StoreConfig config, String clientId) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, config.groupId());
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // the enricher may write in transactions: never store what it aborted
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, Integer.toString(config.batchSize()));
        if (config.groupInstanceId() != null) {
            p.put(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, config.groupInstanceId());
        }
        return p;
    }

    private static Properties producerProps(StoreConfig config, String clientId) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
        p.put(ProducerConfig.CLIENT_ID_CONFIG, clientId + "-deadletter");
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        return p;
    }

    /**
     * A polled batch until its offsets are committed: its write (on the writer thread) and the partitions taken from
     * this consumer meanwhile, whose offsets it must not commit.
     */
    private static final class Pending {
        final Batch batch;
        final Set<TopicPartition> lost = new HashSet<>();
        final Timer.Sample sample = Timer.start();
        Future<Written<Source>> write;

        Pending(Batch batch) {
            this.batch = batch;
        }
    }

    /**
     * Poll, decode, write, commit, with one step of overlap: while batch N is written to the database, batch N+1 is
     * fetched and decoded. Writes never overlap (N+1 is submitted only once N is finished), so the database sees the
     * batches in log order, one transaction at a time.
     */
    private void run() {
        try {
            consumer.subscribe(List.of(topics.articlesEnriched().name(), topics.visits().name()), new Rebalance());
            Pending inFlight = null;
            while (running) {
                ConsumerRecords<byte[], byte[]> records = consumer.poll(POLL);
                Pending next = null;
                if (!records.isEmpty()) {
                    next = new Pending(Batch.decode(records, topics));
                    pending.add(next);
                }
                if (inFlight != null) {
                    finish(inFlight);
                    inFlight = null;
                }
                if (next != null && running) {
                    Batch batch = next.batch;
                    writeSince = System.nanoTime();
                    next.write = writerThread.submit(() -> writer.write(batch.articles(), batch.visitTombstones(),
                            batch.visits()));
                    inFlight = next;
                }
            }
        } catch (WakeupException e) {
            if (running) {
                failure = e;
            }
        } catch (RuntimeException | Error e) {
            failure = e;
            log.error("store consumer stopped: {}", e.toString(), e);
        } finally {
            // a write still running finishes (its offsets stay uncommitted: the batch is read again, a no-op)
            writerThread.shutdown();
            try {
                writerThread.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            try {
                consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
            } catch (RuntimeException e) {
                log.warn("closing the consumer: {}", e.toString());
            }
            deadLetters.close(Duration.ofSeconds(5));
        }
    }

    /** Waits for the batch's write (retrying it while the database is away), then dead letters, listener, commit. */
    private void finish(Pending p) {
        Written<Source> written = awaitWrite(p);
        if (written == null) {
            return; // shutting down: the batch is not committed and will be read again
        }
        lastWrite = System.nanoTime();
        writeSince = 0;
        Batch batch = p.batch.without(p.lost);
        List<Batch.Failure> dead = new ArrayList<>(batch.undecodable());
        written.rejected().stream().filter(r -> !p.lost.contains(r.origin().topicPartition()))
                .forEach(r -> dead.add(new Batch.Failure(r.origin(), r.error())));
        sendDeadLetters(dead);
        metrics.count(batch, written, dead.size());
        if (!written.deletedVisits().isEmpty()) {
            listener.deleted(written.deletedVisits());
        }
        listener.stored(
                written.articles().stream().map(c -> p.batch.articleEvents().get(c.id())).toList(),
                written.visits().stream().map(c -> p.batch.visitEvents().get(c.id())).toList());
        commit(batch.nextOffsets());
        pending.remove(p);
        p.sample.stop(metrics.batchTimer);
    }

    private Written<Source> awaitWrite(Pending p) {
        SQLException failed;
        try {
            return p.write.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof SQLException sql)) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
            failed = sql;
        }
        return storeRetrying(p, failed);
    }

    /** Stores the batch again, pausing and retrying with backoff until it is stored or the consumer is closed. */
    private Written<Source> storeRetrying(Pending p, SQLException first) {
        log.warn("cannot store a batch of {} records, pausing consumption: {}", p.batch.size(), first.toString());
        Backoff backoff = new Backoff(maxBackoff);
        while (running) {
            metrics.dbFailures.increment();
            waitPaused(backoff.next());
            if (!running) {
                break;
            }
            Batch batch = p.batch.without(p.lost);
            try {
                Written<Source> written = writer.write(batch.articles(), batch.visitTombstones(), batch.visits());
                consumer.resume(consumer.paused());
                paused = false;
                log.info("database is back: batch stored, consumption resumed");
                return written;
            } catch (SQLException e) {
                log.debug("still cannot store: {}", e.toString());
            }
        }
        return null;
    }

    /** Waits while the partitions are paused; polling keeps this consumer in its group meanwhile. */
    private void waitPaused(Duration wait) {
        paused = true;
        consumer.pause(consumer.assignment());
        long until = System.nanoTime() + wait.toNanos();
        for (long left = wait.toNanos(); left > 0 && running; left = until - System.nanoTime()) {
            ConsumerRecords<byte[], byte[]> unexpected = consumer.poll(Duration.ofNanos(Math.min(left,
                    TimeUnit.MILLISECONDS.toNanos(500))));
            // paused partitions return nothing; should a just-assigned one slip through, read it again later
            for (TopicPartition tp : unexpected.partitions()) {
                consumer.seek(tp, unexpected.records(tp).get(0).offset());
                consumer.pause(List.of(tp));
            }
        }
    }

    private void sendDeadLetters(List<Batch.Failure> failures) {
        if (failures.isEmpty()) {
            return;
        }
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        for (Batch.Failure f : failures) {
            Source s = f.source();
            log.warn("dead-lettering {}-{}@{}: {}", s.topic(), s.partition(), s.offset(),
                    DeadLetter.describe(f.error()));
            sent.add(deadLetters.send(DeadLetter.record(topics.deadLetter().name(), s.topic(), s.partition(),
                    s.offset(), s.key(), s.value(), f.error(), SERVICE)));
        }
        for (Future<RecordMetadata> f : sent) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new KafkaException("interrupted while dead-lettering", e);
            } catch (ExecutionException e) {
                throw new KafkaException("cannot dead-letter: " + e.getCause(), e.getCause());
            }
        }
    }

    private void commit(Map<TopicPartition, OffsetAndMetadata> owned) {
        if (owned.isEmpty()) {
            return;
        }
        try {
            consumer.commitSync(owned);
        } catch (WakeupException e) {
            throw e;
        } catch (KafkaException e) {
            // a rebalance took the partitions: their new owner reads the batch again, and storing it again is a no-op
            log.warn("offset commit failed, the batch will be redelivered: {}", e.toString());
        }
    }

    /** Asks the consumer to stop without waiting for it ({@link #close()} waits). */
    void stopSoon() {
        running = false;
        consumer.wakeup();
    }

    @Override
    public void close() {
        stopSoon();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(15));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private final class Rebalance implements ConsumerRebalanceListener {
        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            pending.forEach(p -> p.lost.addAll(partitions));
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            pending.forEach(p -> p.lost.addAll(partitions));
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            if (paused) {
                consumer.pause(partitions);
            }
        }
    }

    /**
     * The gauges of the consumers of one process, together: paused while any of them waits for the database, the
     * longest wait of a write in flight, the time since any of them last stored a batch.
     */
    static void registerGauges(MeterRegistry registry, List<StoreConsumer> consumers) {
        // held strongly: the list exists only for these gauges, and Micrometer holds a gauge's object weakly by default
        List<StoreConsumer> all = List.copyOf(consumers);
        Gauge.builder("newswire.store.paused", all, cs -> cs.stream().anyMatch(StoreConsumer::isStalled) ? 1 : 0)
                .description("1 while writes wait: the database refuses them or has not answered for "
                        + STALL.toSeconds() + " s").strongReference(true).register(registry);
        Gauge.builder("newswire.store.write.waiting", all, cs -> cs.stream()
                        .mapToLong(c -> c.writeWaiting().toMillis()).max().orElse(0) / 1000.0)
                .baseUnit("seconds").description("how long the longest write in flight has waited for the database")
                .strongReference(true).register(registry);
        Gauge.builder("newswire.store.since.last.write", all, cs -> cs.stream()
                        .mapToLong(c -> c.sinceLastWrite().toMillis()).min().orElse(0) / 1000.0)
                .baseUnit("seconds").description("time since a batch was last stored (or since the start)")
                .strongReference(true).register(registry);
    }

    /** What the consumer did, for {@code /metrics}. */
    private static final class Metrics {
        private final MeterRegistry registry;
        final Counter dbFailures;
        final Timer batchTimer;

        /** Counters and the timer are shared: every consumer of the registry adds to the same ones. */
        Metrics(MeterRegistry registry) {
            this.registry = registry;
            this.dbFailures = Counter.builder("newswire.store.db.failures")
                    .description("attempts to store a batch that failed for a reason other than its data")
                    .register(registry);
            this.batchTimer = Timer.builder("newswire.store.batch").description("time to store one batch")
                    .register(registry);
        }

        void count(Batch batch, Written<Source> written, int deadLettered) {
            record("article", "inserted", written.articles().stream().filter(Change::inserted).count());
            record("article", "updated", written.articles().stream().filter(c -> !c.inserted()).count());
            record("visit", "inserted", written.visits().stream().filter(Change::inserted).count());
            record("visit", "updated", written.visits().stream().filter(c -> !c.inserted()).count());
            record("visit", "deleted", written.deletedVisits().size());
            record("any", "deadlettered", deadLettered);
            record("any", "tombstone", batch.tombstones());
            record("any", "read", batch.size());
        }

        private void record(String kind, String outcome, long n) {
            if (n > 0) {
                registry.counter("newswire.store.records", "kind", kind, "outcome", outcome).increment(n);
            }
        }
    }
}
