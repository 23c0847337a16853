package io.newswire.ingest;

import io.newswire.ingest.feed.FeedFormatException;
import io.newswire.ingest.feed.ParsedFeed;
import io.newswire.ingest.feed.ParsedItem;
import io.newswire.ingest.publish.SourceCountries;
import io.newswire.ingest.replay.ArchivedFeeds;
import io.newswire.model.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code ingest-service parse FILE...}: offline, one Article JSON per line. */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = {"Parse feed files offline (no Kafka) and print one Article as JSON per line on stdout.",
                "A file that cannot be read gets one line on stderr naming it and the reason; the others still print. "
                        + "Exit status 1 if any file failed."})
final class ParseCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Feed files (folders: the feed files in them).")
    List<Path> files;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean failed = false;
        for (Path file : ArchivedFeeds.find(files)) {
            ParsedFeed feed;
            try {
                feed = ArchivedFeeds.parse(file);
            } catch (IOException | FeedFormatException e) {
                err.println(file + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
                err.flush();
                failed = true;
                continue;
            }
            for (ParsedItem item : SourceCountries.stamp(feed.items(), null)) {
                out.println(Json.mapper().writeValueAsString(item.article()));
            }
            out.flush();
        }
        return failed ? 1 : 0;
    }
}
