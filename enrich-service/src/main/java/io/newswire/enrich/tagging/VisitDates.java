package io.newswire.enrich.tagging;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import io.newswire.enrich.tagging.VisitWords.Word;
import java.util.Set;

/**
 * When a visit happens: the date expression nearest its trigger (after it, else before it in the clause), read in
 * the trigger's tense; the end from a written range, "an N-day visit" or "until Wednesday"; for a visit that ended
 * ("wrapped up ... on Saturday", "left Manila on Sunday") the date is its last day. A date that belongs to a
 * statement ("the Kremlin said on Tuesday") is not the visit's.
 */
final class VisitDates {
    private static final Set<String> PAST_TRIGGERS = Vocabulary.set("PAST_TRIGGER");
    private static final Set<String> EXPECTED = Vocabulary.set("EXPECTED");
    /** "one", "two", ...: the n-th is n */
    private static final List<String> NUMBER_WORDS = List.copyOf(Vocabulary.set("NUMBER_WORD"));

    private final Doc doc;
    private final VisitWords words;

    VisitDates(Doc doc) {
        this(new VisitWords(doc));
    }

    VisitDates(VisitWords words) {
        this.doc = words.doc();
        this.words = words;
    }

    /** The visit with the dates one report of it gives; {@code ending}: the report is of the visit's end. */
    VisitDraft dates(Sentence s, VisitDraft v, Trigger t, int windowEnd, int actorFrom, boolean ending) {
        int to = Math.min(s.to(), windowEnd);
        List<DateMention> found = words.mayHaveDate(s.from(), to)
                ? new ArrayList<>(DateFinder.find(doc.tokens, s.from(), to)) : new ArrayList<>();
        // "the Kremlin said on Tuesday", "announced yesterday": when it was said, not when the visit is
        found.removeIf(d -> saidAt(d.from()));
        DateMention pick = pick(found, s, t, actorFrom);
        int days = v.days() == 0 ? duration(s, windowEnd) : v.days();
        LocalDate start = v.start();
        LocalDate end = v.end();
        DateMention.Tense tense = pick == null ? null : tense(s, actorFrom < 0 ? t.at() : actorFrom, t);
        if (pick != null && (ending || tense != DateMention.Tense.FUTURE && endsVisit(s, actorFrom, t, windowEnd))) {
            // "wrapped up a three-day visit on Saturday", "left Manila on Sunday": the day it ended
            if (end == null) {
                end = pick.start(doc.published, DateMention.Tense.PAST);
                if (start == null && days > 0) {
                    start = end.minusDays(days - 1L);
                }
            }
        } else if (pick != null && start == null) {
            start = pick.start(doc.published, tense);
            end = pick.end(doc.published, tense);
        }
        return v.withDates(start, untilEnd(s, start, end), days);
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
        if (words.is(j, Word.SAID_WHEN)) {
            j--;
        }
        return words.is(j, Word.SPEECH) || words.is(j, Word.STATEMENT_NOUN);
    }

    private boolean endsVisit(Sentence s, int actorFrom, Trigger t, int windowEnd) {
        // "arrived in Oslo on Monday and returned home on Wednesday": the arrival's own date is its start
        int to = t.kind() == Trigger.Kind.ARRIVE ? t.at() : Math.min(s.to(), windowEnd);
        return words.first(Word.COMPLETE, Math.max(s.from(), actorFrom < 0 ? t.at() - 4 : actorFrom), to) >= 0;
    }

    /** "scheduled to continue until Wednesday": the end of the visit, when no report has given one yet. */
    private LocalDate untilEnd(Sentence s, LocalDate start, LocalDate end) {
        if (end != null) {
            return end;
        }
        for (int j = s.from(); j + 1 < s.to(); j++) {
            if (words.is(j, Word.UNTIL)) {
                List<DateMention> d = DateFinder.find(doc.tokens, j + 1, Math.min(s.to(), j + 5));
                if (!d.isEmpty() && d.getFirst().from() == j + 1) {
                    LocalDate e = d.getFirst().start(doc.published, DateMention.Tense.FUTURE);
                    if (start == null || !e.isBefore(start)) {
                        return e;
                    }
                }
            }
        }
        return null;
    }

    /** "a three-day visit", "four-day trip", "two-day state visit". */
    private int duration(Sentence s, int windowEnd) {
        for (int j = s.from(); j < s.to(); j++) {
            String w = doc.tok(j).norm();
            if (!w.endsWith("-day")) {
                continue; // the cheap test first: no "-day" at its end, no length in the word
            }
            int dash = w.indexOf("-day");
            if (dash > 0) {
                int n = count(w.substring(0, dash));
                if (n > 0 && followedByVisitNoun(j, s)) {
                    return n;
                }
            }
        }
        return 0;
    }

    /** "three" or "3": 3; the counts read go as far as the NUMBER_WORD sequence; 0 for anything else. */
    static int count(String w) {
        int spelled = NUMBER_WORDS.indexOf(w);
        if (spelled >= 0) {
            return spelled + 1;
        }
        if (w.isEmpty() || w.length() > 2 || w.charAt(0) == '0' || !w.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return 0;
        }
        int n = Integer.parseInt(w);
        return n <= NUMBER_WORDS.size() ? n : 0;
    }

    private boolean followedByVisitNoun(int j, Sentence s) {
        return words.first(Word.VISIT_NOUN, j + 1, Math.min(s.to(), j + 4)) >= 0;
    }

    DateMention.Tense tense(Sentence s, int from, Trigger t) {
        String w = doc.tok(t.at()).norm();
        if (EXPECTED.contains(w)) {
            return DateMention.Tense.FUTURE;
        }
        for (int j = Math.max(s.from(), Math.min(from, t.at() - 4)); j < t.at(); j++) {
            Token v = doc.tok(j);
            if (words.is(j, Word.FUTURE_VERB) && (!v.capitalized() || doc.sentenceOf[j] < doc.titleSentences)) {
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
            if (words.is(j, Word.PAST_AUXILIARY)) {
                return DateMention.Tense.PAST;
            }
        }
        return DateMention.Tense.UNKNOWN;
    }
}
