package io.newswire.enrich.tagging.pattern;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * An immutable set of words made for the one question the tagger asks of it at every token: is this word in the
 * set? Open addressing over a power-of-two table with each word's hash kept beside it, so a miss (the usual answer)
 * costs a mask and one or two int comparisons, without the division and the string comparisons of
 * {@code Set.copyOf}'s table. Otherwise an ordinary read-only {@code Set}: {@code contains(null)} throws as
 * {@code Set.of}'s does, iteration order is unspecified.
 */
public final class FrozenWords extends AbstractSet<String> {
    private static final FrozenWords EMPTY = new FrozenWords(new String[0]);

    private final String[] words;
    private final String[] table;
    private final int[] hashes;
    private final int mask;

    private FrozenWords(String[] words) {
        this.words = words;
        int slots = Integer.highestOneBit(Math.max(4, words.length * 4) - 1) << 1; // load factor at most 1/4
        this.table = new String[slots];
        this.hashes = new int[slots];
        this.mask = slots - 1;
        for (String w : words) {
            int h = w.hashCode();
            int slot = spread(h) & mask;
            while (table[slot] != null) {
                slot = slot + 1 & mask;
            }
            table[slot] = w;
            hashes[slot] = h;
        }
    }

    /** The distinct words of {@code words}; a null word throws. A {@code FrozenWords} is returned as it is. */
    public static FrozenWords of(Collection<String> words) {
        if (words instanceof FrozenWords frozen) {
            return frozen;
        }
        String[] distinct = words.stream().map(Objects::requireNonNull).distinct().toArray(String[]::new);
        return distinct.length == 0 ? EMPTY : new FrozenWords(distinct);
    }

    private static int spread(int h) {
        return h ^ h >>> 16;
    }

    @Override
    public boolean contains(Object o) {
        if (!(Objects.requireNonNull(o) instanceof String s)) {
            return false;
        }
        int h = s.hashCode();
        for (int slot = spread(h) & mask;; slot = slot + 1 & mask) {
            String w = table[slot];
            if (w == null) {
                return false;
            }
            if (w == s || hashes[slot] == h && w.equals(s)) {
                return true;
            }
        }
    }

    @Override
    public int size() {
        return words.length;
    }

    @Override
    public Iterator<String> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < words.length;
            }

            @Override
            public String next() {
                if (next >= words.length) {
                    throw new NoSuchElementException();
                }
                return words[next++];
            }
        };
    }

    @Override
    public Object[] toArray() {
        return Arrays.copyOf(words, words.length, Object[].class);
    }
}
