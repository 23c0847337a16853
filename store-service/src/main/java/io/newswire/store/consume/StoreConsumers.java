package io.newswire.store.consume;

import io.micrometer.core.instrument.MeterRegistry;
import io.newswire.store.StoreConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The store's consumers in one process: {@link StoreConfig#consumers()} {@link StoreConsumer}s in the same group, so
 * Kafka gives each its share of the partitions, as it would to as many instances of the service. Each writes on a
 * connection of its own and commits its own partitions' offsets after its own database commit, so every guarantee of
 * one consumer holds for each (a key's records are in one partition, hence written by one consumer, in log order).
 *
 * <p>Why more than one: inserting an article is mostly PostgreSQL computing its full-text vector, on the one core of
 * the connection's backend process; two connections use two cores.
 */
public final class StoreConsumers implements AutoCloseable {
    private final List<StoreConsumer> consumers;

    private StoreConsumers(List<StoreConsumer> consumers) {
        this.consumers = List.copyOf(consumers);
    }

    /**
     * Starts the consumers, each on its own threads; the listener is called by each of them (see
     * {@link StoreConsumer.Listener}). With a static group membership id, the first consumer takes it as it is and
     * the others add {@code -2}, {@code -3}, ...: each member needs its own, and one consumer keeps the plain id.
     */
    public static StoreConsumers start(StoreConfig config, DataSource dataSource, MeterRegistry registry,
            StoreConsumer.Listener listener) {
        Objects.requireNonNull(listener, "listener");
        List<StoreConsumer> started = new ArrayList<>();
        try {
            for (int i = 1; i <= config.consumers(); i++) {
                StoreConfig own = i == 1 || config.groupInstanceId() == null ? config
                        : config.withGroupInstanceId(config.groupInstanceId() + "-" + i);
                started.add(StoreConsumer.startUnwatched(own, dataSource, registry, listener));
            }
        } catch (RuntimeException e) {
            new StoreConsumers(started).close();
            throw e;
        }
        StoreConsumer.registerGauges(registry, started);
        return new StoreConsumers(started);
    }

    /** True while every consumer runs: one that stopped on a failure leaves its partitions unread. */
    public boolean isRunning() {
        return consumers.stream().allMatch(StoreConsumer::isRunning);
    }

    /** True while any consumer's writes wait for the database. */
    public boolean isStalled() {
        return consumers.stream().anyMatch(StoreConsumer::isStalled);
    }

    public int size() {
        return consumers.size();
    }

    /** Stops them together: each finishes or abandons (uncommitted) its batch in flight. */
    @Override
    public void close() {
        consumers.forEach(StoreConsumer::stopSoon);
        consumers.forEach(StoreConsumer::close);
    }
}
