package io.newswire.enrich.tagging;

import java.util.List;
import java.util.Set;

/**
 * What the visit stages need to know of each token's word in one article, looked up once: the trigger rows it may
 * start, the look-alike groups ({@code REMOTE}, {@code COMPANION}, ...) whose rows may start at it, and the vocabulary
 * sets ({@link Word}) it belongs to. The stages scan the clause around every trigger for these (a cancellation
 * anywhere after the actor, a future marker before the verb, a call or a denial in the window); asked here, each
 * such test reads an array instead of hashing the word again. A value of the article: made from its {@link Doc}
 * once, before the first sentence, and never changed.
 */
final class VisitWords {
    /**
     * The vocabulary sets the visit stages test token by token, each the {@code vocabulary.txt} set of its name;
     * {@link #WEEKDAY} is the weekdays of {@code calendar.tsv} (what {@link DateFinder#isWeekday} asks),
     * {@link #DATE_START} the words a date expression can start with ({@link DateFinder#startWords}).
     */
    enum Word {
        CANCEL, CALL_OFF, NOT, COMPLETE, CLAUSE_BREAK, HOMEWARD, STILL_AHEAD, FUTURE, FUTURE_VERB, PAST_AUXILIARY,
        SAID_WHEN, SPEECH, STATEMENT_NOUN, UNTIL, VISIT_NOUN, AWAITING, VISIT_MADE, PRIOR_CLAUSE, VISIT_MAKING,
        UNDER_WAY, BACKGROUND, CONTRAST, NEWS_DAY, EVENT, OFFICE_TERM, WEEKDAY, DATE_START;

        final long bit = 1L << ordinal();

        Set<String> words() {
            return switch (this) {
                case WEEKDAY -> CalendarWords.standard().weekdays.keySet();
                case DATE_START -> DateFinder.startWords();
                default -> Vocabulary.set(name());
            };
        }
    }

    /**
     * What one word is to the visit stages: the trigger rows it may start (in file order, null if none), the
     * look-alike groups it may start a row of (a bit per {@link VisitPatterns.Group#index()}) and its {@link Word}s.
     */
    record Entry(List<VisitPatterns.Row> triggers, int groups, long words) {
    }

    private final VisitPatterns patterns;
    private final DocTokens view;
    /** each token's entry; null for a word the visit stages know nothing of (most words) */
    private final Entry[] at;

    /** The article's words as the standard visit patterns and vocabulary read them. */
    VisitWords(Doc doc) {
        this(doc, VisitPatterns.standard());
    }

    VisitWords(Doc doc, VisitPatterns patterns) {
        this.patterns = patterns;
        this.view = new DocTokens(doc);
        this.at = new Entry[doc.size()];
        for (int i = 0; i < at.length; i++) {
            at[i] = patterns.entry(doc.tok(i));
        }
    }

    /** The text of token i starts with a digit: a necessary condition of {@link Token#isDigits()}. */
    private boolean startsWithDigit(int i) {
        String text = view.doc().tok(i).text();
        return !text.isEmpty() && Character.isDigit(text.charAt(0));
    }

    /**
     * Whether a date expression can start in {@code [from, to)}: when not, {@link DateFinder#find} finds none there
     * (every date starts with one of its {@link DateFinder#startWords} or a number), and need not be asked.
     */
    boolean mayHaveDate(int from, int to) {
        for (int j = Math.max(0, from); j < Math.min(at.length, to); j++) {
            if (view.doc().tok(j).word() && (is(j, Word.DATE_START) || startsWithDigit(j))) {
                return true;
            }
        }
        return false;
    }

    VisitPatterns patterns() {
        return patterns;
    }

    /** The tokens as the pattern matcher reads them. */
    DocTokens view() {
        return view;
    }

    Doc doc() {
        return view.doc();
    }

    /** The word at token i is in the set (false outside the text). */
    boolean is(int i, Word w) {
        if (i < 0 || i >= at.length) {
            return false;
        }
        Entry e = at[i];
        return e != null && (e.words() & w.bit) != 0;
    }

    /** The first token of {@code [from, to)} whose word is in the set, or -1. */
    int first(Word w, int from, int to) {
        for (int j = Math.max(0, from); j < Math.min(at.length, to); j++) {
            Entry e = at[j];
            if (e != null && (e.words() & w.bit) != 0) {
                return j;
            }
        }
        return -1;
    }

    /** The trigger rows the word at token i may start, in file order; null when it starts none. */
    List<VisitPatterns.Row> triggerRows(int i) {
        Entry e = at[i];
        return e == null ? null : e.triggers();
    }

    /**
     * Whether a row of the group may match with its span starting at token i: false only when every row of the
     * group starts with words and the word at i is none of them, so no row can match there.
     */
    boolean mayStart(VisitPatterns.Group g, int i) {
        if (g.anchors() == null) {
            return true;
        }
        Entry e = at[i];
        return e != null && (e.groups() & 1 << g.index()) != 0;
    }
}
