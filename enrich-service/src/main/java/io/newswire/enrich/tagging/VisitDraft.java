package io.newswire.enrich.tagging;

import io.newswire.model.VisitStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A visit as the finder assembles it from the sentences reporting it; becomes a {@code Visit} at the end. */
final class VisitDraft {
    final String visitorCountry;
    final String host;
    final List<Person> visitors = new ArrayList<>();
    final List<Person> hosts = new ArrayList<>();
    final Set<Integer> evidence = new LinkedHashSet<>();
    LocalDate start;
    LocalDate end;
    int days;
    VisitStatus status;
    final int firstToken;

    VisitDraft(String visitorCountry, String host, int firstToken) {
        this.visitorCountry = visitorCountry;
        this.host = host;
        this.firstToken = firstToken;
    }

    void addVisitor(Person p) {
        if (!visitors.contains(p)) {
            visitors.add(p);
        }
    }

    void addHost(Person p) {
        if (!hosts.contains(p) && !visitors.contains(p)) {
            hosts.add(p);
        }
    }

    /** Cancelled outranks completed, completed outranks ongoing, ongoing outranks planned. */
    void status(VisitStatus s) {
        if (s != null && (status == null || rank(s) > rank(status))) {
            status = s;
        }
    }

    private static int rank(VisitStatus s) {
        return switch (s) {
            case PLANNED -> 0;
            case ONGOING -> 1;
            case COMPLETED -> 2;
            case CANCELLED -> 3;
        };
    }

    LocalDate endDate() {
        if (end != null) {
            return end;
        }
        return start != null && days > 0 ? start.plusDays(days - 1L) : null;
    }
}
