package io.newswire.enrich;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;
import java.util.ArrayList;
import java.util.List;

/**
 * Kafka Streams names a state store's tag by the store's kind ({@code rocksdb-state-id}, {@code in-memory-state-id});
 * Prometheus wants one set of tag keys per meter name, so with stores of both kinds in the topology the second kind's
 * meters were refused ("registration has failed") and their figures lost. This filter keys every store by
 * {@code state.id} and moves the kind into a {@code store.type} tag, so all stores' meters are kept side by side.
 */
public final class StoreMetricTags implements MeterFilter {
    private static final String PREFIX = "kafka.stream.state";
    private static final String STATE_ID = ".state.id";

    @Override
    public Meter.Id map(Meter.Id id) {
        if (!id.getName().startsWith(PREFIX)) {
            return id;
        }
        List<Tag> tags = new ArrayList<>();
        boolean renamed = false;
        for (Tag tag : id.getTagsAsIterable()) {
            String key = tag.getKey();
            if (key.endsWith(STATE_ID) && !key.equals(STATE_ID.substring(1))) {
                tags.add(Tag.of("state.id", tag.getValue()));
                tags.add(Tag.of("store.type", key.substring(0, key.length() - STATE_ID.length())));
                renamed = true;
            } else {
                tags.add(tag);
            }
        }
        return renamed ? id.replaceTags(tags) : id;
    }
}
