package io.newswire.enrich.stream;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * The values last decoded from a store of JSON bytes, each kept with the bytes it was decoded from. The visit merge
 * reads the same recent rows of a country pair again for every new report near them; decoding them is most of what a
 * read costs, and comparing the bytes is a memory compare. A value is reused only when the store still holds exactly
 * the bytes it came from, so nothing the store does behind the processor's back (a restore from the changelog, a
 * rolled-back transaction) can serve a stale value. Bounded: the least recently used entries go first.
 */
final class DecodedRows<V> {
    private record Decoded<V>(byte[] bytes, V value) {
    }

    private final Deserializer<V> deserializer;
    private final Map<String, Decoded<V>> entries;

    DecodedRows(Deserializer<V> deserializer, int capacity) {
        this.deserializer = deserializer;
        this.entries = new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Decoded<V>> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The value of {@code bytes} read under {@code key}; null for null (no row). */
    V decode(String key, byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        Decoded<V> known = entries.get(key);
        if (known != null && Arrays.equals(known.bytes(), bytes)) {
            return known.value();
        }
        V value = deserializer.deserialize("", bytes);
        entries.put(key, new Decoded<>(bytes, value));
        return value;
    }

    /** Remembers that {@code bytes}, just written under {@code key}, are {@code value}. */
    void written(String key, byte[] bytes, V value) {
        entries.put(key, new Decoded<>(bytes, value));
    }

    void deleted(String key) {
        entries.remove(key);
    }

    void clear() {
        entries.clear();
    }
}
