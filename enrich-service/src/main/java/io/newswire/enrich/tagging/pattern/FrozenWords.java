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
 * {@code Set.copyOf}'s table. Otherwise an ordinary read-only {@code Set} that iterates in the order it was given
 * (a vocabulary set may be a sequence: "one two three"); {@code contains(null)} is false.
 */
public final class FrozenWords extends AbstractSet<String> {
    private static final FrozenWords EMPTY = new FrozenWords(new String[0]);

    private final String[] words;
    private final String[] table;
    private final int[] hashes;
    /** each slot's word's position in {@link #words} */
    private final int[] positions;
    private final int mask;
    /**
     * A 256-bit filter of the words' hashes, kept in the object itself: most words asked about are in no set, and
     * the filter turns most of them away without reading the table (a cache miss each, at every token).
     */
    private final long filter0;
    private final long filter1;
    private final long filter2;
    private final long filter3;

    private FrozenWords(String[] words) {
        this.words = words;
        int slots = Integer.highestOneBit(Math.max(4, words.length * 4) - 1) << 1; // load factor at most 1/4
        this.table = new String[slots];
        this.hashes = new int[slots];
        this.positions = new int[slots];
        this.mask = slots - 1;
        long[] filter = new long[4];
        for (int p = 0; p < words.length; p++) {
            int h = words[p].hashCode();
            int bit = filterBit(h);
            filter[bit >>> 6] |= 1L << bit;
            int slot = spread(h) & mask;
            while (table[slot] != null) {
                slot = slot + 1 & mask;
            }
            table[slot] = words[p];
            hashes[slot] = h;
            positions[slot] = p;
        }
        this.filter0 = filter[0];
        this.filter1 = filter[1];
        this.filter2 = filter[2];
        this.filter3 = filter[3];
    }

    /** 0..255 from the high bits of a multiplicative hash (the table uses the low bits). */
    private static int filterBit(int h) {
        return h * 0x9E3779B9 >>> 24;
    }

    private boolean mayContain(int h) {
        int bit = filterBit(h);
        long bits = switch (bit >>> 6) {
            case 0 -> filter0;
            case 1 -> filter1;
            case 2 -> filter2;
            default -> filter3;
        };
        return (bits >>> bit & 1L) != 0;
    }

    /**
     * The distinct words of {@code words} in its iteration order; a null word throws. A {@code FrozenWords} is
     * returned as it is.
     */
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
        return o instanceof String s && indexOf(s) >= 0;
    }

    /**
     * The position of {@code word} in the order the words were given, or -1: a lexicon keeps what it knows of each
     * word in an array at that position, and so looks words up here rather than in a {@code HashMap}.
     */
    public int indexOf(String word) {
        int h = word.hashCode();
        if (!mayContain(h)) {
            return -1;
        }
        for (int slot = spread(h) & mask;; slot = slot + 1 & mask) {
            String w = table[slot];
            if (w == null) {
                return -1;
            }
            if (w == word || hashes[slot] == h && w.equals(word)) {
                return positions[slot];
            }
        }
    }

    /** The word at {@code position} (0 ≤ position &lt; size()), in the order the words were given. */
    public String get(int position) {
        return words[position];
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
