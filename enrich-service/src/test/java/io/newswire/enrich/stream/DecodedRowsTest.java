package io.newswire.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DecodedRowsTest {
    private final AtomicInteger decodes = new AtomicInteger();
    private final DecodedRows<String> rows = new DecodedRows<>((topic, data) -> {
        decodes.incrementAndGet();
        return new String(data, StandardCharsets.UTF_8);
    }, 2);

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theSameBytesUnderAKeyAreDecodedOnce() {
        assertThat(rows.decode("k", bytes("one"))).isEqualTo("one");
        assertThat(rows.decode("k", bytes("one"))).isEqualTo("one");
        assertThat(decodes).hasValue(1);
    }

    @Test
    void otherBytesUnderAKnownKeyAreDecodedAgain() {
        // what a restore from the changelog or a rolled-back write leaves in the store wins over what was cached
        rows.written("k", bytes("mine"), "mine");
        assertThat(rows.decode("k", bytes("restored"))).isEqualTo("restored");
        assertThat(decodes).hasValue(1);
    }

    @Test
    void whatWasWrittenIsNotDecoded() {
        rows.written("k", bytes("w"), "w");
        assertThat(rows.decode("k", bytes("w"))).isEqualTo("w");
        assertThat(decodes).hasValue(0);
    }

    @Test
    void deletedAndEvictedKeysAreDecodedAgain() {
        rows.decode("a", bytes("a"));
        rows.deleted("a");
        rows.decode("a", bytes("a"));
        rows.decode("b", bytes("b"));
        rows.decode("c", bytes("c")); // capacity 2: "a", the least recently used, goes
        rows.decode("a", bytes("a"));
        assertThat(decodes).hasValue(5);
        assertThat(rows.decode("x", null)).isNull();
    }
}
