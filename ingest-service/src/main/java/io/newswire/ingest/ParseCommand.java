package io.newswire.ingest;

import com.fasterxml.jackson.databind.ObjectWriter;
import io.newswire.ingest.feed.FeedFormatException;
import io.newswire.ingest.feed.ParsedItem;
import io.newswire.ingest.feed.StreamingFeedReader;
import io.newswire.ingest.publish.SourceCountries;
import io.newswire.ingest.replay.ArchivedFeeds;
import io.newswire.model.Json;
import io.newswire.runtime.cli.Failures;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code ingest-service parse FILE...}: offline, one Article JSON per line, each printed as it is read. */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = {"Parse feed files offline (no Kafka) and print one Article as JSON per line on stdout, item by "
                + "item as the file is read (memory does not grow with the file).",
                "A file that cannot be read gets one line on stderr naming it and the reason, and so does an item "
                        + "refused by a limit; the others still print. Exit status 1 if any file failed."})
final class ParseCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Feed files (folders: the feed files in them).")
    List<Path> files;

    @Mixin
    FeedLimitsOptions limits;

    @Override
    public Integer call() throws IOException {
        // one write per 64 kB rather than a flush per line: the articles of a big archive are many lines
        PrintWriter out = new PrintWriter(new BufferedWriter(spec.commandLine().getOut(), 1 << 16), false);
        PrintWriter err = spec.commandLine().getErr();
        ObjectWriter json = Json.mapper().writer();
        boolean failed = false;
        for (Path file : ArchivedFeeds.find(files)) {
            try {
                ArchivedFeeds.stream(file, limits.limits(), new StreamingFeedReader.Sink() {
                    @Override
                    public void item(ParsedItem item) {
                        try {
                            ParsedItem stamped = SourceCountries.stamp(List.of(item), null).get(0);
                            out.println(json.writeValueAsString(stamped.article()));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }

                    @Override
                    public void refused(String message) {
                        err.println(message);
                        err.flush();
                    }
                });
            } catch (IOException | FeedFormatException e) {
                err.println(file + ": " + Failures.reason(e));
                err.flush();
                failed = true;
            }
            out.flush();
        }
        return failed ? 1 : 0;
    }
}
