package io.newswire.ingest.replay;

import io.newswire.ingest.feed.FeedDocument;
import io.newswire.ingest.feed.FeedFormatException;
import io.newswire.ingest.feed.FeedParser;
import io.newswire.ingest.feed.ParsedFeed;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Archived feed files: finding them ({@code .xml}, {@code .rss}, {@code .atom}, {@code .json}, each optionally
 * {@code .gz}, folders searched recursively) and parsing one. The file's modification time stands in for the fetch
 * time; the feed's own {@code self} link (else its site link, else the file's URI) is its feed URL. Items get the same
 * ids as live polling gives them, since ids come from item URLs and GUIDs.
 */
public final class ArchivedFeeds {
    /** Decompressed archives larger than this are refused (a gzip bomb among the files stops here). */
    public static final long MAX_FILE_BYTES = 256L * 1024 * 1024;
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

    public static ParsedFeed parse(Path file) throws IOException, FeedFormatException {
        byte[] bytes = read(file);
        FeedDocument doc = FeedParser.read(bytes, null);
        Instant fetchedAt = Files.getLastModifiedTime(file).toInstant();
        return FeedParser.normalise(doc, null, file.toAbsolutePath().toUri().toString(), fetchedAt);
    }

    static byte[] read(Path file) throws IOException {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new IOException("larger than " + MAX_FILE_BYTES + " bytes");
            }
            return Files.readAllBytes(file);
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[65536];
            int n;
            while ((n = in.read(buffer)) != -1) {
                if (out.size() + (long) n > MAX_FILE_BYTES) {
                    throw new IOException("decompresses to more than " + MAX_FILE_BYTES + " bytes");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }
    }
}
