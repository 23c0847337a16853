package io.newswire.ingest.state;

import io.newswire.ingest.feed.ParsedItem;
import io.newswire.ingest.fetch.Validators;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What ingest remembers about one feed, the value of the compacted {@code news.ingest.state} topic keyed by feed URL:
 * the validators to echo, when it was polled and is due, consecutive failures, and the ids of recent items with a
 * short hash of their content, which is how a repeat is told from an update.
 *
 * @param version grows by one with every write, so a reader never replaces a newer state by an older echo
 */
public record FeedState(
        String feedUrl,
        String etag,
        String lastModified,
        Instant lastPolledAt,
        Instant nextPollAt,
        int failures,
        String lastError,
        List<Seen> recent,
        long version) {

    /** Items remembered per feed at least; a feed that carries more has all of its current items remembered. */
    public static final int MIN_RECENT = 2000;
    private static final int HASH_CHARS = 16;
    /** The start of {@code lastError} after a refusal by the egress policy (the fetch's reason code "refused"). */
    public static final String REFUSED_PREFIX = "refused: ";

    /** An item published before, with the first 16 hex digits of its content hash. */
    public record Seen(String id, String hash) {
    }

    public FeedState {
        recent = recent == null ? List.of() : List.copyOf(recent);
    }

    public static FeedState initial(String feedUrl) {
        return new FeedState(feedUrl, null, null, null, null, 0, null, List.of(), 0);
    }

    public Validators validators() {
        return new Validators(etag, lastModified);
    }

    /**
     * The items to publish: those not seen before or whose content changed. An id repeated within the batch is
     * published once (its first occurrence).
     */
    public List<ParsedItem> unseen(List<ParsedItem> items) {
        Map<String, String> known = new LinkedHashMap<>();
        for (Seen s : recent) {
            known.put(s.id(), s.hash());
        }
        List<ParsedItem> fresh = new ArrayList<>();
        for (ParsedItem item : items) {
            String id = item.article().id();
            String hash = shortHash(item.article().contentHash());
            if (!hash.equals(known.get(id))) {
                fresh.add(item);
                known.put(id, hash);
            }
        }
        return fresh;
    }

    /**
     * The recent list after a successful poll: the feed's current items, most recent last, after whatever older ones
     * still fit.
     */
    public List<Seen> remember(List<ParsedItem> current) {
        Map<String, String> merged = new LinkedHashMap<>();
        for (Seen s : recent) {
            merged.put(s.id(), s.hash());
        }
        for (ParsedItem item : current) {
            merged.remove(item.article().id());
            merged.put(item.article().id(), shortHash(item.article().contentHash()));
        }
        int keep = Math.max(MIN_RECENT, current.size());
        List<Seen> all = new ArrayList<>(merged.size());
        merged.forEach((id, hash) -> all.add(new Seen(id, hash)));
        return all.size() <= keep ? all : List.copyOf(all.subList(all.size() - keep, all.size()));
    }

    public FeedState succeeded(String etag, String lastModified, List<Seen> recent, Instant polledAt, Instant next) {
        return new FeedState(feedUrl, etag, lastModified, polledAt, next, 0, null, recent, version);
    }

    public FeedState failed(String error, Instant polledAt, Instant next) {
        return new FeedState(feedUrl, etag, lastModified, polledAt, next, failures + 1, error, recent, version);
    }

    /**
     * Whether the last poll failed because the fetcher's egress policy refused the address (loopback, private, ...),
     * as {@code FeedPoller} records it ({@code lastError} "refused: ..."): nothing was asked of the server.
     */
    public boolean refusedByEgressPolicy() {
        return failures > 0 && lastError != null && lastError.startsWith(REFUSED_PREFIX);
    }

    FeedState withVersion(long v) {
        return new FeedState(feedUrl, etag, lastModified, lastPolledAt, nextPollAt, failures, lastError, recent, v);
    }

    private static String shortHash(String contentHash) {
        return contentHash.length() <= HASH_CHARS ? contentHash : contentHash.substring(0, HASH_CHARS);
    }
}
