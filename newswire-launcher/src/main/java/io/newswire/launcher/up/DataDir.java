package io.newswire.launcher.up;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Where {@code newswire up} keeps the broker's logs, the database and the stream processor's state, so that they
 * survive a restart. {@link #wipe()} deletes only a folder this class made (it carries a marker file) or an empty one,
 * never a folder that was given by mistake.
 */
public record DataDir(Path root) {
    static final String MARKER = ".newswire-data";

    public DataDir {
        root = root.toAbsolutePath().normalize();
    }

    public Path kafka() {
        return root.resolve("kafka");
    }

    public Path postgres() {
        return root.resolve("postgres");
    }

    public Path streamsState() {
        return root.resolve("enrich-state");
    }

    /** Creates the folder (and its marker) if needed; a non-empty folder without the marker is refused. */
    public DataDir prepare() throws IOException {
        if (Files.exists(root) && !Files.exists(root.resolve(MARKER)) && !isEmpty(root)) {
            throw new IOException(root + " holds files that newswire did not write: choose another --data folder");
        }
        Files.createDirectories(root);
        if (!Files.exists(root.resolve(MARKER))) {
            Files.writeString(root.resolve(MARKER), "Data of `newswire up`; `newswire up --fresh` deletes this folder.\n");
        }
        return this;
    }

    /** Deletes everything a previous {@code newswire up} kept here. */
    public void wipe() throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        if (!Files.exists(root.resolve(MARKER)) && !isEmpty(root)) {
            throw new IOException("not wiping " + root + ": it is not a newswire data folder (no " + MARKER + " file)");
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }
}
