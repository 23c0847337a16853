package io.newswire.enrich.stream;

import io.newswire.model.JsonSerde;
import java.util.List;
import java.util.Objects;

/**
 * What the repeat filter remembers of an article: the content it last tagged, when, and the visits it reported, so
 * that an update can withdraw the visits it no longer reports.
 */
public record SeenArticle(String contentHash, long seenAtMs, List<String> visitIds) {
    static final JsonSerde<SeenArticle> SERDE = new JsonSerde<>(SeenArticle.class);

    public SeenArticle {
        Objects.requireNonNull(contentHash, "contentHash");
        visitIds = visitIds == null ? List.of() : List.copyOf(visitIds);
    }
}
