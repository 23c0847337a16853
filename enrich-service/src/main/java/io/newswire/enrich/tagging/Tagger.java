package io.newswire.enrich.tagging;

import io.newswire.enrich.knowledge.ActorMemory;
import io.newswire.model.Article;
import io.newswire.model.Enrichment;

/**
 * Finds diplomatic visits, topics, countries and people in one article. Pure: no Kafka, no I/O, thread-safe, so the
 * Streams topology, the offline {@code tag} command and the benchmarks all call the same code.
 */
public interface Tagger {
    /** Tags with no learned actors: as {@code tag(article, ActorMemory.NONE)}. */
    Enrichment tag(Article article);

    /**
     * Tags with what earlier articles taught: officials the text names bare ("Obi arrived in Accra") are looked up
     * in {@code actors}. The tagger only reads the memory; what this article teaches is its {@code people} output.
     * A tagger that learns nothing ignores it.
     */
    default Enrichment tag(Article article, ActorMemory actors) {
        return tag(article);
    }
}
