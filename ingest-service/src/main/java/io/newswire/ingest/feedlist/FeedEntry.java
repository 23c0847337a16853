package io.newswire.ingest.feedlist;

import io.newswire.model.OutletCountry;
import java.net.URI;
import java.util.Locale;

/**
 * One feed to poll, the value of the compacted {@code news.feeds} topic keyed by its URL. {@code country} is the
 * outlet's country (ISO 3166-1 alpha-2) when the feed list names it, else null: the articles then take the country of
 * the feed's host domain, if it has one ({@link #sourceCountry()}). Entries written before the field existed read with
 * none.
 */
public record FeedEntry(String url, String title, String country) {
    public FeedEntry {
        url = checkedUrl(url);
        title = title == null || title.isBlank() ? null : title.strip();
        country = country == null || country.isBlank() ? null : OutletCountry.code(country);
    }

    /** A feed whose outlet's country the list does not name. */
    public FeedEntry(String url, String title) {
        this(url, title, null);
    }

    /** The country its articles carry as {@code sourceCountry}: the one named, else the feed host's, else null. */
    public String sourceCountry() {
        return country != null ? country : OutletCountry.ofUrl(url).orElse(null);
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
