package io.newswire.ingest.feed;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Refuses XML whose markup (a tag with its attributes, a comment, a processing instruction, a declaration) runs longer
 * than a cap. The pull parser hands text and CDATA over in segments, so those cost nothing however long they are, and
 * the item reader caps them; but it holds a whole comment or tag in memory, so a 300 MB comment would exhaust the heap.
 * A small state machine over the characters, before the parser sees them.
 */
final class MarkupGuard extends FilterReader {
    /** Markup longer than the cap. */
    static final class TooLong extends IOException {
        TooLong(String message) {
            super(message);
        }
    }

    /**
     * Where the reader is: in text, in the opening of markup ({@code <}, {@code <!}, {@code <!-}) before its kind is
     * known, or inside markup of a kind. Each kind ends at {@code >} after {@code closers} of its closing mark in a
     * row ({@code -->}, {@code ?>}, {@code ]]>}, plain {@code >} for a tag or declaration); CDATA is text, so it is
     * not counted against the cap.
     */
    private enum State {
        TEXT, LT, BANG, BANG_DASH,
        COMMENT('-', 2, true), PI('?', 1, true), TAG('>', 0, true), CDATA(']', 2, false);

        final char mark;
        final int closers;
        final boolean counted;

        State() {
            this((char) 0, 0, false);
        }

        State(char mark, int closers, boolean counted) {
            this.mark = mark;
            this.closers = closers;
            this.counted = counted;
        }
    }

    private final long cap;
    private State state = State.TEXT;
    private long run;
    private int marks;

    MarkupGuard(Reader in, long cap) {
        super(in);
        this.cap = cap;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            step((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int off, int len) throws IOException {
        int n = super.read(buffer, off, len);
        int end = off + n;
        for (int i = off; i < end; i++) {
            if (state == State.TEXT) {
                // most characters are text: skip to the next markup without the state machine
                while (i < end && buffer[i] != '<') {
                    i++;
                }
                if (i == end) {
                    break;
                }
            }
            step(buffer[i]);
        }
        return n;
    }

    private void step(char c) throws TooLong {
        switch (state) {
            case TEXT -> {
                if (c == '<') {
                    state = State.LT;
                }
            }
            case LT -> {
                run = 1;
                marks = 0;
                state = c == '!' ? State.BANG : c == '?' ? State.PI : State.TAG;
            }
            case BANG -> state = c == '-' ? State.BANG_DASH : c == '[' ? State.CDATA : State.TAG;
            case BANG_DASH -> state = c == '-' ? State.COMMENT : State.TAG;
            default -> inside(c);
        }
    }

    /** A character inside markup of a known kind: counted (but CDATA), and the end of the markup watched for. */
    private void inside(char c) throws TooLong {
        if (state.counted) {
            count();
        }
        if (c == '>' && marks >= state.closers) {
            state = State.TEXT;
        }
        // a run of closing marks longer than needed still closes: the count stops where it is enough
        marks = c == state.mark ? Math.min(marks + 1, state.closers) : 0;
    }

    private void count() throws TooLong {
        if (++run > cap) {
            throw new TooLong("a tag, comment or processing instruction longer than " + cap
                    + " characters (cap --max-item-chars / FEED_MAX_ITEM_CHARS)");
        }
    }
}
