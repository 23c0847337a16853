package io.newswire.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newswire.ingest.bench.SyntheticFeed;
import io.newswire.model.Article;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostileAndOddInputTest {
    private static final Instant NOW = Instant.parse("2025-06-01T00:00:00Z");
    private static final URI FEED = URI.create("https://feed.example/rss");

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = HostileAndOddInputTest.class.getResourceAsStream("/feeds/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void anExternalEntityNamingALocalFileIsRefusedAndItsContentAppearsNowhere(@TempDir Path dir) throws IOException {
        String secret = "secret-" + UUID.randomUUID();
        Path file = dir.resolve("secret.txt");
        Files.writeString(file, secret);
        byte[] xxe = ("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + file.toUri() + "\">]>\n"
                + "<rss version=\"2.0\"><channel><title>XXE &xxe;</title><item><title>&xxe;</title>"
                + "<link>https://xxe.example/&xxe;</link><description>&xxe;</description></item></channel></rss>")
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> FeedParser.parse(xxe, null, FEED, NOW))
                .isInstanceOf(FeedFormatException.class)
                .hasMessageContaining("refused")
                .satisfies(e -> assertThat(stackText(e)).doesNotContain(secret));
        assertThatThrownBy(() -> FeedParser.parse(fixture("xxe-etc-passwd.xml"), null, FEED, NOW))
                .isInstanceOf(FeedFormatException.class).hasMessageContaining("XXE")
                .satisfies(e -> assertThat(stackText(e)).doesNotContain("root:"));
        assertThatThrownBy(() -> FeedParser.parse(fixture("xxe-parameter-entity.xml"), null, FEED, NOW))
                .isInstanceOf(FeedFormatException.class).hasMessageContaining("refused");
    }

    @Test
    void billionLaughsIsRefusedAtTheFirstDeclaration() {
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> FeedParser.parse(fixture("billion-laughs.xml"), null, FEED, NOW))
                .isInstanceOf(FeedFormatException.class).hasMessageContaining("entity expansion");
        assertThat(System.nanoTime() - t0).isLessThan(10_000_000_000L);
    }

    @Test
    void theNetscapeRss091FeedWithItsDoctypeParses() throws Exception {
        ParsedFeed feed = FeedParser.parse(fixture("rss091-netscape.xml"), null, null, NOW);
        assertThat(feed.format()).isEqualTo("rss_0.91N");
        assertThat(feed.title()).isEqualTo("WriteTheWeb");
        assertThat(feed.items()).hasSize(2);
        Article first = feed.items().get(0).article();
        assertThat(first.url()).isEqualTo("http://writetheweb.com/read.php?item=24");
        // undeclared HTML entities are healed, not fatal
        assertThat(first.summary()).contains("Gnutella é allowing");
        assertThat(feed.items().get(0).publishedEstimated()).isTrue();
        assertThat(first.publishedAt()).isEqualTo(NOW);
    }

    @Test
    void windows1251AndIso88591FeedsDecode() throws Exception {
        Article cyrillic = FeedParser.parse(fixture("windows-1251.xml"), null, FEED, NOW).items().get(0).article();
        assertThat(cyrillic.title()).isEqualTo("Министр иностранных дел посетил Белград");
        assertThat(cyrillic.summary()).isEqualTo("Переговоры прошли в Москве; «ключевые» вопросы — торговля.");
        assertThat(cyrillic.publishedAt()).isEqualTo(Instant.parse("2025-02-03T07:00:00Z"));

        ParsedFeed latin = FeedParser.parse(fixture("iso-8859-1.xml"), null, FEED, NOW);
        assertThat(latin.title()).isEqualTo("Nouvelles du Québec");
        assertThat(latin.items().get(0).article().title()).isEqualTo("Le président français à Zürich et Genève");
        assertThat(latin.items().get(0).article().summary()).contains("Señor Muñoz était là");
    }

    @Test
    void theHttpCharsetIsHonouredWhenTheDocumentDeclaresNone() throws Exception {
        byte[] bytes = ("<rss version=\"2.0\"><channel><title>Новости</title><item><title>Белград</title>"
                + "<link>https://n.example/1</link></item></channel></rss>").getBytes(Charset.forName("windows-1251"));
        ParsedFeed feed = FeedParser.parse(bytes, "application/rss+xml; charset=windows-1251", FEED, NOW);
        assertThat(feed.title()).isEqualTo("Новости");
        assertThat(feed.items().get(0).article().title()).isEqualTo("Белград");
    }

    @Test
    void aByteOrderMarkAndBareAmpersandsAreTolerated() throws Exception {
        byte[] body = "<rss version=\"2.0\"><channel><title>Tom & Jerry</title><item><title>Q&A &copy; 2025</title><link>https://a.example/?x=1&y=2</link></item></channel></rss>"
                .getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xef;
        withBom[1] = (byte) 0xbb;
        withBom[2] = (byte) 0xbf;
        System.arraycopy(body, 0, withBom, 3, body.length);
        ParsedFeed feed = FeedParser.parse(withBom, null, FEED, NOW);
        assertThat(feed.title()).isEqualTo("Tom & Jerry");
        assertThat(feed.items().get(0).article().title()).isEqualTo("Q&A © 2025");
        assertThat(feed.items().get(0).article().url()).isEqualTo("https://a.example/?x=1&y=2");
    }

    @Test
    void aFeedOfTenThousandItemsParses() throws Exception {
        byte[] big = SyntheticFeed.rss(10_000, 7).getBytes(StandardCharsets.UTF_8);
        ParsedFeed feed = FeedParser.parse(big, "application/rss+xml", FEED, NOW);
        assertThat(feed.items()).hasSize(10_000);
        assertThat(feed.items()).extracting(i -> i.article().id()).doesNotHaveDuplicates();
        Article last = feed.items().get(9_999).article();
        assertThat(last.url()).isEqualTo("https://wire.example/news/9999");
        assertThat(last.title()).endsWith("#9999");
        assertThat(last.body()).isNotBlank().doesNotContain("<p>");
        assertThat(feed.ttl()).hasMinutes(30);
    }

    @Test
    void notAFeedGivesAClearError() {
        assertThatThrownBy(() -> FeedParser.parse("hello world".getBytes(StandardCharsets.UTF_8), null, FEED, NOW))
                .isInstanceOf(FeedFormatException.class).hasMessageContaining("neither XML nor JSON");
        assertThatThrownBy(() -> FeedParser.parse("<html><body>hi</body></html>".getBytes(StandardCharsets.UTF_8),
                null, FEED, NOW)).isInstanceOf(FeedFormatException.class).hasMessageContaining("<html>");
        assertThatThrownBy(() -> FeedParser.parse("{\"a\": 1}".getBytes(StandardCharsets.UTF_8), null, FEED, NOW))
                .isInstanceOf(FeedFormatException.class).hasMessageContaining("JSON Feed");
        assertThatThrownBy(() -> FeedParser.parse(new byte[0], null, FEED, NOW))
                .isInstanceOf(FeedFormatException.class).hasMessageContaining("empty");
    }

    private static String stackText(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            sb.append(t).append('\n');
        }
        return sb.toString();
    }
}
