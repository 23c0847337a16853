package io.newswire.launcher.subscribe;

/** How a subscriber prints each event. */
public enum OutputFormat {
    /** The event's JSON, one per line, as in the topic: for jq and other programs. */
    JSON,
    /** One readable line per event: for people. */
    TEXT
}
