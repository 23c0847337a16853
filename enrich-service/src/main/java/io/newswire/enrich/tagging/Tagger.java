package io.newswire.enrich.tagging;

import io.newswire.model.Article;
import io.newswire.model.Enrichment;

/**
 * Finds diplomatic visits, topics, countries and people in one article. Pure: no Kafka, no I/O, thread-safe, so the
 * Streams topology, the offline {@code tag} command and the benchmarks all call the same code.
 */
public interface Tagger {
    Enrichment tag(Article article);
}
