package io.newswire.launcher.subscribe;

import io.newswire.model.Topics;

/** The event streams a user can subscribe to. */
public enum StreamKind {
    /** {@code news.articles.enriched}: every article with what the tagger found in it. */
    ENRICHED,
    /** {@code news.visits}: visits merged across the outlets that report them. */
    VISITS;

    public String topic(Topics topics) {
        return switch (this) {
            case ENRICHED -> topics.articlesEnriched().name();
            case VISITS -> topics.visits().name();
        };
    }
}
