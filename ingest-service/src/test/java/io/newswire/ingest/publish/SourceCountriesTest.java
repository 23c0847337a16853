package io.newswire.ingest.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.ingest.feed.ParsedItem;
import io.newswire.model.Article;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceCountriesTest {
    private static ParsedItem item(String feedUrl, String url) {
        return new ParsedItem(new Article(Article.SCHEMA_VERSION, "id-" + url, url, null, feedUrl, "A feed", "Title",
                null, "Body", "en", List.of(), List.of(), Instant.parse("2025-07-09T08:00:00Z"), null, "h"), true);
    }

    @Test
    void theFeedListsCountryComesFirst() {
        List<ParsedItem> out = SourceCountries.stamp(
                List.of(item("https://feeds.harbourtimes.com.ng/rss", "https://harbourtimes.com.ng/a")), "GH");
        assertThat(out).singleElement().satisfies(i -> {
            assertThat(i.article().sourceCountry()).isEqualTo("GH");
            assertThat(i.publishedEstimated()).isTrue();
        });
    }

    @Test
    void elseTheFeedHostsDomainThenTheLinksHost() {
        assertThat(SourceCountries.stamp(List.of(
                        item("https://feeds.harbourtimes.com.ng/rss", "https://www.worldwire.com/a"),
                        item("https://feeds.worldwire.com/rss", "https://valleypost.com.pk/b"),
                        item("file:///archive/feed.xml", "https://capeledger.co.za/c"),
                        item("https://feeds.worldwire.com/rss", "https://www.worldwire.com/d")), null))
                .extracting(i -> i.article().sourceCountry())
                .containsExactly("NG", "PK", "ZA", null);
    }
}
