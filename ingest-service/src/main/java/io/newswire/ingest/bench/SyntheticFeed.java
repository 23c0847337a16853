package io.newswire.ingest.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;

/** A large, realistic RSS 2.0 feed for benchmarks and tests: HTML summaries, full content, tracking parameters. */
public final class SyntheticFeed {
    private static final String[] WORDS = ("minister visit talks summit trade agreement capital delegation bilateral "
            + "president foreign prime security energy climate border cooperation meeting official week state "
            + "parliament economy investment defence").split(" ");

    private SyntheticFeed() {
    }

    /** An RSS 2.0 feed of {@code items} items with four paragraphs of full content each (about 2.3 kB an item). */
    public static String rss(int items, long seed) {
        StringBuilder sb = new StringBuilder(items * 2300);
        try {
            write(sb, items, seed, 4, 40);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not throw
        }
        return sb.toString();
    }

    /**
     * Writes the feed as it goes, so a file of any size can be made without holding it: with two paragraphs of 25
     * words an item is about 1.3 kB (50,000 items, about 66 MB).
     */
    public static void write(Appendable sb, int items, long seed, int paragraphs, int paragraphWords)
            throws IOException {
        Random random = new Random(seed);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" "
                + "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" "
                + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>Synthetic Wire</title>"
                + "<link>https://wire.example/</link><description>Benchmark feed</description><ttl>30</ttl>\n");
        Instant t0 = Instant.parse("2025-01-01T00:00:00Z");
        for (int i = 0; i < items; i++) {
            String title = sentence(random, 8) + " #" + i;
            sb.append("<item><title>").append(title).append("</title>")
                    .append("<link>https://wire.example/news/").append(String.valueOf(i))
                    .append("?utm_source=rss&amp;utm_medium=feed")
                    .append("</link><guid isPermaLink=\"false\">wire-").append(String.valueOf(i)).append("</guid>")
                    .append("<pubDate>").append(DateTimeFormatter.RFC_1123_DATE_TIME
                            .format(t0.plusSeconds(60L * i).atOffset(ZoneOffset.UTC))).append("</pubDate>")
                    .append("<dc:creator>Reporter ").append(String.valueOf(i % 17)).append("</dc:creator>")
                    .append("<category>").append(WORDS[i % WORDS.length]).append("</category>")
                    .append("<description>&lt;p&gt;").append(sentence(random, 30))
                    .append(" &lt;a href=\"https://wire.example/x\"&gt;more&lt;/a&gt; &amp;amp; ")
                    .append(sentence(random, 10)).append("&lt;/p&gt;</description>")
                    .append("<content:encoded><![CDATA[");
            for (int p = 0; p < paragraphs; p++) {
                sb.append("<p>").append(sentence(random, paragraphWords)).append(" <em>").append(sentence(random, 3))
                        .append("</em></p>");
            }
            sb.append("]]></content:encoded></item>\n");
        }
        sb.append("</channel></rss>\n");
    }

    private static String sentence(Random random, int words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return sb.append('.').toString();
    }
}
