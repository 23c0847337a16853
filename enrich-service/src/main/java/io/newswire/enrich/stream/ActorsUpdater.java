package io.newswire.enrich.stream;

import io.newswire.enrich.knowledge.KnownActor;
import io.newswire.model.JsonSerde;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the global actors store equal to the compacted {@code news.actors} topic: a value stores the actor, a
 * tombstone forgets it. Kafka Streams runs it for every record read, on restore too, so a record that is not a
 * {@link KnownActor} (written by some other client) is logged and skipped instead of stopping every instance.
 */
final class ActorsUpdater implements Processor<byte[], byte[], Void, Void> {
    private static final Logger log = LoggerFactory.getLogger(ActorsUpdater.class);

    private final String storeName;
    private final JsonSerde<KnownActor> serde;
    private KeyValueStore<String, byte[]> store;
    private ProcessorContext<Void, Void> context;

    ActorsUpdater(String storeName, JsonSerde<KnownActor> serde) {
        this.storeName = storeName;
        this.serde = serde;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        this.context = context;
        this.store = context.getStateStore(storeName);
    }

    @Override
    public void process(Record<byte[], byte[]> record) {
        if (record.key() == null) {
            skip(record, "no key");
            return;
        }
        String key = new String(record.key(), StandardCharsets.UTF_8);
        if (record.value() == null) {
            store.delete(key);
            return;
        }
        try {
            serde.deserializer().deserialize(storeName, record.value());
            store.put(key, record.value()); // as read: the tag processors decode it once and compare the bytes
        } catch (SerializationException e) {
            skip(record, e.getMessage());
        }
    }

    private void skip(Record<byte[], byte[]> record, String why) {
        String where = context.recordMetadata().map(m -> m.topic() + "-" + m.partition() + "@" + m.offset())
                .orElse("?");
        log.warn("skipped actor record {}: {}", where, why);
    }
}
