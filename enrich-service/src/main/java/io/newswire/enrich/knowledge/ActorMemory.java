package io.newswire.enrich.knowledge;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What the tagger has learned from earlier articles about who is who, read by name. The Streams application backs it
 * with a state store over the compacted {@code news.actors} topic; the offline {@code tag} command with a map filled
 * in input order. The tagger only reads it: what an article teaches is its {@code people} output (officials with a
 * country and a role), which the caller remembers, so tagging stays a pure function of the article and this view.
 */
@FunctionalInterface
public interface ActorMemory {
    /** How long an actor stays known without being named again. */
    Duration FORGET_AFTER = Duration.ofDays(548);

    /** Nobody known: the tagger relies on the article's own text and the bundled tables. */
    ActorMemory NONE = key -> Optional.empty();

    /** The actor stored under {@code key} ({@link ActorNames#key(String)}), if any. */
    Optional<KnownActor> recall(String key);

    /** As {@link #recall(String)}, but only an actor named within {@link #FORGET_AFTER} before {@code at}. */
    default Optional<KnownActor> recall(String key, Instant at) {
        return recall(key).filter(a -> !a.lastSeen().isBefore(at.minus(FORGET_AFTER)));
    }
}
