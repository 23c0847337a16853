package io.newswire.enrich.knowledge;

import java.time.Instant;
import java.util.Objects;

/**
 * A person the news has named as an official of a country ("Nigerian Foreign Minister Ada Obi"), remembered so that a
 * later article naming them bare ("Obi arrived in Accra") can be resolved. {@code lastSeen} is the publication time
 * of the newest article that named them so; an entry not seen for {@link ActorMemory#FORGET_AFTER} is forgotten.
 */
public record KnownActor(String name, String country, String role, Instant lastSeen) {
    public KnownActor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(lastSeen, "lastSeen");
    }

    /** The key this actor is stored and looked up under: {@link ActorNames#key(String)} of the name. */
    public String key() {
        return ActorNames.key(name);
    }
}
