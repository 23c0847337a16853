package io.newswire.enrich.stream;

import io.newswire.enrich.knowledge.KnownActor;
import io.newswire.enrich.visits.PairReport;
import java.util.List;

/**
 * What tagging one raw record produced: an enriched article with its visit reports (one per country pair it reports,
 * or reported before), or a dead letter; and, beside them, the actors the article taught (or forgot) for
 * {@code news.actors}.
 */
sealed interface Outcome {

    /** @param enrichedJson the {@code EnrichedArticle}, already serialised so that its size could be checked */
    record Tagged(byte[] enrichedJson, List<PairReport> reports) implements Outcome {
        public Tagged {
            reports = List.copyOf(reports);
        }
    }

    /** The original key and value bytes, untouched; the reason travels in the record's headers. */
    record DeadLettered(byte[] key, byte[] value) implements Outcome {
    }

    /** An actor to remember under the record's key; null to forget it (a tombstone). */
    record Learned(KnownActor actor) implements Outcome {
    }
}
