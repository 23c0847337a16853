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
 * <p>
 * Its words get ids in {@link Lexemes} when it is built, and it keeps them as a bit set: a caller holding a token's
 * lexeme code asks {@link #contains(int, String)}, a bit test, and only falls back to the string table when the
 * code cannot answer (a word looked up before this set's words were registered).
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
    /** each word's lexeme id, by position; {@link Lexemes#NONE} when the lexeme table was full */
    private final int[] ids;
    /** the words' ids as bits {@code id - base}; null when some word has no id */
    private final long[] lexemeBits;
    private final int base;
    /** every word's id is below this: an unknown-word code that rules out {@code limit} lexemes rules out the set */
    private final int limit;

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
        this.ids = new int[words.length];
        int lo = Integer.MAX_VALUE;
        int hi = -1;
        boolean all = true;
        for (int p = 0; p < words.length; p++) {
            ids[p] = Lexemes.register(words[p]);
            if (ids[p] == Lexemes.NONE) {
                all = false;
            } else {
                lo = Math.min(lo, ids[p]);
                hi = Math.max(hi, ids[p]);
            }
        }
        this.base = hi < 0 ? 0 : lo;
        this.limit = hi + 1;
        if (all) {
            long[] bits = new long[(limit - base + 63) >>> 6];
            for (int id : ids) {
                bits[(id - base) >>> 6] |= 1L << (id - base);
            }
            this.lexemeBits = bits;
        } else {
            this.lexemeBits = null;
        }
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
     * Whether {@code word} is in the set, {@code lexeme} being its code from {@link Lexemes#lookup} (a token's):
     * a bit test, or for an unknown word a comparison, unless the code is older than this set's words.
     */
    public boolean contains(int lexeme, String word) {
        int known = answer(lexeme);
        return known == Lexemes.ASK_WORD ? indexOf(word) >= 0 : known == Lexemes.YES;
    }

    /**
     * Whether the word of lexeme code {@code lexeme} is in the set: {@link Lexemes#YES}, {@link Lexemes#NO}, or
     * {@link Lexemes#ASK_WORD} when the code is older than this set's words (then ask {@link #contains(Object)}).
     * For a caller that keeps codes apart from the words, and reads a word only when it must.
     */
    public int answer(int lexeme) {
        if (lexemeBits == null) {
            return Lexemes.ASK_WORD;
        }
        if (lexeme >= 0) {
            int k = lexeme - base;
            return k >= 0 && k < limit - base && (lexemeBits[k >>> 6] & 1L << k) != 0 ? Lexemes.YES : Lexemes.NO;
        }
        return limit <= Lexemes.ruledOut(lexeme) ? Lexemes.NO : Lexemes.ASK_WORD;
    }

    /** Whether a {@link Lexemes#lookup} code answers {@link #contains(int, String)} without the string. */
    boolean knows(int lexeme) {
        return lexemeBits != null && (lexeme >= 0 || limit <= Lexemes.ruledOut(lexeme));
    }

    /** The lexeme id of the word at {@code position}; {@link Lexemes#NONE} when the table was full. */
    int idAt(int position) {
        return ids[position];
    }

    /** The lowest lexeme id of the words (0 when empty). */
    int lowestId() {
        return base;
    }

    /** One above the highest lexeme id of the words. */
    int idLimit() {
        return limit;
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
