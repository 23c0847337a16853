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

    private WordIndex(FrozenWords keys, Object[] values) {
        this.keys = keys;
        this.values = values;
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

    /** The words, in no particular order. */
    public FrozenWords words() {
        return keys;
    }
}
