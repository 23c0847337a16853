package io.newswire.launcher;

import io.newswire.enrich.tag.TagCommand;
import io.newswire.ingest.IngestCommand;
import io.newswire.launcher.bench.BenchCommand;
import io.newswire.launcher.subscribe.SubscribeCommand;
import io.newswire.launcher.up.UpCommand;
import io.newswire.runtime.cli.Failures;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ./newswire}: the whole stack in one process, and the commands that talk to a running stack. */
@Command(name = "newswire", mixinStandardHelpOptions = true, version = "newswire 0.1.0",
        description = "Newswire: news feeds to Kafka, diplomatic-visit tagging, PostgreSQL store.",
        subcommands = {UpCommand.class, SubscribeCommand.class, TagCommand.class, BenchCommand.class})
public final class NewswireCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** The command line, with {@code replay} being ingest-service's own replay command. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new NewswireCommand());
        CommandLine replay = new CommandLine(new IngestCommand()).getSubcommands().get("replay");
        cli.addSubcommand("replay", replay);
        cli.addSubcommand(new CommandLine.HelpCommand());
        // events carry names in every script (Yaşar Güler) and the arrow of `subscribe`: UTF-8 whatever the locale
        cli.setOut(new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8), true));
        cli.setExecutionExceptionHandler(Failures.handler("newswire"));
        return cli.setCaseInsensitiveEnumValuesAllowed(true);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
