package io.newswire.enrich.tagging;

import io.newswire.enrich.tagging.pattern.WordSets;
import java.util.Map;
import java.util.Set;

/** The word sets the visit patterns refer to. */
final class VisitWords {
    static final WordSets SETS = WordSets.of(Map.of(
            "ARRIVE", VisitFinder.ARRIVE,
            "TRAVEL", VisitFinder.TRAVEL,
            "VISIT_VERB", VisitFinder.VISIT_VERB,
            "VISIT_NOUN", VisitFinder.VISIT_NOUN,
            "HOST", VisitFinder.HOST,
            "MEET", VisitFinder.MEET,
            "ATTEND", VisitFinder.ATTEND,
            "BE", VisitFinder.BE));

    private VisitWords() {
    }

    static Set<String> words(String name) {
        return SETS.words(name);
    }
}
