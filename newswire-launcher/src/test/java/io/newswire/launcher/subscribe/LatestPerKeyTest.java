package io.newswire.launcher.subscribe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class LatestPerKeyTest {
    private final List<String> seen = new ArrayList<>();
    private final LatestPerKey latest = new LatestPerKey(rec -> seen.add(rec.key() + "=" + rec.value()));
    private long offset;

    private void send(String key, String value) {
        latest.record(new ConsumerRecord<>("t", 0, offset++, key, value));
    }

    @Test
    void holdsTheHistoryBackThenHandsOnTheLatestValueOfEachKeyInTheOrderOfTheirLastChange() {
        send("a", "1");
        send("b", "1");
        send("a", "2");
        send("c", "1");
        send("b", null);
        assertThat(seen).isEmpty();
        assertThat(latest.pending()).isEqualTo(2);

        assertThat(latest.caughtUp()).isTrue();
        assertThat(seen).containsExactly("a=2", "c=1");
    }

    @Test
    void changesAfterCatchingUpPassStraightThrough() {
        send("a", "1");
        latest.caughtUp();
        send("a", "2");
        send("a", "3");
        assertThat(seen).containsExactly("a=1", "a=2", "a=3");
        assertThat(latest.pending()).isZero();
    }

    @Test
    void recordsWithoutAKeyAreEachKept() {
        send(null, "x");
        send(null, "y");
        latest.caughtUp();
        assertThat(seen).containsExactly("null=x", "null=y");
    }

    @Test
    void aDownstreamThatStopsStopsTheFlush() {
        List<String> got = new ArrayList<>();
        LatestPerKey one = new LatestPerKey(rec -> got.add(rec.key()) && got.size() < 1);
        one.record(new ConsumerRecord<>("t", 0, 0, "a", "1"));
        one.record(new ConsumerRecord<>("t", 0, 1, "b", "1"));
        assertThat(one.caughtUp()).isFalse();
        assertThat(got).containsExactly("a");
    }
}
