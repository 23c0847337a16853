package io.newswire.enrich.tagging;

import java.util.LinkedHashSet;
import java.util.Set;

/** Where a trigger points: the countries named as destinations, and the hints used when none is named. */
final class Places {
    final Set<String> codes = new LinkedHashSet<>();
    /** the country left ("departed Abuja", "from Pakistan"), or null */
    String origin;
    /** "arrived here": the dateline's country */
    boolean here;
    /** "in the country", "in the capital": the country the story is about */
    boolean anaphoric;
    /** "at Jomo Kenyatta International Airport": a named place that is no country */
    boolean unnamedPlace;

    boolean origin() {
        return origin != null;
    }
}
