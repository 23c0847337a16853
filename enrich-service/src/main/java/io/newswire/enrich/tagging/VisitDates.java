package io.newswire.enrich.tagging;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * When a visit happens: the date expression nearest its trigger (after it, else before it in the clause), read in
 * the trigger's tense; the end from a written range, "an N-day visit" or "until Wednesday"; for a visit that ended
 * ("wrapped up ... on Saturday", "left Manila on Sunday") the date is its last day. A date that belongs to a
 * statement ("the Kremlin said on Tuesday") is not the visit's.
 */
final class VisitDates {
    private static final Set<String> FUTURE = Vocabulary.set("FUTURE_VERB");
    private static final Set<String> PAST_TRIGGERS = Vocabulary.set("PAST_TRIGGER");
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("1", 1), Map.entry("2", 2), Map.entry("3", 3), Map.entry("4", 4), Map.entry("5", 5),
            Map.entry("6", 6), Map.entry("7", 7), Map.entry("8", 8), Map.entry("9", 9), Map.entry("10", 10));

    private final Doc doc;

    VisitDates(Doc doc) {
        this.doc = doc;
    }

    /** Sets the visit's dates from one report of it; {@code ending}: the report is of the visit's end. */
    void dates(Sentence s, VisitDraft v, Trigger t, int windowEnd, int actorFrom, boolean ending) {
        List<DateMention> found = new ArrayList<>(DateFinder.find(doc.tokens, s.from(), Math.min(s.to(), windowEnd)));
        // "the Kremlin said on Tuesday", "announced yesterday": when it was said, not when the visit is
        found.removeIf(d -> saidAt(d.from()));
        DateMention pick = pick(found, s, t, actorFrom);
        if (v.days == 0) {
            v.days = duration(s, windowEnd);
        }
        if (pick == null) {
            untilEnd(s, v, t, windowEnd);
            return;
        }
        DateMention.Tense tense = tense(s, actorFrom < 0 ? t.at() : actorFrom, t);
        if (ending || tense != DateMention.Tense.FUTURE && endsVisit(s, actorFrom, t, windowEnd)) {
            // "wrapped up a three-day visit on Saturday", "left Manila on Sunday": the day it ended
            if (v.end == null) {
                v.end = pick.start(doc.published, DateMention.Tense.PAST);
                if (v.start == null && v.days > 0) {
                    v.start = v.end.minusDays(v.days - 1L);
                }
            }
        } else if (v.start == null) {
            v.start = pick.start(doc.published, tense);
            v.end = pick.end(doc.published, tense);
        }
        untilEnd(s, v, t, windowEnd);
    }

    /** The first date after the trigger, else the last one before it from its actor on. */
    private static DateMention pick(List<DateMention> found, Sentence s, Trigger t, int actorFrom) {
        for (DateMention d : found) {
            if (d.from() >= t.at()) {
                return d;
            }
        }
        DateMention pick = null;
        int lo = Math.max(s.from(), actorFrom < 0 ? s.from() : actorFrom);
        for (DateMention d : found) {
            if (d.to() <= t.at() && d.from() >= lo - 3) {
                pick = d;
            }
        }
        return pick;
    }

    private boolean saidAt(int dateFrom) {
        int j = dateFrom - 1;
        if (doc.is(j, "on") || doc.is(j, "late") || doc.is(j, "earlier") || doc.is(j, "last")) {
            j--;
        }
        return j >= 0 && VisitFinder.SPEECH.contains(doc.tok(j).norm()) || doc.is(j, "statement") || doc.is(j, "briefing");
    }

    private boolean endsVisit(Sentence s, int actorFrom, Trigger t, int windowEnd) {
        // "arrived in Oslo on Monday and returned home on Wednesday": the arrival's own date is its start
        int to = t.kind() == Trigger.Kind.ARRIVE ? t.at() : Math.min(s.to(), windowEnd);
        for (int j = Math.max(s.from(), actorFrom < 0 ? t.at() - 4 : actorFrom); j < to; j++) {
            if (VisitFinder.COMPLETE.contains(doc.tok(j).norm())) {
                return true;
            }
        }
        return false;
    }

    /** "scheduled to continue until Wednesday": the end of the visit. */
    private void untilEnd(Sentence s, VisitDraft v, Trigger t, int windowEnd) {
        for (int j = s.from(); j + 1 < s.to(); j++) {
            if ((doc.is(j, "until") || doc.is(j, "till") || doc.is(j, "through")) && v.end == null) {
                List<DateMention> d = DateFinder.find(doc.tokens, j + 1, Math.min(s.to(), j + 5));
                if (!d.isEmpty() && d.getFirst().from() == j + 1) {
                    LocalDate e = d.getFirst().start(doc.published, DateMention.Tense.FUTURE);
                    if (v.start == null || !e.isBefore(v.start)) {
                        v.end = e;
                    }
                }
            }
        }
    }

    /** "a three-day visit", "four-day trip", "two-day state visit". */
    private int duration(Sentence s, int windowEnd) {
        for (int j = s.from(); j < s.to(); j++) {
            String w = doc.tok(j).norm();
            int dash = w.indexOf("-day");
            if (dash > 0 && w.endsWith("-day")) {
                Integer n = NUMBERS.get(w.substring(0, dash));
                if (n != null && followedByVisitNoun(j, s)) {
                    return n;
                }
            }
        }
        return 0;
    }

    private boolean followedByVisitNoun(int j, Sentence s) {
        for (int k = j + 1; k < Math.min(s.to(), j + 4); k++) {
            if (VisitFinder.VISIT_NOUN.contains(doc.tok(k).norm())) {
                return true;
            }
        }
        return false;
    }
    DateMention.Tense tense(Sentence s, int from, Trigger t) {
        String w = doc.tok(t.at()).norm();
        if (w.equals("due") || w.equals("expected")) {
            return DateMention.Tense.FUTURE;
        }
        for (int j = Math.max(s.from(), Math.min(from, t.at() - 4)); j < t.at(); j++) {
            Token v = doc.tok(j);
            if (FUTURE.contains(v.norm()) && (!v.capitalized() || doc.sentenceOf[j] < doc.titleSentences)) {
                if (v.is("to") && j + 1 < doc.size() && !doc.tok(j + 1).word()) {
                    continue;
                }
                return DateMention.Tense.FUTURE;
            }
        }
        if (PAST_TRIGGERS.contains(w)) {
            return DateMention.Tense.PAST;
        }
        for (int j = Math.max(s.from(), t.at() - 3); j < t.at(); j++) {
            String v = doc.tok(j).norm();
            if (v.equals("was") || v.equals("were") || v.equals("had") || v.equals("did")) {
                return DateMention.Tense.PAST;
            }
        }
        return DateMention.Tense.UNKNOWN;
    }
}
