package io.newswire.enrich.tagging;

import io.newswire.enrich.tagging.pattern.FrozenWords;
import io.newswire.enrich.tagging.pattern.Lexemes;
import java.util.Set;

/**
 * One word or punctuation mark of an article's text, with its character offsets ({@code end} exclusive).
 * {@code norm} is the lowercase form with diacritics removed and typographic apostrophes made plain, so lexicon
 * lookups need no further folding. {@code lexeme} is the norm's code in {@link Lexemes} (its id, or "unknown"),
 * which the word sets test instead of the string; {@code normHash} is the norm's hash code, kept here so that
 * {@link #is} turns most words away without reading the norm.
 */
record Token(String text, String norm, int start, int end, boolean word, boolean newlineBefore,
        boolean capitalized, int lexeme, int normHash) {

    Token(String text, String norm, int start, int end, boolean word, boolean newlineBefore, boolean capitalized,
            int lexeme) {
        this(text, norm, start, end, word, newlineBefore, capitalized, lexeme, norm.hashCode());
    }

    Token(String text, String norm, int start, int end, boolean word, boolean newlineBefore, boolean capitalized) {
        this(text, norm, start, end, word, newlineBefore, capitalized, Lexemes.lookup(norm));
    }

    /**
     * {@code capitalized}: a word starting with an uppercase letter (Pakistan, US, Türkiye), asked of nearly every
     * token by every stage, so the tokenizer works it out once per word it meets.
     */
    Token(String text, String norm, int start, int end, boolean word, boolean newlineBefore) {
        this(text, norm, start, end, word, newlineBefore, startsUpperCase(text, word));
    }

    static boolean startsUpperCase(String text, boolean word) {
        return word && Character.isUpperCase(text.codePointAt(0));
    }

    /** Every letter is uppercase and there are at least two of them (UAE, NEW, U.S.). */
    boolean allCaps() {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    /** The norm is {@code lower}; the hashes turn most other words away without reading the norm. */
    boolean is(String lower) {
        return normHash == lower.hashCode() && norm.equals(lower);
    }

    /** The norm is one of {@code words}: a bit test on the lexeme when the set is a {@link FrozenWords}. */
    boolean in(Set<String> words) {
        return words instanceof FrozenWords frozen ? frozen.contains(lexeme, norm) : words.contains(norm);
    }

    boolean isDigits() {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
