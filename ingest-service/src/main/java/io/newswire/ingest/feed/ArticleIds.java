package io.newswire.ingest.feed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The stable article id and the content hash. The id is the same whoever reads the item (live polling or replay):
 * SHA-256 of the canonical URL, else of the GUID, else of feed URL + title + date, in 32 hex digits.
 */
public final class ArticleIds {
    private static final char SEP = '\u001f';

    private ArticleIds() {
    }

    public static String id(String canonicalUrl, String guid, String feedUrl, String title, Instant date) {
        if (canonicalUrl != null) {
            return sha256("url" + SEP + canonicalUrl).substring(0, 32);
        }
        if (guid != null && !guid.isBlank()) {
            return sha256("guid" + SEP + guid.strip()).substring(0, 32);
        }
        return sha256("feed" + SEP + feedUrl + SEP + (title == null ? "" : title) + SEP
                + (date == null ? "" : date.toString())).substring(0, 32);
    }

    /** Changes exactly when the title, summary or body text does. */
    public static String contentHash(String title, String summary, String body) {
        return sha256((title == null ? "" : title) + SEP + (summary == null ? "" : summary) + SEP
                + (body == null ? "" : body));
    }

    static String sha256(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
