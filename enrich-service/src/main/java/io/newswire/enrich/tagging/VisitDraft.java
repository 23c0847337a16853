package io.newswire.enrich.tagging;

import io.newswire.model.VisitStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A visit as the finder assembles it from the sentences reporting it; becomes a {@code Visit} at the end. A value:
 * each report of the visit gives a new draft ({@code with...}), and the article's drafts are kept by
 * {@link ArticleVisits} under their {@link #key()}.
 *
 * @param evidence the indexes of the sentences reporting the visit, each once, in the order they were read
 * @param days the length a report gave ("a three-day visit"), 0 if none
 * @param status null while no report has said
 */
record VisitDraft(String visitorCountry, String host, int firstToken, List<Person> visitors, List<Person> hosts,
        SentenceIndexes evidence, LocalDate start, LocalDate end, int days, VisitStatus status) {

    /** One draft per visitor country and host in an article. */
    record Key(String visitorCountry, String host) {
    }

    /** The lists as given when they are already immutable (as every {@code with...} makes them), else copies. */
    VisitDraft {
        visitors = List.copyOf(visitors);
        hosts = List.copyOf(hosts);
        evidence = SentenceIndexes.of(evidence);
    }

    /** A visit first reported at token {@code firstToken}, with nothing known about it yet. */
    static VisitDraft open(String visitorCountry, String host, int firstToken) {
        return new VisitDraft(visitorCountry, host, firstToken, List.of(), List.of(), SentenceIndexes.NONE, null, null, 0,
                null);
    }

    static Key key(String visitorCountry, String host) {
        return new Key(visitorCountry, host);
    }

    Key key() {
        return key(visitorCountry, host);
    }

    /** The draft of the visit with this key. */
    boolean is(Key key) {
        return visitorCountry.equals(key.visitorCountry()) && host.equals(key.host());
    }

    VisitDraft withVisitor(Person p) {
        return visitors.contains(p) ? this
                : new VisitDraft(visitorCountry, host, firstToken, plus(visitors, p), hosts, evidence, start, end, days,
                        status);
    }

    /** A host official; never one of the visitors. */
    VisitDraft withHost(Person p) {
        return hosts.contains(p) || visitors.contains(p) ? this
                : new VisitDraft(visitorCountry, host, firstToken, visitors, plus(hosts, p), evidence, start, end, days,
                        status);
    }

    private static List<Person> plus(List<Person> persons, Person p) {
        return Story.plus(persons, p);
    }

    /** Cancelled outranks completed, completed outranks ongoing, ongoing outranks planned; null says nothing. */
    VisitDraft withStatus(VisitStatus s) {
        if (s == null || status != null && rank(s) <= rank(status)) {
            return this;
        }
        return new VisitDraft(visitorCountry, host, firstToken, visitors, hosts, evidence, start, end, days, s);
    }

    /** Reported in sentence {@code sentence}. */
    VisitDraft withEvidence(int sentence) {
        if (evidence.has(sentence)) {
            return this;
        }
        return new VisitDraft(visitorCountry, host, firstToken, visitors, hosts, evidence.plus(sentence), start, end,
                days, status);
    }

    VisitDraft withDates(LocalDate newStart, LocalDate newEnd, int newDays) {
        return new VisitDraft(visitorCountry, host, firstToken, visitors, hosts, evidence, newStart, newEnd, newDays,
                status);
    }

    /** The visitors and hosts as {@code change} gives them (the countries the visit stages learned). */
    VisitDraft withPeople(UnaryOperator<Person> change) {
        return new VisitDraft(visitorCountry, host, firstToken, visitors.stream().map(change).toList(),
                hosts.stream().map(change).toList(), evidence, start, end, days, status);
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
