package io.newswire.ingest.feedlist;

import java.net.URI;
import java.util.Locale;

/** One feed to poll, the value of the compacted {@code news.feeds} topic keyed by its URL. */
public record FeedEntry(String url, String title) {
    public FeedEntry {
        url = checkedUrl(url);
        title = title == null || title.isBlank() ? null : title.strip();
    }

    public URI uri() {
        return URI.create(url);
    }

    /** The URL, trimmed, if it is an absolute http(s) URL with a host; else IllegalArgumentException saying why. */
    public static String checkedUrl(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("empty feed URL");
        }
        String u = url.strip();
        URI uri;
        try {
            uri = new URI(u);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("'" + u + "' is not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("'" + u + "' is not an http or https URL");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new IllegalArgumentException("'" + u + "' has no host");
        }
        return u;
    }
}
