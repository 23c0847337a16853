package io.newswire.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesVersionTest {
    @TempDir
    Path copy;

    /** The class path folder the tagger's resources are read from (target/classes in a build). */
    private static Path classPathRoot() throws URISyntaxException {
        return Path.of(RulesVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    @BeforeEach
    void copyResources() throws Exception {
        Path root = classPathRoot();
        for (String folder : RulesVersion.ROOTS) {
            Path from = root.resolve(folder);
            if (!Files.isDirectory(from)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(from)) {
                for (Path p : (Iterable<Path>) walk::iterator) {
                    Path to = copy.resolve(root.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(p, to);
                    }
                }
            }
        }
    }

    @Test
    void theVersionInUseIsTheOneOfTheResourcesOnTheClassPath() throws Exception {
        String computed = RulesVersion.of(RulesVersion.CODE_VERSION, classPathRoot());
        assertThat(RuleTagger.VERSION).isEqualTo(computed).isEqualTo(RulesVersion.current());
        assertThat(Articles.TAGGER.tag(Articles.article("v1", "2024-05-15", "Ankara visit", "")).enricherVersion())
                .isEqualTo(computed);
        assertThat(computed).matches("rules-\\d+\\+[0-9a-f]{8}");
        // the copy is byte for byte the same data, so the same version
        assertThat(RulesVersion.of(RulesVersion.CODE_VERSION, copy)).isEqualTo(computed);
    }

    @Test
    void everyResourceFolderCounts() throws Exception {
        Map<String, Path> files = RulesVersion.resources(classPathRoot());
        assertThat(files.keySet()).contains("tagging/countries.tsv", "tagging/roles.tsv", "tagging/topics.tsv",
                "knowledge/cities.tsv", "knowledge/officials.tsv", "language/english-function-words.txt");
        assertThat(files.keySet()).allMatch(k -> k.startsWith("tagging/") || k.startsWith("knowledge/")
                || k.startsWith("language/"));
    }

    @Test
    void oneChangedByteInAnyResourceChangesTheVersion() throws IOException {
        String before = RulesVersion.of(RulesVersion.CODE_VERSION, copy);
        for (String path : RulesVersion.resources(copy).keySet()) {
            Path file = copy.resolve(path);
            byte[] original = Files.readAllBytes(file);
            byte[] changed = original.clone();
            int at = changed.length / 2;
            changed[at] = (byte) (changed[at] ^ 0x01);
            Files.write(file, changed);
            assertThat(RulesVersion.of(RulesVersion.CODE_VERSION, copy)).as("after a byte of %s", path)
                    .isNotEqualTo(before);
            Files.write(file, original);
        }
        assertThat(RulesVersion.of(RulesVersion.CODE_VERSION, copy)).isEqualTo(before);
    }

    @Test
    void anAddedMovedOrRemovedFileChangesTheVersion() throws IOException {
        String before = RulesVersion.of(RulesVersion.CODE_VERSION, copy);

        Files.writeString(copy.resolve("tagging/new-words.txt"), "summit\n");
        assertThat(RulesVersion.of(RulesVersion.CODE_VERSION, copy)).isNotEqualTo(before);
        Files.delete(copy.resolve("tagging/new-words.txt"));

        Files.move(copy.resolve("tagging/roles.tsv"), copy.resolve("knowledge/roles.tsv"));
        assertThat(RulesVersion.of(RulesVersion.CODE_VERSION, copy)).isNotEqualTo(before);
        Files.move(copy.resolve("knowledge/roles.tsv"), copy.resolve("tagging/roles.tsv"));

        Files.delete(copy.resolve("language/english-function-words.txt"));
        assertThat(RulesVersion.of(RulesVersion.CODE_VERSION, copy)).isNotEqualTo(before);
    }

    @Test
    void theCodeVersionIsPartOfIt() {
        assertThat(RulesVersion.of("rules-3", copy)).startsWith("rules-3+")
                .isNotEqualTo(RulesVersion.of("rules-2", copy));
    }
}
