package io.newswire.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every feed fixture of ours, and every capture of the conformance corpus when {@code ../shared} is there, read whole
 * (live) and streamed (archives): the same articles, or the same refusal.
 */
class BothPathsTest {
    private static final Path CORPUS = Path.of("../../shared/conformance");

    @Test
    void everyFixtureGivesTheSameArticlesBothWays() throws IOException, URISyntaxException {
        Path fixtures = Path.of(BothPathsTest.class.getResource("/feeds").toURI());
        List<Path> files = new ArrayList<>(feeds(fixtures));
        if (Files.isDirectory(CORPUS)) {
            files.addAll(feeds(CORPUS));
        }
        int read = 0;
        int refused = 0;
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            String liveError = null;
            try {
                FeedParser.parse(bytes, null, null, BothWays.FETCHED);
            } catch (FeedFormatException e) {
                liveError = e.getMessage();
            }
            if (liveError == null) {
                try {
                    BothWays.read(bytes);
                } catch (FeedFormatException e) {
                    throw new AssertionError(file + ": read whole, refused streamed: " + e.getMessage(), e);
                } catch (AssertionError e) {
                    throw new AssertionError(file + ": " + e.getMessage(), e);
                }
                read++;
            } else {
                String why = liveError;
                assertThat(catchRefusal(bytes)).as(file + " is refused streamed too (whole: " + why + ")").isNotNull();
                refused++;
            }
        }
        System.out.printf("both paths: %d feeds read alike, %d refused alike%n", read, refused);
        // the shared conformance corpus adds many; a user's clone has only the test fixtures
        assertThat(read).isGreaterThan(Files.isDirectory(CORPUS) ? 15 : 10);
    }

    private static String catchRefusal(byte[] bytes) {
        try {
            BothWays.stream(bytes, FeedLimits.defaults());
            return null;
        } catch (FeedFormatException | IOException e) {
            return e.getMessage();
        }
    }

    private static List<Path> feeds(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".xml") || p.toString().endsWith(".json")
                            && !p.toString().endsWith(".serde.json"))
                    .sorted().toList();
        }
    }
}
