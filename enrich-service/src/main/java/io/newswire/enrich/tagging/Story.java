package io.newswire.enrich.tagging;

import io.newswire.enrich.tagging.Actors.Actor;
import io.newswire.model.VisitStatus;
import java.util.List;

/**
 * What the sentences read so far leave for the next one: who the last visit news was about ("He will hold talks
 * ..."), the country it was in, news about a visit that no sentence has placed yet ("his visit has been cancelled"
 * before "he was to visit X"), to be matched once the whole article is read, the visits reported so far (one draft
 * per visitor country and host, in the order they were opened) and the countries the visit stages learned for
 * persons. A value: each sentence takes one and returns the next.
 *
 * <p>Every sentence makes several stories, and most change one part only: the parts are immutable lists, shared
 * from one story to the next rather than copied, and an article's few drafts are found by a scan of their list.
 */
record Story(List<Person> lastActors, String lastHost, List<LateNews> lateNews, List<VisitDraft> drafts,
        LearnedCountries learned) {
    static final Story START = new Story(List.of(), null, List.of(), List.of(), LearnedCountries.NONE);

    /** A visit noun with no place of its own, kept until the article's visits are all known. */
    record LateNews(Sentence sentence, Actor actor, Trigger trigger, int windowEnd, VisitStatus status,
            String hostThen) {
    }

    /** The lists as given when they are already immutable (as every story's are), else immutable copies. */
    Story {
        lastActors = List.copyOf(lastActors);
        lateNews = List.copyOf(lateNews);
        drafts = List.copyOf(drafts);
    }

    /** The draft of the visit with this key, or null. */
    VisitDraft draft(VisitDraft.Key key) {
        for (VisitDraft v : drafts) {
            if (v.is(key)) {
                return v;
            }
        }
        return null;
    }

    /** A visit recorded in {@code host}, reported about {@code actors}. */
    Story visitIn(String host, List<Person> actors) {
        return new Story(actors, host, lateNews, drafts, learned);
    }

    Story about(List<Person> actors) {
        return new Story(actors, lastHost, lateNews, drafts, learned);
    }

    Story withLateNews(LateNews news) {
        return new Story(lastActors, lastHost, plus(lateNews, news), drafts, learned);
    }

    /** The draft replaced by {@code draft} (same key), or added after the others. */
    Story withDraft(VisitDraft draft) {
        VisitDraft.Key key = draft.key();
        for (int k = 0; k < drafts.size(); k++) {
            if (drafts.get(k).is(key)) {
                VisitDraft[] all = drafts.toArray(VisitDraft[]::new);
                all[k] = draft;
                return new Story(lastActors, lastHost, lateNews, List.of(all), learned);
            }
        }
        return new Story(lastActors, lastHost, lateNews, plus(drafts, draft), learned);
    }

    Story withLearned(LearnedCountries more) {
        return new Story(lastActors, lastHost, lateNews, drafts, more);
    }

    /** An immutable list of {@code list}'s elements and then {@code e}. */
    @SuppressWarnings("unchecked")
    static <E> List<E> plus(List<E> list, E e) {
        Object[] more = list.toArray(new Object[list.size() + 1]);
        more[list.size()] = e;
        return (List<E>) List.of(more);
    }
}
