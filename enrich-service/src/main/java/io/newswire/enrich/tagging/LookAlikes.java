package io.newswire.enrich.tagging;

import java.time.LocalDate;
import java.time.YearMonth;
import io.newswire.enrich.tagging.VisitWords.Word;
import java.util.Set;

/**
 * What only looks like a visit: calls and virtual attendance, denials, invitations not yet accepted, and old visits
 * recalled as background.
 */
final class LookAlikes {
    private static final Set<String> PAST_MOVES = Vocabulary.set("PAST_MOVE");
    private static final Set<String> EARLIER_TERMS = Vocabulary.set("EARLIER_TERM");
    private static final Set<String> YEAR_BOUND = Vocabulary.set("YEAR_BOUND");
    private static final Set<String> AGO_SPAN = Vocabulary.set("AGO_SPAN");
    private static final Set<String> BASE_TRAVEL_VERB = Vocabulary.set("BASE_TRAVEL_VERB");
    /** a visit dated by month only is news while its month ended less than this many days before publication */
    private static final int RECENT_DAYS = 28;

    private static final VisitPatterns PATTERNS = VisitPatterns.standard();
    private static final VisitPatterns.Group REMOTE = PATTERNS.rowGroup("REMOTE");
    private static final VisitPatterns.Group DENIAL = PATTERNS.rowGroup("DENIAL");
    private static final VisitPatterns.Group INVITATION = PATTERNS.rowGroup("INVITATION");
    private static final VisitPatterns.Group INVITATION_ACCEPTED = PATTERNS.rowGroup("INVITATION_ACCEPTED");

    private final Doc doc;
    private final VisitWords view;

    LookAlikes(Doc doc) {
        this(new VisitWords(doc));
    }

    LookAlikes(VisitWords words) {
        this.doc = words.doc();
        this.view = words;
    }

    /**
     * A call, virtual attendance, a denial or an invitation not yet accepted: the rows of the REMOTE, DENIAL,
     * INVITATION and INVITATION_ACCEPTED groups of the visit patterns. "Will no longer be visiting" is a
     * cancellation, left to the status.
     */
    boolean remoteOrDenied(Sentence s, int from, Trigger t, int windowEnd) {
        if (PATTERNS.anyIn(REMOTE, view, s, from, windowEnd + 2)
                || PATTERNS.anyIn(DENIAL, view, s, t.at() - 3, t.at())) {
            return true;
        }
        if (t.kind() == Trigger.Kind.ARRIVE) {
            return false;
        }
        // an invitation is not a visit until accepted, nor is "what would be the first visit" it speaks of
        for (int j = s.from(); j < t.at(); j++) {
            if (PATTERNS.anyAt(INVITATION, view, s, j) && !PATTERNS.anyAt(INVITATION_ACCEPTED, view, s, j)) {
                return true;
            }
        }
        return false;
    }

    /** An old visit recalled as background: a past year near it, or "since/previous/recalled ...". */
    boolean background(Sentence s, int from, Trigger t, int windowEnd) {
        int lo = Math.max(s.from(), from);
        if (pastYearIn(lo, Math.min(s.to(), windowEnd + 3))) {
            return true;
        }
        if (oldAnchor(s, t, lo, Math.min(s.to(), windowEnd + 6))) {
            return true;
        }
        for (int j = Math.max(s.from(), t.at() - 4); j < Math.min(s.to(), t.after() + 1); j++) {
            if (backgroundWord(j, t)) {
                return true;
            }
        }
        return false;
    }

