package io.newswire.model;

/** A sentence that supports a finding, with its character offsets in the article's text ({@code end} exclusive). */
public record Evidence(String text, int start, int end) {
    public Evidence {
        Require.nonNull(text, "text");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad evidence offsets " + start + ".." + end);
        }
    }
}
