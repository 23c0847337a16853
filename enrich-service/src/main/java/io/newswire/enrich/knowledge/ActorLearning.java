package io.newswire.enrich.knowledge;

import io.newswire.model.Article;
import io.newswire.model.Enrichment;
import io.newswire.model.Official;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What an article teaches about actors, and how that changes what is remembered. The tagger's {@code people} output
 * names officials it resolved from the text to a country and a role ("Nigerian Foreign Minister Ada Obi"); each one
 * named by at least a given name and a surname is remembered under {@link ActorNames#key}, last seen at the article's
 * publication time. A one-word name is not remembered: across articles it would stand for too many people.
 */
public final class ActorLearning {
    /** A repeat mention within this long of the remembered one changes nothing worth a write. */
    static final Duration REFRESH_AFTER = Duration.ofDays(1);
    /** An article dated further ahead of the clock than this counts as seen now (a mis-dated feed item). */
    static final Duration FUTURE_SLACK = Duration.ofDays(1);

    private ActorLearning() {
    }

    /** The actors {@code enrichment} of {@code article} teaches, one per key, in the order the article names them. */
    public static List<KnownActor> taught(Article article, Enrichment enrichment, Instant now) {
        Instant seen = seenAt(article, now);
        Map<String, KnownActor> byKey = new LinkedHashMap<>();
        for (Official o : enrichment.people()) {
            if (o.country() == null || o.country().isBlank() || o.role() == null || o.role().isBlank()) {
                continue;
            }
            String key = ActorNames.key(o.name());
            if (key.indexOf(' ') < 0) {
                continue;
            }
            byKey.putIfAbsent(key, new KnownActor(o.name().strip(), o.country(), o.role(), seen));
        }
        return List.copyOf(byKey.values());
    }

    /**
     * What to remember for the key of {@code taught} when {@code before} (null if none) is remembered now: empty when
     * nothing needs writing, i.e. the memory already holds a newer mention, or the same country and role seen less
     * than {@link #REFRESH_AFTER} earlier. A newer mention replaces an older one, so an actor who changed office is
     * remembered in the new one.
     */
    public static Optional<KnownActor> merge(KnownActor before, KnownActor taught) {
        if (before == null) {
            return Optional.of(taught);
        }
        if (taught.lastSeen().isBefore(before.lastSeen())) {
            return Optional.empty();
        }
        boolean same = before.country().equals(taught.country()) && Objects.equals(before.role(), taught.role())
                && before.name().equals(taught.name());
        if (same && taught.lastSeen().isBefore(before.lastSeen().plus(REFRESH_AFTER))) {
            return Optional.empty();
        }
        return Optional.of(taught);
    }

    /** Whether {@code actor} is past {@link ActorMemory#FORGET_AFTER} at {@code at}. */
    public static boolean forgotten(KnownActor actor, Instant at) {
        return actor.lastSeen().isBefore(at.minus(ActorMemory.FORGET_AFTER));
    }

    /** The article's publication time (else fetch time, else now), never later than shortly after now. */
    static Instant seenAt(Article a, Instant now) {
        Instant t = a.publishedAt() != null ? a.publishedAt() : a.fetchedAt() != null ? a.fetchedAt() : now;
        Instant latest = now.plus(FUTURE_SLACK);
        return t.isAfter(latest) ? now : t;
    }
}
