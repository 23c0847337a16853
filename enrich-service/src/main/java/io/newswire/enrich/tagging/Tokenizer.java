package io.newswire.enrich.tagging;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into words and punctuation in one pass, without regular expressions. Words keep inner hyphens and
 * apostrophes (Guinea-Bissau, O'Neill, three-day); a possessive {@code 's} becomes its own token so "Pakistan's"
 * is found as a country; dotted abbreviations (U.S., U.A.E.) and decimals (1.7) stay whole.
 */
final class Tokenizer {
    /** the punctuation marks of ASCII as strings, so that a comma costs no allocation */
    private static final String[] ONE_CHAR = new String[128];

    static {
        for (char c = 0; c < ONE_CHAR.length; c++) {
            ONE_CHAR[c] = String.valueOf(c).intern();
        }
    }

    private Tokenizer() {
    }

    static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>(text.length() / 5 + 8);
        int n = text.length();
        int i = 0;
        boolean newline = true;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                if (c == '\n' || c == '\r') {
                    newline = true;
                }
                i++;
                continue;
            }
            int start = i;
            if (isWordChar(c)) {
                i = dottedAbbreviationEnd(text, i);
                if (i == start) {
                    i = wordEnd(text, i);
                }
                Words.Word w = Words.of(text, start, i);
                out.add(new Token(w.text(), w.norm(), start, i, true, newline, w.capitalized()));
            } else if (isApostrophe(c) && i + 1 < n && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                    && (i + 2 >= n || !isWordChar(text.charAt(i + 2)))) {
                i += 2;
                out.add(new Token(text.substring(start, i), "'s", start, i, false, newline));
            } else {
                i++;
                String p = c < ONE_CHAR.length ? ONE_CHAR[c] : text.substring(start, i);
                out.add(new Token(p, isApostrophe(c) ? "'" : p, start, i, false, newline));
            }
            newline = false;
        }
        return out;
    }

    private static int wordEnd(String text, int i) {
        int n = text.length();
        int start = i;
        while (i < n) {
            char c = text.charAt(i);
            if (isWordChar(c) || i > start && i + 1 < n && joinsWord(text, i, c)) {
                i++;
            } else {
                return i;
            }
        }
        return i;
    }

    /** Inside a word, c at i joins it to what follows: "co-operation", "Xi'an" (not "Xi's"), "1.7". */
    private static boolean joinsWord(String text, int i, char c) {
        char next = text.charAt(i + 1);
        if (c == '-' || c == '\u2011') {
            return isWordChar(next);
        }
        if (isApostrophe(c)) {
            return Character.isLetter(next) && !possessiveAt(text, i);
        }
        return c == '.' && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(next);
    }

    /** U.S., U.A.E., D.P.R.K.: pairs of capital and dot; returns {@code i} itself when there is none. */
    private static int dottedAbbreviationEnd(String text, int i) {
        int n = text.length();
        int j = i;
        int pairs = 0;
        while (j + 1 < n && Character.isUpperCase(text.charAt(j)) && text.charAt(j + 1) == '.') {
            j += 2;
            pairs++;
            if (j < n && Character.isLetter(text.charAt(j)) && !(j + 1 < n && text.charAt(j + 1) == '.')) {
                break;
            }
        }
        return pairs >= 2 ? j : i;
    }

    private static boolean possessiveAt(String text, int i) {
        int n = text.length();
        return i + 1 < n && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                && (i + 2 >= n || !isWordChar(text.charAt(i + 2)));
    }

    static boolean isWordChar(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '`';
    }

    /** Lowercase, without diacritics, apostrophes made plain: "Türkiye" and "Turkiye" fold to the same key. */
    static String normalize(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return s.toLowerCase(Locale.ROOT);
        }
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (isApostrophe(c)) {
                c = '\'';
            } else if (c == '\u0111' || c == '\u0110') {
                c = 'd'; // Vietnamese đ has no decomposition
            } else if (c == '\u0131') {
                c = 'i'; // dotless i (Turkish)
            } else if (c == '\u2011') {
                c = '-';
            }
            sb.append(c);
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * The words met before, each with its folded form: most words of an article are common ones, so most tokens
     * take their text and norm from here instead of cutting and folding them again. Sharing the strings also
     * shares their cached hash codes, which every lexicon lookup uses, and makes equal norms identical, which
     * {@code equals} tests first. A fixed table, each slot holding the last word that hashed to it: bounded
     * memory, no locks (an entry is immutable, so a thread sees either a whole entry or an older one).
     */
    static final class Words {
        /** an entry: the text as written, its {@link #normalize} form, and whether it starts with a capital */
        record Word(String text, String norm, int hash, boolean capitalized) {
            Word(String text, int hash) {
                this(text, normalize(text), hash, Token.startsUpperCase(text, true));
            }
        }

        private static final int SLOTS = 1 << 15;
        /** longer words are rare and not worth a slot */
        private static final int LONGEST = 24;
        private static final Word[] TABLE = new Word[SLOTS];

        private Words() {
        }

        /** The word {@code text[start, end)}, from the table when it was met before. */
        static Word of(String text, int start, int end) {
            int len = end - start;
            if (len > LONGEST) {
                String w = text.substring(start, end);
                return new Word(w, 0);
            }
            int h = 0;
            for (int k = start; k < end; k++) {
                h = 31 * h + text.charAt(k);
            }
            int slot = (h ^ h >>> 15) & SLOTS - 1;
            Word known = TABLE[slot];
            if (known != null && known.hash() == h && known.text().length() == len
                    && text.regionMatches(start, known.text(), 0, len)) {
                return known;
            }
            String w = text.substring(start, end);
            Word fresh = new Word(w, h);
            TABLE[slot] = fresh;
            return fresh;
        }
    }
}
