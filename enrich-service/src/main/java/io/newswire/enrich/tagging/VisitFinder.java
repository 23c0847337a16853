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

    static final Set<String> ARRIVE = Set.of("arrive", "arrives", "arrived", "arriving", "land", "lands",
            "landed", "landing", "reach", "reaches", "reached", "arrival");
    static final Set<String> TRAVEL = Set.of("travel", "travels", "travelled", "traveled", "travelling",
            "traveling", "head", "heads", "headed", "heading", "fly", "flies", "flew", "flying", "jet", "jets",
            "jetted", "leave", "leaves", "left", "leaving", "depart", "departs", "departed", "departing", "proceed",
            "proceeds", "proceeded", "proceeding", "continue", "continues", "continued", "continuing", "move", "moves",
            "moved", "moving", "go", "goes", "went", "going", "embark", "embarks", "embarked", "embarking", "bound", "en",
            "returned", "returns", "returning");
    static final Set<String> VISIT_VERB = Set.of("visit", "visits", "visited", "visiting", "tour",
            "tours", "toured", "touring");
    static final Set<String> VISIT_NOUN = Set.of("visit", "visits", "trip", "trips", "tour", "stay",
            "journey", "mission");
    static final Set<String> HOST = Set.of("host", "hosts", "hosted", "hosting", "receive", "receives",
            "received", "receiving", "welcome", "welcomes", "welcomed", "welcoming", "greet", "greets", "greeted",
            "greeting");
    static final Set<String> MEET = Set.of("meet", "meets", "met", "meeting", "talks", "interact",
            "interacts", "interacted", "call", "calls", "called", "confer", "discussions", "saw");
    static final Set<String> ATTEND = Set.of("attend", "attends", "attended", "attending", "participate",
            "participates", "participated", "participating", "part");
    static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being", "remains",
            "due", "expected");
    static final Set<String> NOUN_OPENERS = Set.of("a", "an", "the", "his", "her", "their", "its", "'s",
            "this", "that", "first", "maiden", "official", "state", "working", "inaugural", "formal", "planned",
            "two-day", "three-day", "one-day", "four-day", "five-day", "week-long", "upcoming", "proposed",
            "scheduled", "latest", "surprise", "unannounced", "brief", "historic", "high-profile", "bilateral",
            "private", "short", "two-nation", "three-nation", "four-nation", "five-nation", "regional", "foreign",
            "overseas", "ongoing", "current", "next", "return", "reciprocal", "day-long", "farewell", "trip",
            "goodwill");
    /** words opening a clause about a visit before the sentence's subject: "After a visit to X, Y ..." */
    static final Set<String> FRONTING = Set.of("after", "during", "following", "upon", "on");
    private static final Set<String> CLAUSE_BREAKS = Set.of(";", "while", "whereas", "but", "although", "though",
            "where", "which", "when", "whom", "meanwhile");
    private static final Set<String> EVENTS = Set.of("ceremony", "reception", "dinner", "banquet", "lunch",
            "luncheon", "breakfast", "welcome", "talks", "meeting", "state", "honour", "honor");
    static final Set<String> SPEECH = Set.of("said", "says", "told", "added", "according", "noted",
            "stated", "announced", "reported", "quoted", "\u201c", "\u201d", "\"");
    static final Set<String> CANCEL = Set.of("cancel", "cancels", "cancelled", "canceled", "cancellation",
            "postpone", "postpones", "postponed", "postponement", "scrapped", "scrap", "shelved", "deferred",
            "defer", "suspended", "aborted", "axed", "delayed", "rescheduled");
    static final Set<String> COMPLETE = Set.of("concluded", "concluding", "concludes", "conclude",
            "wrapped", "wraps", "ended", "ends", "ending", "completed", "completes", "completing", "farewell",
            "returned", "returns", "returning");

    private static final Set<String> TRIGGER_WORDS = union(ARRIVE, TRAVEL, VISIT_VERB, VISIT_NOUN, HOST, MEET,
            ATTEND, BE, Set.of("touched", "touches", "touch", "touching", "set", "expected", "due", "represented",
                    "take", "takes", "took", "taking"));

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        java.util.HashSet<String> all = new java.util.HashSet<>();
        for (Set<String> s : sets) {
            all.addAll(s);
        }
        return Set.copyOf(all);
    }

    private final Doc doc;
    private final People people;
    private final PlaceFinder placeFinder;
    private final DocTokens tokens;
    private final LookAlikes lookAlikes;
    private final VisitDates visitDates;
    private final VisitStatuses statuses;
    private final Map<String, VisitDraft> visits = new LinkedHashMap<>();

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
    }

    private Actors actors(Story story) {
        return new Actors(doc, people, officials, story.lastActors());
    }

    List<VisitDraft> find() {
        Story story = Story.START;
        for (Sentence s : doc.sentences) {
            story = sentence(s, story);
        }
        for (Story.LateNews news : story.lateNews()) {
            attachToKnown(news);
        }
        List<VisitDraft> out = new ArrayList<>();
        for (VisitDraft v : visits.values()) {
            // "The Irish delegation includes Trade Minister X": members travel with the visitor
            for (Person p : people.delegationMembers) {
                if (p.canVisit() && v.visitorCountry.equals(p.country)) {
                    v.addVisitor(p);
                }
            }
            if (v.status == null) {
                v.status = VisitStatus.PLANNED;
            }
            out.add(v);
        }
        return out;
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
                case HOST -> hostActive(s, t, windowEnd, fronted, story);
                case HOSTED_BY -> hostedBy(s, t, windowEnd, fronted, story);
                case MEET -> meet(s, t, windowEnd, story);
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
                for (VisitDraft v : visits.values()) {
                    if (v.host.equals(story.lastHost()) && (p.country == null || p.countryGuessed
                            || v.visitorCountry.equals(p.country))) {
                        only = v;
                        n++;
                    }
                }
                if (n == 1 && (p.countryGuessed || !only.host.equals(p.country))) {
                    joinDelegation(only, List.of(p));
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
            for (VisitDraft v : visits.values()) {
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
                if (p.country == null) {
                    p.country = places.origin;
                }
            }
            actor = actors(story).actorOfPersons(actor.persons(), actor.from());
        }
        if (leaving && places.origin != null && !actor.countries().contains(places.origin) && actor.official()) {
            // "departed Busan after concluding his state visit": leaving the host country ends the visit there
            story = record(s, actor, places.origin, VisitStatus.COMPLETED, t, windowEnd, true, true, story);
        }
        if (places.codes.isEmpty()) {
            String fallback = fallbackHost(t, places, story);
            if (fallback == null && (t.kind() == Kind.ARRIVE || t.kind() == Kind.PRESENCE) && !places.origin()
                    && !doc.tok(t.at()).norm().startsWith("reach") && whenFollows(t.after())
                    && knownVisit(actor, story.lastHost()) == null) {
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
            story = record(s, actor, host, first || status != VisitStatus.ONGOING ? status : VisitStatus.PLANNED, t,
                    windowEnd, datesApply, false, story);
            first = false;
        }
        return story;
    }


    private Story record(Sentence s, Actor actor, String host, VisitStatus status, Trigger t, int windowEnd,
            boolean datesApply, boolean ending, Story story) {
        boolean any = false;
        for (String country : actor.countries()) {
            if (country.equals(host)) {
                continue; // a trip inside one's own country is no diplomatic visit
            }
            VisitDraft v = visits.computeIfAbsent(country + ">" + host, k -> new VisitDraft(country, host, t.at()));
            for (Person p : actor.persons()) {
                if (country.equals(p.country) && p.canVisit()) {
                    v.addVisitor(p);
                }
            }
            joinDelegation(v, companions(s, t, windowEnd, story));
            v.status(status);
            v.evidence.add(s.index());
            if (datesApply) {
                visitDates.dates(s, v, t, windowEnd, actor.from(), ending);
                afterEarlierLeg(s, v, t, windowEnd);
            }
            any = true;
        }
        return any ? story.visitIn(host, actor.persons()) : story;
    }

    /** Companions travel under the visitor's flag, whatever the dateline suggested. */
    private static void joinDelegation(VisitDraft v, List<Person> companions) {
        for (Person p : companions) {
            if (p.canVisit() && (p.country == null || p.countryGuessed || v.visitorCountry.equals(p.country))) {
                p.country = v.visitorCountry;
                p.countryGuessed = false;
                v.addVisitor(p);
            }
        }
    }

    /**
     * "will fly to Lima on Monday and then travel to Chile on Thursday": a leg told as coming "then" starts after the
     * leg before it, so its weekday is the one after that leg's start.
     */
    private void afterEarlierLeg(Sentence s, VisitDraft v, Trigger t, int windowEnd) {
        boolean then = false;
        for (int j = Math.max(s.from(), t.at() - 3); j < t.at(); j++) {
            then |= doc.is(j, "then");
        }
        boolean weekday = false;
        for (int j = t.after(); j < Math.min(s.to(), windowEnd); j++) {
            weekday |= DateFinder.isWeekday(doc.tok(j));
        }
        if (!then || !weekday || v.start == null) {
            return;
        }
        for (VisitDraft other : visits.values()) {
            if (other != v && other.visitorCountry.equals(v.visitorCountry) && other.start != null
                    && other.evidence.contains(s.index()) && other.start.isAfter(v.start)) {
                long weeks = (java.time.temporal.ChronoUnit.DAYS.between(v.start, other.start) + 6) / 7;
                v.start = v.start.plusWeeks(weeks);
                if (v.end != null) {
                    v.end = v.end.plusWeeks(weeks);
                }
            }
        }
    }

    /** "X, accompanied by Foreign Minister Y, arrived": Y travels with X. */
    private List<Person> companions(Sentence s, Trigger t, int windowEnd, Story story) {
        for (int j = s.from(); j + 1 < Math.min(s.to(), windowEnd); j++) {
            if (doc.is(j, "accompanied") && doc.is(j + 1, "by")
                    || (doc.is(j, "along") || doc.is(j, "together")) && doc.is(j + 1, "with")) {
                return actors(story).objectAfter(s, j + 2, s.to(), true).persons();
            }
        }
        return List.of();
    }

    /** A visit noun with no place of its own ("his visit has been cancelled"): news about a visit already known. */
    private void attachToKnown(Story.LateNews news) {
        Sentence s = news.sentence();
        Actor actor = news.actor();
        Trigger t = news.trigger();
        int windowEnd = news.windowEnd();
        List<VisitDraft> matches = new ArrayList<>();
        for (VisitDraft v : visits.values()) {
            for (Person p : actor.persons()) {
                if (v.visitors.contains(p)) {
                    matches.add(v);
                    break;
                }
            }
        }
        if (matches.isEmpty() && actor.persons().isEmpty()) {
            for (VisitDraft v : visits.values()) {
                if (actor.countries().contains(v.visitorCountry)) {
                    matches.add(v);
                }
            }
        }
        if (matches.size() > 1) {
            // several legs of a trip: the one reported in this sentence, else the one the story was last about
            List<VisitDraft> here = matches.stream().filter(v -> v.evidence.contains(s.index())).toList();
            if (here.isEmpty()) {
                here = matches.stream().filter(v -> v.host.equals(news.hostThen())).toList();
            }
            matches = here;
        }
        if (matches.size() != 1) {
            return;
        }
        VisitDraft v = matches.getFirst();
        v.evidence.add(s.index());
        if (sideTrip(t)) {
            return; // "is also expected to visit the Atacama desert on Friday": a stop inside the host country
        }
        v.status(news.status());
        visitDates.dates(s, v, t, windowEnd, actor.from(), false);
    }

    /** A trip to a named place that is no country: "visit the Atacama desert", "travel to Kandy". */
    private boolean sideTrip(Trigger t) {
        if (t.kind() != Kind.VISIT && t.kind() != Kind.NOUN && t.kind() != Kind.TRAVEL && t.kind() != Kind.ARRIVE) {
            return false;
        }
        int j = t.after();
        if (doc.is(j, "to") || doc.is(j, "in") || doc.is(j, "at")) {
            j++;
        }
        if (doc.is(j, "the")) {
            j++;
        }
        return j < doc.size() && doc.tok(j).capitalized() && doc.tok(j).word() && doc.placeAt(j) == null
                && doc.roleAt[j] == null && !DateFinder.isWeekday(doc.tok(j)) && !DateFinder.isMonth(doc.tok(j));
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

    // ---- host-side triggers ----

    /** "X hosted / received / welcomed Y": Y visits X's country. */
    private Story hostActive(Sentence s, Trigger t, int windowEnd, String fronted, Story in) {
        Story story = in;
        Actor hostActor = actors(story).subject(s, t.at());
        Actor guest = actors(story).objectAfter(s, t.after(), windowEnd, true);
        if (guest.isEmpty() || !guest.official() || !guestFollows(t.after(), guest.from())) {
            return story; // "welcomed the decision announced by X" welcomes no one
        }
        String hostPlace = placeBefore(s, t.at());
        if (lookAlikes.remoteOrDenied(s, hostActor.from() < 0 ? t.at() : hostActor.from(), t, windowEnd)
                || lookAlikes.background(s, t.at(), t, windowEnd)) {
            return story;
        }
        String host = null;
        for (Person p : hostActor.persons()) {
            if (p.country != null && !guest.countries().contains(p.country)) {
                host = p.country;
            }
        }
        if (host == null) {
            host = hostActor.countries().stream().filter(c -> !guest.countries().contains(c)).findFirst()
                    .orElse(null);
        }
        if (host == null && hostPlace != null && !guest.countries().contains(hostPlace)) {
            host = hostPlace; // "Japan will host ...", "Beijing welcomed ..."
        }
        Places places = placeFinder.places(s, t, windowEnd);
        if (host == null && !places.codes.isEmpty()) {
            host = places.codes.iterator().next();
        }
        if (host == null) {
            host = fronted != null ? fronted : doc.datelineCountry != null ? doc.datelineCountry : story.lastHost();
        }
        if (host == null) {
            return story;
        }
        for (Person p : hostActor.persons()) {
            if (p.country == null && !hostActor.persons().isEmpty()) {
                p.country = host;
            }
        }
        VisitStatus status = visitDates.tense(s, hostActor.from() < 0 ? t.at() : hostActor.from(), t) == DateMention.Tense.FUTURE
                ? VisitStatus.PLANNED : VisitStatus.ONGOING;
        if (statuses.cancelled(s, t.at(), windowEnd)) {
            status = VisitStatus.CANCELLED;
        }
        story = record(s, guest, host, status, t, windowEnd, true, false, story);
        for (String c : guest.countries()) {
            VisitDraft v = visits.get(c + ">" + host);
            if (v != null) {
                for (Person p : hostActor.persons()) {
                    if (host.equals(p.country)) {
                        v.addHost(p);
                    }
                }
            }
        }
        return story;
    }

    /** The guest is the verb's object: "received [the visiting] [Lao] Prime Minister X", not a later name. */
    private boolean guestFollows(int after, int guestFrom) {
        if (guestFrom < 0) {
            return true; // a pronoun: "welcomed him"
        }
        // "hosted a welcome ceremony on January 6 for his Lao counterpart X", "a dinner in honour of X"
        int p = guestFrom - 1;
        while (p > after && (doc.inCountry[p] || doc.is(p, "the") || doc.is(p, "his") || doc.is(p, "her")
                || doc.is(p, "their") || doc.is(p, "visiting") || doc.is(p, "counterpart") || doc.is(p, "'s"))) {
            p--;
        }
        if (p > after && (doc.is(p, "for") || doc.is(p, "of") && doc.tok(p - 1).norm().startsWith("hono"))
                && p - after <= 10) {
            for (int j = after; j < p; j++) {
                if (EVENTS.contains(doc.tok(j).norm())) {
                    return true;
                }
            }
        }
        for (int j = after; j < guestFrom; j++) {
            String w = doc.tok(j).norm();
            if (!(doc.inCountry[j] || w.equals("the") || w.equals("his") || w.equals("her") || w.equals("their")
                    || w.equals("visiting") || w.equals("a") || w.equals("'s") || w.equals("counterpart")
                    || w.equals(",") || w.equals("top") || w.equals("senior") || w.equals("delegation")
                    || w.equals("led") || w.equals("by") || w.equals("with"))) {
                return false;
            }
        }
        return guestFrom - after <= 6;
    }

    /** A country or capital right before a verb ("Japan will host", "Beijing welcomed"), else null. */
    private String placeBefore(Sentence s, int t) {
        int j = t - 1;
        while (j > s.from() && (doc.is(j, "will") || doc.is(j, "to") || doc.is(j, "set") || doc.is(j, "is")
                || doc.is(j, "also") || doc.is(j, "has") || doc.is(j, "would") || doc.is(j, "warmly"))) {
            j--;
        }
        if (j >= s.from() && doc.inCountry[j]) {
            int k = j;
            while (k > s.from() && doc.countryAt[k] == null) {
                k--;
            }
            return doc.placeAt(k);
        }
        return null;
    }

    /** "Y was received by X": hosts for Y's visit. */
    private Story hostedBy(Sentence s, Trigger t, int windowEnd, String fronted, Story in) {
        Story story = in;
        Actor guest = actors(story).subject(s, t.at());
        if (guest.isEmpty()) {
            return story;
        }
        List<Person> hosts = actors(story).personsAfter(s, t.after(), s.to());
        String host = null;
        for (Person p : hosts) {
            if (p.country != null && !guest.countries().contains(p.country)) {
                host = p.country;
                break;
            }
        }
        Places places = placeFinder.places(s, t, windowEnd);
        if (host == null && !places.codes.isEmpty()) {
            host = places.codes.iterator().next();
        }
        if (host == null) {
            VisitDraft known = knownVisit(guest, story.lastHost());
            host = known != null ? known.host : fronted != null ? fronted : story.lastHost();
        }
        if (host == null || !guest.official()) {
            return story;
        }
        for (Person p : hosts) {
            if (p.country == null) {
                p.country = host;
            }
        }
        VisitStatus status = visitDates.tense(s, guest.from(), t) == DateMention.Tense.FUTURE ? VisitStatus.PLANNED
                : VisitStatus.ONGOING;
        story = record(s, guest, host, status, t, windowEnd, true, false, story);
        addHosts(guest, host, hosts);
        return story;
    }

    /** "Fidan and Güler will meet Pakistan Prime Minister X": X is a host official of their visit. */
    private Story meet(Sentence s, Trigger t, int windowEnd, Story in) {
        Story story = in;
        Actor subject = actors(story).subject(s, t.at());
        Places where = placeFinder.places(s, t, windowEnd);
        if (!doc.is(t.at(), "saw") && !where.codes.isEmpty() && subject.official()
                && !lookAlikes.remoteOrDenied(s, subject.from(), t, windowEnd) && !lookAlikes.background(s, subject.from(), t, windowEnd)) {
            // "held talks with his Lithuanian counterpart in Vilnius": meeting abroad means being there; "plans to
            // meet leaders in Oman, Qatar and Kuwait": in each of them, one after the other
            VisitStatus st = visitDates.tense(s, subject.from(), t) == DateMention.Tense.FUTURE ? VisitStatus.PLANNED
                    : VisitStatus.ONGOING;
            boolean first = true;
            for (String host : List.copyOf(where.codes)) {
                story = record(s, subject, host, first || st != VisitStatus.ONGOING ? st : VisitStatus.PLANNED, t, windowEnd,
                        where.codes.size() == 1, false, story);
                first = false;
            }
        }
        boolean seeOff = doc.is(t.at(), "saw");
        List<Person> others;
        Actor guest;
        if (seeOff) {
            // "Senior officials, including X, saw him off": the subject hosts, the object leaves
            guest = actors(story).objectAfter(s, t.after(), windowEnd, false);
            others = subject.persons();
        } else {
            guest = subject;
            others = actors(story).personsAfter(s, t.after(), s.to());
        }
        if (guest.isEmpty()) {
            return story;
        }
        if (!seeOff && where.codes.size() <= 1) {
            // "President X met the visiting Jordanian King Y in Cairo": the met is the visitor
            Actor met = actors(story).objectAfter(s, t.after(), windowEnd, true);
            String home = subject.countries().size() == 1 ? subject.countries().iterator().next() : null;
            String place = where.codes.isEmpty() ? null : where.codes.iterator().next();
            boolean visiting = false;
            for (int k = met.from() - 1; k >= Math.max(s.from(), met.from() - 5) && k >= t.after(); k--) {
                visiting |= doc.is(k, "visiting"); // "his visiting Saudi counterpart X"
            }
            String host = place != null && place.equals(home) ? place : visiting ? (place != null ? place : home)
                    : null;
            if (host != null && met.official() && guestFollows(t.after(), met.from())
                    && !met.countries().contains(host) && !lookAlikes.remoteOrDenied(s, subject.from(), t, windowEnd)) {
                VisitStatus st = visitDates.tense(s, subject.from(), t) == DateMention.Tense.FUTURE ? VisitStatus.PLANNED
                        : VisitStatus.ONGOING;
                story = record(s, met, host, st, t, windowEnd, true, false, story);
                addHosts(met, host, subject.persons());
            }
        }
        VisitDraft v = knownVisit(guest, story.lastHost());
        if (v == null) {
            return story;
        }
        joinDelegation(v, companions(s, t, windowEnd, story));
        for (Person p : others) {
            if (p.country == null) {
                p.country = v.host;
            }
        }
        addHosts(guest, v.host, others);
        if (seeOff) {
            v.status(VisitStatus.COMPLETED);
            v.evidence.add(s.index());
        }
        return story.about(guest.persons());
    }

    private void addHosts(Actor guest, String host, List<Person> hosts) {
        for (String c : guest.countries()) {
            VisitDraft v = visits.get(c + ">" + host);
            if (v != null) {
                for (Person p : hosts) {
                    if (host.equals(p.country)) {
                        v.addHost(p);
                    }
                }
            }
        }
    }

    /** The visit these actors are on: the one they were last reported on, when there is exactly one such. */
    private VisitDraft knownVisit(Actor actor, String lastHost) {
        VisitDraft found = null;
        for (VisitDraft v : visits.values()) {
            boolean mine = false;
            for (Person p : actor.persons()) {
                mine |= v.visitors.contains(p);
            }
            if (!mine && actor.persons().isEmpty()) {
                mine = actor.countries().contains(v.visitorCountry);
            }
            if (mine && (found == null || v.host.equals(lastHost))) {
                found = v;
            }
        }
        return found;
    }
}