    /** "visited Brazil in 2010", "his 1998 visit" -- but "the first since 2017" dates the comparison. */
    private boolean pastYearIn(int lo, int hi) {
        int pubYear = doc.published.getYear();
        for (int j = lo; j < hi; j++) {
            Token tok = doc.tok(j);
            if (tok.isDigits() && tok.text().length() == 4) {
                int y = Integer.parseInt(tok.text());
                if (y >= 1900 && y < pubYear && !doc.isIn(j - 1, YEAR_BOUND)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "recalled", "previous", "since" ... near the trigger; not "earlier on", "last week", "had" with no past. */
    private boolean backgroundWord(int j, Trigger t) {
        if (!view.is(j, Word.BACKGROUND)) {
            return false;
        }
        String w = doc.tok(j).norm();
        if (w.equals("earlier") && doc.is(j + 1, "on")
                || w.equals("earlier") && doc.is(j + 1, "in") && doc.is(j + 2, "the")
                || w.equals("last") && (doc.is(j + 1, "week") || DateFinder.isWeekday(doc.tok(j + 1)))) {
            return false;
        }
        return !(w.equals("had") && !doc.tok(t.at()).norm().endsWith("ed"));
    }

    /**
     * A time anchor that puts a told visit clearly before the article's news: "last year", "two years ago", "in her
     * first term", "the last time", a month name weeks before publication. Anchors in the visit's own clause count;
     * an earlier one in the sentence counts when it frames the visit ("last travelled there in 2023, when he
     * visited ...").
     */
    private boolean oldAnchor(Sentence s, Trigger t, int lo, int hi) {
        if (recentAnchor(s)) {
            return false; // "on Tuesday ... his first trip since 2023": the news is dated, the old year is a comparison
        }
        boolean framed = false;
        for (int j = t.at() - 1; j >= s.from(); j--) {
            if (lastTime(j)) {
                return true;
            }
            if (j < lo) {
                framed |= doc.is(j, "when");
                if (framed && (oldAt(s, t, j) || pastYear(j))) {
                    return true;
                }
            }
        }
        for (int j = lo; j < hi; j++) {
            if (j > t.after() && view.is(j, Word.CONTRAST)) {
                break;
            }
            if (oldAt(s, t, j) || lastTime(j)) {
                return true;
            }
        }
        return false;
    }

    /** "the last time X visited", "X last travelled to": the most recent of earlier visits, not the news. */
    private boolean lastTime(int j) {
        if (!doc.is(j, "last")) {
            return false;
        }
        String next = doc.tok(j + 1).norm();
        return next.equals("time") || (next.endsWith("ed") || PAST_MOVES.contains(next)) && !doc.tok(j + 1).capitalized();
    }

    private boolean oldAt(Sentence s, Trigger t, int j) {
        Token tok = doc.tok(j);
        String w = tok.norm();
        if (w.equals("year") && doc.is(j - 1, "last")) {
            return true;
        }
        if (w.equals("ago") && j > 0 && doc.isIn(j - 1, AGO_SPAN)) {
            return true;
        }
        if (view.is(j, Word.OFFICE_TERM) && EARLIER_TERMS.contains(
                doc.tok(j - 1).norm())) {
            return true;
        }
        return monthLongAgo(s, t, j);
    }

    /** "in March", weeks before publication (a month still to come is last year's). */
    private boolean monthLongAgo(Sentence s, Trigger t, int j) {
        // a month name is among the words a date starts with: most words are turned away without the calendar
        int month = view.is(j, Word.DATE_START) ? DateFinder.monthNumber(doc.tok(j)) : 0;
        if (month == 0 || !doc.is(j - 1, "in") || nextIsDay(j + 1) || s.index() <= doc.titleSentences
                || future(s, t)) {
            return false;
        }
        int year = doc.published.getYear();
        if (j + 1 < s.to() && doc.tok(j + 1).isDigits() && doc.tok(j + 1).text().length() == 4) {
            year = Integer.parseInt(doc.tok(j + 1).text());
        } else if (month > doc.published.getMonthValue()) {
            year--;
        }
        LocalDate monthEnd = YearMonth.of(year, month).atEndOfMonth();
        return monthEnd.isBefore(doc.published.minusDays(RECENT_DAYS));
    }

    private boolean pastYear(int j) {
        Token tok = doc.tok(j);
        return tok.isDigits() && tok.text().length() == 4
                && Integer.parseInt(tok.text()) >= 1900 && Integer.parseInt(tok.text()) < doc.published.getYear()
                && !doc.is(j - 1, "since");
    }

    private boolean nextIsDay(int j) {
        return j < doc.tokens.size() && doc.tok(j).isDigits() && doc.tok(j).text().length() <= 2;
    }

    private boolean future(Sentence s, Trigger t) {
        return view.first(Word.FUTURE, s.from(), t.at()) >= 0 || BASE_TRAVEL_VERB.contains(doc.tok(t.at()).norm());
    }

    /** A dated news anchor in the sentence: a weekday, today, yesterday, this or last week. */
    private boolean recentAnchor(Sentence s) {
        for (int j = s.from(); j < s.to(); j++) {
            if (view.is(j, Word.WEEKDAY) || view.is(j, Word.NEWS_DAY)
                    || (doc.is(j, "week") && (doc.is(j - 1, "this") || doc.is(j - 1, "last")))) {
                return true;
            }
        }
        return false;
    }
}
