package io.newswire.enrich.knowledge;

import java.util.List;

/**
 * Which country a place is in: the question a tagging stage asks of the city gazetteer ("Lahore" is in PK). Keys are
 * {@link ActorNames#key(String)} forms of the place's name ("kuala lumpur", "sao paulo").
 */
public interface Places {
    Places NONE = new Places() {
        @Override
        public List<City> named(String key) {
            return List.of();
        }

        @Override
        public boolean startsName(String firstWordKey) {
            return false;
        }

        @Override
        public int longestName() {
            return 0;
        }
    };

    /** Every place with this name, most populous first. */
    List<City> named(String key);

    /** Whether some place's name starts with this word (a cheap test before building longer keys). */
    boolean startsName(String firstWordKey);

    /** The most words in any place's name. */
    int longestName();
}
