package io.newswire.launcher.subscribe;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * The latest state per key of a stream whose records are the whole state of their key (a compacted topic such as
 * {@code news.visits}): what the topic already holds is gathered until the reader has caught up with the end it had
 * at start, then handed on once per key, oldest change first; the changes that come after are handed on as they
 * arrive. A tombstone (null value) forgets its key. Records without a key cannot be merged and are kept as they are.
 */
public final class LatestPerKey implements TopicTail.Listener {
    private final TopicTail.Listener downstream;
    private final Map<Object, ConsumerRecord<String, String>> latest = new LinkedHashMap<>();
    private boolean caughtUp;

    public LatestPerKey(TopicTail.Listener downstream) {
        this.downstream = downstream;
    }

    @Override
    public boolean record(ConsumerRecord<String, String> rec) {
        if (caughtUp) {
            return downstream.record(rec);
        }
        // removed first so that a key changed again moves to the end: the flush keeps the order of last changes
        Object key = rec.key() != null ? rec.key() : new Object();
        latest.remove(key);
        if (rec.value() != null) {
            latest.put(key, rec);
        }
        return true;
    }

    @Override
    public boolean caughtUp() {
        if (caughtUp) {
            return true;
        }
        caughtUp = true;
        List<ConsumerRecord<String, String>> snapshot = new ArrayList<>(latest.values());
        latest.clear();
        for (ConsumerRecord<String, String> rec : snapshot) {
            if (!downstream.record(rec)) {
                return false;
            }
        }
        return downstream.caughtUp();
    }

    /** How many keys are held back until the reader catches up. */
    int pending() {
        return latest.size();
    }
}
