package io.newswire.enrich.tagging.pattern;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What one token must be: alternatives separated by {@code |}, each a conjunction of terms joined by {@code &}; a
 * term is a literal word, {@code $SET}, {@code @CLASS} or {@code _} (any token), and {@code !} before a term negates
 * it. {@code visited|$TRAVEL&!left|@PLACE} reads "visited, or a TRAVEL word other than left, or a place".
 */
final class TokenTest {
    private sealed interface Term permits Word, Words, TokenClass, Any {
    }

    /** {@code id}: the word's lexeme id, compared with the token's before any string */
    private record Word(String word, int id) implements Term {
        Word(String word) {
            this(word, Lexemes.idOf(word));
        }
    }

    private record Words(String name, FrozenWords words) implements Term {
    }

    private record TokenClass(String name) implements Term {
    }

    private record Any() implements Term {
    }

    private record Conjunct(Term term, boolean negated) {
        boolean test(TokenView v, int i, int lexeme) {
            boolean hit = switch (term) {
                case Word w -> {
                    int known = Lexemes.answer(lexeme, w.id());
                    yield known == Lexemes.ASK_WORD ? w.word().equals(v.norm(i)) : known == Lexemes.YES;
                }
                case Words s -> {
                    int known = s.words().answer(lexeme);
                    yield known == Lexemes.ASK_WORD ? s.words().contains(v.norm(i)) : known == Lexemes.YES;
                }
                case TokenClass c -> v.is(c.name(), i);
                case Any a -> true;
            };
            return hit != negated;
        }
    }

    /** arrays rather than lists: a test runs at every token a pattern reaches, and must allocate nothing */
    private final Conjunct[][] alternatives;
    private final String source;

    private TokenTest(List<List<Conjunct>> alternatives, String source) {
        this.alternatives = alternatives.stream().map(a -> a.toArray(Conjunct[]::new)).toArray(Conjunct[][]::new);
        this.source = source;
    }

    static TokenTest parse(String text, WordSets sets) {
        List<List<Conjunct>> alternatives = new ArrayList<>();
        for (String alternative : text.split("\\|", -1)) {
            List<Conjunct> all = new ArrayList<>();
            for (String piece : alternative.split("&", -1)) {
                boolean negated = piece.startsWith("!");
                all.add(new Conjunct(term(negated ? piece.substring(1) : piece, sets, text), negated));
            }
            alternatives.add(List.copyOf(all));
        }
        return new TokenTest(List.copyOf(alternatives), text);
    }

    private static Term term(String t, WordSets sets, String whole) {
        if (t.isEmpty()) {
            throw new IllegalArgumentException("empty term in token test '" + whole + "'");
        }
        if (t.equals("_")) {
            return new Any();
        }
        if (t.startsWith("$")) {
            return new Words(t.substring(1), FrozenWords.of(sets.words(t.substring(1))));
        }
        if (t.startsWith("@")) {
            return new TokenClass(t.substring(1));
        }
        if (!t.equals(t.toLowerCase(java.util.Locale.ROOT))) {
            throw new IllegalArgumentException("literal words are matched in lowercase: '" + t + "' in '" + whole
                    + "'");
        }
        return new Word(t);
    }

    /** Token {@code i} passes; its word is read only when its lexeme code cannot answer. */
    boolean test(TokenView v, int i) {
        int lexeme = v.lexeme(i);
        for (Conjunct[] alternative : alternatives) {
            boolean all = true;
            for (int k = 0; k < alternative.length && all; k++) {
                all = alternative[k].test(v, i, lexeme);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every word this test can accept, when that is a closed list (each alternative starts with a positive word or
     * set); null when a class, {@code _} or a negation leaves it open.
     */
    Set<String> words() {
        Set<String> out = new HashSet<>();
        for (Conjunct[] alternative : alternatives) {
            Conjunct first = alternative[0];
            if (first.negated()) {
                return null;
            }
            switch (first.term()) {
                case Word w -> out.add(w.word());
                case Words s -> out.addAll(s.words());
                default -> {
                    return null;
                }
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return source;
    }
}
