package io.newswire.enrich.tagging;

import io.newswire.enrich.tagging.pattern.Lexemes;
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
    /** their lexeme codes, looked up again when words have been registered since (see {@link #punctuation}) */
    private static final int[] ONE_CHAR_LEXEME = new int[128];
    private static final String POSSESSIVE = "'s";
    private static final String APOSTROPHE = "'";

    static {
        for (char c = 0; c < ONE_CHAR.length; c++) {
            ONE_CHAR[c] = String.valueOf(c).intern();
            ONE_CHAR_LEXEME[c] = -1; // "none of the first 0": outdated as soon as anything is registered
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
                int hash;
                if (i == start) {
                    long endAndHash = wordEnd(text, i); // the word's hash taken on the way: one pass, not two
                    i = (int) endAndHash;
                    hash = (int) (endAndHash >>> 32);
                } else {
                    hash = Words.hash(text, start, i);
                }
                Words.Word w = Words.of(text, start, i, hash);
                out.add(new Token(w.text(), w.norm(), start, i, true, newline, w.capitalized(), w.lexeme(),
                        w.normHash()));
            } else if (isApostrophe(c) && i + 1 < n && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                    && (i + 2 >= n || !isWordChar(text.charAt(i + 2)))) {
                i += 2;
                String p = text.substring(start, i);
                out.add(new Token(p, POSSESSIVE, start, i, false, newline, false, Lexemes.lookup(POSSESSIVE)));
            } else {
                i++;
                out.add(punctuation(text, c, start, newline));
            }
            newline = false;
        }
        return out;
    }

    /** A one-character token; an ASCII mark takes its string and its lexeme code from a table. */
    private static Token punctuation(String text, char c, int start, boolean newline) {
        if (c >= ONE_CHAR.length) {
            String p = text.substring(start, start + 1);
            String norm = isApostrophe(c) ? APOSTROPHE : p;
            return new Token(p, norm, start, start + 1, false, newline, false, Lexemes.lookup(norm));
        }
        String p = ONE_CHAR[c];
        String norm = isApostrophe(c) ? APOSTROPHE : p;
        int lexeme = ONE_CHAR_LEXEME[c];
        if (Lexemes.outdated(lexeme)) {
            lexeme = Lexemes.lookup(norm);
            ONE_CHAR_LEXEME[c] = lexeme; // a racing thread may write an older code: still a true one
        }
        return new Token(p, norm, start, start + 1, false, newline, false, lexeme);
    }

    /** The end of the word from i (low 32 bits) and the {@link String#hashCode} of its text (high 32 bits). */
    private static long wordEnd(String text, int i) {
        int n = text.length();
        int start = i;
        int h = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (isWordChar(c) || i > start && i + 1 < n && joinsWord(text, i, c)) {
                h = 31 * h + c;
                i++;
            } else {
                break;
            }
        }
        return (long) h << 32 | i & 0xFFFFFFFFL;
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
     * memory, no locks (an entry is immutable, so a thread sees either a whole entry or an older one). Each entry
     * also holds its norm's {@link Lexemes} code, looked up again when it says "unknown" and words have been
     * registered since (a lexicon loaded after the word was first met). A word of up to 16 Latin-1 characters is
     * also kept packed in the entry ({@code head}, {@code tail}), so that finding it takes no read of its string
     * (each a likely cache miss, at every token).
     */
    static final class Words {
        /** words this long or shorter, in Latin-1, are compared packed */
        private static final int PACKED = 16;

        /**
         * an entry: the text as written, its {@link #normalize} form, whether it starts with a capital, the norm's
         * lexeme code, the text packed (its length, -1 when it does not pack, and characters 0-7 and 8-15), and
         * the norm's hash code
         */
        record Word(String text, String norm, int hash, boolean capitalized, int lexeme, int packedLength, long head,
                long tail, int normHash) {
            Word(String text, int hash) {
                this(text, normalize(text), hash);
            }

            private Word(String text, String norm, int hash) {
                this(text, norm, hash, Token.startsUpperCase(text, true), Lexemes.lookup(norm), packableLength(text),
                        pack(text, 0), pack(text, 8), norm.hashCode());
            }

            Word relookedUp() {
                return new Word(text, norm, hash, capitalized, Lexemes.lookup(norm), packedLength, head, tail,
                        normHash);
            }

            /** Whether this is the word {@code text[start, start + len)}, packed as given when it packs. */
            boolean is(String source, int start, int len, int packedLen, long h, long t) {
                if (packedLen >= 0) {
                    return packedLength == packedLen && head == h && tail == t;
                }
                return text.length() == len && source.regionMatches(start, text, 0, len);
            }
        }

        /** The length of {@code s} when it packs (16 characters at most, all Latin-1), else -1. */
        static int packableLength(String s) {
            if (s.length() > PACKED) {
                return -1;
            }
            for (int k = 0; k < s.length(); k++) {
                if (s.charAt(k) > 0xFF) {
                    return -1;
                }
            }
            return s.length();
        }

        /** Characters {@code from} to {@code from + 7} of {@code s} (those there are), one byte each. */
        static long pack(String s, int from) {
            long p = 0;
            for (int k = from; k < Math.min(s.length(), from + 8); k++) {
                p = p << 8 | s.charAt(k) & 0xFF;
            }
            return p;
        }

        private static final int SLOTS = 1 << 15;
        /** longer words are rare and not worth a slot */
        private static final int LONGEST = 24;
        private static final Word[] TABLE = new Word[SLOTS];

        private Words() {
        }

        /** The {@link String#hashCode} of {@code text[start, end)}, without cutting it out. */
        static int hash(String text, int start, int end) {
            int h = 0;
            for (int k = start; k < end; k++) {
                h = 31 * h + text.charAt(k);
            }
            return h;
        }

        /** The word {@code text[start, end)}, whose hash is {@code h}, from the table when it was met before. */
        static Word of(String text, int start, int end, int h) {
            int len = end - start;
            if (len > LONGEST) {
                String w = text.substring(start, end);
                return new Word(w, 0);
            }
            long head = 0;
            long tail = 0;
            int packedLength = len <= PACKED ? len : -1;
            for (int k = 0; k < len && packedLength >= 0; k++) {
                char c = text.charAt(start + k);
                if (c > 0xFF) {
                    packedLength = -1;
                } else if (k < 8) {
                    head = head << 8 | c;
                } else {
                    tail = tail << 8 | c;
                }
            }
            int slot = (h ^ h >>> 15) & SLOTS - 1;
            Word known = TABLE[slot];
            if (known != null && known.hash() == h && known.is(text, start, len, packedLength, head, tail)) {
                if (Lexemes.outdated(known.lexeme())) {
                    known = known.relookedUp();
                    TABLE[slot] = known;
                }
                return known;
            }
            String w = text.substring(start, end);
            Word fresh = new Word(w, h);
            TABLE[slot] = fresh;
            return fresh;
        }
    }
}
