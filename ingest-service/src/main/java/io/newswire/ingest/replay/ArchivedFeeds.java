package io.newswire.ingest.replay;

import io.newswire.ingest.feed.FeedFormatException;
import io.newswire.ingest.feed.FeedLimits;
import io.newswire.ingest.feed.InflationCap;
import io.newswire.ingest.feed.StreamingFeedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Archived feed files: finding them ({@code .xml}, {@code .rss}, {@code .atom}, {@code .json}, each optionally
 * {@code .gz}, folders searched recursively) and reading one, streamed item by item. The file's modification time
 * stands in for the fetch time; the feed's own {@code self} link (else its site link, else the file's URI) is its feed
 * URL. Items get the same ids as live polling gives them, since ids come from item URLs and GUIDs.
 */
public final class ArchivedFeeds {
    private static final List<String> EXTENSIONS = List.of(".xml", ".rss", ".atom", ".json");

    private ArchivedFeeds() {
    }

    /** The feed files under the paths, sorted; a path that does not exist is returned as is (and fails to read). */
    public static List<Path> find(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(ArchivedFeeds::isFeedFile).sorted().forEach(files::add);
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }

    public static boolean isFeedFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        String n = name;
        return EXTENSIONS.stream().anyMatch(n::endsWith);
    }

    /**
     * Reads one archive file item by item into the sink: memory stays bounded by the largest item, whatever the size
     * of the file. A {@code .gz} file is inflated as it is read, within the inflation caps of {@code limits}.
     */
    public static StreamingFeedReader.Summary stream(Path file, FeedLimits limits, StreamingFeedReader.Sink sink)
            throws IOException, FeedFormatException {
        Instant fetchedAt = Files.getLastModifiedTime(file).toInstant();
        boolean gzipped = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
        StreamingFeedReader.Source source = gzipped
                ? () -> InflationCap.gunzip(Files.newInputStream(file), limits.maxInflatedBytes(),
                        "--max-inflated-bytes / FEED_MAX_INFLATED_BYTES", limits.maxInflateRatio())
                : () -> Files.newInputStream(file);
        return StreamingFeedReader.read(file.toString(), source, null, null, file.toAbsolutePath().toUri().toString(),
                fetchedAt, limits, sink);
    }
}
