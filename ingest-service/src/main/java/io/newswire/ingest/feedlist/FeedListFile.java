package io.newswire.ingest.feedlist;

import com.rometools.opml.feed.opml.Opml;
import com.rometools.opml.feed.opml.Outline;
import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.XmlReader;
import io.newswire.ingest.feed.FeedFormatException;
import io.newswire.ingest.feed.SafeXml;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A feed list file: OPML (1.0 or 2.0, read with rome-opml; nested outlines are folders) or plain text, one URL per
 * line, optionally followed by {@code country=XX} and a title; {@code #} starts a comment. The outlet's country is an
 * ISO 3166-1 alpha-2 code: in OPML the outline's {@code country} attribute, in text a {@code country=XX} word right
 * after the URL. A bad entry (including an unknown country code) is reported and skipped.
 */
public final class FeedListFile {
    /** The feeds read, and one message per entry that was skipped. */
    public record Result(List<FeedEntry> feeds, List<String> problems) {
        public Result {
            feeds = List.copyOf(feeds);
            problems = List.copyOf(problems);
        }
    }

    /** The text list's option word for the outlet's country, e.g. {@code country=NG}. */
    static final String COUNTRY_WORD = "country=";
    /** The OPML outline attribute naming the outlet's country, e.g. {@code <outline country="NG" .../>}. */
    static final String COUNTRY_ATTRIBUTE = "country";

    private FeedListFile() {
    }

    /** Fails only when the file cannot be read at all or is XML but not OPML. */
    public static Result read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String head = new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.UTF_8).stripLeading();
        if (head.startsWith("\ufeff")) {
            head = head.substring(1).stripLeading();
        }
        return head.startsWith("<") ? opml(bytes, file) : text(new String(bytes, StandardCharsets.UTF_8));
    }

    static Result text(String content) {
        Map<String, FeedEntry> feeds = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        String[] lines = content.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("\ufeff")) {
                line = line.substring(1);
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+", 2);
            String rest = parts.length > 1 ? parts[1] : null;
            String country = null;
            if (rest != null && rest.regionMatches(true, 0, COUNTRY_WORD, 0, COUNTRY_WORD.length())) {
                String[] option = rest.split("\\s+", 2);
                country = option[0].substring(COUNTRY_WORD.length());
                rest = option.length > 1 ? option[1] : null;
            }
            try {
                FeedEntry e = new FeedEntry(parts[0], rest, country);
                feeds.putIfAbsent(e.url(), e);
            } catch (IllegalArgumentException e) {
                problems.add("line " + (i + 1) + ": " + e.getMessage() + " (skipped)");
            }
        }
        return new Result(new ArrayList<>(feeds.values()), problems);
    }

    static Result opml(byte[] bytes, Path file) throws IOException {
        WireFeed wire;
        try (Reader reader = new XmlReader(new ByteArrayInputStream(bytes), true)) {
            wire = new WireFeedInput().build(SafeXml.parse(reader));
        } catch (FeedFormatException | FeedException | IllegalArgumentException e) {
            throw new IOException(file + " is not a readable OPML file: " + e.getMessage(), e);
        }
        if (!(wire instanceof Opml opml)) {
            throw new IOException(file + " is XML but not OPML");
        }
        Map<String, FeedEntry> feeds = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        collect(opml.getOutlines(), "", feeds, problems);
        return new Result(new ArrayList<>(feeds.values()), problems);
    }

    private static void collect(List<Outline> outlines, String path, Map<String, FeedEntry> feeds,
            List<String> problems) {
        for (Outline o : outlines) {
            String name = o.getTitle() != null ? o.getTitle() : o.getText();
            String xmlUrl = o.getXmlUrl();
            if (xmlUrl != null) {
                try {
                    FeedEntry e = new FeedEntry(xmlUrl, name, o.getAttributeValue(COUNTRY_ATTRIBUTE));
                    feeds.putIfAbsent(e.url(), e);
                } catch (IllegalArgumentException e) {
                    problems.add("outline '" + path + (name == null ? "?" : name) + "': " + e.getMessage()
                            + " (skipped)");
                }
            } else if (o.getChildren().isEmpty()) {
                problems.add("outline '" + path + (name == null ? "?" : name) + "' has no xmlUrl (skipped)");
            }
            collect(o.getChildren(), path + (name == null ? "" : name) + "/", feeds, problems);
        }
    }
}
