package io.newswire.model;

import org.apache.kafka.common.serialization.Serde;

/** A topic's name paired with the serdes of its keys and values, so producer and consumer cannot disagree. */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde) {
    public Topic {
        Require.nonBlank(name, "topic name");
        Require.nonNull(keySerde, "keySerde");
        Require.nonNull(valueSerde, "valueSerde");
    }

    @Override
    public String toString() {
        return name;
    }
}
