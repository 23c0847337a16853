package io.newswire.store;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The store-service command line. */
@Command(name = "store-service", mixinStandardHelpOptions = true, version = "newswire store-service 0.1.0",
        description = "Newswire store-service.")
public final class StoreCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new StoreCommand()).execute(args));
    }
}
