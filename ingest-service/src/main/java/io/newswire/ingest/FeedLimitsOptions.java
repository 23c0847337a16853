package io.newswire.ingest;

import io.newswire.ingest.feed.FeedLimits;
import picocli.CommandLine.Option;

/** The caps of feed reading, as flags with defaults from the environment ({@link FeedLimits} says what each caps). */
final class FeedLimitsOptions {
    @Option(names = "--max-field-chars", defaultValue = "${env:FEED_MAX_FIELD_CHARS:-"
            + FeedLimits.DEFAULT_MAX_FIELD_CHARS + "}",
            description = "Longest text of one element of an item (title, description, attribute); a longer one "
                    + "refuses the item, the rest go on (env FEED_MAX_FIELD_CHARS, default ${DEFAULT-VALUE}).")
    int maxFieldChars;

    @Option(names = "--max-item-chars", defaultValue = "${env:FEED_MAX_ITEM_CHARS:-"
            + FeedLimits.DEFAULT_MAX_ITEM_CHARS + "}",
            description = "All the text of one item (env FEED_MAX_ITEM_CHARS, default ${DEFAULT-VALUE}).")
    int maxItemChars;

    @Option(names = "--max-file-bytes", defaultValue = "${env:FEED_MAX_FILE_BYTES:-"
            + FeedLimits.DEFAULT_MAX_FILE_BYTES + "}",
            description = "Files read whole rather than streamed: JSON Feeds (env FEED_MAX_FILE_BYTES, "
                    + "default ${DEFAULT-VALUE}).")
    long maxFileBytes;

    @Option(names = "--max-inflated-bytes", defaultValue = "${env:FEED_MAX_INFLATED_BYTES:-"
            + FeedLimits.DEFAULT_MAX_INFLATED_BYTES + "}",
            description = "What one .gz archive may inflate to (env FEED_MAX_INFLATED_BYTES, default ${DEFAULT-VALUE}).")
    long maxInflatedBytes;

    @Option(names = "--max-inflate-ratio", defaultValue = "${env:FEED_MAX_INFLATE_RATIO:-"
            + FeedLimits.DEFAULT_MAX_INFLATE_RATIO + "}",
            description = "How many times its compressed size a .gz file or gzip HTTP body may inflate to, judged past "
                    + "the first 4 MiB (env FEED_MAX_INFLATE_RATIO, default ${DEFAULT-VALUE}).")
    int maxInflateRatio;

    @Option(names = "--max-items-per-fetch", defaultValue = "${env:FETCH_MAX_ITEMS:-"
            + FeedLimits.DEFAULT_MAX_ITEMS_PER_FETCH + "}",
            description = "Items read from one live fetch; the rest are dropped with a warning (env FETCH_MAX_ITEMS, "
                    + "default ${DEFAULT-VALUE}).")
    int maxItemsPerFetch;

    FeedLimits limits() {
        return new FeedLimits(maxFieldChars, maxItemChars, maxFileBytes, maxInflatedBytes, maxInflateRatio,
                maxItemsPerFetch);
    }
}
