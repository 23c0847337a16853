package io.newswire.enrich.stream;

import io.newswire.model.JsonSerde;
import java.util.List;

/** The keys of one article's rows in the visit reports store, so a new version of the article can replace them. */
public record ArticleKeys(List<String> keys) {
    static final JsonSerde<ArticleKeys> SERDE = new JsonSerde<>(ArticleKeys.class);

    public ArticleKeys {
        keys = keys == null ? List.of() : List.copyOf(keys);
    }
}
