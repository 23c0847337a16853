package io.newswire.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newswire.model.Article;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The caps refuse with a message naming the source, the item and the cap, and the rest of the feed goes on. */
class LimitsTest {
    private static final FeedLimits SMALL = FeedLimits.defaults().withMaxFieldChars(1024 * 1024)
            .withMaxItemChars(4 * 1024 * 1024);

    private static final String HEAD = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Caps</title>"
            + "<link>https://caps.example/</link><description>d</description>";

    private static String item(int n) {
        return "<item><title>Item " + n + "</title><link>https://caps.example/" + n + "</link></item>";
    }

    /** {@code count} copies of one character, made as they are read: nothing of that size is ever held. */
    static InputStream repeated(char c, long count) {
        return new InputStream() {
            long left = count;

            @Override
            public int read() {
                return left-- > 0 ? c : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                Arrays.fill(b, off, off + n, (byte) c);
                left -= n;
                return n;
            }
        };
    }

    private static InputStream concat(Object... parts) {
        List<InputStream> streams = new ArrayList<>();
        for (Object p : parts) {
            streams.add(p instanceof InputStream in ? in
                    : new ByteArrayInputStream(p.toString().getBytes(StandardCharsets.UTF_8)));
        }
        return new SequenceInputStream(java.util.Collections.enumeration(streams));
    }

    private static BothWays.Streamed stream(StreamingFeedReader.Source source, FeedLimits limits) throws Exception {
        return BothWays.stream("huge.xml", source, limits);
    }

    @Test
    void aThreeHundredMegabyteTitleRefusesItsItemAndTheOthersAreRead() throws Exception {
        long huge = 300L * 1024 * 1024;
        BothWays.Streamed r = stream(() -> concat(HEAD, item(1), "<item><guid>big-one</guid><title>",
                repeated('a', huge), "</title><link>https://caps.example/2</link></item>", item(3),
                "</channel></rss>"), SMALL);
        assertThat(r.items()).extracting(i -> i.article().title()).containsExactly("Item 1", "Item 3");
        assertThat(r.refused()).singleElement().satisfies(m -> assertThat(m)
                .startsWith("huge.xml: item 2 (big-one): <title> has more than 1048576 characters")
                .contains("--max-field-chars").endsWith("item skipped"));
        assertThat(r.summary().refused()).isEqualTo(1);
    }

    @Test
    void theSameRefusalOnTheWholeDocumentPath() throws Exception {
        String bigTitle = "b".repeat(1024 * 1024 + 1);
        byte[] feed = (HEAD + item(1) + "<item><title>" + bigTitle + "</title></item>" + item(3) + "</channel></rss>")
                .getBytes(StandardCharsets.UTF_8);
        ParsedFeed live = FeedParser.parse(feed, null, java.net.URI.create("https://caps.example/feed"),
                BothWays.FETCHED, SMALL);
        assertThat(live.items()).extracting(i -> i.article().title()).containsExactly("Item 1", "Item 3");
        assertThat(live.refused()).singleElement().satisfies(m -> assertThat(m)
                .startsWith("https://caps.example/feed: item 2: <title> has more than 1048576 characters"));
        BothWays.Streamed streamed = BothWays.stream(feed, SMALL);
        assertThat(streamed.items()).extracting(ParsedItem::article).extracting(Article::title)
                .containsExactly("Item 1", "Item 3");
    }

    @Test
    void anItemWhoseFieldsTogetherPassTheItemCapIsRefused() throws Exception {
        String part = "c".repeat(900 * 1024);
        StringBuilder fat = new StringBuilder("<item><title>fat</title>");
        for (int i = 0; i < 6; i++) {
            fat.append("<category>").append(part).append("</category>");
        }
        fat.append("</item>");
        BothWays.Streamed r = BothWays.stream((HEAD + fat + item(2) + "</channel></rss>")
                .getBytes(StandardCharsets.UTF_8), SMALL);
        assertThat(r.items()).extracting(i -> i.article().title()).containsExactly("Item 2");
        assertThat(r.refused()).singleElement().asString().contains("item 1").contains("--max-item-chars");
    }

    @Test
    void aHugeCommentOrTagIsRefusedBeforeItIsHeld() {
        assertThatThrownBy(() -> stream(() -> concat(HEAD, item(1), "<!--", repeated('x', 200L * 1024 * 1024),
                "-->", "</channel></rss>"), SMALL))
                .isInstanceOf(FeedFormatException.class).hasMessageContaining("comment")
                .hasMessageContaining("4194304");
        assertThatThrownBy(() -> stream(() -> concat(HEAD, "<item ", repeated('x', 200L * 1024 * 1024),
                "='1'/></channel></rss>"), SMALL))
                .isInstanceOf(FeedFormatException.class).hasMessageContaining("--max-item-chars");
    }

    @Test
    void aJsonFeedLargerThanTheFileCapIsRefused() {
        byte[] json = ("{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"J\", \"items\": [{\"id\": \"1\","
                + " \"content_text\": \"" + "z".repeat(5000) + "\"}]}").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> BothWays.stream(json, FeedLimits.defaults().withMaxFileBytes(4096)))
                .isInstanceOf(FeedFormatException.class).hasMessageContaining("larger than 4096 bytes")
                .hasMessageContaining("--max-file-bytes");
        assertThat(catchItems(json, FeedLimits.defaults())).isEqualTo(1);
    }

    private static int catchItems(byte[] json, FeedLimits limits) {
        try {
            return BothWays.stream(json, limits).items().size();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aLiveFetchReadsAtMostTheCapOfItems() throws Exception {
        StringBuilder rss = new StringBuilder(HEAD);
        for (int i = 1; i <= 10; i++) {
            rss.append(item(i));
        }
        rss.append("</channel></rss>");
        ParsedFeed feed = FeedParser.parse(rss.toString().getBytes(StandardCharsets.UTF_8), null,
                java.net.URI.create("https://caps.example/feed"), BothWays.FETCHED,
                FeedLimits.defaults().withMaxItemsPerFetch(4));
        assertThat(feed.items()).extracting(i -> i.article().title())
                .containsExactly("Item 1", "Item 2", "Item 3", "Item 4");
        assertThat(feed.dropped()).isEqualTo(6);
    }
}
