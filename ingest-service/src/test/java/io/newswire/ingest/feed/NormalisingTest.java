package io.newswire.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.Article;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NormalisingTest {
    private static final Instant NOW = Instant.parse("2025-06-01T00:00:00Z");

    @Test
    void canonicalUrlsDropTrackingAndFragmentsAndLowerCaseSchemeAndHost() {
        assertThat(CanonicalUrl.of("HTTPS://News.Example.COM:443/Path/A?b=2&utm_source=x&fbclid=abc&a=1#frag", null))
                .isEqualTo("https://news.example.com/Path/A?a=1&b=2");
        assertThat(CanonicalUrl.of("http://x.example", null)).isEqualTo("http://x.example/");
        assertThat(CanonicalUrl.of("http://x.example:8080/p?gclid=1&mc_cid=2&mc_eid=3", null))
                .isEqualTo("http://x.example:8080/p");
        assertThat(CanonicalUrl.of("../b/c d.html", URI.create("https://x.example/a/feed.xml")))
                .isEqualTo("https://x.example/b/c%20d.html");
        assertThat(CanonicalUrl.of("javascript:alert(1)", null)).isNull();
        assertThat(CanonicalUrl.of("mailto:a@b.example", null)).isNull();
    }

    @Test
    void charactersJavaNetUriRejectsArePercentEncodedInRelativeLinks() {
        URI base = URI.create("https://news.example/world/");
        assertThat(CanonicalUrl.of("a b|c.html", base)).isEqualTo("https://news.example/world/a%20b%7Cc.html");
        assertThat(CanonicalUrl.of("q?x=\"1\"&y=<2>", base))
                .isEqualTo("https://news.example/world/q?x=%221%22&y=%3C2%3E");
        assertThat(CanonicalUrl.of("p\\q^r`s{t}u", base)).isEqualTo("https://news.example/world/p%5Cq%5Er%60s%7Bt%7Du");
        assertThat(CanonicalUrl.of("tab\there", base)).as("a control character")
                .isEqualTo("https://news.example/world/tab%09here");
        assertThat(CanonicalUrl.of("del\u007fx", base)).isEqualTo("https://news.example/world/del%7Fx");
        assertThat(CanonicalUrl.of("plain/ok", base)).isEqualTo("https://news.example/world/plain/ok");
        assertThat(CanonicalUrl.of("%20already", base)).as("an escape is kept, not escaped again")
                .isEqualTo("https://news.example/world/%20already");
    }

    @Test
    void internationalisedHostsAreWrittenInPunycodeAndKeepTheirArticle() {
        assertThat(CanonicalUrl.of("https://Bücher.example/Straße?q=é", null))
                .isEqualTo("https://xn--bcher-kva.example/Stra%C3%9Fe?q=%C3%A9");
        assertThat(CanonicalUrl.of("https://новости.example/статья", null))
                .isEqualTo("https://xn--b1amnebsh.example/%D1%81%D1%82%D0%B0%D1%82%D1%8C%D1%8F");
        assertThat(CanonicalUrl.resolve("https://bücher.example/a", null)).hasHost("xn--bcher-kva.example");
    }

    @Test
    void oneArticleSpelledManyWaysGetsOneId() {
        String[] spellings = {
            "https://xn--bcher-kva.example/news/~editor/story",
            "https://bücher.example/news/~editor/story",
            "https://BÜCHER.example:443/news/./%7Eeditor/story#comments",
            "https://bücher.example/news/archive/../%7eeditor/./story",
            "https://bücher.example/news/%7Eeditor/story?utm_source=rss&utm_medium=feed",
        };
        String canonical = CanonicalUrl.of(spellings[0], null);
        assertThat(canonical).isEqualTo("https://xn--bcher-kva.example/news/~editor/story");
        for (String s : spellings) {
            assertThat(CanonicalUrl.of(s, null)).as(s).isEqualTo(canonical);
            assertThat(ArticleIds.id(CanonicalUrl.of(s, null), "guid-" + s, "f", "t", NOW))
                    .isEqualTo(ArticleIds.id(canonical, null, "f", "t", null));
        }
        assertThat(CanonicalUrl.of("../%7Eeditor/./story", URI.create("https://bücher.example/news/x/feed.xml")))
                .isEqualTo("https://xn--bcher-kva.example/news/~editor/story");
        assertThat(CanonicalUrl.of("https://x.example/a?b=1&a=2", null))
                .isEqualTo(CanonicalUrl.of("https://x.example/a?a=2&b=1", null));
    }

    @Test
    void idsComeFromTheUrlElseTheGuidElseFeedTitleAndDate() {
        String byUrl = ArticleIds.id("https://a.example/1", "g", "f", "t", null);
        assertThat(byUrl).isEqualTo(ArticleIds.id("https://a.example/1", "other", "other", "other", NOW))
                .hasSize(32);
        String byGuid = ArticleIds.id(null, "urn:x", "f", "t", null);
        assertThat(byGuid).isNotEqualTo(byUrl).isEqualTo(ArticleIds.id(null, " urn:x ", "g", "u", NOW));
        assertThat(ArticleIds.id(null, null, "f", "t", NOW)).isNotEqualTo(ArticleIds.id(null, null, "f", "t", null));
    }

    @Test
    void theSameItemGetsTheSameIdLiveAndFromAFile() throws Exception {
        byte[] rss = ("<rss version=\"2.0\"><channel><title>T</title><link>https://site.example/</link>"
                + "<item><title>A</title><link>https://site.example/a?utm_campaign=z</link></item>"
                + "<item><title>No link</title><guid isPermaLink=\"false\">g-1</guid></item>"
                + "</channel></rss>").getBytes(StandardCharsets.UTF_8);
        var live = FeedParser.parse(rss, "application/rss+xml", URI.create("https://site.example/feed"), NOW);
        var archived = FeedParser.normalise(FeedParser.read(rss, null), null, "file:///archive/feed.xml",
                Instant.parse("2020-01-01T00:00:00Z"));
        assertThat(archived.items()).extracting(i -> i.article().id())
                .containsExactlyElementsOf(live.items().stream().map(i -> i.article().id()).toList());
    }

    @Test
    void htmlBecomesPlainTextAndFullContentFillsTheBody() throws Exception {
        byte[] rss = ("<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>"
                + "<title>T</title><item><title>&lt;b&gt;Bold&lt;/b&gt; title</title><link>https://a.example/1</link>"
                + "<description>&lt;p&gt;One &amp;amp; two&lt;/p&gt;&lt;script&gt;evil()&lt;/script&gt;</description>"
                + "<content:encoded><![CDATA[<p>First para.</p><p>Second <a href='x'>para</a>.</p>]]></content:encoded>"
                + "<pubDate>Sat, 01 Mar 2025 10:00:00 GMT</pubDate></item></channel></rss>")
                .getBytes(StandardCharsets.UTF_8);
        Article a = FeedParser.parse(rss, null, URI.create("https://a.example/feed"), NOW).items().get(0).article();
        assertThat(a.title()).isEqualTo("Bold title");
        assertThat(a.summary()).isEqualTo("One & two");
        assertThat(a.body()).isEqualTo("First para.\n\nSecond para.");
        assertThat(a.publishedAt()).isEqualTo(Instant.parse("2025-03-01T10:00:00Z"));
        assertThat(a.contentHash()).isEqualTo(ArticleIds.contentHash("Bold title", "One & two",
                "First para.\n\nSecond para."));
    }

    @Test
    void jsonFeedsAndAtomXmlBaseAreRead() throws Exception {
        byte[] json = """
                {"version": "https://jsonfeed.org/version/1", "title": "J", "home_page_url": "https://j.example/",
                 "author": {"name": "Ann"},
                 "items": [{"id": "1", "url": "/posts/1", "title": "One", "content_text": "Line 1\\nLine 2",
                            "tags": ["x", "y"], "date_modified": "2025-01-02T03:04:05+02:00"}]}
                """.getBytes(StandardCharsets.UTF_8);
        Article j = FeedParser.parse(json, "application/feed+json", URI.create("https://j.example/feed.json"), NOW)
                .items().get(0).article();
        assertThat(j.url()).isEqualTo("https://j.example/posts/1");
        assertThat(j.body()).isEqualTo("Line 1\nLine 2");
        assertThat(j.authors()).containsExactly("Ann");
        assertThat(j.categories()).containsExactly("x", "y");
        assertThat(j.publishedAt()).isEqualTo(Instant.parse("2025-01-02T01:04:05Z"));

        byte[] atom = """
                <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://base.example/blog/">
                <title>A</title><id>urn:a</id><updated>2025-01-01T00:00:00Z</updated>
                <entry><title>E</title><id>urn:e</id><link href="entries/e1"/><updated>2025-01-01T00:00:00Z</updated>
                </entry></feed>""".getBytes(StandardCharsets.UTF_8);
        Article e = FeedParser.parse(atom, null, URI.create("https://other.example/feed"), NOW).items().get(0)
                .article();
        assertThat(e.url()).isEqualTo("https://base.example/blog/entries/e1");
        assertThat(e.publishedAt()).isEqualTo(Instant.parse("2025-01-01T00:00:00Z"));
    }
}
