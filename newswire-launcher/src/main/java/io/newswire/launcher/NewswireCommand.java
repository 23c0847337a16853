package io.newswire.launcher;

import io.newswire.launcher.subscribe.SubscribeCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ./newswire}: the whole stack in one process, and the commands that talk to a running stack. */
@Command(name = "newswire", mixinStandardHelpOptions = true, version = "newswire 0.1.0",
        description = "Newswire: news feeds to Kafka, diplomatic-visit tagging, PostgreSQL store.",
        subcommands = {SubscribeCommand.class, CommandLine.HelpCommand.class})
public final class NewswireCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static CommandLine commandLine() {
        return new CommandLine(new NewswireCommand()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
