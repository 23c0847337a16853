package io.newswire.ingest.testing;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Small RSS documents for tests. */
public final class Feeds {
    private Feeds() {
    }

    /** An RSS 2.0 feed of items {@code /item/i} for i in [from, from + n), dated an hour apart from 2025-01-01. */
    public static String rss(String title, String base, int from, int n) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>")
                .append("<title>").append(title).append("</title><link>").append(base).append("</link>");
        for (int i = from; i < from + n; i++) {
            sb.append(item(base + "/item/" + i, "Item " + i + " of " + title, "Text of item " + i,
                    Instant.parse("2025-01-01T00:00:00Z").plusSeconds(3600L * i)));
        }
        return sb.append("</channel></rss>").toString();
    }

    public static String item(String link, String title, String description, Instant date) {
        return "<item><title>" + title + "</title><link>" + link + "</link><description>" + description
                + "</description>" + (date == null ? "" : "<pubDate>"
                + DateTimeFormatter.RFC_1123_DATE_TIME.format(date.atOffset(ZoneOffset.UTC)) + "</pubDate>")
                + "</item>";
    }

    public static String rssOf(String title, String... items) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>" + title
                + "</title>" + String.join("", items) + "</channel></rss>";
    }
}
