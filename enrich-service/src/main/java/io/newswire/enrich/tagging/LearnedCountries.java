package io.newswire.enrich.tagging;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Countries the visit stages conclude for persons the people stage left without one ("departed Lahore for ...":
 * from home; "received by X": X is of the host country; companions travel under the visitor's flag). They are the
 * visit stages' reading only: {@link Person} is immutable and the people output stays as the people stage made it.
 * A value carried from sentence to sentence in the {@link Story}: learning gives a new one.
 */
final class LearnedCountries {
    static final LearnedCountries NONE = new LearnedCountries(Map.of());

    private final Map<Person, String> learned;

    private LearnedCountries(Map<Person, String> learned) {
        this.learned = learned;
    }

    /** The person's country as the visit stages read it. */
    String of(Person p) {
        String c = learned.isEmpty() ? null : learned.get(p); // most articles teach nothing: no hashing then
        return c != null ? c : p.country;
    }

    /** The country is only the dateline's, and the visit stages have not learned better. */
    boolean guessed(Person p) {
        return p.countryGuessed && (learned.isEmpty() || !learned.containsKey(p));
    }

    LearnedCountries learn(Person p, String country) {
        Map<Person, String> more = new HashMap<>(learned);
        more.put(p, country);
        return new LearnedCountries(Map.copyOf(more));
    }

    /** Each of the persons without a country, as far as the stages know, is of {@code country}. */
    LearnedCountries learnUnknown(Collection<Person> persons, String country) {
        LearnedCountries out = this;
        for (Person p : persons) {
            if (out.of(p) == null) {
                out = out.learn(p, country);
            }
        }
        return out;
    }

    /** Nothing learned: every person is as the people stage made them. */
    boolean isEmpty() {
        return learned.isEmpty();
    }

    /** The person as a visit reports them: with the country learned, if any. */
    Person applied(Person p) {
        String c = learned.get(p);
        return c == null ? p : p.withCountry(c);
    }
}
