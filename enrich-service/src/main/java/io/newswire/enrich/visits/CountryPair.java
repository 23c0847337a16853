package io.newswire.enrich.visits;

import io.newswire.model.Visit;
import java.util.List;
import java.util.TreeSet;

/**
 * The key that visit reports are grouped under before coreference: the visitor countries (sorted, joined by
 * {@code +}) and the host, as in {@code TR>PK}. Visit ids start with it ({@code TR>PK@2025-07-09}).
 */
public final class CountryPair {
    private CountryPair() {
    }

    public static String of(List<String> visitorCountries, String host) {
        return String.join("+", new TreeSet<>(visitorCountries)) + ">" + host;
    }

    public static String of(Visit visit) {
        return of(visit.visitorCountries(), visit.hostCountry());
    }

    /** The prefix every visit id of {@code pair} starts with, and no other pair's. */
    public static String idPrefix(String pair) {
        return pair + "@";
    }
}
