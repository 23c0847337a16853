package io.newswire.enrich;

import io.newswire.runtime.cli.CommandGroup;
import picocli.CommandLine.Command;

/** The enrich-service command line. */
@Command(name = "enrich-service", mixinStandardHelpOptions = true, version = "newswire enrich-service 0.1.0",
        description = "Newswire enrich-service.", subcommands = {RunCommand.class, io.newswire.enrich.tag.TagCommand.class})
public final class EnrichCommand extends CommandGroup {
    public static void main(String[] args) {
        CommandGroup.execute(new EnrichCommand(), args);
    }
}
