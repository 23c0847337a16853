package io.newswire.enrich;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The enrich-service command line. */
@Command(name = "enrich-service", mixinStandardHelpOptions = true, version = "newswire enrich-service 0.1.0",
        description = "Newswire enrich-service.", subcommands = {RunCommand.class, io.newswire.enrich.tag.TagCommand.class})
public final class EnrichCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new EnrichCommand()).execute(args));
    }
}
