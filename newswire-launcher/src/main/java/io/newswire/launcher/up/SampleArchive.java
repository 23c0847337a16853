package io.newswire.launcher.up;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The archive shipped in the repository ({@code samples/archive}), which {@code up} replays by default. */
final class SampleArchive {
    static final String HOME_ENV = "NEWSWIRE_HOME";

    private SampleArchive() {
    }

    /** Under {@code $NEWSWIRE_HOME} (set by the {@code ./newswire} script), else under the working directory. */
    static Optional<Path> locate() {
        String home = System.getenv(HOME_ENV);
        for (Path root : home == null || home.isBlank() ? new Path[] {Path.of("")}
                : new Path[] {Path.of(home), Path.of("")}) {
            Path archive = root.resolve("samples").resolve("archive");
            if (Files.isDirectory(archive)) {
                return Optional.of(archive.toAbsolutePath().normalize());
            }
        }
        return Optional.empty();
    }
}
