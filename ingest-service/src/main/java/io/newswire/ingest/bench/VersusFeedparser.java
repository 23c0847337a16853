package io.newswire.ingest.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Whole-process time of {@code ingest-service parse FILE} (a fresh JVM with {@code -Xmx256m}, output discarded)
 * against Python's feedparser ({@code python3-feedparser}) reading the same file, taken in turns in one run so that a
 * busy machine slows both alike; the median of each and their ratio.
 */
public final class VersusFeedparser {
    static final String FEEDPARSER = "import sys, feedparser\n"
            + "d = feedparser.parse(sys.argv[1])\n"
            + "print(len(d.entries))\n";

    /** Medians in seconds; {@code ratio} = feedparser / Newswire. */
    public record Result(double newswireSeconds, double feedparserSeconds, String feedparserEntries) {
        public double ratio() {
            return feedparserSeconds / newswireSeconds;
        }
    }

    private VersusFeedparser() {
    }

    /** Null when python3 with feedparser is not installed. */
    public static Result run(Path file, int rounds) throws IOException, InterruptedException {
        // Debian's python3-feedparser is for Debian's python3, which a python3 earlier on the PATH may shadow
        String python3 = java.nio.file.Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
        Timed probe = time(List.of(python3, "-c", "import feedparser"), false);
        if (probe == null || probe.exit != 0) {
            return null;
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> parse = List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                "io.newswire.ingest.IngestCommand", "parse", file.toString());
        List<String> python = List.of(python3, "-c", FEEDPARSER, file.toString());
        double[] ours = new double[rounds];
        double[] theirs = new double[rounds];
        String entries = "?";
        for (int i = 0; i < rounds; i++) {
            Timed n = time(parse, false);
            if (n.exit != 0) {
                throw new IOException("ingest-service parse failed with exit status " + n.exit);
            }
            ours[i] = n.seconds;
            Timed p = time(python, true);
            if (p.exit != 0) {
                throw new IOException("python3-feedparser failed with exit status " + p.exit);
            }
            theirs[i] = p.seconds;
            entries = p.output.strip();
        }
        return new Result(median(ours), median(theirs), entries);
    }

    private record Timed(int exit, double seconds, String output) {
    }

    /** Runs the command; its output is kept (the first line) only when {@code keepOutput}, else discarded. */
    private static Timed time(List<String> command, boolean keepOutput) throws InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(command))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectOutput(keepOutput ? ProcessBuilder.Redirect.PIPE : ProcessBuilder.Redirect.DISCARD);
        try {
            long t0 = System.nanoTime();
            Process p = pb.start();
            String output = keepOutput ? new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8) : "";
            if (!p.waitFor(30, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                return new Timed(-1, Double.NaN, "");
            }
            return new Timed(p.exitValue(), (System.nanoTime() - t0) / 1e9, output);
        } catch (IOException e) {
            return null; // not installed
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
