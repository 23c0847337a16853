package io.newswire.enrich.knowledge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Actor memory held in this process, filled in input order: the offline {@code tag} command's, so that a file of
 * articles teaches later lines what earlier ones said, as the Streams application does with {@code news.actors}.
 * Not thread-safe.
 */
public final class LearnedActors implements ActorMemory {
    private final Map<String, KnownActor> byKey = new HashMap<>();

    @Override
    public Optional<KnownActor> recall(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** Remembers what one article taught (see {@link ActorLearning#merge}). */
    public void learn(List<KnownActor> taught) {
        for (KnownActor a : taught) {
            ActorLearning.merge(byKey.get(a.key()), a).ifPresent(m -> byKey.put(m.key(), m));
        }
    }

    public int size() {
        return byKey.size();
    }
}
