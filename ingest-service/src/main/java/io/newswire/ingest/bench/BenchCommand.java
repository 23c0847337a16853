package io.newswire.ingest.bench;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ingest-service bench}: parse throughput, as items/s and as ratios to baselines measured in the same run;
 * whole-file replay throughput and heap; and, on request, the whole process against python3-feedparser.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure parse throughput on a large feed (generated, or --file) against a bare StAX pass and "
                + "Rome's SyndFeedInput over the same bytes; then whole-file replay throughput and heap on a generated "
                + "archive; optionally the whole `parse` process against python3-feedparser on that archive."})
public final class BenchCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--items", defaultValue = "10000", description = "Items of the generated feed (${DEFAULT-VALUE}).")
    int items;

    @Option(names = "--file", description = "Benchmark this feed file instead.")
    Path file;

    @Option(names = "--warmup", defaultValue = "5", description = "Untimed rounds per reader (${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--rounds", defaultValue = "10", description = "Timed rounds per reader (${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--replay-items", defaultValue = "50000",
            description = "Items of the generated archive of the whole-file replay figure, 0 for none "
                    + "(${DEFAULT-VALUE}).")
    int replayItems;

    @Option(names = "--versus-feedparser", paramLabel = "ROUNDS", defaultValue = "0",
            description = "Also time `parse` of the replay archive as a whole process against python3-feedparser on "
                    + "the same file, in turns, this many rounds each (needs the Debian package python3-feedparser; "
                    + "default ${DEFAULT-VALUE}: not run).")
    int versusFeedparser;

    @Override
    public Integer call() throws Exception {
        byte[] feed = file != null ? Files.readAllBytes(file)
                : SyntheticFeed.rss(items, 42).getBytes(StandardCharsets.UTF_8);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("feed: %s, %.1f MB; %d warm-up + %d timed rounds per reader (median)%n",
                file != null ? file : "generated " + items + " items", feed.length / 1e6, warmup, rounds);
        List<ParseBenchmark.Result> results = ParseBenchmark.run(feed, warmup, Math.max(1, rounds));
        ParseBenchmark.Result stax = results.get(0);
        ParseBenchmark.Result rome = results.get(1);
        out.printf("%-22s %8s %10s %12s %12s %12s%n", "reader", "items", "median ms", "items/s", "vs StAX", "vs Rome");
        for (ParseBenchmark.Result r : results) {
            out.printf("%-22s %8d %10.1f %12.0f %11.2fx %11.2fx%n", r.reader(), r.items(), r.medianMillis(),
                    r.itemsPerSecond(), r.itemsPerSecond() / stax.itemsPerSecond(),
                    r.itemsPerSecond() / rome.itemsPerSecond());
        }
        out.flush();
        if (replayItems > 0) {
            replay(out);
        }
        return 0;
    }

    private void replay(PrintWriter out) throws Exception {
        Path dir = Files.createTempDirectory("newswire-bench");
        Path archive = dir.resolve("archive-" + replayItems + ".xml");
        try {
            ReplayBenchmark.generate(archive, replayItems, 42);
            ReplayBenchmark.Result r = ReplayBenchmark.run(archive);
            out.printf("%nwhole-file replay (dry run, streamed from disk): %d items, %.1f MB in %.2f s: %.0f items/s; "
                    + "heap peak %.0f MB in use, %.0f MB after GC (max heap %.0f MB)%n", r.items(),
                    r.fileBytes() / 1e6, r.seconds(), r.itemsPerSecond(), r.peakHeapBytes() / 1e6,
                    r.peakLiveBytes() / 1e6, r.maxHeapBytes() / 1e6);
            out.flush();
            if (versusFeedparser > 0) {
                VersusFeedparser.Result v = VersusFeedparser.run(archive, versusFeedparser);
                if (v == null) {
                    out.println("versus feedparser: python3 with feedparser is not installed "
                            + "(apt-get install python3-feedparser)");
                } else {
                    out.printf("whole process on that file, median of %d in turns: `parse` (-Xmx256m) %.2f s, "
                            + "python3-feedparser %.2f s (%s entries): Newswire %.1fx faster%n", versusFeedparser,
                            v.newswireSeconds(), v.feedparserSeconds(), v.feedparserEntries(), v.ratio());
                }
            }
        } finally {
            Files.deleteIfExists(archive);
            Files.deleteIfExists(dir);
        }
        out.flush();
    }
}
