package io.newswire.ingest.feed;

/**
 * What one feed document may cost before it is refused. Every cap refuses with a message naming the source and the
 * cap (and, for item caps, the item); none of them lets a single input run the JVM out of memory.
 *
 * @param maxFieldChars longest text of one element of an item (a title, a description, an attribute value); an item
 *        with a longer one is refused and the rest of the feed goes on
 * @param maxItemChars all the text of one item together (and of the feed's header before its first item); each
 *        element counts {@value #ELEMENT_CHARS} characters besides its text, so a million empty elements are as
 *        large as their memory
 * @param maxFileBytes files that are read whole rather than streamed (JSON Feed files: their tree takes a few times
 *        their size in memory)
 * @param maxInflatedBytes what one {@code .gz} archive may inflate to
 * @param maxInflateRatio how many times its compressed size a gzip stream (file or HTTP {@code Content-Encoding}) may
 *        inflate to, checked once it has inflated {@value #RATIO_GRACE_BYTES} bytes: real feeds inflate 5 to 20
 *        times, gzip bombs 1000 times
 * @param maxItemsPerFetch items read from one live fetch; those after are dropped with a warning
 */
public record FeedLimits(
        int maxFieldChars,
        int maxItemChars,
        long maxFileBytes,
        long maxInflatedBytes,
        int maxInflateRatio,
        int maxItemsPerFetch) {

    public static final int DEFAULT_MAX_FIELD_CHARS = 2 * 1024 * 1024;
    public static final int DEFAULT_MAX_ITEM_CHARS = 8 * 1024 * 1024;
    public static final long DEFAULT_MAX_FILE_BYTES = 16L * 1024 * 1024;
    public static final long DEFAULT_MAX_INFLATED_BYTES = 4L * 1024 * 1024 * 1024;
    public static final int DEFAULT_MAX_INFLATE_RATIO = 100;
    public static final int DEFAULT_MAX_ITEMS_PER_FETCH = 2000;
    /** What an element costs towards {@code maxItemChars} besides its text. */
    public static final int ELEMENT_CHARS = 16;
    /** The inflate ratio is judged only past this much output: tiny streams have large ratios legitimately. */
    public static final long RATIO_GRACE_BYTES = 4L * 1024 * 1024;

    public FeedLimits {
        if (maxFieldChars < 1 || maxItemChars < 1 || maxFileBytes < 1 || maxInflatedBytes < 1 || maxInflateRatio < 1
                || maxItemsPerFetch < 1) {
            throw new IllegalArgumentException("feed limits must be positive");
        }
    }

    public static FeedLimits defaults() {
        return new FeedLimits(DEFAULT_MAX_FIELD_CHARS, DEFAULT_MAX_ITEM_CHARS, DEFAULT_MAX_FILE_BYTES,
                DEFAULT_MAX_INFLATED_BYTES, DEFAULT_MAX_INFLATE_RATIO, DEFAULT_MAX_ITEMS_PER_FETCH);
    }

    public FeedLimits withMaxFieldChars(int chars) {
        return new FeedLimits(chars, maxItemChars, maxFileBytes, maxInflatedBytes, maxInflateRatio, maxItemsPerFetch);
    }

    public FeedLimits withMaxItemChars(int chars) {
        return new FeedLimits(maxFieldChars, chars, maxFileBytes, maxInflatedBytes, maxInflateRatio, maxItemsPerFetch);
    }

    public FeedLimits withMaxFileBytes(long bytes) {
        return new FeedLimits(maxFieldChars, maxItemChars, bytes, maxInflatedBytes, maxInflateRatio, maxItemsPerFetch);
    }

    public FeedLimits withMaxItemsPerFetch(int items) {
        return new FeedLimits(maxFieldChars, maxItemChars, maxFileBytes, maxInflatedBytes, maxInflateRatio, items);
    }
}
