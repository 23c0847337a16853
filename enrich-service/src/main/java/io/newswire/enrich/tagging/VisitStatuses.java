package io.newswire.enrich.tagging;

import io.newswire.enrich.tagging.Trigger.Kind;
import io.newswire.model.VisitStatus;
import java.util.Set;

/**
 * The status a report gives a visit: cancelled, completed, ongoing or planned, from the trigger's kind and tense and
 * the words around it ("wrapped up", "is on a three-day visit", "ahead of his arrival", "called off").
 */
final class VisitStatuses {
    private final Doc doc;
    private final VisitDates visitDates;

    VisitStatuses(Doc doc, VisitDates visitDates) {
        this.doc = doc;
        this.visitDates = visitDates;
    }




    VisitStatus status(Sentence s, int from, Trigger t, int windowEnd, Places places) {
        if (cancelled(s, from, windowEnd)) {
            return VisitStatus.CANCELLED;
        }
        String w = doc.tok(t.at()).norm();
        DateMention.Tense tense = visitDates.tense(s, from, t);
        for (int j = Math.max(s.from(), from); j < Math.min(s.to(), windowEnd) && tense != DateMention.Tense.FUTURE; j++) {
            // (in a clause still to come, "before ending the trip in Lusaka" names the last leg, not an end)
            if (VisitFinder.COMPLETE.contains(doc.tok(j).norm()) && j != t.at()) {
                // "after concluding his state visit", "wrapped up a three-day visit"
                if (t.kind() == Kind.NOUN || t.kind() == Kind.VISIT || t.kind() == Kind.TRAVEL) {
                    return VisitStatus.COMPLETED;
                }
            }
        }
        if (tense == DateMention.Tense.FUTURE || w.equals("due") || w.equals("expected") || awaited(s, t)) {
            return VisitStatus.PLANNED;
        }
        return switch (t.kind()) {
            case ARRIVE, PRESENCE, HOST, HOSTED_BY -> VisitStatus.ONGOING;
            // "flew into Beirut", "jetted to Rome on Tuesday": there now; "left for", "headed to": on the way
            case TRAVEL -> tense == DateMention.Tense.PAST && (doc.is(t.after(), "into") || doc.is(t.after(), "in")
                    || (w.equals("flew") || w.equals("jetted") || w.equals("travelled") || w.equals("traveled"))
                    && doc.is(t.after(), "to")) ? VisitStatus.ONGOING : VisitStatus.PLANNED;
            case VISIT, ATTEND -> places.codes.isEmpty() && !places.here ? null
                    : tense == DateMention.Tense.PAST ? VisitStatus.COMPLETED
                    : w.endsWith("ing") ? VisitStatus.ONGOING : VisitStatus.PLANNED;
            case NOUN -> startsVisit(s, t) ? VisitStatus.ONGOING : nounStatus(s, from, t, windowEnd);
            default -> null;
        };
    }

    /** "ahead of X's arrival", "preparations for the visit": what is awaited has not begun. */
    private boolean awaited(Sentence s, Trigger t) {
        for (int j = Math.max(s.from(), t.at() - 8); j < t.at(); j++) {
            String w = doc.tok(j).norm();
            if (w.equals("ahead") && doc.is(j + 1, "of") || w.equals("awaiting") || w.equals("awaits")
                    || w.startsWith("preparation") || w.equals("prepares") || w.equals("preparing")) {
                return true;
            }
        }
        return false;
    }

    /** "made a surprise visit", "Orban's trip to Moscow last week": a visit noun told in the past. */
    private VisitStatus nounStatus(Sentence s, int from, Trigger t, int windowEnd) {
        for (int j = Math.max(s.from(), t.at() - 5); j < t.at(); j++) {
            String w = doc.tok(j).norm();
            if (w.equals("made") || w.equals("paid") || w.equals("undertook") || w.equals("completed")
                    || (w.equals("after") || w.equals("following")) && j == s.from()) {
                return VisitStatus.COMPLETED; // "After a three-day visit to X, she flew home": it is over
            }
            if (w.equals("paying") || w.equals("making") || w.equals("undertaking")
                    || w.equals("on") && j > s.from() && (doc.is(j - 1, "is") || doc.is(j - 1, "are"))) {
                return VisitStatus.ONGOING; // "is on a three-day visit"
            }
        }
        for (int j = t.after(); j < Math.min(s.to(), windowEnd + 2); j++) {
            if (doc.is(j, "last") && (doc.is(j + 1, "week") || doc.is(j + 1, "month"))
                    || doc.is(j, "yesterday")) {
                return VisitStatus.COMPLETED;
            }
        }
        return null;
    }

    private boolean startsVisit(Sentence s, Trigger t) {
        for (int j = Math.max(s.from(), t.at() - 5); j < t.at(); j++) {
            String w = doc.tok(j).norm();
            if (w.equals("starting") || w.equals("started") || w.equals("starts") || w.equals("began")
                    || w.equals("begins") || w.equals("beginning") || w.equals("launched") || w.equals("kicked")
                    || w.equals("kicks") || w.equals("launches") || w.equals("opened") || w.equals("opens")
                    || w.equals("underway") || w.equals("currently")) {
                return true;
            }
        }
        return false;
    }

    boolean cancelled(Sentence s, int from, int windowEnd) {
        for (int j = Math.max(s.from(), from); j < s.to(); j++) {
            String w = doc.tok(j).norm();
            if (VisitFinder.CANCEL.contains(w) || w.equals("longer") && doc.is(j - 1, "no")
                    || w.equals("off") && (doc.is(j - 1, "called") || doc.is(j - 1, "call") || doc.is(j - 1, "put"))
                    || w.equals("hold") && doc.is(j - 1, "on") && !doc.is(j + 1, "talks")
                    // "the trip will not take place", "will not go ahead"
                    || (w.equals("place") && doc.is(j - 1, "take") || w.equals("ahead") && doc.is(j - 1, "go"))
                    && (doc.is(j - 2, "not") || doc.is(j - 2, "n't") || doc.is(j - 2, "never"))) {
                return true;
            }
        }
        return false;
    }
}
