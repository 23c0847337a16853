package io.newswire.ingest.feed;

/** The bytes are not a feed we can read: not well-formed, hostile, or not RSS, Atom, RDF or JSON Feed. */
public final class FeedFormatException extends Exception {
    public FeedFormatException(String message) {
        super(message);
    }

    public FeedFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
