package io.newswire.enrich.tagging;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

/**
 * The id of a visit, the same whichever outlet reports it: sorted visitor countries, host, and start date, as in
 * {@code TR>PK@2025-07-09}. When no report gives a date, the month of publication stands in
 * ({@code IN>GY@2018-10}): reports of one undated visit are published close together, and a month is the coarsest
 * bucket that still keeps two visits by the same delegation a season apart distinct.
 */
public final class VisitIds {
    private VisitIds() {
    }

    public static String id(List<String> visitorCountries, String host, LocalDate start, LocalDate published) {
        String visitors = String.join("+", new TreeSet<>(visitorCountries));
        String when = start != null ? start.toString()
                : published != null ? published.toString().substring(0, 7) : "undated";
        return visitors + ">" + host + "@" + when;
    }
}
