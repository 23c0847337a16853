package io.newswire.enrich.tagging.pattern;

import java.util.Map;

/**
 * One match of a pattern: tokens {@code [start, end)} are the matched span (the part between the anchor {@code >}
 * and the end mark {@code <}, or the whole pattern without them); {@code from} is where the left context begins.
 * Each named capture that matched at least one token maps to its span.
 */
public record Match(int from, int start, int end, Map<String, Span> captures) {

    /** Tokens {@code [from, to)}. */
    public record Span(int from, int to) {
    }

    public Match {
        captures = Map.copyOf(captures);
    }

    /** The span captured under {@code name}, or null when that part did not take part in the match. */
    public Span capture(String name) {
        return captures.get(name);
    }
}
