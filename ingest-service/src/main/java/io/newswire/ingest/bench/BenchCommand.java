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

/** {@code ingest-service bench}: parse throughput, as items/s and as ratios to baselines measured in the same run. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure parse throughput on a large feed (generated, or --file) against a bare StAX pass and "
                + "Rome's SyndFeedInput over the same bytes.")
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
        return 0;
    }
}
