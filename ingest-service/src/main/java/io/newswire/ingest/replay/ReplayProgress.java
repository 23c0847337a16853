package io.newswire.ingest.replay;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Shows how a replay is going: on a terminal one line that redraws itself (a bar, files, items, items/s, ETA),
 * elsewhere (a log, a pipe, CI) a plain line every {@code interval}, as Kafka's own tools and feed readers do. The
 * ETA comes from the bytes of the archive files read so far. A dry run says what it would publish.
 *
 * <p>The replay hands it {@link Counts} as often as it likes (after each item, each file): drawing is throttled here.
 */
public final class ReplayProgress implements Consumer<ReplayProgress.Counts> {
    private static final int BAR = 24;
    private static final long REDRAW_NANOS = Duration.ofMillis(200).toNanos();

    /**
     * Where a replay stands.
     *
     * @param bytesDone bytes of the files read completely, plus the part of the current one when known
     * @param bytes     bytes of all the files to replay
     */
    public record Counts(int filesDone, int files, long bytesDone, long bytes, long read, long published,
            long duplicates) {
    }

    private final PrintWriter out;
    private final boolean terminal;
    private final boolean dryRun;
    private final long intervalNanos;
    private final LongSupplier nanoTime;
    private final long start;
    private long lastDrawn;
    private Counts last;
    private boolean drewLine;

    /**
     * @param terminal draw one self-redrawing line; otherwise plain lines
     * @param interval how often a plain line is written (a terminal line is redrawn five times a second)
     * @param nanoTime the clock, {@code System::nanoTime} outside tests
     */
    public ReplayProgress(PrintWriter out, boolean terminal, boolean dryRun, Duration interval, LongSupplier nanoTime) {
        this.out = out;
        this.terminal = terminal;
        this.dryRun = dryRun;
        this.intervalNanos = terminal ? REDRAW_NANOS : interval.toNanos();
        this.nanoTime = nanoTime;
        this.start = nanoTime.getAsLong();
        this.lastDrawn = start;
    }

    /** A progress for this process's standard error: a bar on a terminal, a line every 5 s otherwise. */
    public static ReplayProgress forConsole(PrintWriter err, boolean dryRun) {
        return new ReplayProgress(err, isTerminal(), dryRun, Duration.ofSeconds(5), System::nanoTime);
    }

    @Override
    public void accept(Counts counts) {
        last = counts;
        long now = nanoTime.getAsLong();
        if (now - lastDrawn >= intervalNanos) {
            draw(counts, now);
        }
    }

    /** A line of its own (a refused item, say), above the bar on a terminal. */
    public void message(String line) {
        out.print(terminal && drewLine ? "\r\u001b[K" + line + System.lineSeparator() : line + System.lineSeparator());
        out.flush();
        if (terminal && drewLine && last != null) {
            draw(last, nanoTime.getAsLong());
        }
    }

    /** Draws the final state (once more, so that the last line is complete) and ends the terminal line. */
    public void finish() {
        if (last != null) {
            draw(last, nanoTime.getAsLong());
        }
        if (terminal && drewLine) {
            out.println();
            out.flush();
        }
    }

    private void draw(Counts c, long now) {
        lastDrawn = now;
        String line = line(c, now - start);
        if (terminal) {
            // pad over the rest of a longer previous line
            out.print("\r" + line + "\u001b[K");
        } else {
            out.println(line);
        }
        out.flush();
        drewLine = true;
    }

    /** One progress line for {@code c} after {@code elapsedNanos}. */
    String line(Counts c, long elapsedNanos) {
        double seconds = Math.max(elapsedNanos / 1e9, 1e-3);
        double fraction = c.bytes() > 0 ? Math.min(1.0, (double) c.bytesDone() / c.bytes())
                : c.files() > 0 ? (double) c.filesDone() / c.files() : 1.0;
        StringBuilder sb = new StringBuilder("replay ");
        if (terminal) {
            int filled = (int) Math.round(fraction * BAR);
            sb.append('[').append("#".repeat(filled)).append("-".repeat(BAR - filled)).append("] ");
        }
        sb.append(String.format(Locale.ROOT, "%3d%%  %d/%d files  %,d items  %,.0f items/s  ETA %s  %,d %s  %,d duplicates",
                Math.round(fraction * 100), c.filesDone(), c.files(), c.read(), c.read() / seconds,
                eta(fraction, seconds), c.published(), dryRun ? "would publish" : "published", c.duplicates()));
        return sb.toString();
    }

    private static String eta(double fraction, double seconds) {
        if (fraction >= 1.0) {
            return "0:00";
        }
        if (fraction <= 0.0) {
            return "--:--";
        }
        long left = Math.round(seconds * (1 - fraction) / fraction);
        return left >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", left / 3600, left / 60 % 60, left % 60)
                : String.format(Locale.ROOT, "%d:%02d", left / 60, left % 60);
    }

    /**
     * Whether standard error goes to a terminal. Up to JDK 21 {@code System.console()} is null when a stream is
     * redirected; from JDK 22 it may not be, and {@code Console.isTerminal()} tells (called reflectively: this
     * code is compiled for 21).
     */
    public static boolean isTerminal() {
        var console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) console.getClass().getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return true;
        }
    }
}
