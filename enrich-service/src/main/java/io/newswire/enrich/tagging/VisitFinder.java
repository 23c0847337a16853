package io.newswire.enrich.tagging;

import io.newswire.enrich.tagging.Actors.Actor;
import io.newswire.enrich.knowledge.Officials;
import io.newswire.enrich.tagging.Trigger.Kind;
import io.newswire.model.VisitStatus;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds diplomatic visits in one article, sentence by sentence, from the ways news reports them:
 * an official arrives in / lands in / travels to / visits / tours / is due in a country, pays or embarks on a visit
 * to it, attends a meeting held there, is hosted, received or welcomed by its officials. A visit needs an official
 * (a head of state or government, minister, military chief, envoy or royal) of one country going to another.
 * Look-alikes are dropped: phone and video calls, virtual attendance, denials ("will not attend"), invitations,
 * visits dated years back or recalled as background, trips inside the visitor's own country, and travel by people
 * who hold no office. Each visit collects its visitors, the host officials met, dates, status and evidence.
 */
final class VisitFinder {
    static final Set<String> VISIT_NOUN = Vocabulary.set("VISIT_NOUN");
    static final Set<String> BE = Vocabulary.set("BE");
    static final Set<String> NOUN_OPENERS = Vocabulary.set("NOUN_OPENER");
    /** words opening a clause about a visit before the sentence's subject: "After a visit to X, Y ..." */
    static final Set<String> FRONTING = Vocabulary.set("FRONTING");
    static final Set<String> EVENTS = Vocabulary.set("EVENT");
    static final Set<String> SPEECH = Vocabulary.set("SPEECH");

    private static final Set<String> SETTING_OUT = Vocabulary.set("SETTING_OUT");
    private static final Set<String> REACH = Vocabulary.set("REACH");
    private static final Set<String> ARRIVAL_WHEN = Vocabulary.set("ARRIVAL_WHEN");
    private static final VisitPatterns.Group TRAVELS_WITH = VisitPatterns.standard().rowGroup("TRAVELS_WITH");
    /** where a homecoming leads when it names no country: "returned home" */
    private static final String HOME = "home";

    private final Doc doc;
    private final People people;
    private final PlaceFinder placeFinder;
    private final VisitWords words;
    private final LookAlikes lookAlikes;
    private final VisitStatuses statuses;
    private final ArticleVisits visits;
    private final HostTriggers hostSide;
    private final Actors actors;
    private final NounActors nounActors;

    VisitFinder(Doc doc, People people) {
        this(doc, people, Officials.NONE);
    }

    VisitFinder(Doc doc, People people, Officials officials) {
        this.doc = doc;
        this.people = people;
        this.placeFinder = new PlaceFinder(doc);
        this.words = new VisitWords(doc);
        this.lookAlikes = new LookAlikes(words);
        VisitDates visitDates = new VisitDates(words);
        this.statuses = new VisitStatuses(words, visitDates);
        this.actors = new Actors(words, people, officials);
        this.nounActors = new NounActors(doc, people);
        this.visits = new ArticleVisits(doc, people, actors, visitDates);
        this.hostSide = new HostTriggers(doc, actors, lookAlikes, statuses, visits);
    }

    List<VisitDraft> find() {
        Story story = Story.START;
        for (Sentence s : doc.sentences) {
            story = sentence(s, story);
        }
        for (Story.LateNews news : story.lateNews()) {
            story = visits.attachToKnown(news, story);
        }
        return visits.finish(story);
    }

    // ---- triggers ----

    private Story sentence(Sentence s, Story in) {
        Story story = in;
        List<Trigger> triggers = triggers(s);
        if (s.index() < doc.titleSentences) {
            headlinePresence(s, triggers);
        }
        String fronted = placeFinder.frontedPlace(s);
        for (int k = 0; k < triggers.size(); k++) {
            Trigger t = triggers.get(k);
            int windowEnd = clauseEnd(s, t.after(), k + 1 < triggers.size() ? triggers.get(k + 1).at() : s.to());
            story = switch (t.kind()) {
                case HOST -> hostSide.hostActive(s, t, windowEnd, fronted, story);
                case HOSTED_BY -> hostSide.hostedBy(s, t, windowEnd, fronted, story);
                case MEET -> hostSide.meet(s, t, windowEnd, story);
                default -> travel(s, t, windowEnd, fronted, story);
            };
        }
        return travellingWith(s, homecoming(s, story));
    }

    /** Headlines drop the verb: "Scholz in Kazakhstan for energy talks" is a presence at "in". */
    private void headlinePresence(Sentence s, List<Trigger> triggers) {
        for (People.Unit u : people.units(s.index())) {
            if (u.person() != null && doc.is(u.to(), "in") && doc.placeAt(u.to() + 1) != null
                    && triggers.stream().noneMatch(tr -> tr.at() > u.to() && tr.at() < u.to() + 4)) {
                triggers.add(new Trigger(Kind.PRESENCE, u.to(), u.to()));
            }
        }
        triggers.sort(java.util.Comparator.comparingInt(Trigger::at));
    }

