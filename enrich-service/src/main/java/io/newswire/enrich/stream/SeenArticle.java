package io.newswire.enrich.stream;

import io.newswire.model.JsonSerde;
import java.util.List;
import java.util.Objects;

/**
 * What the repeat filter remembers of an article: the content it last tagged, when, and the country pairs it reported
 * visits of, so that an update can withdraw its reports of a pair it no longer reports.
 */
public record SeenArticle(String contentHash, long seenAtMs, List<String> visitPairs) {
    static final JsonSerde<SeenArticle> SERDE = new JsonSerde<>(SeenArticle.class);

    public SeenArticle {
        Objects.requireNonNull(contentHash, "contentHash");
        visitPairs = visitPairs == null ? List.of() : List.copyOf(visitPairs);
    }
}
