package io.newswire.ingest.feed;

import io.newswire.model.Article;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bytes of a feed to normalised {@link Article}s: JSON Feed through Jackson, everything XML through Rome. Pure: no
 * network, no Kafka; live polling, replay and the offline {@code parse} command all go through here, so an item gets
 * the same id whichever way it arrives.
 */
public final class FeedParser {
    private static final Logger log = LoggerFactory.getLogger(FeedParser.class);

    private FeedParser() {
    }

    /**
     * @param contentType the HTTP {@code Content-Type} (its charset is honoured), or null for a file
     * @param feedUrl the feed's address: relative links resolve against it; for a file, pass null and the feed's own
     *        {@code self} link (else its site link) is used
     * @param fetchedAt when the bytes were read; stands in for a missing publication date
     */
    public static ParsedFeed parse(byte[] bytes, String contentType, URI feedUrl, Instant fetchedAt)
            throws FeedFormatException {
        return normalise(read(bytes, contentType), feedUrl, fetchedAt);
    }

    /** The feed as it states itself, not yet normalised. */
    public static FeedDocument read(byte[] bytes, String contentType) throws FeedFormatException {
        int first = firstSignificantByte(bytes);
        if (first < 0) {
            throw new FeedFormatException("empty document");
        }
        if (bytes[first] == '{') {
            return JsonFeedReader.read(bytes);
        }
        int b = bytes[first] & 0xff;
        if (b != '<' && b != 0xfe && b != 0xff && b != 0) {
            throw new FeedFormatException("not a feed: neither XML nor JSON (starts with '"
                    + printable(bytes, first) + "')");
        }
        return XmlFeedReader.read(bytes, contentType);
    }

    /** The feed's address for a document read from a file: its self link, else its site link, else null. */
    public static URI statedAddress(FeedDocument doc) {
        URI self = CanonicalUrl.resolve(doc.selfUrl(), null);
        return self != null ? self : CanonicalUrl.resolve(doc.link(), null);
    }

    public static ParsedFeed normalise(FeedDocument doc, URI feedUrl, Instant fetchedAt) {
        return normalise(doc, feedUrl, "urn:newswire:unknown-feed", fetchedAt);
    }

    /**
     * @param fallbackFeedUrl the {@code feedUrl} of the articles when neither {@code feedUrl} is given nor the feed
     *        states its address (e.g. the file's URI)
     */
    public static ParsedFeed normalise(FeedDocument doc, URI feedUrl, String fallbackFeedUrl, Instant fetchedAt) {
        URI base = feedUrl != null ? feedUrl : statedAddress(doc);
        String feedKey = base != null ? base.toString() : fallbackFeedUrl;
        String feedTitle = HtmlText.toPlainText(doc.title());
        List<ParsedItem> items = new ArrayList<>(doc.items().size());
        for (FeedItem item : doc.items()) {
            items.add(normalise(item, doc, base, feedKey, feedTitle, fetchedAt));
        }
        return new ParsedFeed(doc.format(), feedTitle, doc.ttl(), items);
    }

    private static ParsedItem normalise(FeedItem item, FeedDocument doc, URI base, String feedKey, String feedTitle,
            Instant fetchedAt) {
        String url = CanonicalUrl.of(item.link(), base);
        String title = HtmlText.toPlainText(item.title());
        String summary = HtmlText.toPlainText(item.summaryHtml());
        String body = HtmlText.toPlainText(item.contentHtml());
        Instant stated = item.published() != null ? item.published() : item.updated();
        boolean estimated = stated == null;
        if (estimated) {
            log.debug("feed {}: item '{}' has no usable date; using the fetch time {}", feedKey, title, fetchedAt);
        }
        String guid = item.guid() == null || item.guid().isBlank() ? null : item.guid().strip();
        // the id must not depend on the fetch time, so the stated date (possibly null) goes into it
        String id = ArticleIds.id(url, guid, feedKey, title, stated);
        Article article = new Article(Article.SCHEMA_VERSION, id, url, guid, feedKey, feedTitle,
                title == null ? "" : title, summary, body,
                item.language() != null ? item.language() : doc.language(),
                item.authors(), item.categories(), estimated ? fetchedAt : stated, fetchedAt,
                ArticleIds.contentHash(title, summary, body));
        return new ParsedItem(article, estimated);
    }

    private static int firstSignificantByte(byte[] bytes) {
        int i = 0;
        // UTF-8 BOM
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
            i = 3;
        }
        // UTF-16/32 BOMs and wide encodings: let the XML reader work it out
        if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xfe || (bytes[0] & 0xff) == 0xff || bytes[0] == 0)) {
            return i;
        }
        for (; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return i;
            }
        }
        return -1;
    }

    private static String printable(byte[] bytes, int from) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < Math.min(bytes.length, from + 12); i++) {
            char c = (char) (bytes[i] & 0xff);
            sb.append(c >= 0x20 && c < 0x7f ? c : '?');
        }
        return sb.toString();
    }
}
