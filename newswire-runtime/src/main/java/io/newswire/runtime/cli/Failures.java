package io.newswire.runtime.cli;

import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import picocli.CommandLine;

/**
 * How the command lines report a failure the user can act on (a missing file, a port taken, Kafka unreachable): one
 * line per cause that names the file or address, no stack trace; {@code NEWSWIRE_DEBUG=1} prints the trace too.
 */
public final class Failures {
    private Failures() {
    }

    /** A picocli execution exception handler that reports as {@link #report} does, under the command's name. */
    public static CommandLine.IExecutionExceptionHandler handler(String name) {
        return (e, cli, parsed) -> {
            report(name, e, cli.getErr());
            return 1;
        };
    }

    /** Writes {@code name: what went wrong}, then {@code because: ...} for each further cause. */
    public static void report(String name, Throwable e, PrintWriter err) {
        String first = describe(e);
        StringBuilder message = new StringBuilder(name).append(": ").append(first);
        for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            String why = describe(c);
            if (c.getMessage() != null && !message.toString().contains(why) && !message.toString().contains(c.getMessage())) {
                message.append(System.lineSeparator()).append("  because: ").append(why);
            }
        }
        err.println(message);
        if (System.getenv("NEWSWIRE_DEBUG") != null) {
            e.printStackTrace(err);
        }
        err.flush();
    }

    /** What is wrong, without the file's name (for lists that name the file already): "no such file or folder". */
    public static String reason(Throwable e) {
        String described = describe(e);
        if (e instanceof FileSystemException f && f.getFile() != null && described.startsWith(f.getFile() + ": ")) {
            return described.substring(f.getFile().length() + 2);
        }
        return described;
    }

    /**
     * One readable sentence for a failure: file system errors say what is wrong with which path (the JDK's own
     * message is the bare path, "/nonexistent"); others their message, else their kind.
     */
    public static String describe(Throwable e) {
        if (e instanceof NoSuchFileException f) {
            return f.getFile() + ": no such file or folder";
        }
        if (e instanceof AccessDeniedException f) {
            return f.getFile() + ": permission denied";
        }
        if (e instanceof NotDirectoryException f) {
            return f.getFile() + ": not a folder";
        }
        if (e instanceof FileSystemException f && f.getFile() != null) {
            return f.getFile() + ": " + (f.getReason() != null ? f.getReason() : f.getClass().getSimpleName());
        }
        if (e.getMessage() == null || e.getMessage().isBlank()) {
            return e.getClass().getSimpleName();
        }
        return e.getMessage();
    }
}
