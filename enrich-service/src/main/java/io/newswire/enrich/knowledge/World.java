package io.newswire.enrich.knowledge;

import java.nio.file.Path;
import java.util.List;

/**
 * The knowledge the tagging stages share, each behind its small interface: office holders over time and places.
 * (What the stream has taught — {@link ActorMemory} — comes with each call, since it changes as articles pass.)
 */
public record World(Officials officials, Places places) {
    /** Knows nothing: the tagger relies on the article's text and its lexicons. */
    public static final World NONE = new World(Officials.NONE, Places.NONE);

    private static final class Bundled {
        static final World WORLD = new World(OfficialsTable.bundled(), CityTable.bundled());
    }

    /** The bundled tables (loaded once per JVM, on first use). */
    public static World bundled() {
        return Bundled.WORLD;
    }

    /** The bundled tables with the operator's own lists of officials beside them ({@code --actors FILE}). */
    public static World bundledWithActors(List<Path> actorFiles) {
        if (actorFiles == null || actorFiles.isEmpty()) {
            return bundled();
        }
        return new World(OfficialsTable.bundledWith(actorFiles), bundled().places());
    }
}
