package io.newswire.enrich.tagging;

/**
 * One word or punctuation mark of an article's text, with its character offsets ({@code end} exclusive).
 * {@code norm} is the lowercase form with diacritics removed and typographic apostrophes made plain, so lexicon
 * lookups need no further folding.
 */
record Token(String text, String norm, int start, int end, boolean word, boolean newlineBefore,
        boolean capitalized) {

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

    boolean is(String lower) {
        return norm.equals(lower);
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
