package io.newswire.enrich.tagging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The tagger's {@code enricherVersion}: {@code <code version>+<hash of its data>}, e.g. {@code rules-2+3f9a1c2e}.
 *
 * <p>The hash covers every file under the tagger's resource folders ({@code tagging/}, {@code knowledge/}, {@code language/}) as they are on the class
 * path at run time, in the order of their paths, each with its path and length. So any change to a lexicon, a word
 * set or a pattern file gives a new version by itself, and events tagged by different rules can be told apart (and
 * re-tagged) downstream. {@link #CODE_VERSION} is bumped by hand when a change to the tagger's code changes what it
 * finds for the same data.
 */
public final class RulesVersion {
    /** Bump when a code change alters the tagger's output for the same resources. */
    public static final String CODE_VERSION = "rules-2";

    /** The resource folders that make up the tagger's data, relative to the class path root. */
    static final List<String> ROOTS = List.of("tagging", "knowledge", "language");

    private static final int HASH_HEX_DIGITS = 8;

    private RulesVersion() {
    }

    /** The version of the tagger in this JVM, computed once from the class path. */
    public static String current() {
        return Holder.CURRENT;
    }

    private static final class Holder {
        static final String CURRENT = fromClassPath();
    }

    /** The version over the resources of the class path entry (folder or jar) that holds this class. */
    static String fromClassPath() {
        URL location = RulesVersion.class.getProtectionDomain().getCodeSource().getLocation();
        try {
            Path entry = Path.of(location.toURI());
            if (Files.isDirectory(entry)) {
                return of(CODE_VERSION, entry);
            }
            try (FileSystem jar = FileSystems.newFileSystem(entry)) {
                return of(CODE_VERSION, jar.getPath("/"));
            }
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot read the tagger's resources at " + location + ": " + e, e);
        }
    }

    /** The version over the resource folders under {@code root} (a class path folder or a jar's root). */
    static String of(String codeVersion, Path root) {
        return codeVersion + "+" + hash(resources(root));
    }

    /** Every regular file under the resource folders, by path relative to {@code root} ("/"-separated), sorted. */
    static Map<String, Path> resources(Path root) {
        Map<String, Path> files = new TreeMap<>();
        for (String folder : ROOTS) {
            Path dir = root.resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(Files::isRegularFile).forEach(f -> files.put(relative(root, f), f));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + dir, e);
            }
        }
        if (files.isEmpty()) {
            throw new IllegalStateException("no tagger resources under " + root + " (looked in " + ROOTS + ")");
        }
        return files;
    }

    private static String relative(Path root, Path file) {
        StringBuilder sb = new StringBuilder();
        for (Path part : root.relativize(file)) {
            sb.append(sb.isEmpty() ? "" : "/").append(part);
        }
        return sb.toString();
    }

    private static String hash(Map<String, Path> files) {
        MessageDigest sha = sha256();
        for (Map.Entry<String, Path> f : files.entrySet()) {
            byte[] content;
            try {
                content = Files.readAllBytes(f.getValue());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + f.getValue(), e);
            }
            // path and length first, so moving bytes from one file to the next changes the hash too
            sha.update((f.getKey() + "\n" + content.length + "\n").getBytes(StandardCharsets.UTF_8));
            sha.update(content);
        }
        return HexFormat.of().formatHex(sha.digest()).substring(0, HASH_HEX_DIGITS);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