    /**
     * "Trade Minister X is travelling with the king", "X accompanied the president" (the TRAVELS_WITH rows): X is in
     * the delegation of the visit to the country the story is in, when there is exactly one such visit X can be on.
     */
    private Story travellingWith(Sentence s, Story in) {
        int j = in.lastHost() == null ? -1
                : words.patterns().firstIn(TRAVELS_WITH, words, s.from() + 1, s.to());
        if (j < 0) {
            return in;
        }
        Story story = in;
        for (Person p : actors.about(story).subject(s, j).persons()) {
            VisitDraft only = onlyVisitFor(p, story);
            if (only != null && (story.learned().guessed(p) || !only.host().equals(story.learned().of(p)))) {
                story = ArticleVisits.joinDelegation(story, only.key(), List.of(p));
                story = ArticleVisits.update(story, only.key(), v -> v.withEvidence(s.index()));
            }
        }
        return story;
    }

    /** The one visit to the story's country that the person can be on, or null when there are none or several. */
    private static VisitDraft onlyVisitFor(Person p, Story story) {
        LearnedCountries learned = story.learned();
        VisitDraft only = null;
        int n = 0;
        for (VisitDraft v : story.drafts()) {
            if (v.host().equals(story.lastHost()) && (learned.of(p) == null || learned.guessed(p)
                    || v.visitorCountry().equals(learned.of(p)))) {
                only = v;
                n++;
            }
        }
        return n == 1 ? only : null;
    }

    /**
     * "met X before returning to Warsaw", "returned home on Tuesday": going home is no visit; told in the past, it
     * ends the visit the story is about.
     */
    private Story homecoming(Sentence s, Story story) {
        for (int j = s.from(); j + 1 < s.to(); j++) {
            String home = words.is(j, VisitWords.Word.HOMEWARD) ? homecomingTo(j) : null;
            if (home == null) {
                continue; // "returned home from X" is a trigger of its own; "flew to X" is a trip
            }
            // "will meet X before returning home": still to come
            return stillAhead(s, j) ? story : endVisitsOnReturn(s, j, home, story);
        }
        return story;
    }

    /** Where going back at token j leads: {@link #HOME}, a country ("returned to Warsaw"), or null if neither. */
    private String homecomingTo(int j) {
        if (!doc.is(j + 1, "home") && !doc.is(j + 1, "to")) {
            return null;
        }
        String place = doc.is(j + 1, "to") ? doc.placeAt(j + 2) : null;
        if (place != null) {
            return place;
        }
        boolean returning = doc.tok(j).norm().startsWith("return");
        return returning && !doc.is(j + 2, "from") ? HOME : null;
    }

    private boolean stillAhead(Sentence s, int j) {
        return words.first(VisitWords.Word.STILL_AHEAD, s.from(), j) >= 0;
    }

    /** The visits in {@code lastHost} (of visitors from {@code home}, when named) end with the return at j. */
    private Story endVisitsOnReturn(Sentence s, int j, String home, Story in) {
        Story story = in;
        for (VisitDraft v : in.drafts()) {
            if (v.host().equals(in.lastHost()) && (HOME.equals(home) || v.visitorCountry().equals(home))
                    && v.status() != VisitStatus.CANCELLED) {
                story = story.withDraft(lastDayOnReturn(s, j, v.withStatus(VisitStatus.COMPLETED)));
            }
        }
        return story;
    }

    /** "returned home on Wednesday": the visit's last day. */
    private VisitDraft lastDayOnReturn(Sentence s, int j, VisitDraft v) {
        List<DateMention> when = DateFinder.find(doc.tokens, j + 1, Math.min(s.to(), j + 8));
        if (v.end() == null && v.start() != null && !when.isEmpty()) {
            java.time.LocalDate last = when.getFirst().start(doc.published, DateMention.Tense.PAST);
            if (!last.isBefore(v.start())) {
                return v.withDates(v.start(), last, v.days());
            }
        }
        return v;
    }

    private List<Trigger> triggers(Sentence s) {
        return words.patterns().triggers(words, s);
    }

    private int clauseEnd(Sentence s, int from, int nextTrigger) {
        for (int j = from; j < Math.min(s.to(), nextTrigger); j++) {
            if (j > from && words.is(j, VisitWords.Word.CLAUSE_BREAK)) {
                return j;
            }
        }
        return Math.min(s.to(), nextTrigger);
    }

    // ---- travel-like triggers ----

