package io.newswire.ingest.publish;

import io.newswire.ingest.feed.ParsedItem;
import io.newswire.model.Article;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * The headers on every {@code news.articles.raw} record: the feed it came from, the schema version, and, when the
 * feed gave no usable date, {@code newswire.published.estimated: true} (publishedAt is then the fetch time).
 */
public final class ArticleHeaders {
    public static final String FEED = "newswire.feed";
    public static final String SCHEMA_VERSION = "newswire.schema.version";
    public static final String PUBLISHED_ESTIMATED = "newswire.published.estimated";

    private ArticleHeaders() {
    }

    /** Key = article id, timestamp = publishedAt (event time), headers as above. */
    public static ProducerRecord<String, Article> record(String topic, ParsedItem item) {
        Article a = item.article();
        ProducerRecord<String, Article> r = new ProducerRecord<>(topic, null, a.publishedAt().toEpochMilli(), a.id(), a);
        r.headers().add(FEED, utf8(a.feedUrl()));
        r.headers().add(SCHEMA_VERSION, utf8(Integer.toString(a.schemaVersion())));
        if (item.publishedEstimated()) {
            r.headers().add(PUBLISHED_ESTIMATED, utf8("true"));
        }
        return r;
    }

    public static String get(Headers headers, String name) {
        Header h = headers.lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
