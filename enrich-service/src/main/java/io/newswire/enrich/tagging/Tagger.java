package io.newswire.enrich.tagging;

import io.newswire.enrich.knowledge.ActorMemory;
import io.newswire.model.Article;
import io.newswire.model.Enrichment;

/**
 * Finds diplomatic visits, topics, countries and people in one article. Pure: no Kafka, no I/O, thread-safe, so the
 * Streams topology, the offline {@code tag} command and the benchmarks all call the same code.
 */
public interface Tagger {
    Enrichment tag(Article article);

    /**
     * As {@link #tag(Article)}, knowing the actors that earlier articles named with their office; this default ignores
     * them. Callers remember what the result's {@code people} teach (see {@code ActorLearning}).
     */
    default Enrichment tag(Article article, ActorMemory memory) {
        return tag(article);
    }
}
