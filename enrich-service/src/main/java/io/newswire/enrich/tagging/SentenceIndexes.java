package io.newswire.enrich.tagging;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * The indexes of the sentences reporting a visit, each once, in the order they were read: an immutable list whose
 * {@link #has} is a bit test. Every report of a visit asks whether its sentence is already there and adds it (and
 * several look for the visit reported in a given sentence), so the list keeps a bit per sentence beside the order.
 */
final class SentenceIndexes extends AbstractList<Integer> implements RandomAccess {
    static final SentenceIndexes NONE = new SentenceIndexes(new int[0], new long[0]);

    private final int[] order;
    /** bit i set: sentence i is in the list */
    private final long[] bits;

    private SentenceIndexes(int[] order, long[] bits) {
        this.order = order;
        this.bits = bits;
    }

    /** The distinct indexes of {@code indexes} in their order; a {@code SentenceIndexes} is returned as it is. */
    static SentenceIndexes of(Iterable<Integer> indexes) {
        if (indexes instanceof SentenceIndexes same) {
            return same;
        }
        SentenceIndexes out = NONE;
        for (int i : indexes) {
            out = out.plus(i);
        }
        return out;
    }

    /** Sentence {@code i} is in the list. */
    boolean has(int i) {
        return i >= 0 && i >> 6 < bits.length && (bits[i >> 6] & 1L << i) != 0;
    }

    /** This list with sentence {@code i} added at the end, or this list when it has {@code i} already. */
    SentenceIndexes plus(int i) {
        if (i < 0) {
            throw new IllegalArgumentException("no sentence " + i);
        }
        if (has(i)) {
            return this;
        }
        int[] more = Arrays.copyOf(order, order.length + 1);
        more[order.length] = i;
        long[] moreBits = Arrays.copyOf(bits, Math.max(bits.length, (i >> 6) + 1));
        moreBits[i >> 6] |= 1L << i;
        return new SentenceIndexes(more, moreBits);
    }

    @Override
    public Integer get(int k) {
        return order[k];
    }

    @Override
    public int size() {
        return order.length;
    }

    @Override
    public boolean contains(Object o) {
        return o instanceof Integer i && has(i);
    }
}
