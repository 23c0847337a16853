package io.newswire.enrich.tagging.pattern;

/**
 * The tokens a {@link TokenPattern} reads: each token's folded form (lowercase, no diacritics), and whether it
 * belongs to a named class ({@code PLACE}, {@code ROLE}, {@code NAME}, ...) that the caller knows how to test. The
 * matcher itself knows no class; it asks.
 */
public interface TokenView {
    /** The folded form of token {@code i}. */
    String norm(int i);

    /**
     * The {@link Lexemes} code of token {@code i}'s folded form, which word tests use instead of the string. A view
     * that keeps its tokens' codes returns them; this default looks the word up.
     */
    default int lexeme(int i) {
        return Lexemes.lookup(norm(i));
    }

    /** Whether token {@code i} belongs to the class called {@code tokenClass}. */
    boolean is(String tokenClass, int i);
}