    private Story travel(Sentence s, Trigger t, int windowEnd, String fronted, Story story) {
        // "Ghana will be represented at the summit by Foreign Minister X": X goes, for Ghana
        Story after = t.kind() == Kind.REPRESENTED ? story.withLearned(actors.about(story).representing(s, t)) : story;
        Actor actor = traveller(s, t, windowEnd, after);
        if (actor.isEmpty()) {
            return after;
        }
        int from = Math.max(s.from(), Math.min(actor.from() < 0 ? t.at() : actor.from(), t.at()));
        if (lookAlikes.remoteOrDenied(s, from, t, windowEnd) || lookAlikes.background(s, from, t, windowEnd)) {
            return after;
        }
        Places places = places(s, t, windowEnd, fronted);
        VisitStatus status = statuses.status(s, from, t, windowEnd, places);
        if (t.kind() == Kind.TRAVEL && doc.isIn(t.at(), SETTING_OUT) && places.origin()) {
            if (fromUnknownHome(actor, places)) {
                // "Foreign Minister X departed Lahore for Beijing": the story never says where X is from, but one
                // sets out from home (this visit's reading only: the people output is fixed before this stage)
                after = after.withLearned(after.learned().learnUnknown(actor.persons(), places.origin));
                actor = actors.about(after).actorOfPersons(actor.persons(), actor.from());
            }
            after = leftHost(s, t, windowEnd, actor, places.origin, after);
        }
        if (places.codes.isEmpty()) {
            String fallback = unplacedHost(t, places, actor, after);
            if (fallback == null) {
                return after.withLateNews(new Story.LateNews(s, actor, t, windowEnd, status, after.lastHost()));
            }
            places.codes.add(fallback);
        }
        return actor.official() ? recordLegs(s, t, windowEnd, actor, places, status, after) : after;
    }

    /** Who travels: by the trigger's kind, and for a bare title with no country, the outlet's own office holder. */
    private Actor traveller(Sentence s, Trigger t, int windowEnd, Story story) {
        Actors in = actors.about(story);
        Actor named = switch (t.kind()) {
            case NOUN -> nounActors.actor(in, s, t, windowEnd);
            case REPRESENTED -> in.representedActor(s, t);
            case TAKE -> in.pronounActor();
            default -> in.subject(s, t.at());
        };
        return named.countries().isEmpty() && named.officeAlone() != null ? in.outletsOwn(named) : named;
    }

    /** The places a trigger points to; an arrival or attendance naming none is in the fronted place. */
    private Places places(Sentence s, Trigger t, int windowEnd, String fronted) {
        Places places = placeFinder.places(s, t, windowEnd);
        if (places.codes.isEmpty() && fronted != null && (t.kind() == Kind.ATTEND || t.kind() == Kind.ARRIVE)) {
            places.codes.add(fronted);
        }
        return places;
    }

    /** Persons of no known country setting out from a place that is not where they go. */
    private static boolean fromUnknownHome(Actor actor, Places places) {
        return actor.countries().isEmpty() && !actor.persons().isEmpty() && !places.codes.isEmpty()
                && !places.codes.contains(places.origin);
    }

    /** "departed Busan after concluding his state visit": leaving the host country ends the visit there. */
    private Story leftHost(Sentence s, Trigger t, int windowEnd, Actor actor, String origin, Story story) {
        if (actor.countries().contains(origin) || !actor.official()) {
            return story;
        }
        return visits.record(s, actor, origin, VisitStatus.COMPLETED, t, windowEnd, true, true, story);
    }

    /** The host of a trip whose clause names no country, or null when only a later sentence can place it. */
    private String unplacedHost(Trigger t, Places places, Actor actor, Story story) {
        String fallback = fallbackHost(t, places, story);
        if (fallback == null && arrivingWhereTheStoryIs(t, places, actor, story)) {
            // "Nigerian President X is expected on Tuesday": arriving where the story is
            fallback = story.lastHost() != null ? story.lastHost() : doc.datelineCountry;
        }
        return fallback;
    }

    private boolean arrivingWhereTheStoryIs(Trigger t, Places places, Actor actor, Story story) {
        return (t.kind() == Kind.ARRIVE || t.kind() == Kind.PRESENCE) && !places.origin() && !doc.isIn(t.at(), REACH)
                && whenFollows(t.after()) && ArticleVisits.knownVisit(actor, story) == null;
    }

    /** One visit per host named, dated when there is one host and the trip does not set out from home. */
    private Story recordLegs(Sentence s, Trigger t, int windowEnd, Actor actor, Places places, VisitStatus status,
            Story story) {
        boolean departureFromHome = places.origin != null && actor.countries().contains(places.origin);
        Set<String> hosts = new LinkedHashSet<>(places.codes);
        boolean datesApply = hosts.size() == 1 && !departureFromHome && t.kind() != Kind.TAKE;
        return visits.recordLegs(s, actor, hosts, status, t, windowEnd, datesApply, story);
    }

    /** "is expected on Tuesday", "landed late Monday", "arrived." — not "arrived at a decision". */
    private boolean whenFollows(int i) {
        if (i >= doc.size()) {
            return true;
        }
        Token t = doc.tok(i);
        return !t.word() && (t.text().equals(".") || t.text().equals(",")) || ARRIVAL_WHEN.contains(t.norm())
                || DateFinder.isWeekday(t) || DateFinder.isMonth(t);
    }

    private String fallbackHost(Trigger t, Places places, Story story) {
        if (places.here) {
            return doc.datelineCountry != null ? doc.datelineCountry : story.lastHost();
        }
        if (places.anaphoric) {
            return story.lastHost();
        }
        if (t.kind() == Kind.ARRIVE && places.unnamedPlace) {
            // "arrived at Jomo Kenyatta International Airport": where the story is set
            return story.lastHost() != null ? story.lastHost() : doc.datelineCountry;
        }
        return null;
    }
}
