package io.newswire.runtime.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A top-level command that only holds subcommands: run bare it prints its usage and succeeds (picocli's own answer
 * would be a "missing subcommand" error).
 */
public abstract class CommandGroup implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /**
     * Runs {@code command} on {@code args} and exits the JVM with its status: for a {@code main} method only. A
     * failure is reported in a line per cause, without a stack trace ({@link Failures}).
     */
    public static void execute(Object command, String[] args) {
        System.exit(commandLine(command).execute(args));
    }

    /** The command line of a service's main command, reporting failures as {@link Failures} does. */
    public static CommandLine commandLine(Object command) {
        CommandLine cli = new CommandLine(command);
        cli.setExecutionExceptionHandler(Failures.handler(cli.getCommandName()));
        return cli;
    }
}
