package io.newswire.launcher.up;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirTest {
    @TempDir
    Path tmp;

    @Test
    void preparedFolderIsMarkedAndWipedCompletely() throws IOException {
        DataDir dir = new DataDir(tmp.resolve("data")).prepare();
        Files.createDirectories(dir.kafka().resolve("logs"));
        Files.writeString(dir.kafka().resolve("logs/meta.properties"), "x");
        assertThat(dir.root().resolve(DataDir.MARKER)).exists();

        dir.wipe();

        assertThat(dir.root()).doesNotExist();
        dir.prepare();
        assertThat(dir.kafka()).doesNotExist();
    }

    @Test
    void aFolderWithOtherFilesIsNeitherUsedNorWiped() throws IOException {
        Path home = Files.createDirectories(tmp.resolve("home"));
        Files.writeString(home.resolve("thesis.tex"), "precious");
        DataDir dir = new DataDir(home);

        assertThatThrownBy(dir::prepare).hasMessageContaining("--data");
        assertThatThrownBy(dir::wipe).hasMessageContaining("not a newswire data folder");
        assertThat(home.resolve("thesis.tex")).hasContent("precious");
    }

    @Test
    void anEmptyOrMissingFolderIsFine() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        new DataDir(empty).wipe();
        assertThat(empty).doesNotExist();
        new DataDir(tmp.resolve("missing")).wipe();
        assertThat(new DataDir(tmp.resolve("missing")).prepare().root()).isDirectory();
    }
}
