package io.newswire.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.Article;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every item-level behaviour of complete reading, each on a fixture of its own ({@code src/test/resources/feeds/items}),
 * read both ways (whole document and streamed), which must agree.
 */
class ItemReadingTest {

    private static List<Article> articles(String fixture) throws Exception {
        return BothWays.read("items/" + fixture).stream().map(ParsedItem::article).toList();
    }

    @Test
    void dublinCoreStandsInForMissingRssElementsButNeverOverridesThem() throws Exception {
        List<Article> a = articles("rss2-dublin-core.xml");
        Article dc = a.get(0);
        assertThat(dc.title()).isEqualTo("Talks in Ankara");
        assertThat(dc.summary()).isEqualTo("The ministers met for two hours.");
        assertThat(dc.body()).isEqualTo("First paragraph.\n\nSecond paragraph.");
        assertThat(dc.authors()).containsExactly("Ayşe Demir", "John Smith");
        assertThat(dc.publishedAt()).isEqualTo(Instant.parse("2025-07-09T05:30:00Z"));
        assertThat(dc.categories()).containsExactly("Diplomacy", "Trade");

        Article core = a.get(1);
        assertThat(core.title()).isEqualTo("Core wins over Dublin Core");
        assertThat(core.summary()).isEqualTo("Core description");
        assertThat(core.authors()).containsExactly("The Desk");
        assertThat(core.publishedAt()).isEqualTo(Instant.parse("2025-07-09T06:00:00Z"));
        assertThat(core.categories()).containsExactly("World", "Politics");
    }

    @Test
    void rss10ItemsReadDublinCoreAndContentEncoded() throws Exception {
        List<ParsedItem> items = BothWays.read("items/rss1-dublin-core.xml");
        Article first = items.get(0).article();
        assertThat(first.url()).isEqualTo("https://one.example/a");
        assertThat(first.summary()).isEqualTo("A short summary.");
        assertThat(first.body()).isEqualTo("The whole story.");
        assertThat(first.authors()).containsExactly("Ann Editor");
        assertThat(first.categories()).containsExactly("Economy");
        assertThat(first.publishedAt()).isEqualTo(Instant.parse("2025-03-02T10:00:00Z"));
        // no date of its own: the channel's dc:date, not estimated
        assertThat(items.get(1).article().publishedAt()).isEqualTo(Instant.parse("2025-03-01T00:00:00Z"));
        assertThat(items.get(1).publishedEstimated()).isFalse();
    }

    @Test
    void atomElementsInsideRssAreFallbacks() throws Exception {
        List<Article> a = articles("rss2-atom-elements.xml");
        Article first = a.get(0);
        assertThat(first.url()).as("the alternate link, not the enclosure before it")
                .isEqualTo("https://ar.example/story");
        assertThat(first.feedUrl()).as("atom:link rel=self is the feed's address").isEqualTo(
                "https://ar.example/feed.xml");
        assertThat(first.publishedAt()).isEqualTo(Instant.parse("2025-05-01T12:00:00Z"));
        assertThat(first.categories()).containsExactly("Elections 2025", "europe");
        assertThat(first.authors()).containsExactly("Ben Writer");
        Article second = a.get(1);
        assertThat(second.url()).isEqualTo("https://ar.example/second");
        assertThat(second.publishedAt()).as("atom:updated when nothing says published")
                .isEqualTo(Instant.parse("2025-05-03T07:15:00Z"));
    }

    @Test
    void mediaRssGivesTitleAndDescriptionIncludingInsideGroupsAndContent() throws Exception {
        List<Article> a = articles("rss2-media.xml");
        assertThat(a.get(0).title()).isEqualTo("Summit opens in Kuala Lumpur");
        assertThat(a.get(0).summary()).isEqualTo("Leaders arrive for the summit.");
        assertThat(a.get(0).categories()).containsExactly("summit", "asean", "malaysia");
        assertThat(a.get(1).title()).isEqualTo("Nested in media:content");
        assertThat(a.get(1).summary()).isEqualTo("Described inside the content element.");
    }

    @Test
    void itunesGivesSummaryAuthorAndKeywords() throws Exception {
        Article a = articles("rss2-itunes.xml").get(0);
        assertThat(a.summary()).isEqualTo("We discuss the border talks and what comes next.");
        assertThat(a.authors()).containsExactly("Carla Host");
        assertThat(a.categories()).containsExactly("border", "talks", "diplomacy");
    }

