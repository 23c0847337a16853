package io.newswire.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Tags;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.api.Test;

class StoreMetricTagsTest {

    private static void register(PrometheusMeterRegistry registry) {
        // what Micrometer's Kafka binder makes of Streams' store metrics: the tag key names the store's kind
        registry.gauge("kafka.stream.state.restore.latency.max", Tags.of("rocksdb.state.id", "visits",
                "task.id", "1_0"), 3.0);
        registry.gauge("kafka.stream.state.restore.latency.max", Tags.of("in.memory.state.id", "actors-learned-here",
                "task.id", "0_0"), 5.0);
        registry.gauge("kafka.stream.thread.poll.rate", Tags.of("thread.id", "t-1"), 7.0);
    }

    @Test
    void storesOfBothKindsAreKeptUnderOneSetOfTagKeys() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        registry.config().meterFilter(new StoreMetricTags());
        register(registry);
        assertThat(registry.scrape())
                .contains("kafka_stream_state_restore_latency_max{state_id=\"visits\",store_type=\"rocksdb\","
                        + "task_id=\"1_0\"} 3.0")
                .contains("kafka_stream_state_restore_latency_max{state_id=\"actors-learned-here\","
                        + "store_type=\"in.memory\",task_id=\"0_0\"} 5.0")
                .contains("kafka_stream_thread_poll_rate{thread_id=\"t-1\"} 7.0");
    }

    @Test
    void withoutTheFilterTheSecondKindIsLost() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        register(registry);
        assertThat(registry.scrape()).doesNotContain("actors-learned-here");
    }
}
