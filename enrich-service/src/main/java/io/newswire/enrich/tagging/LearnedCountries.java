package io.newswire.enrich.tagging;

import java.util.HashMap;
import java.util.Map;

/**
 * Countries the visit stages conclude for persons the people stage left without one ("departed Lahore for ...":
 * from home; "received by X": X is of the host country; companions travel under the visitor's flag). They are the
 * visit stages' reading only: {@link Person} is immutable and the people output stays as the people stage made it.
 * One per article.
 */
final class LearnedCountries {
    private final Map<Person, String> learned = new HashMap<>();

    /** The person's country as the visit stages read it. */
    String of(Person p) {
        String c = learned.isEmpty() ? null : learned.get(p); // most articles teach nothing: no hashing then
        return c != null ? c : p.country;
    }

    /** The country is only the dateline's, and the visit stages have not learned better. */
    boolean guessed(Person p) {
        return p.countryGuessed && (learned.isEmpty() || !learned.containsKey(p));
    }

    void learn(Person p, String country) {
        learned.put(p, country);
    }

    /** The person as a visit reports them: with the country learned, if any. */
    Person applied(Person p) {
        String c = learned.get(p);
        return c == null ? p : p.withCountry(c);
    }
}
