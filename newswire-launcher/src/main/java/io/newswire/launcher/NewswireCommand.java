package io.newswire.launcher;

import io.newswire.enrich.tag.TagCommand;
import io.newswire.ingest.IngestCommand;
import io.newswire.launcher.subscribe.SubscribeCommand;
import io.newswire.launcher.up.UpCommand;
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
        subcommands = {UpCommand.class, SubscribeCommand.class, TagCommand.class})
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
        cli.setExecutionExceptionHandler(NewswireCommand::reportFailure);
        return cli.setCaseInsensitiveEnumValuesAllowed(true);
    }

    /**
     * A failure the user can act on (a port taken, a folder refused, Kafka unreachable) is one line per cause, not a
     * stack trace; {@code NEWSWIRE_DEBUG=1} prints the trace too.
     */
    private static int reportFailure(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        StringBuilder message = new StringBuilder("newswire: ").append(e.getMessage() == null ? e : e.getMessage());
        for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            if (c.getMessage() != null && !message.toString().contains(c.getMessage())) {
                message.append(System.lineSeparator()).append("  because: ").append(c.getMessage());
            }
        }
        err.println(message);
        if (System.getenv("NEWSWIRE_DEBUG") != null) {
            e.printStackTrace(err);
        }
        err.flush();
        return 1;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
