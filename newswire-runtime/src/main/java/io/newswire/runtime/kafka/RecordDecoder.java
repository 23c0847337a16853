package io.newswire.runtime.kafka;

import io.newswire.model.DeadLetter;
import io.newswire.model.Topic;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decodes the records of a topic one by one, for a consumer that reads bytes. A consumer with typed deserializers
 * fails its whole {@code poll} on one unreadable record (and on every retry of it, forever, since the records of a
 * topic like the feed list never expire); reading bytes and decoding here turns that record into one log line, with
 * its topic, partition and offset, and the reader goes on with the next.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class RecordDecoder<K, V> {
    private static final Logger log = LoggerFactory.getLogger(RecordDecoder.class);

    private final Topic<K, V> topic;
    private final String reader;
    private final AtomicLong skipped = new AtomicLong();

    /** @param reader who reads, for the log line (e.g. "replay de-duplication") */
    public RecordDecoder(Topic<K, V> topic, String reader) {
        this.topic = topic;
        this.reader = reader;
    }

    /** A decoded record: a null value is a tombstone. */
    public record Decoded<K, V>(K key, V value, int partition, long offset) {
    }

    /** The record decoded, or empty (logged once and counted) when its key or value cannot be read. */
    public Optional<Decoded<K, V>> decode(ConsumerRecord<byte[], byte[]> raw) {
        try {
            K key = raw.key() == null ? null
                    : topic.keySerde().deserializer().deserialize(raw.topic(), raw.headers(), raw.key());
            V value = raw.value() == null ? null
                    : topic.valueSerde().deserializer().deserialize(raw.topic(), raw.headers(), raw.value());
            return Optional.of(new Decoded<>(key, value, raw.partition(), raw.offset()));
        } catch (RuntimeException e) {
            skipped.incrementAndGet();
            log.warn("{}: skipping unreadable record {}-{}@{}: {}", reader, raw.topic(), raw.partition(), raw.offset(),
                    DeadLetter.describe(e));
            return Optional.empty();
        }
    }

    /** How many records were skipped so far. */
    public long skipped() {
        return skipped.get();
    }
}