    @Test
    void atom10TextConstructsContentLinksBaseCategoriesAndAuthors() throws Exception {
        List<Article> a = articles("atom10-content.xml");
        Article one = a.get(0);
        assertThat(one.feedTitle()).isEqualTo("Atom Ten");
        assertThat(one.title()).as("type=text is text, not markup").isEqualTo("Plain text: a < b");
        assertThat(one.url()).as("the alternate link, resolved against xml:base")
                .isEqualTo("https://atom.example/blog/posts/one");
        assertThat(one.summary()).isEqualTo("The summary.");
        assertThat(one.body()).isEqualTo("Para one.\n\nPara two.");
        assertThat(one.publishedAt()).isEqualTo(Instant.parse("2025-04-01T09:00:00Z"));
        assertThat(one.authors()).containsExactly("Dana Author", "Eli Second");
        assertThat(one.categories()).as("label, else term").containsExactly("Politics", "asia");

        Article two = a.get(1);
        assertThat(two.title()).isEqualTo("XHTML title");
        assertThat(two.url()).as("no alternate: the first link, against the entry's own xml:base")
                .isEqualTo("https://other.example/files/a.mp3");
        assertThat(two.body()).isEqualTo("XHTML para.\n\nSecond link.");
        assertThat(two.summary()).isNull();
        assertThat(two.authors()).as("a person with only an email").containsExactly("only-email@atom.example");
        assertThat(two.publishedAt()).isEqualTo(Instant.parse("2025-04-02T10:00:00Z"));

        assertThat(a.get(2).body()).as("base64 content").isEqualTo("Plain words, base64.");
        assertThat(a.get(2).url()).isEqualTo("https://atom.example/blog/three");
        assertThat(a.get(3).body()).isEqualTo("Line one & <not a tag>");
        assertThat(a.get(3).url()).isEqualTo("https://atom.example/four");
    }

    @Test
    void atom03EscapedAndBase64ContentIssuedAndModified() throws Exception {
        List<Article> a = articles("atom03.xml");
        assertThat(a.get(0).body()).isEqualTo("Escaped content.");
        assertThat(a.get(0).summary()).isEqualTo("An old summary.");
        assertThat(a.get(0).publishedAt()).isEqualTo(Instant.parse("2004-01-02T10:00:00Z"));
        assertThat(a.get(0).authors()).containsExactly("Old Timer");
        assertThat(a.get(0).url()).isEqualTo("https://old.example/1");
        assertThat(a.get(1).body()).isEqualTo("Decoded from base64.");
        assertThat(a.get(1).publishedAt()).as("modified when not issued")
                .isEqualTo(Instant.parse("2004-01-04T10:00:00Z"));
    }

    @Test
    void authorsInTheFormsFeedsWrite() throws Exception {
        List<Article> a = articles("authors.xml");
        assertThat(a.get(0).authors()).containsExactly("Fatima Khan");
        assertThat(a.get(1).authors()).containsExactly("Gus Reporter");
        assertThat(a.get(2).authors()).containsExactly("Hana Writer");
        assertThat(a.get(3).authors()).containsExactly("ivan@au.example");
        assertThat(a.get(4).authors()).containsExactly("Jo One", "Kai Two");
    }

    @Test
    void datesInTheFormatsFoundInTheWildAndTheirFallbacks() throws Exception {
        List<ParsedItem> items = BothWays.read("items/dates.xml");
        List<Instant> dates = items.stream().map(i -> i.article().publishedAt()).toList();
        assertThat(dates).containsExactly(
                Instant.parse("2002-10-02T13:00:00Z"),
                Instant.parse("2002-10-02T13:00:00Z"),
                Instant.parse("2002-10-02T13:00:00Z"),
                Instant.parse("2002-10-02T15:00:00Z"),
                Instant.parse("2002-10-02T15:00:00Z"),
                Instant.parse("2002-10-02T15:00:00Z"),
                Instant.parse("2002-10-01T00:00:00Z"),
                Instant.parse("2002-01-01T00:00:00Z"),
                Instant.parse("2003-01-01T00:00:00Z"),
                Instant.parse("2025-06-01T00:00:00Z"));
        assertThat(items).noneMatch(ParsedItem::publishedEstimated);

        List<ParsedItem> undated = BothWays.read("items/undated.xml");
        assertThat(undated.get(0).publishedEstimated()).isTrue();
        assertThat(undated.get(0).article().publishedAt()).isEqualTo(BothWays.FETCHED);
    }

    @Test
    void titlesBecomePlainTextAndDescriptionsKeepParagraphs() throws Exception {
        List<Article> a = articles("titles.xml");
        assertThat(a.get(0).feedTitle()).isEqualTo("Titles & text");
        assertThat(a.get(0).title()).isEqualTo("Bold move in Geneva");
        assertThat(a.get(0).summary()).isEqualTo("First paragraph with a link.\n\nSecond paragraph & more.");
        assertThat(a.get(1).title()).isEqualTo("AT&T “quoted” été");
        assertThat(a.get(2).title()).isEqualTo("CDATA title with a line break");
        assertThat(a.get(2).summary()).isEqualTo("One\n\nTwo\nThree");
    }
}
