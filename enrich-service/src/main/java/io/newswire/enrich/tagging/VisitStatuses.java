package io.newswire.enrich.tagging;

import io.newswire.enrich.tagging.Trigger.Kind;
import io.newswire.enrich.tagging.VisitWords.Word;
import io.newswire.model.VisitStatus;
import java.util.Set;

/**
 * The status a report gives a visit: cancelled, completed, ongoing or planned, from the trigger's kind and tense and
 * the words around it ("wrapped up", "is on a three-day visit", "ahead of his arrival", "called off").
 */
final class VisitStatuses {
    private static final Set<String> EXPECTED = Vocabulary.set("EXPECTED");
    private static final Set<String> PAST_JOURNEY = Vocabulary.set("PAST_JOURNEY");

    private final Doc doc;
    private final VisitWords words;
    private final VisitDates visitDates;

    VisitStatuses(Doc doc, VisitDates visitDates) {
        this(new VisitWords(doc), visitDates);
    }

    VisitStatuses(VisitWords words, VisitDates visitDates) {
        this.doc = words.doc();
        this.words = words;
        this.visitDates = visitDates;
    }

    VisitStatus status(Sentence s, int from, Trigger t, int windowEnd, Places places) {
        if (cancelled(s, from, windowEnd)) {
            return VisitStatus.CANCELLED;
        }
        DateMention.Tense tense = visitDates.tense(s, from, t);
        if (tense != DateMention.Tense.FUTURE && endsVisit(t) && completedBefore(s, from, t, windowEnd)) {
            return VisitStatus.COMPLETED; // "after concluding his state visit", "wrapped up a three-day visit"
        }
        if (tense == DateMention.Tense.FUTURE || doc.isIn(t.at(), EXPECTED) || awaited(s, t)) {
            return VisitStatus.PLANNED;
        }
        return switch (t.kind()) {
            case ARRIVE, PRESENCE, HOST, HOSTED_BY -> VisitStatus.ONGOING;
            case TRAVEL -> travelStatus(t, tense);
            case VISIT, ATTEND -> visitStatus(t, tense, places);
            case NOUN -> startsVisit(s, t) ? VisitStatus.ONGOING : nounStatus(s, t, windowEnd);
            default -> null;
        };
    }

    /** A visit told from the host's side, or at a meeting: planned when told in the future, else under way. */
    VisitStatus plannedOrOngoing(Sentence s, int from, Trigger t) {
        return visitDates.tense(s, from, t) == DateMention.Tense.FUTURE ? VisitStatus.PLANNED : VisitStatus.ONGOING;
    }

    /** Kinds of trigger that a COMPLETE word in their clause ends. */
    private static boolean endsVisit(Trigger t) {
        return t.kind() == Kind.NOUN || t.kind() == Kind.VISIT || t.kind() == Kind.TRAVEL;
    }

    /**
     * A COMPLETE word other than the trigger in its clause. (In a clause still to come, "before ending the trip in
     * Lusaka" names the last leg, not an end: the caller asks only outside the future.)
     */
    private boolean completedBefore(Sentence s, int from, Trigger t, int windowEnd) {
        for (int j = Math.max(s.from(), from); j < Math.min(s.to(), windowEnd); j++) {
            if (j != t.at() && words.is(j, Word.COMPLETE)) {
                return true;
            }
        }
        return false;
    }

    /** "flew into Beirut", "jetted to Rome on Tuesday": there now; "left for", "headed to": on the way. */
    private VisitStatus travelStatus(Trigger t, DateMention.Tense tense) {
        boolean there = doc.is(t.after(), "into") || doc.is(t.after(), "in")
                || doc.isIn(t.at(), PAST_JOURNEY) && doc.is(t.after(), "to");
        return tense == DateMention.Tense.PAST && there ? VisitStatus.ONGOING : VisitStatus.PLANNED;
    }

    /** "visited Oman": done; "is visiting Oman": under way; with no place, nothing to say. */
    private VisitStatus visitStatus(Trigger t, DateMention.Tense tense, Places places) {
        if (places.codes.isEmpty() && !places.here) {
            return null;
        }
        if (tense == DateMention.Tense.PAST) {
            return VisitStatus.COMPLETED;
        }
        return doc.tok(t.at()).norm().endsWith("ing") ? VisitStatus.ONGOING : VisitStatus.PLANNED;
    }

    /** "ahead of X's arrival", "preparations for the visit": what is awaited has not begun. */
    private boolean awaited(Sentence s, Trigger t) {
        for (int j = Math.max(s.from(), t.at() - 8); j < t.at(); j++) {
            if (doc.is(j, "ahead") && doc.is(j + 1, "of") || words.is(j, Word.AWAITING)
                    || doc.tok(j).norm().startsWith("preparation")) {
                return true;
            }
        }
        return false;
    }

    /** "made a surprise visit", "Orban's trip to Moscow last week": a visit noun told in the past. */
    private VisitStatus nounStatus(Sentence s, Trigger t, int windowEnd) {
        for (int j = Math.max(s.from(), t.at() - 5); j < t.at(); j++) {
            if (words.is(j, Word.VISIT_MADE) || j == s.from() && words.is(j, Word.PRIOR_CLAUSE)) {
                return VisitStatus.COMPLETED; // "After a three-day visit to X, she flew home": it is over
            }
            if (words.is(j, Word.VISIT_MAKING) || isOn(s, j)) {
                return VisitStatus.ONGOING; // "is on a three-day visit"
            }
        }
        for (int j = t.after(); j < Math.min(s.to(), windowEnd + 2); j++) {
            if (doc.is(j, "last") && (doc.is(j + 1, "week") || doc.is(j + 1, "month")) || doc.is(j, "yesterday")) {
                return VisitStatus.COMPLETED;
            }
        }
        return null;
    }

    /** "is on", "are on" (a visit). */
    private boolean isOn(Sentence s, int j) {
        return doc.is(j, "on") && j > s.from() && (doc.is(j - 1, "is") || doc.is(j - 1, "are"));
    }

    private boolean startsVisit(Sentence s, Trigger t) {
        return words.first(Word.UNDER_WAY, Math.max(s.from(), t.at() - 5), t.at()) >= 0;
    }

    /** CANCEL words, "no longer", "called off", "put on hold", "will not take place" from {@code from} on. */
    boolean cancelled(Sentence s, int from, int windowEnd) {
        for (int j = Math.max(s.from(), from); j < s.to(); j++) {
            if (words.is(j, Word.CANCEL) || calledOffOrNotHappening(j)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "no longer", "called off", "put off", "on hold" (but not "hold talks"), "will not take place", "won't go
     * ahead", ending at token j: told by the word at j first, which is none of these at almost every token.
     */
    private boolean calledOffOrNotHappening(int j) {
        return switch (doc.tok(j).norm()) {
            case "longer" -> doc.is(j - 1, "no");
            case "off" -> words.is(j - 1, Word.CALL_OFF);
            case "hold" -> doc.is(j - 1, "on") && !doc.is(j + 1, "talks");
            case "place" -> doc.is(j - 1, "take") && words.is(j - 2, Word.NOT);
            case "ahead" -> doc.is(j - 1, "go") && words.is(j - 2, Word.NOT);
            default -> false;
        };
    }
}
