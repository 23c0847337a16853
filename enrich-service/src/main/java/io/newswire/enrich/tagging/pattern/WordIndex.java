package io.newswire.enrich.tagging.pattern;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An immutable map from words to what a lexicon knows of them, looked up as {@link FrozenWords} looks up a word: the
 * lexicons (countries, roles, pattern rows) ask it at almost every token and almost always hear "nothing".
 *
 * @param <V> what is known of a word
 */
public final class WordIndex<V> {
    private final FrozenWords keys;
    private final Object[] values;
    /**
     * the values by lexeme id ({@code id - keys.lowestId()}), so that a token's id finds its value without its
     * string; null when some key has no id
     */
    private final Object[] byId;

    private WordIndex(FrozenWords keys, Object[] values) {
        this.keys = keys;
        this.values = values;
        Object[] table = new Object[keys.idLimit() - keys.lowestId()];
        for (int p = 0; p < keys.size(); p++) {
            if (keys.idAt(p) == Lexemes.NONE) {
                table = null;
                break;
            }
            table[keys.idAt(p) - keys.lowestId()] = values[p];
        }
        this.byId = table;
    }

    /** The entries of {@code map}; a null key or value throws. */
    public static <V> WordIndex<V> of(Map<String, ? extends V> map) {
        List<String> keys = new ArrayList<>(map.size());
        List<Object> values = new ArrayList<>(map.size());
        map.forEach((k, v) -> {
            if (v == null) {
                throw new NullPointerException("no value for " + k);
            }
            keys.add(k);
            values.add(v);
        });
        return new WordIndex<>(FrozenWords.of(keys), values.toArray());
    }

    /** What is known of {@code word}, or null. */
    @SuppressWarnings("unchecked")
    public V get(String word) {
        int i = keys.indexOf(word);
        return i < 0 ? null : (V) values[i];
    }

    /**
     * What is known of {@code word}, {@code lexeme} being its code from {@link Lexemes#lookup} (a token's), or
     * null: an array read when the code answers, else the string lookup of {@link #get(String)}.
     */
    @SuppressWarnings("unchecked")
    public V get(int lexeme, String word) {
        if (lexeme >= 0 && byId != null) {
            int k = lexeme - keys.lowestId();
            return k >= 0 && k < byId.length ? (V) byId[k] : null;
        }
        if (keys.knows(lexeme)) {
            return null;
        }
        return get(word);
    }

    /** The words, in no particular order. */
    public FrozenWords words() {
        return keys;
    }
}
