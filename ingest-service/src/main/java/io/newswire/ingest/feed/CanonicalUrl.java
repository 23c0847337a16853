package io.newswire.ingest.feed;

import crawlercommons.filters.basic.BasicURLNormalizer;
import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one spelling of an article's address that its id is derived from, by crawler-commons'
 * {@link BasicURLNormalizer} (the normaliser of news crawlers such as StormCrawler): scheme and host lower-cased,
 * internationalised host names in punycode, default port, fragment and user info dropped, dot segments removed,
 * escapes of unreserved characters decoded ({@code %7E} is {@code ~}) and the others upper-cased, an empty path
 * written {@code /}, query parameters sorted. Tracking parameters ({@code utm_*}, {@code fbclid}, ...) are removed.
 */
public final class CanonicalUrl {
    private static final List<String> TRACKING = List.of("fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid",
            "mc_cid", "mc_eid", "yclid", "igshid", "_hsenc", "_hsmi", "mkt_tok", "oly_anon_id", "oly_enc_id",
            "vero_id", "wickedid", "twclid", "ttclid", "rb_clickid", "s_cid", "_ga", "_gl", "ref_src");
    private static final BasicURLNormalizer NORMALIZER = BasicURLNormalizer.newBuilder()
            .idnNormalization(BasicURLNormalizer.IdnNormalization.PUNYCODE)
            .queryParamsToRemove(TRACKING)
            .build();
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    /** scheme://[userinfo@]host[:port]: group 2 is the host (not an IPv6 literal, which is ASCII anyway). */
    private static final Pattern AUTHORITY = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://([^/?#@]*@)?([^/?#:\\[\\]]+)");

    /**
     * The characters java.net.URI rejects in a relative link although feeds write them: space, {@code " < > \ ^ `
     * { | }}, the C0 controls and DEL (RFC 3986 allows none of them; {@code %} and {@code #} are left to mean what
     * they mean).
     */
    private static final boolean[] STRAY = new boolean[0x80];
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    static {
        for (char c = 0; c < 0x20; c++) {
            STRAY[c] = true;
        }
        for (char c : " \"<>\\^`{|}\u007f".toCharArray()) {
            STRAY[c] = true;
        }
    }

    private CanonicalUrl() {
    }

    /** Resolves {@code link} against {@code base} (may be null); null when the link is not an absolute http(s) URL. */
    public static String of(String link, URI base) {
        String absolute = absolute(link, base);
        if (absolute == null) {
            return null;
        }
        String normalized = normalize(asciiHost(absolute));
        if (normalized == null) {
            return null;
        }
        normalized = stripUtm(normalized);
        String lower = normalized.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            return null;
        }
        try {
            return new URI(normalized).getHost() == null ? null : normalized;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** The canonical absolute http(s) URI a possibly relative link stands for, or null. */
    public static URI resolve(String link, URI base) {
        String url = of(link, base);
        return url == null ? null : URI.create(url);
    }

    private static String absolute(String link, URI base) {
        if (link == null || link.isBlank()) {
            return null;
        }
        String s = link.strip();
        if (SCHEME.matcher(s).find()) {
            return s;
        }
        if (base == null) {
            return null;
        }
        try {
            return base.resolve(new URI(escapeStray(s))).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * crawler-commons 1.6 edits the query at the offsets of the path before it was unescaped, so {@code /%7Ea?utm_x}
     * loses a character of the query: the path is normalised first alone, then again with the query.
     */
    private static String normalize(String url) {
        int hash = url.indexOf('#');
        String noFragment = hash < 0 ? url : url.substring(0, hash);
        int q = noFragment.indexOf('?');
        String path = NORMALIZER.filter(q < 0 ? noFragment : noFragment.substring(0, q));
        if (path == null || q < 0) {
            return path;
        }
        return NORMALIZER.filter(path + noFragment.substring(q));
    }

    /**
     * The host in punycode before the normaliser sees it: its own conversion lengthens the URL before the query,
     * which crawler-commons 1.6 then edits at stale offsets as it does after unescaping the path.
     */
    private static String asciiHost(String url) {
        Matcher m = AUTHORITY.matcher(url);
        if (!m.find() || m.group(2).chars().allMatch(c -> c < 0x80)) {
            return url;
        }
        try {
            return url.substring(0, m.start(2)) + IDN.toASCII(m.group(2), IDN.ALLOW_UNASSIGNED) + url.substring(m.end(2));
        } catch (IllegalArgumentException e) {
            return url; // not a valid host name: the normaliser turns it down
        }
    }

    /** {@code utm_source}, {@code utm_medium}, ...: a family by prefix, which the normaliser's list cannot name. */
    private static String stripUtm(String url) {
        int q = url.indexOf('?');
        if (q < 0 || !url.regionMatches(true, q + 1, "utm_", 0, 4) && !url.toLowerCase(Locale.ROOT).contains("&utm_")) {
            return url;
        }
        StringBuilder kept = new StringBuilder();
        for (String pair : url.substring(q + 1).split("&")) {
            if (pair.isEmpty() || pair.regionMatches(true, 0, "utm_", 0, 4)) {
                continue;
            }
            kept.append(kept.isEmpty() ? "" : "&").append(pair);
        }
        return kept.isEmpty() ? url.substring(0, q) : url.substring(0, q + 1) + kept;
    }

    private static boolean isStray(char c) {
        return c < 0x80 && STRAY[c];
    }

    /** Relative links with spaces, pipes and other characters java.net.URI rejects: percent-encode those. */
    private static String escapeStray(String s) {
        int i = 0;
        while (i < s.length() && !isStray(s.charAt(i))) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length() + 16).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isStray(c)) {
                sb.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
