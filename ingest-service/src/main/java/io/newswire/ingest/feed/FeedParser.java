package io.newswire.ingest.feed;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Bytes of a feed held in memory (a live fetch) to normalised articles: JSON Feed through Jackson, everything XML
 * through {@link XmlFeedReader}. Pure: no network, no Kafka. Archive files are streamed instead
 * ({@link StreamingFeedReader}); both read items with {@link XmlItemReader} and normalise them with
 * {@link ArticleNormaliser}, so an item gets the same article and id whichever way it arrives.
 */
public final class FeedParser {
    private FeedParser() {
    }

    /**
     * With the default per-item limits and every item read (the cap of items per fetch is the poller's): see
     * {@link #parse(byte[], String, URI, Instant, FeedLimits)}.
     */
    public static ParsedFeed parse(byte[] bytes, String contentType, URI feedUrl, Instant fetchedAt)
            throws FeedFormatException {
        return parse(bytes, contentType, feedUrl, fetchedAt, FeedLimits.defaults().withMaxItemsPerFetch(
                Integer.MAX_VALUE));
    }

    /**
     * @param contentType the HTTP {@code Content-Type} (its charset is honoured), or null for a file
     * @param feedUrl the feed's address: relative links resolve against it; for a file, pass null and the feed's own
     *        {@code self} link (else its site link) is used
     * @param fetchedAt when the bytes were read; stands in for a missing publication date
     * @param limits per-item caps, and the cap of items read from one fetch (the rest are counted as dropped)
     */
    public static ParsedFeed parse(byte[] bytes, String contentType, URI feedUrl, Instant fetchedAt, FeedLimits limits)
            throws FeedFormatException {
        FeedDocument doc = read(bytes, contentType, limits, feedUrl == null ? "feed" : feedUrl.toString());
        ArticleNormaliser normaliser = new ArticleNormaliser(doc, feedUrl, null, fetchedAt);
        int kept = Math.min(doc.items().size(), limits.maxItemsPerFetch());
        List<ParsedItem> items = new ArrayList<>(kept);
        for (FeedItem item : doc.items().subList(0, kept)) {
            items.add(normaliser.normalise(item));
        }
        return new ParsedFeed(doc.format(), normaliser.feedTitle(), doc.ttl(), items, doc.refused(),
                doc.items().size() - kept);
    }

    /** The feed as it states itself, not yet normalised, with the default limits. */
    public static FeedDocument read(byte[] bytes, String contentType) throws FeedFormatException {
        return read(bytes, contentType, FeedLimits.defaults(), "feed");
    }

    /** @param source names the feed in refusals of items */
    public static FeedDocument read(byte[] bytes, String contentType, FeedLimits limits, String source)
            throws FeedFormatException {
        int first = firstSignificantByte(bytes, bytes.length);
        if (first < 0) {
            throw new FeedFormatException("empty document");
        }
        if (bytes[first] == '{') {
            return JsonFeedReader.read(bytes);
        }
        checkXml(bytes, first);
        return XmlFeedReader.read(bytes, contentType, limits, source);
    }

    /** The feed's address for a document read from a file: its self link, else its site link, else null. */
    public static URI statedAddress(FeedDocument doc) {
        return ArticleNormaliser.statedAddress(doc);
    }

    public static ParsedFeed normalise(FeedDocument doc, URI feedUrl, Instant fetchedAt) {
        return normalise(doc, feedUrl, null, fetchedAt);
    }

    /**
     * @param fallbackFeedUrl the {@code feedUrl} of the articles when neither {@code feedUrl} is given nor the feed
     *        states its address (e.g. the file's URI)
     */
    public static ParsedFeed normalise(FeedDocument doc, URI feedUrl, String fallbackFeedUrl, Instant fetchedAt) {
        ArticleNormaliser normaliser = new ArticleNormaliser(doc, feedUrl, fallbackFeedUrl, fetchedAt);
        List<ParsedItem> items = new ArrayList<>(doc.items().size());
        for (FeedItem item : doc.items()) {
            items.add(normaliser.normalise(item));
        }
        return new ParsedFeed(doc.format(), normaliser.feedTitle(), doc.ttl(), items, doc.refused(), 0);
    }

    /** Refuses what is neither XML nor JSON by its first significant byte. */
    static void checkXml(byte[] bytes, int first) throws FeedFormatException {
        int b = bytes[first] & 0xff;
        if (b != '<' && b != 0xfe && b != 0xff && b != 0) {
            throw new FeedFormatException("not a feed: neither XML nor JSON (starts with '"
                    + printable(bytes, first) + "')");
        }
    }

    /** The first byte after a UTF-8 BOM and whitespace among the first {@code length}; -1 when there is none. */
    static int firstSignificantByte(byte[] bytes, int length) {
        int i = 0;
        // UTF-8 BOM
        if (length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
            i = 3;
        }
        // UTF-16/32 BOMs and wide encodings: let the XML reader work it out
        if (length >= 2 && ((bytes[0] & 0xff) == 0xfe || (bytes[0] & 0xff) == 0xff || bytes[0] == 0)) {
            return i;
        }
        for (; i < length; i++) {
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
