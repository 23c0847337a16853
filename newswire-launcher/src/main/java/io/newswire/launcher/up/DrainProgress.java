package io.newswire.launcher.up;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * What {@code up} shows while enrich-service tags and store-service stores what was replayed: the records each has
 * left and the rate they go at, on a terminal one line that redraws itself, elsewhere a line every few seconds.
 * Fed by {@link PipelineDrain#await(List, Duration, Consumer)} with the work left per reader (tagging, storing).
 */
public final class DrainProgress implements Consumer<List<Long>> {
    private final PrintStream out;
    private final boolean terminal;
    private final long intervalNanos;
    private final LongSupplier nanoTime;
    private final long start;
    private long lastDrawn;
    private long firstLeft = -1;
    private List<Long> last;
    private boolean drew;

    public DrainProgress(PrintStream out, boolean terminal, Duration interval, LongSupplier nanoTime) {
        this.out = out;
        this.terminal = terminal;
        this.intervalNanos = interval.toNanos();
        this.nanoTime = nanoTime;
        this.start = nanoTime.getAsLong();
        this.lastDrawn = start;
    }

    /** For standard error: redrawn every half second on a terminal, a line every 5 s otherwise. */
    public static DrainProgress forConsole(PrintStream err) {
        boolean terminal = io.newswire.ingest.replay.ReplayProgress.isTerminal();
        return new DrainProgress(err, terminal, Duration.ofMillis(terminal ? 500 : 5000), System::nanoTime);
    }

    @Override
    public void accept(List<Long> left) {
        last = left;
        long total = left.stream().mapToLong(Long::longValue).sum();
        if (firstLeft < 0) {
            firstLeft = total;
        }
        long now = nanoTime.getAsLong();
        if (total > 0 && now - lastDrawn >= intervalNanos) {
            draw(left, now);
        }
    }

    /** Ends the line (a terminal's), once the drain is over. */
    public void finish() {
        if (drew && last != null) {
            draw(last, nanoTime.getAsLong());
            if (terminal) {
                out.println();
            }
            out.flush();
        }
    }

    private void draw(List<Long> left, long now) {
        lastDrawn = now;
        String line = line(left, now - start);
        out.print(terminal ? "\r" + line + "\u001b[K" : line + System.lineSeparator());
        out.flush();
        drew = true;
    }

    String line(List<Long> left, long elapsedNanos) {
        long tagging = left.isEmpty() ? 0 : left.get(0);
        long storing = left.stream().skip(1).mapToLong(Long::longValue).sum();
        long total = tagging + storing;
        double seconds = Math.max(elapsedNanos / 1e9, 1e-3);
        long done = Math.max(0, firstLeft - total);
        return String.format(Locale.ROOT, "newswire: tagging %,d articles left, storing %,d records left (%,.0f/s)",
                tagging, storing, done / seconds);
    }
}
