package io.newswire.enrich.tagging;

import io.newswire.enrich.tagging.Actors.Actor;
import io.newswire.enrich.knowledge.Officials;
import io.newswire.enrich.tagging.Trigger.Kind;
import io.newswire.model.VisitStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
    private static final Set<String> CLAUSE_BREAKS = Vocabulary.set("CLAUSE_BREAK");
    static final Set<String> EVENTS = Vocabulary.set("EVENT");
    static final Set<String> SPEECH = Vocabulary.set("SPEECH");
    static final Set<String> CANCEL = Vocabulary.set("CANCEL");
    static final Set<String> COMPLETE = Vocabulary.set("COMPLETE");

    private final Doc doc;
    private final People people;
    private final PlaceFinder placeFinder;
    private final DocTokens tokens;
    private final LookAlikes lookAlikes;
    private final VisitDates visitDates;
    private final VisitStatuses statuses;
    private final ArticleVisits visits;
    private final HostTriggers hostSide;
    /** the countries the visit stages conclude for persons, this article's reading only */
    private final LearnedCountries learned = new LearnedCountries();

    private final Officials officials;

    VisitFinder(Doc doc, People people) {
        this(doc, people, Officials.NONE);
    }

    VisitFinder(Doc doc, People people, Officials officials) {
        this.officials = officials;
        this.doc = doc;
        this.people = people;
        this.placeFinder = new PlaceFinder(doc);
        this.tokens = new DocTokens(doc);
        this.lookAlikes = new LookAlikes(doc);
        this.visitDates = new VisitDates(doc);
        this.statuses = new VisitStatuses(doc, visitDates);
        this.visits = new ArticleVisits(doc, people, officials, visitDates, learned);
        this.hostSide = new HostTriggers(doc, people, officials, lookAlikes, visitDates, visits, learned);
    }

    private Actors actors(Story story) {
        return new Actors(doc, people, officials, story.lastActors(), learned);
    }

    List<VisitDraft> find() {
        Story story = Story.START;
        for (Sentence s : doc.sentences) {
            story = sentence(s, story);
        }
        for (Story.LateNews news : story.lateNews()) {
            visits.attachToKnown(news);
        }
        return visits.finish();
    }

    // ---- triggers ----

    private Story sentence(Sentence s, Story in) {
        Story story = in;
        List<Trigger> triggers = triggers(s);
        if (s.index() < doc.titleSentences) {
            // headlines drop the verb: "Scholz in Kazakhstan for energy talks"
            for (People.Unit u : people.units(s.index())) {
                if (u.person() != null && doc.is(u.to(), "in") && doc.placeAt(u.to() + 1) != null
                        && triggers.stream().noneMatch(tr -> tr.at() > u.to() && tr.at() < u.to() + 4)) {
                    triggers.add(new Trigger(Kind.PRESENCE, u.to(), u.to()));
                }
            }
            triggers.sort(java.util.Comparator.comparingInt(Trigger::at));
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
        homecoming(s, story);
        travellingWith(s, story);
        return story;
    }

    /** "Trade Minister X is travelling with the king", "X accompanied the president": X is in the delegation. */
    private void travellingWith(Sentence s, Story story) {
        for (int j = s.from() + 1; j + 1 < s.to(); j++) {
            String w = doc.tok(j).norm();
            boolean with = (w.equals("travelling") || w.equals("traveling") || w.equals("travelled")
                    || w.equals("traveled")) && doc.is(j + 1, "with");
            boolean accompany = (w.equals("accompanying") || w.equals("accompanies") || w.equals("accompanied"))
                    && !doc.is(j + 1, "by");
            if (!with && !accompany || story.lastHost() == null) {
                continue;
            }
            Actor actor = actors(story).subject(s, j);
            for (Person p : actor.persons()) {
                VisitDraft only = null;
                int n = 0;
                for (VisitDraft v : visits.all()) {
                    if (v.host.equals(story.lastHost()) && (learned.of(p) == null || learned.guessed(p)
                            || v.visitorCountry.equals(learned.of(p)))) {
                        only = v;
                        n++;
                    }
                }
                if (n == 1 && (learned.guessed(p) || !only.host.equals(learned.of(p)))) {
                    visits.joinDelegation(only, List.of(p));
                    only.evidence.add(s.index());
                }
            }
            return;
        }
    }

    /**
     * "met X before returning to Warsaw", "returned home on Tuesday": going home is no visit; told in the past, it
     * ends the visit the story is about.
     */
    private void homecoming(Sentence s, Story story) {
        for (int j = s.from(); j + 1 < s.to(); j++) {
            String w = doc.tok(j).norm();
            if (!(w.equals("returned") || w.equals("returning") || w.equals("flew") || w.equals("headed")
                    || w.equals("went"))) {
                continue;
            }
            String home = doc.is(j + 1, "home") ? null : doc.is(j + 1, "to") ? doc.placeAt(j + 2) : "";
            if (home == null && doc.is(j + 2, "from") || "".equals(home)
                    || home == null && !w.startsWith("return")) {
                continue; // "returned home from X" is a trigger of its own; "flew to X" is a trip
            }
            for (int k = s.from(); k < j; k++) {
                String f = doc.tok(k).norm();
                if (f.equals("will") || f.equals("would") || f.equals("expected") || f.equals("scheduled")
                        || f.equals("due") || f.equals("plans") || f.equals("shall")) {
                    return; // "will meet X before returning home": still to come
                }
            }
            for (VisitDraft v : visits.all()) {
                boolean hers = home == null ? v.host.equals(story.lastHost()) : v.visitorCountry.equals(home);
                if (hers && (home == null || v.host.equals(story.lastHost())) && v.status != VisitStatus.CANCELLED) {
                    v.status(VisitStatus.COMPLETED);
                    List<DateMention> when = DateFinder.find(doc.tokens, j + 1, Math.min(s.to(), j + 8));
                    if (v.end == null && v.start != null && !when.isEmpty()) {
                        // "returned home on Wednesday": the visit's last day
                        java.time.LocalDate last = when.getFirst().start(doc.published, DateMention.Tense.PAST);
                        if (!last.isBefore(v.start)) {
                            v.end = last;
                        }
                    }
                }
            }
            return;
        }
    }

    private List<Trigger> triggers(Sentence s) {
        return VisitPatterns.standard().triggers(tokens, s);
    }

    private int clauseEnd(Sentence s, int from, int nextTrigger) {
        for (int j = from; j < Math.min(s.to(), nextTrigger); j++) {
            if (CLAUSE_BREAKS.contains(doc.tok(j).norm()) && j > from) {
                return j;
            }
        }
        return Math.min(s.to(), nextTrigger);
    }

    // ---- travel-like triggers ----

    private Story travel(Sentence s, Trigger t, int windowEnd, String fronted, Story in) {
        Story story = in;
        Actor named = switch (t.kind()) {
            case NOUN -> actors(story).nounActor(s, t, windowEnd);
            case REPRESENTED -> actors(story).representedActor(s, t, windowEnd);
            case TAKE -> actors(story).pronounActor();
            default -> actors(story).subject(s, t.at());
        };
        Actor actor = named.countries().isEmpty() && named.officeAlone() != null ? actors(story).outletsOwn(named) : named;
        if (actor.isEmpty()) {
            return story;
        }
        int from = Math.max(s.from(), Math.min(actor.from() < 0 ? t.at() : actor.from(), t.at()));
        if (lookAlikes.remoteOrDenied(s, from, t, windowEnd) || lookAlikes.background(s, from, t, windowEnd)) {
            return story;
        }
        Places places = placeFinder.places(s, t, windowEnd);
        if (places.codes.isEmpty() && fronted != null && (t.kind() == Kind.ATTEND || t.kind() == Kind.ARRIVE)) {
            places.codes.add(fronted);
        }
        VisitStatus status = statuses.status(s, from, t, windowEnd, places);
        boolean leaving = t.kind() == Kind.TRAVEL && (doc.tok(t.at()).norm().startsWith("depart")
                || doc.tok(t.at()).norm().startsWith("le") || doc.tok(t.at()).norm().startsWith("return"));
        if (leaving && places.origin != null && actor.countries().isEmpty() && !actor.persons().isEmpty()
                && !places.codes.isEmpty() && !places.codes.contains(places.origin)) {
            // "Foreign Minister X departed Lahore for Beijing": the story never says where X is from, but one
            // sets out from home (this visit's reading only: the people output is fixed before this stage)
            for (Person p : actor.persons()) {
                if (learned.of(p) == null) {
                    learned.learn(p, places.origin);
                }
            }
            actor = actors(story).actorOfPersons(actor.persons(), actor.from());
        }
        if (leaving && places.origin != null && !actor.countries().contains(places.origin) && actor.official()) {
            // "departed Busan after concluding his state visit": leaving the host country ends the visit there
            story = visits.record(s, actor, places.origin, VisitStatus.COMPLETED, t, windowEnd, true, true, story);
        }
        if (places.codes.isEmpty()) {
            String fallback = fallbackHost(t, places, story);
            if (fallback == null && (t.kind() == Kind.ARRIVE || t.kind() == Kind.PRESENCE) && !places.origin()
                    && !doc.tok(t.at()).norm().startsWith("reach") && whenFollows(t.after())
                    && visits.knownVisit(actor, story.lastHost()) == null) {
                // "Nigerian President X is expected on Tuesday": arriving where the story is
                fallback = story.lastHost() != null ? story.lastHost() : doc.datelineCountry;
            }
            if (fallback == null) {
                return story.withLateNews(new Story.LateNews(s, actor, t, windowEnd, status, story.lastHost()));
            }
            places.codes.add(fallback);
        }
        if (!actor.official()) {
            return story;
        }
        boolean departureFromHome = places.origin != null && actor.countries().contains(places.origin);
        Set<String> hosts = new LinkedHashSet<>(places.codes);
        boolean datesApply = hosts.size() == 1 && !departureFromHome && t.kind() != Kind.TAKE;
        boolean first = true;
        for (String host : hosts) {
            // "began a tour of Kenya, Tanzania and Zambia": under way in the first, the later legs still ahead
            story = visits.record(s, actor, host, first || status != VisitStatus.ONGOING ? status : VisitStatus.PLANNED, t,
                    windowEnd, datesApply, false, story);
            first = false;
        }
        return story;
    }


    /** "is expected on Tuesday", "landed late Monday", "arrived." — not "arrived at a decision". */
    private boolean whenFollows(int i) {
        if (i >= doc.size()) {
            return true;
        }
        Token t = doc.tok(i);
        return !t.word() && (t.text().equals(".") || t.text().equals(",")) || t.is("on") || t.is("later")
                || t.is("earlier") || t.is("late") || t.is("early") || t.is("tomorrow") || t.is("today")
                || t.is("tonight") || t.is("yesterday") || t.is("this") || t.is("next") || t.is("shortly")
                || t.is("soon") || DateFinder.isWeekday(t) || DateFinder.isMonth(t);
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
