package io.newswire.launcher.subscribe;

import io.newswire.model.Topics;

/** The event streams a user can subscribe to. */
public enum StreamKind {
    /** {@code news.articles.enriched}: every article with what the tagger found in it. */
    ENRICHED,
    /** {@code news.visits}: visits merged across the outlets that report them. */
    VISITS;

    /**
     * Whether each record is the whole latest state of its key (a compacted topic keyed by visit id), so that a
     * reader of its history wants the last record of each key rather than every update.
     */
    public boolean latestPerKey() {
        return this == VISITS;
    }

    public String topic(Topics topics) {
        return switch (this) {
            case ENRICHED -> topics.articlesEnriched().name();
            case VISITS -> topics.visits().name();
        };
    }
}
