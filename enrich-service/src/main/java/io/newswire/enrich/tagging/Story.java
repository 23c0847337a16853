package io.newswire.enrich.tagging;

import io.newswire.enrich.tagging.Actors.Actor;
import io.newswire.model.VisitStatus;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the sentences read so far leave for the next one: who the last visit news was about ("He will hold talks
 * ..."), the country it was in, news about a visit that no sentence has placed yet ("his visit has been cancelled"
 * before "he was to visit X"), to be matched once the whole article is read, the visits reported so far (one draft
 * per visitor country and host, in the order they were opened) and the countries the visit stages learned for
 * persons. A value: each sentence takes one and returns the next.
 */
record Story(List<Person> lastActors, String lastHost, List<LateNews> lateNews, Map<String, VisitDraft> drafts,
        LearnedCountries learned) {
    static final Story START = new Story(List.of(), null, List.of(), Map.of(), LearnedCountries.NONE);

    /** A visit noun with no place of its own, kept until the article's visits are all known. */
    record LateNews(Sentence sentence, Actor actor, Trigger trigger, int windowEnd, VisitStatus status,
            String hostThen) {
    }

    Story {
        lastActors = List.copyOf(lastActors);
        lateNews = List.copyOf(lateNews);
        drafts = Collections.unmodifiableMap(new LinkedHashMap<>(drafts));
    }

    /** A visit recorded in {@code host}, reported about {@code actors}. */
    Story visitIn(String host, List<Person> actors) {
        return new Story(actors, host, lateNews, drafts, learned);
    }

    Story about(List<Person> actors) {
        return new Story(actors, lastHost, lateNews, drafts, learned);
    }

    Story withLateNews(LateNews news) {
        List<LateNews> all = new ArrayList<>(lateNews);
        all.add(news);
        return new Story(lastActors, lastHost, all, drafts, learned);
    }

    /** The draft replaced by {@code draft} (same key), or added after the others. */
    Story withDraft(VisitDraft draft) {
        Map<String, VisitDraft> all = new LinkedHashMap<>(drafts);
        all.put(draft.key(), draft);
        return new Story(lastActors, lastHost, lateNews, all, learned);
    }

    Story withLearned(LearnedCountries more) {
        return new Story(lastActors, lastHost, lateNews, drafts, more);
    }
}
