package io.newswire.enrich.tagging.pattern;

import java.util.Map;
import java.util.Set;

/** The named word sets a pattern refers to as {@code $NAME}. */
@FunctionalInterface
public interface WordSets {
    /** The words of the set called {@code name}; an unknown name is an error of the pattern that uses it. */
    Set<String> words(String name);

    /** Sets given as a map; an unknown name throws. */
    static WordSets of(Map<String, Set<String>> sets) {
        return name -> {
            Set<String> words = sets.get(name);
            if (words == null) {
                throw new IllegalArgumentException("no word set named " + name);
            }
            return words;
        };
    }
}
