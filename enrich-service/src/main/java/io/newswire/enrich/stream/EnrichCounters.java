package io.newswire.enrich.stream;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * The topology's business counters. Under exactly-once a task that is aborted and re-run counts its records again,
 * so these are operational rates, not exact totals (the topics hold those).
 */
public record EnrichCounters(Counter articlesTagged, Counter repeatsDropped, Counter visitsEmitted,
        Counter deadLetters, Counter skippedLanguage, Counter actorsLearned) {
    /** Articles written untagged, by reason: {@code newswire_enrich_articles_skipped_total{reason="..."}}. */
    static final String SKIPPED = "newswire.enrich.articles.skipped";


    public static EnrichCounters register(MeterRegistry registry) {
        return new EnrichCounters(
                Counter.builder("newswire.enrich.articles.tagged")
                        .description("Articles tagged and written to the enriched topic").register(registry),
                Counter.builder("newswire.enrich.articles.repeats")
                        .description("Articles dropped as exact repeats (same id and content hash)").register(registry),
                Counter.builder("newswire.enrich.visits.emitted")
                        .description("Merged visit updates written to the visits topic").register(registry),
                Counter.builder("newswire.enrich.deadletters")
                        .description("Records sent to the dead-letter topic").register(registry),
                Counter.builder(SKIPPED).tag("reason", "language")
                        .description("Articles written untagged (empty enrichment), by reason; language: not in "
                                + "the tagger's language").register(registry),
                Counter.builder("newswire.enrich.actors.learned")
                        .description("Learned actors written to the actors topic (new, changed office, or seen "
                                + "again a day or more later)").register(registry));
    }

    /** Counters that nobody reads, for a topology built without a service around it. */
    public static EnrichCounters unregistered() {
        return register(new SimpleMeterRegistry());
    }
}
