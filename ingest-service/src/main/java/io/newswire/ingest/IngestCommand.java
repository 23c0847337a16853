package io.newswire.ingest;

import io.newswire.ingest.bench.BenchCommand;
import io.newswire.runtime.cli.CommandGroup;
import picocli.CommandLine.Command;

/** The ingest-service command line. */
@Command(name = "ingest-service", mixinStandardHelpOptions = true, version = "newswire ingest-service 0.1.0",
        description = "Polls RSS, Atom and JSON feeds politely and safely, replays archived feeds, and publishes "
                + "their articles to Kafka.",
        subcommands = {RunCommand.class, ReplayCommand.class, ParseCommand.class, FeedsCommand.class,
                BenchCommand.class})
public final class IngestCommand extends CommandGroup {
    public static void main(String[] args) {
        CommandGroup.execute(new IngestCommand(), args);
    }
}
