package io.newswire.enrich.tagging;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Sentence boundaries for news English: a line break, or a full stop, question or exclamation mark followed by a
 * capitalised word or a quote, unless the stop ends a title or abbreviation (Gen., Mr., Aug.) or an initial.
 */
final class SentenceSplitter {
    private static final Set<String> ABBREVIATIONS = Vocabulary.set("ABBREVIATION");
    /** ". ! ?" */
    private static final Set<String> ENDS = Vocabulary.set("SENTENCE_END");
    /** closing quotes and brackets after a stop */
    private static final Set<String> CLOSERS = Vocabulary.set("SENTENCE_CLOSER");
    /** opening quotes and brackets after a stop */
    private static final Set<String> OPENERS = Vocabulary.set("SENTENCE_OPENER");

    private SentenceSplitter() {
    }

    static List<Sentence> split(Token[] tokens) {
        List<Sentence> out = new ArrayList<>();
        int from = 0;
        int n = tokens.length;
        for (int i = 0; i < n; i++) {
            Token t = tokens[i];
            if (i > from && t.newlineBefore()) {
                add(out, tokens, from, i);
                from = i;
            }
            if (isTerminal(t) && endsSentence(tokens, i)) {
                int end = i + 1;
                while (end < n && isCloser(tokens[end]) && !tokens[end].newlineBefore()) {
                    end++;
                }
                add(out, tokens, from, end);
                from = end;
                i = end - 1;
            }
        }
        if (from < n) {
            add(out, tokens, from, n);
        }
        return out;
    }

    private static void add(List<Sentence> out, Token[] tokens, int from, int to) {
        if (to > from) {
            out.add(new Sentence(out.size(), from, to, tokens[from].start(), tokens[to - 1].end()));
        }
    }

    private static boolean isTerminal(Token t) {
        return !t.word() && ENDS.contains(t.text());
    }

    private static boolean isCloser(Token t) {
        return !t.word() && CLOSERS.contains(t.text());
    }

    private static boolean endsSentence(Token[] tokens, int i) {
        if (i + 1 >= tokens.length) {
            return true;
        }
        if (tokens[i].text().equals(".") && i > 0 && abbreviationBefore(tokens, i)) {
            return false;
        }
        int j = i + 1;
        while (j < tokens.length && isCloser(tokens[j])) {
            j++;
        }
        if (j >= tokens.length) {
            return true;
        }
        Token next = tokens[j];
        if (next.newlineBefore()) {
            return true;
        }
        return next.capitalized() || next.isDigits() || OPENERS.contains(next.text());
    }

    /** The full stop at i ends an abbreviation ("Gen.", "Aug.") or an initial ("Rosa M. Quintero"). */
    private static boolean abbreviationBefore(Token[] tokens, int i) {
        Token prev = tokens[i - 1];
        if (!prev.word() || prev.end() != tokens[i].start()) {
            return false;
        }
        return prev.in(ABBREVIATIONS)
                || prev.text().length() == 1 && Character.isUpperCase(prev.text().charAt(0));
    }
}
