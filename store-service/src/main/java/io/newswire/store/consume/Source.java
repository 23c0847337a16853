package io.newswire.store.consume;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

/** Where a record was read, with its original bytes, so that a record that cannot be stored can be dead-lettered. */
public record Source(String topic, int partition, long offset, byte[] key, byte[] value) {
    static Source of(ConsumerRecord<byte[], byte[]> r) {
        return new Source(r.topic(), r.partition(), r.offset(), r.key(), r.value());
    }

    TopicPartition topicPartition() {
        return new TopicPartition(topic, partition);
    }
}
