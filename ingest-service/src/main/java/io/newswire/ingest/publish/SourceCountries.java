package io.newswire.ingest.publish;

import io.newswire.ingest.feed.ParsedItem;
import io.newswire.model.Article;
import io.newswire.model.OutletCountry;
import java.util.List;

/**
 * Stamps articles with their outlet's country ({@code sourceCountry}) before they are published: the country the
 * feed list names for the feed, else the country-code domain of the feed's host, else that of the article link's host
 * (a feed served from a generic host, or an archived feed file); generic domains give none. Kept apart from feed
 * parsing so the poller and the replay apply the same rule to whatever the parser produced.
 */
public final class SourceCountries {
    private SourceCountries() {
    }

    /** @param named the feed list's country for the feed, or null when it names none (and for a replay) */
    public static List<ParsedItem> stamp(List<ParsedItem> items, String named) {
        return items.stream().map(i -> {
            Article a = i.article();
            String country = of(a, named);
            return country == null || country.equals(a.sourceCountry()) ? i
                    : new ParsedItem(a.withSourceCountry(country), i.publishedEstimated());
        }).toList();
    }

    static String of(Article a, String named) {
        if (named != null) {
            return named;
        }
        if (a.sourceCountry() != null) {
            return a.sourceCountry();
        }
        return OutletCountry.ofUrl(a.feedUrl()).or(() -> OutletCountry.ofUrl(a.url())).orElse(null);
    }
}
