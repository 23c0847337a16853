package io.newswire.launcher.up;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class DrainProgressTest {
    private final AtomicLong clock = new AtomicLong();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @Test
    void notOnATerminalALineEveryIntervalUntilDrained() {
        DrainProgress p = new DrainProgress(out, false, Duration.ofSeconds(5), clock::get);
        for (long left = 1000; left >= 0; left -= 100) {
            p.accept(List.of(left / 2, left / 2));
            clock.addAndGet(Duration.ofSeconds(1).toNanos());
        }
        p.finish();

        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        // at 5 s and 10 s; at 10 s nothing is left, so the last line is the one finish() draws
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo("newswire: tagging 250 articles left, storing 250 records left (100/s)");
        assertThat(lines.getLast()).startsWith("newswire: tagging 0 articles left, storing 0 records left");
    }

    @Test
    void nothingIsShownWhenThereIsNothingToDo() {
        DrainProgress p = new DrainProgress(out, true, Duration.ofMillis(500), clock::get);
        clock.addAndGet(Duration.ofSeconds(2).toNanos());
        p.accept(List.of(0L, 0L));
        p.finish();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
