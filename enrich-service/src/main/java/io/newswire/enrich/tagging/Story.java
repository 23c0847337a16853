package io.newswire.enrich.tagging;

import io.newswire.enrich.tagging.Actors.Actor;
import io.newswire.model.VisitStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * What the sentences read so far leave for the next one: who the last visit news was about ("He will hold talks
 * ..."), the country it was in, and news about a visit that no sentence has placed yet ("his visit has been
 * cancelled" before "he was to visit X"), to be matched once the whole article is read. A value: each sentence
 * takes one and returns the next.
 */
record Story(List<Person> lastActors, String lastHost, List<LateNews> lateNews) {
    static final Story START = new Story(List.of(), null, List.of());

    /** A visit noun with no place of its own, kept until the article's visits are all known. */
    record LateNews(Sentence sentence, Actor actor, Trigger trigger, int windowEnd, VisitStatus status,
            String hostThen) {
    }

    Story {
        lastActors = List.copyOf(lastActors);
        lateNews = List.copyOf(lateNews);
    }

    /** A visit recorded in {@code host}, reported about {@code actors}. */
    Story visitIn(String host, List<Person> actors) {
        return new Story(actors, host, lateNews);
    }

    Story about(List<Person> actors) {
        return new Story(actors, lastHost, lateNews);
    }

    Story withLateNews(LateNews news) {
        List<LateNews> all = new ArrayList<>(lateNews);
        all.add(news);
        return new Story(lastActors, lastHost, all);
    }
}
