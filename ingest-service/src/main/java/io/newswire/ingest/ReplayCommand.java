package io.newswire.ingest;

import io.newswire.ingest.replay.ReplayProgress;
import io.newswire.ingest.replay.ReplaySummary;
import io.newswire.ingest.replay.Replayer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ingest-service replay PATH...}: publishes archived feed files with their original times. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Publish the items of archived feed files (.xml, .rss, .atom, .json, and .gz of these; folders "
                + "recursively) with their original publication times. Items already published unchanged are skipped, "
                + "so replaying twice adds nothing.",
                "Exit status 1 if any file failed."})
final class ReplayCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    KafkaOptions kafka;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Feed files or folders.")
    List<Path> paths;

    @Option(names = "--since", converter = InstantOrDate.class,
            description = "Only items published at or after this instant or date (UTC), e.g. 2024-01-01.")
    Instant since;

    @Option(names = "--until", converter = InstantOrDate.class,
            description = "Only items published before this instant or date (UTC).")
    Instant until;

    @Option(names = "--dry-run", description = "Read and count, publish nothing (and need no Kafka).")
    boolean dryRun;

    @Mixin
    FeedLimitsOptions limits;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        // on a terminal a bar that redraws itself; into a log or a pipe, a line every few seconds
        ReplayProgress progress = ReplayProgress.forConsole(err, dryRun);
        Replayer replayer = new Replayer(dryRun ? null : kafka.bootstrapServers(), kafka.topics().articlesRaw(),
                new Replayer.Options(since, until, dryRun), progress::message, limits.limits()).onProgress(progress);
        ReplaySummary summary;
        try {
            summary = replayer.replay(paths);
        } finally {
            progress.finish();
        }
        spec.commandLine().getOut().print(summary.describe());
        spec.commandLine().getOut().flush();
        return summary.failures().isEmpty() ? 0 : 1;
    }

    /** 2024-01-01 (midnight UTC) or 2024-01-01T12:00:00Z. */
    static final class InstantOrDate implements CommandLine.ITypeConverter<Instant> {
        @Override
        public Instant convert(String value) {
            try {
                return value.contains("T") ? Instant.parse(value)
                        : LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("not a date or instant: " + value
                        + " (use 2024-01-01 or 2024-01-01T12:00:00Z)");
            }
        }
    }
}
