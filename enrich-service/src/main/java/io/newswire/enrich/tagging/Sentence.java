package io.newswire.enrich.tagging;

/** Tokens {@code [from, to)} of a document, spanning characters {@code [start, end)} of its text. */
record Sentence(int index, int from, int to, int start, int end) {
}
