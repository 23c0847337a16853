package io.newswire.ingest.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ReplayProgressTest {
    private static final long SECOND = 1_000_000_000L;
    private final AtomicLong clock = new AtomicLong(0);
    private final StringWriter out = new StringWriter();

    private ReplayProgress progress(boolean terminal, boolean dryRun) {
        return new ReplayProgress(new PrintWriter(out), terminal, dryRun, Duration.ofSeconds(5), clock::get);
    }

    /** A replay of 4 files of 1,000 bytes and 250 items each, one item every 10 ms. */
    private void replay(ReplayProgress p) {
        long read = 0;
        for (int file = 0; file < 4; file++) {
            for (int item = 0; item < 250; item++) {
                clock.addAndGet(SECOND / 100);
                read++;
                p.accept(new ReplayProgress.Counts(file, 4, file * 1000L + item * 4L, 4000, read, read - read / 10,
                        read / 10));
            }
            p.accept(new ReplayProgress.Counts(file + 1, 4, (file + 1) * 1000L, 4000, read, read - read / 10,
                    read / 10));
        }
        p.finish();
    }

    @Test
    void notOnATerminalItWritesAPlainLineEveryIntervalAndOneAtTheEnd() {
        replay(progress(false, false));

        List<String> lines = out.toString().lines().toList();
        // 10 s of work: a line at 5 s and at 10 s, and the final one
        assertThat(lines).hasSize(3);
        assertThat(lines).noneMatch(l -> l.contains("\r") || l.contains("\u001b"));
        assertThat(lines.get(0)).isEqualTo(
                "replay  50%  1/4 files  500 items  100 items/s  ETA 0:05  450 published  50 duplicates");
        assertThat(lines.getLast()).startsWith("replay 100%  4/4 files  1,000 items  100 items/s  ETA 0:00  900 published");
    }

    @Test
    void onATerminalOneLineRedrawsItselfWithABar() {
        replay(progress(true, false));

        String text = out.toString();
        assertThat(text.split("\n")).hasSize(1); // carriage returns only, and one newline at the end
        assertThat(text).endsWith("\n").contains("\r" + "replay [############------------]  50%  1/4 files")
                .contains("replay [########################] 100%  4/4 files");
        assertThat(text.split("\r").length).isGreaterThan(40); // redrawn five times a second over 10 s
    }

    @Test
    void aDryRunSaysWhatItWouldPublish() {
        replay(progress(false, true));

        assertThat(out.toString().lines()).allMatch(l -> l.contains(" would publish ") && !l.contains(" published "));
    }

    @Test
    void withNothingReadYetTheEtaIsUnknown() {
        ReplayProgress p = progress(false, false);
        clock.addAndGet(6 * SECOND);
        p.accept(new ReplayProgress.Counts(0, 3, 0, 3000, 0, 0, 0));
        assertThat(out.toString()).contains("ETA --:--").contains("0/3 files");
    }
}
