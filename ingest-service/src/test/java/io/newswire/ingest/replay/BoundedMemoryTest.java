package io.newswire.ingest.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.ingest.bench.ReplayBenchmark;
import io.newswire.ingest.feed.FeedLimits;
import io.newswire.ingest.testing.GzipBombs;
import io.newswire.model.Topics;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Archives are read in memory bounded by an item, not by the file: {@code parse} and {@code replay} of a generated
 * 30 MB archive (and of its .gz) in a JVM of 48 MB heap, which could not hold the file's DOM, let alone the file's
 * articles. (The bench replays 500 MB with -Xmx256m; here the archive is smaller to keep the build fast.)
 */
class BoundedMemoryTest {
    private static final int ITEMS = 25_000;
    @TempDir
    static Path dir;
    static Path archive;
    static Path gzipped;

    @BeforeAll
    static void generate() throws IOException {
        archive = dir.resolve("archive.xml");
        ReplayBenchmark.generate(archive, ITEMS, 3);
        gzipped = dir.resolve("archive.xml.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gzipped))) {
            Files.copy(archive, out);
        }
        assertThat(Files.size(archive)).isGreaterThan(30_000_000L);
    }

    /** Runs an ingest-service command in a fresh JVM with a small heap; returns its exit status and stdout lines. */
    private static Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx48m", "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
                "io.newswire.ingest.IngestCommand"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        long lines = 0;
        String last = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines++;
                last = line;
            }
        }
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
        return new Result(p.exitValue(), lines, last);
    }

    private record Result(int exit, long lines, String last) {
    }

    @Test
    void parsePrintsEveryItemOfALargeArchiveWithASmallHeap() throws Exception {
        Result r = run("parse", archive.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.lines()).isEqualTo(ITEMS);
        assertThat(r.last()).contains("https://wire.example/news/" + (ITEMS - 1));
    }

    @Test
    void replayReadsALargeGzippedArchiveWithASmallHeap() throws Exception {
        Result r = run("replay", "--dry-run", gzipped.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.last()).contains(ITEMS + " items read, " + ITEMS + " would be published");
    }

    @Test
    void aGzipBombAmongArchivesIsRefusedAndTheOthersReplay() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("mixed"));
        Path bomb = folder.resolve("a-bomb.xml.gz");
        try (OutputStream out = Files.newOutputStream(bomb)) {
            out.write(GzipBombs.bomb(256)); // inflates to 4 GiB
        }
        Files.writeString(folder.resolve("b-good.rss"), "<rss version=\"2.0\"><channel><title>G</title>"
                + "<item><title>One</title><link>https://g.example/1</link></item></channel></rss>");
        ReplaySummary summary = new Replayer(null, Topics.defaults().articlesRaw(),
                new Replayer.Options(null, null, true), null, FeedLimits.defaults()).replay(List.of(folder));
        assertThat(summary.itemsRead()).isEqualTo(1);
        assertThat(summary.published()).isEqualTo(1);
        assertThat(summary.failures()).singleElement().satisfies(f -> {
            assertThat(f.file()).endsWith("a-bomb.xml.gz");
            assertThat(f.reason()).contains("inflates more than 100 times").contains("--max-inflate-ratio");
        });
    }
}
