package io.newswire.ingest.feed;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * The one spelling of an article's address that its id is derived from: scheme and host lower-cased, default port
 * and fragment dropped, an empty path written {@code /}, and tracking parameters ({@code utm_*}, {@code fbclid}, ...)
 * removed, the other parameters kept in their order.
 */
public final class CanonicalUrl {
    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid",
            "mc_cid", "mc_eid", "yclid", "igshid", "_hsenc", "_hsmi", "mkt_tok", "oly_anon_id", "oly_enc_id",
            "vero_id", "wickedid", "twclid", "ttclid", "rb_clickid", "s_cid", "_ga", "_gl", "ref_src");

    private CanonicalUrl() {
    }

    /** Resolves {@code link} against {@code base} (may be null); null when the link is not an absolute http(s) URL. */
    public static String of(String link, URI base) {
        URI uri = resolve(link, base);
        if (uri == null) {
            return null;
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        if ((scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443)) {
            port = -1;
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String query = stripTracking(uri.getRawQuery());
        StringBuilder sb = new StringBuilder(scheme).append("://");
        if (uri.getRawUserInfo() != null) {
            sb.append(uri.getRawUserInfo()).append('@');
        }
        sb.append(host);
        if (port != -1) {
            sb.append(':').append(port);
        }
        sb.append(path);
        if (query != null) {
            sb.append('?').append(query);
        }
        return sb.toString();
    }

    /** The absolute http(s) URI a possibly relative link stands for, or null. */
    public static URI resolve(String link, URI base) {
        if (link == null || link.isBlank()) {
            return null;
        }
        URI uri;
        try {
            uri = new URI(escapeStray(link.strip()));
            if (!uri.isAbsolute() && base != null) {
                uri = base.resolve(uri);
            }
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
        String scheme = uri.getScheme();
        if (scheme == null || uri.getHost() == null
                || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
            return null;
        }
        return uri;
    }

    private static String stripTracking(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return null;
        }
        StringBuilder kept = new StringBuilder();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String name = pair.substring(0, pair.indexOf('=') < 0 ? pair.length() : pair.indexOf('='))
                    .toLowerCase(Locale.ROOT);
            if (name.startsWith("utm_") || TRACKING.contains(name)) {
                continue;
            }
            if (!kept.isEmpty()) {
                kept.append('&');
            }
            kept.append(pair);
        }
        return kept.isEmpty() ? null : kept.toString();
    }

    /** Feeds carry links with spaces, pipes and other characters java.net.URI rejects; percent-encode those. */
    private static String escapeStray(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean bad = c == ' ' || c == '|' || c == '"' || c == '<' || c == '>' || c == '\\' || c == '^'
                    || c == '`' || c == '{' || c == '}' || c < 0x20 || c == 0x7f;
            if (bad && sb == null) {
                sb = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (sb != null) {
                if (bad) {
                    sb.append('%').append(String.format("%02X", (int) c));
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? s : sb.toString();
    }
}
