package io.newswire.enrich.stream;

import io.newswire.model.JsonSerde;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the repeat filter remembers of an article: the content it last tagged, when, and the country pairs it reported
 * visits of with the keys of those reports, so that an update can replace its reports of a pair (the visit merge
 * learns from it which rows to replace) and withdraw its reports of a pair it no longer reports.
 *
 * @param visitPairs the pairs, kept beside {@code visitKeys} so that a version of the service that reads only them can
 *                   still read what this one writes
 * @param visitKeys  pair → the keys of the article's reports of it; null in what an earlier version wrote (the keys
 *                   of those pairs are then not known)
 */
public record SeenArticle(String contentHash, long seenAtMs, List<String> visitPairs,
        Map<String, List<String>> visitKeys) {
    static final JsonSerde<SeenArticle> SERDE = new JsonSerde<>(SeenArticle.class);

    public SeenArticle {
        Objects.requireNonNull(contentHash, "contentHash");
        visitPairs = visitPairs == null ? List.of() : List.copyOf(visitPairs);
        if (visitKeys != null) {
            Map<String, List<String>> copy = new LinkedHashMap<>();
            visitKeys.forEach((pair, keys) -> copy.put(pair, List.copyOf(keys)));
            visitKeys = Collections.unmodifiableMap(copy);
            visitPairs = List.copyOf(copy.keySet());
        }
    }

    /** An article that reported {@code visitKeys} (pair → its reports' keys, in order). */
    static SeenArticle of(String contentHash, long seenAtMs, Map<String, List<String>> visitKeys) {
        return new SeenArticle(contentHash, seenAtMs, null, visitKeys);
    }

    /** The report keys by pair the next version replaces; a null list where they are not known. */
    Map<String, List<String>> keysByPair() {
        if (visitKeys != null) {
            return visitKeys;
        }
        Map<String, List<String>> unknown = new LinkedHashMap<>();
        visitPairs.forEach(pair -> unknown.put(pair, null));
        return unknown;
    }
}
