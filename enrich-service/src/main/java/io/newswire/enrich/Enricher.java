package io.newswire.enrich;

import io.newswire.enrich.knowledge.ActorMemory;
import io.newswire.enrich.language.LanguageCheck;
import io.newswire.enrich.tagging.Tagger;
import io.newswire.model.Article;
import io.newswire.model.EnrichedArticle;
import io.newswire.model.Enrichment;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * One article through the stages every caller runs in the same order (the Streams topology, the offline {@code tag}
 * command, the benchmark): the language check, then the tagger with what is known about actors. An article not in the
 * tagger's language keeps its corrected {@code language} and gets an empty enrichment, marked by
 * {@link #SKIPPED_LANGUAGE_VERSION}, so consumers still see it and can tell why nothing was found. Pure apart from the
 * clock: no Kafka, no I/O.
 */
public final class Enricher {
    /** {@code enricherVersion} of an article left untagged because of its language. */
    public static final String SKIPPED_LANGUAGE_VERSION = "skipped-language";

    private final Tagger tagger;
    private final LanguageCheck languages;
    private final Clock clock;

    public Enricher(Tagger tagger, LanguageCheck languages, Clock clock) {
        this.tagger = Objects.requireNonNull(tagger, "tagger");
        this.languages = Objects.requireNonNull(languages, "languages");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The standard language check in front of {@code tagger}. */
    public static Enricher of(Tagger tagger) {
        return new Enricher(tagger, LanguageCheck.standard(), Clock.systemUTC());
    }

    /** What came of one article. */
    public record Result(EnrichedArticle enriched, boolean skippedForLanguage) {
        public Article article() {
            return enriched.article();
        }

        public Enrichment enrichment() {
            return enriched.enrichment();
        }
    }

    /** @param memory the actors learned from earlier articles, which the tagger may consult */
    public Result enrich(Article article, ActorMemory memory) {
        LanguageCheck.Checked checked = languages.check(article);
        Article a = checked.article();
        if (!checked.tagged()) {
            Enrichment none = new Enrichment(List.of(), List.of(), List.of(), List.of(), SKIPPED_LANGUAGE_VERSION,
                    clock.instant());
            return new Result(EnrichedArticle.of(a, none), true);
        }
        Enrichment e = Objects.requireNonNull(tagger.tag(a, memory), "the tagger returned no enrichment");
        return new Result(EnrichedArticle.of(a, e), false);
    }
}
