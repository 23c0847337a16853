package io.newswire.enrich.tagging;

import io.newswire.enrich.knowledge.OfficeHolder;
import io.newswire.enrich.knowledge.Officials;
import io.newswire.enrich.tagging.Trigger.Kind;
import io.newswire.model.VisitStatus;
import java.util.ArrayList;
import java.util.HashMap;
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
    /** Who acts in a clause: the office holders, and the countries they stand for. */
    private record Actor(List<Person> persons, Set<String> countries, boolean official, int from,
            String officeAlone) {
        static final Actor NONE = new Actor(List.of(), Set.of(), false, -1);

        /** {@code officeAlone}: the visiting office of a bare title with no country ("the President"), or null. */
        Actor(List<Person> persons, Set<String> countries, boolean official, int from) {
            this(persons, countries, official, from, null);
        }

        boolean isEmpty() {
            return persons.isEmpty() && countries.isEmpty();
        }
    }

    private static final Set<String> ARRIVE = Set.of("arrive", "arrives", "arrived", "arriving", "land", "lands",
            "landed", "landing", "reach", "reaches", "reached", "arrival");
    private static final Set<String> TRAVEL = Set.of("travel", "travels", "travelled", "traveled", "travelling",
            "traveling", "head", "heads", "headed", "heading", "fly", "flies", "flew", "flying", "jet", "jets",
            "jetted", "leave", "leaves", "left", "leaving", "depart", "departs", "departed", "departing", "proceed",
            "proceeds", "proceeded", "proceeding", "continue", "continues", "continued", "continuing", "move", "moves",
            "moved", "moving", "go", "goes", "went", "going", "embark", "embarks", "embarked", "embarking", "bound", "en",
            "returned", "returns", "returning");
    private static final Set<String> VISIT_VERB = Set.of("visit", "visits", "visited", "visiting", "tour",
            "tours", "toured", "touring");
    static final Set<String> VISIT_NOUN = Set.of("visit", "visits", "trip", "trips", "tour", "stay",
            "journey", "mission");
    private static final Set<String> HOST = Set.of("host", "hosts", "hosted", "hosting", "receive", "receives",
            "received", "receiving", "welcome", "welcomes", "welcomed", "welcoming", "greet", "greets", "greeted",
            "greeting");
    private static final Set<String> MEET = Set.of("meet", "meets", "met", "meeting", "talks", "interact",
            "interacts", "interacted", "call", "calls", "called", "confer", "discussions", "saw");
    private static final Set<String> ATTEND = Set.of("attend", "attends", "attended", "attending", "participate",
            "participates", "participated", "participating", "part");
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being", "remains",
            "due", "expected");
    static final Set<String> NOUN_OPENERS = Set.of("a", "an", "the", "his", "her", "their", "its", "'s",
            "this", "that", "first", "maiden", "official", "state", "working", "inaugural", "formal", "planned",
            "two-day", "three-day", "one-day", "four-day", "five-day", "week-long", "upcoming", "proposed",
            "scheduled", "latest", "surprise", "unannounced", "brief", "historic", "high-profile", "bilateral",
            "private", "short", "two-nation", "three-nation", "four-nation", "five-nation", "regional", "foreign",
            "overseas", "ongoing", "current", "next", "return", "reciprocal", "day-long", "farewell", "trip",
            "goodwill");
    /** words opening a clause about a visit before the sentence's subject: "After a visit to X, Y ..." */
    private static final Set<String> FRONTING = Set.of("after", "during", "following", "upon", "on");
    private static final Set<String> CLAUSE_BREAKS = Set.of(";", "while", "whereas", "but", "although", "though",
            "where", "which", "when", "whom", "meanwhile");
    private static final Set<String> EVENTS = Set.of("ceremony", "reception", "dinner", "banquet", "lunch",
            "luncheon", "breakfast", "welcome", "talks", "meeting", "state", "honour", "honor");
    static final Set<String> SPEECH = Set.of("said", "says", "told", "added", "according", "noted",
            "stated", "announced", "reported", "quoted", "\u201c", "\u201d", "\"");
    private static final Set<String> CANCEL = Set.of("cancel", "cancels", "cancelled", "canceled", "cancellation",
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
    private final LookAlikes lookAlikes;
    private final VisitDates visitDates;
    private final Map<String, VisitDraft> visits = new LinkedHashMap<>();
    /** who the previous sentence's visit was about, for "He will hold talks ..." */
    private List<Person> lastActors = List.of();
    private String lastHost;
    /** news about visits reported later in the article ("his visit was cancelled" before "he was to visit X") */
    private final List<Runnable> pendingAttachments = new ArrayList<>();
    /** set while recording the end of a visit ("left Manila on Sunday"): its date is the last day */
    private boolean ending;

    private final Officials officials;
    /**
     * Countries this stage concludes for persons the people stage left without one ("departed Lahore for ...": from
     * home). They are this stage's reading only: {@link Person} is immutable and the people output stays as it was.
     */
    private final Map<Person, String> learned = new HashMap<>();

    VisitFinder(Doc doc, People people) {
        this(doc, people, Officials.NONE);
    }

    VisitFinder(Doc doc, People people, Officials officials) {
        this.officials = officials;
        this.doc = doc;
        this.people = people;
        this.placeFinder = new PlaceFinder(doc);
        this.lookAlikes = new LookAlikes(doc);
        this.visitDates = new VisitDates(doc);
    }

    List<VisitDraft> find() {
        for (Sentence s : doc.sentences) {
            sentence(s);
        }
        pendingAttachments.forEach(Runnable::run);
        List<VisitDraft> out = new ArrayList<>();
        for (VisitDraft v : visits.values()) {
            // "The Irish delegation includes Trade Minister X": members travel with the visitor
            for (Person p : people.delegationMembers) {
                if (p.canVisit() && v.visitorCountry.equals(country(p))) {
                    v.addVisitor(p);
                }
            }
            if (v.status == null) {
                v.status = VisitStatus.PLANNED;
            }
            out.add(v);
        }
        for (VisitDraft v : out) {
            v.visitors.replaceAll(this::withLearnedCountry);
            v.hosts.replaceAll(this::withLearnedCountry);
        }
        return out;
    }

    private String country(Person p) {
        String c = learned.get(p);
        return c != null ? c : p.country;
    }

    /** The country is only the dateline's, and this stage has not learned better. */
    private boolean guessed(Person p) {
        return p.countryGuessed && !learned.containsKey(p);
    }

    private void learn(Person p, String country) {
        learned.put(p, country);
    }

    private Person withLearnedCountry(Person p) {
        String c = learned.get(p);
        return c == null ? p : p.withCountry(c);
    }

    // ---- triggers ----

    private void sentence(Sentence s) {
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
            switch (t.kind()) {
                case HOST -> hostActive(s, t, windowEnd, fronted);
                case HOSTED_BY -> hostedBy(s, t, windowEnd, fronted);
                case MEET -> meet(s, t, windowEnd);
                default -> travel(s, t, windowEnd, fronted);
            }
        }
        homecoming(s);
        travellingWith(s);
    }

    /** "Trade Minister X is travelling with the king", "X accompanied the president": X is in the delegation. */
    private void travellingWith(Sentence s) {
        for (int j = s.from() + 1; j + 1 < s.to(); j++) {
            String w = doc.tok(j).norm();
            boolean with = (w.equals("travelling") || w.equals("traveling") || w.equals("travelled")
                    || w.equals("traveled")) && doc.is(j + 1, "with");
            boolean accompany = (w.equals("accompanying") || w.equals("accompanies") || w.equals("accompanied"))
                    && !doc.is(j + 1, "by");
            if (!with && !accompany || lastHost == null) {
                continue;
            }
            Actor actor = subject(s, j);
            for (Person p : actor.persons()) {
                VisitDraft only = null;
                int n = 0;
                for (VisitDraft v : visits.values()) {
                    if (v.host.equals(lastHost) && (country(p) == null || guessed(p)
                            || v.visitorCountry.equals(country(p)))) {
                        only = v;
                        n++;
                    }
                }
                if (n == 1 && (guessed(p) || !only.host.equals(country(p)))) {
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
    private void homecoming(Sentence s) {
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
                boolean hers = home == null ? v.host.equals(lastHost) : v.visitorCountry.equals(home);
                if (hers && (home == null || v.host.equals(lastHost)) && v.status != VisitStatus.CANCELLED) {
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
        List<Trigger> out = new ArrayList<>();
        for (int i = s.from(); i < s.to(); i++) {
            String w = doc.tok(i).norm();
            if (!doc.tok(i).word() || !TRIGGER_WORDS.contains(w)) {
                continue; // one lookup rules out almost every word
            }
            if (w.equals("touched") || w.equals("touches") || w.equals("touch") || w.equals("touching")) {
                if (doc.is(i + 1, "down")) {
                    out.add(new Trigger(Kind.ARRIVE, i, i + 2));
                    i++;
                }
                continue;
            }
            if (w.equals("set") && (doc.is(i + 1, "off") || doc.is(i + 1, "out")) && doc.is(i + 2, "for")) {
                out.add(new Trigger(Kind.TRAVEL, i, i + 2));
                continue;
            }
            if (ARRIVE.contains(w)) {
                if ((w.startsWith("land") || w.startsWith("reach")) && !(doc.is(i + 1, "in") || doc.is(i + 1, "at")
                        || doc.is(i + 1, "here") || doc.placeAt(i + 1) != null || doc.is(i + 1, "the"))) {
                    continue;
                }
                out.add(new Trigger(Kind.ARRIVE, i, i + 1));
            } else if (TRAVEL.contains(w)) {
                if (w.equals("en") && !doc.is(i + 1, "route")) {
                    continue;
                }
                if (w.equals("bound") && !doc.is(i + 1, "for")) {
                    continue;
                }
                if ((w.startsWith("lea") || w.equals("left")) && !doc.is(i + 1, "for") && doc.placeAt(i + 1) == null) {
                    continue; // "left the meeting", but "left for Malaysia" and "left Abuja"
                }
                if (w.startsWith("continu") && !(doc.is(i + 1, "to") || doc.is(i + 1, "on") && doc.is(i + 2, "to"))) {
                    continue; // "talks will continue", but "will continue to Ivory Coast"
                }
                if ((w.startsWith("mov") || w.startsWith("go") || w.equals("went")) && !(doc.is(i + 1, "on")
                        && doc.is(i + 2, "to") && (doc.placeAt(i + 3) != null || doc.is(i + 3, "the") && doc.placeAt(i + 4) != null))) {
                    continue; // "went on to say", but "will move on to Sweden"
                }
                if (w.startsWith("head") && !(doc.is(i + 1, "to") || doc.is(i + 1, "for") || doc.is(i + 1, "home")
                        || doc.is(i + 1, "on") && doc.is(i + 2, "to"))) {
                    continue; // "headed by"
                }
                if (w.startsWith("return") && !(doc.is(i + 1, "from") || doc.is(i + 1, "home") && doc.is(i + 2, "from"))) {
                    continue; // only "returned (home) from X" tells of a visit
                }
                out.add(new Trigger(Kind.TRAVEL, i, i + 1));
            } else if (w.equals("visiting") && (i > s.from() && (doc.is(i - 1, "the") || doc.is(i - 1, "a")
                    || doc.is(i - 1, "his") || doc.is(i - 1, "her")) || doc.roleAt[i + 1 < doc.size() ? i + 1 : i] != null
                    || i + 1 < doc.size() && doc.countryAt[i + 1] != null
                    && doc.countryAt[i + 1].kind() == Gazetteer.Kind.ADJECTIVE)) {
                continue; // "the visiting Jordanian king": an adjective
            } else if (VISIT_VERB.contains(w) || VISIT_NOUN.contains(w)) {
                boolean noun = VISIT_NOUN.contains(w) && i > s.from() && placeFinder.isNounOpener(i - 1);
                if (!noun && VISIT_VERB.contains(w) && (doc.placeAt(i + 1) != null || doc.is(i + 1, "the")
                        && doc.placeAt(i + 2) != null || doc.is(i + 1, "here") || !VISIT_NOUN.contains(w))) {
                    out.add(new Trigger(Kind.VISIT, i, i + 1));
                } else if (VISIT_NOUN.contains(w)) {
                    out.add(new Trigger(Kind.NOUN, i, i + 1));
                }
            } else if (HOST.contains(w)) {
                if (i > s.from() && BE.contains(doc.tok(i - 1).norm()) && doc.is(i + 1, "by")) {
                    out.add(new Trigger(Kind.HOSTED_BY, i, i + 2));
                } else if (doc.is(i + 1, "by")) {
                    out.add(new Trigger(Kind.HOSTED_BY, i, i + 2));
                } else {
                    out.add(new Trigger(Kind.HOST, i, i + 1));
                }
            } else if (MEET.contains(w)) {
                if (w.equals("saw") && !seeOff(s, i)) {
                    continue;
                }
                boolean heldIn = (w.equals("talks") || w.equals("meeting")) && doc.is(i + 1, "in") && i > s.from()
                        && doc.tok(i - 1).norm().startsWith("h"); // "held talks in Vientiane"
                if (w.startsWith("call") && !doc.is(i + 1, "on")
                        || (w.equals("talks") || w.equals("meeting")) && !doc.is(i + 1, "with") && !heldIn) {
                    continue;
                }
                out.add(new Trigger(Kind.MEET, i, i + 1));
            } else if (ATTEND.contains(w)) {
                if (w.equals("part") && !(i > s.from() && (doc.tok(i - 1).norm().startsWith("tak")
                        || doc.is(i - 1, "took")))) {
                    continue;
                }
                out.add(new Trigger(Kind.ATTEND, w.equals("part") ? i - 1 : i, i + 1));
            } else if (BE.contains(w) && (doc.is(i + 1, "in") && doc.placeAt(i + 2) != null
                    || doc.is(i + 1, "in") && doc.is(i + 2, "the") && doc.placeAt(i + 3) != null)) {
                out.add(new Trigger(Kind.PRESENCE, i, i + 1));
            } else if ((w.equals("expected") || w.equals("due")) && i + 1 < s.to() && expectedWhen(i + 1)) {
                out.add(new Trigger(Kind.PRESENCE, i, i + 1));
            } else if (w.equals("represented")) {
                out.add(new Trigger(Kind.REPRESENTED, i, i + 1));
            } else if ((w.equals("take") || w.equals("takes") || w.equals("took") || w.equals("taking"))
                    && (doc.is(i + 1, "him") || doc.is(i + 1, "her") || doc.is(i + 1, "them")) && doc.is(i + 2, "to")) {
                out.add(new Trigger(Kind.TAKE, i, i + 2));
            }
        }
        return out;
    }

    /** "Modi is expected on Tuesday", "due later this week": an arrival announced with its date. */
    private boolean expectedWhen(int i) {
        Token t = doc.tok(i);
        return t.is("on") || t.is("later") || t.is("tomorrow") || t.is("today") || t.is("tonight") || t.is("next")
                || DateFinder.isWeekday(t) || DateFinder.isMonth(t);
    }

    private boolean seeOff(Sentence s, int i) {
        for (int j = i + 1; j < Math.min(s.to(), i + 4); j++) {
            if (doc.is(j, "off")) {
                return true;
            }
        }
        return false;
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

    private void travel(Sentence s, Trigger t, int windowEnd, String fronted) {
        Actor named = switch (t.kind()) {
            case NOUN -> nounActor(s, t, windowEnd);
            case REPRESENTED -> representedActor(s, t, windowEnd);
            case TAKE -> pronounActor();
            default -> subject(s, t.at());
        };
        Actor actor = named.countries().isEmpty() && named.officeAlone() != null ? outletsOwn(named) : named;
        if (actor.isEmpty()) {
            return;
        }
        int from = Math.max(s.from(), Math.min(actor.from() < 0 ? t.at() : actor.from(), t.at()));
        if (lookAlikes.remoteOrDenied(s, from, t, windowEnd) || lookAlikes.background(s, from, t, windowEnd)) {
            return;
        }
        Places places = placeFinder.places(s, t, windowEnd);
        if (places.codes.isEmpty() && fronted != null && (t.kind() == Kind.ATTEND || t.kind() == Kind.ARRIVE)) {
            places.codes.add(fronted);
        }
        VisitStatus status = status(s, from, t, windowEnd, places);
        boolean leaving = t.kind() == Kind.TRAVEL && (doc.tok(t.at()).norm().startsWith("depart")
                || doc.tok(t.at()).norm().startsWith("le") || doc.tok(t.at()).norm().startsWith("return"));
        if (leaving && places.origin != null && actor.countries().isEmpty() && !actor.persons().isEmpty()
                && !places.codes.isEmpty() && !places.codes.contains(places.origin)) {
            // "Foreign Minister X departed Lahore for Beijing": the story never says where X is from, but one
            // sets out from home (this visit's reading only: the people output is fixed before this stage)
            for (Person p : actor.persons()) {
                if (country(p) == null) {
                    learn(p, places.origin);
                }
            }
            actor = actorOfPersons(actor.persons(), actor.from());
        }
        if (leaving && places.origin != null && !actor.countries().contains(places.origin) && actor.official()) {
            // "departed Busan after concluding his state visit": leaving the host country ends the visit there
            ending = true;
            record(s, actor, places.origin, VisitStatus.COMPLETED, t, windowEnd, true);
            ending = false;
        }
        if (places.codes.isEmpty()) {
            String fallback = fallbackHost(t, places);
            if (fallback == null && (t.kind() == Kind.ARRIVE || t.kind() == Kind.PRESENCE) && !places.origin()
                    && !doc.tok(t.at()).norm().startsWith("reach") && whenFollows(t.after())
                    && knownVisit(actor) == null) {
                // "Nigerian President X is expected on Tuesday": arriving where the story is
                fallback = lastHost != null ? lastHost : doc.datelineCountry;
            }
            if (fallback == null) {
                String hostThen = lastHost;
                Actor who = actor;
                pendingAttachments.add(() -> attachToKnown(s, who, t, windowEnd, status, hostThen));
                return;
            }
            places.codes.add(fallback);
        }
        if (!actor.official()) {
            return;
        }
        boolean departureFromHome = places.origin != null && actor.countries().contains(places.origin);
        Set<String> hosts = new LinkedHashSet<>(places.codes);
        boolean datesApply = hosts.size() == 1 && !departureFromHome && t.kind() != Kind.TAKE;
        boolean first = true;
        for (String host : hosts) {
            // "began a tour of Kenya, Tanzania and Zambia": under way in the first, the later legs still ahead
            record(s, actor, host, first || status != VisitStatus.ONGOING ? status : VisitStatus.PLANNED, t,
                    windowEnd, datesApply);
            first = false;
        }
    }

    /**
     * "The President arrived in Accra on Monday", with no country for that president anywhere in the story: the last
     * resort is the outlet's own country, and the office holder the tables list for it then. Only ever for the one
     * who travels, never for a host.
     */
    private Actor outletsOwn(Actor bare) {
        String home = doc.sourceCountry;
        if (home == null) {
            return bare;
        }
        List<OfficeHolder> holders = officials.holding(home, bare.officeAlone(), doc.published);
        List<Person> persons = List.of();
        if (holders.size() == 1) {
            persons = List.of(new Person(holders.getFirst().name(), bare.officeAlone(), RoleLexicon.Rank.VISITOR,
                    home, bare.from() < 0 ? 0 : bare.from()));
        }
        return new Actor(persons, Set.of(home), true, bare.from());
    }

    private void record(Sentence s, Actor actor, String host, VisitStatus status, Trigger t, int windowEnd,
            boolean datesApply) {
        boolean any = false;
        for (String country : actor.countries()) {
            if (country.equals(host)) {
                continue; // a trip inside one's own country is no diplomatic visit
            }
            VisitDraft v = visits.computeIfAbsent(country + ">" + host, k -> new VisitDraft(country, host, t.at()));
            for (Person p : actor.persons()) {
                if (country.equals(country(p)) && p.canVisit()) {
                    v.addVisitor(p);
                }
            }
            joinDelegation(v, companions(s, t, windowEnd));
            v.status(status);
            v.evidence.add(s.index());
            if (datesApply) {
                visitDates.dates(s, v, t, windowEnd, actor.from(), ending);
                afterEarlierLeg(s, v, t, windowEnd);
            }
            any = true;
            lastHost = host;
        }
        if (any) {
            lastActors = actor.persons();
        }
    }

    /** Companions travel under the visitor's flag, whatever the dateline suggested. */
    private void joinDelegation(VisitDraft v, List<Person> companions) {
        for (Person p : companions) {
            if (p.canVisit() && (country(p) == null || guessed(p) || v.visitorCountry.equals(country(p)))) {
                learn(p, v.visitorCountry);
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
    private List<Person> companions(Sentence s, Trigger t, int windowEnd) {
        for (int j = s.from(); j + 1 < Math.min(s.to(), windowEnd); j++) {
            if (doc.is(j, "accompanied") && doc.is(j + 1, "by")
                    || (doc.is(j, "along") || doc.is(j, "together")) && doc.is(j + 1, "with")) {
                return objectAfter(s, j + 2, s.to(), true).persons();
            }
        }
        return List.of();
    }

    /** A visit noun with no place of its own ("his visit has been cancelled"): news about a visit already known. */
    private void attachToKnown(Sentence s, Actor actor, Trigger t, int windowEnd, VisitStatus status,
            String hostThen) {
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
                here = matches.stream().filter(v -> v.host.equals(hostThen)).toList();
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
        v.status(status);
        visitDates.dates(s, v, t, windowEnd, actor.from(), ending);
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

    private String fallbackHost(Trigger t, Places places) {
        if (places.here) {
            return doc.datelineCountry != null ? doc.datelineCountry : lastHost;
        }
        if (places.anaphoric) {
            return lastHost;
        }
        if (t.kind() == Kind.ARRIVE && places.unnamedPlace) {
            // "arrived at Jomo Kenyatta International Airport": where the story is set
            return lastHost != null ? lastHost : doc.datelineCountry;
        }
        return null;
    }

    // ---- host-side triggers ----

    /** "X hosted / received / welcomed Y": Y visits X's country. */
    private void hostActive(Sentence s, Trigger t, int windowEnd, String fronted) {
        Actor hostActor = subject(s, t.at());
        Actor guest = objectAfter(s, t.after(), windowEnd, true);
        if (guest.isEmpty() || !guest.official() || !guestFollows(t.after(), guest.from())) {
            return; // "welcomed the decision announced by X" welcomes no one
        }
        String hostPlace = placeBefore(s, t.at());
        if (lookAlikes.remoteOrDenied(s, hostActor.from() < 0 ? t.at() : hostActor.from(), t, windowEnd)
                || lookAlikes.background(s, t.at(), t, windowEnd)) {
            return;
        }
        String host = null;
        for (Person p : hostActor.persons()) {
            if (country(p) != null && !guest.countries().contains(country(p))) {
                host = country(p);
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
            host = fronted != null ? fronted : doc.datelineCountry != null ? doc.datelineCountry : lastHost;
        }
        if (host == null) {
            return;
        }
        for (Person p : hostActor.persons()) {
            if (country(p) == null && !hostActor.persons().isEmpty()) {
                learn(p, host);
            }
        }
        VisitStatus status = visitDates.tense(s, hostActor.from() < 0 ? t.at() : hostActor.from(), t) == DateMention.Tense.FUTURE
                ? VisitStatus.PLANNED : VisitStatus.ONGOING;
        if (cancelled(s, t.at(), windowEnd)) {
            status = VisitStatus.CANCELLED;
        }
        record(s, guest, host, status, t, windowEnd, true);
        for (String c : guest.countries()) {
            VisitDraft v = visits.get(c + ">" + host);
            if (v != null) {
                for (Person p : hostActor.persons()) {
                    if (host.equals(country(p))) {
                        v.addHost(p);
                    }
                }
            }
        }
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
    private void hostedBy(Sentence s, Trigger t, int windowEnd, String fronted) {
        Actor guest = subject(s, t.at());
        if (guest.isEmpty()) {
            return;
        }
        List<Person> hosts = personsAfter(s, t.after(), s.to());
        String host = null;
        for (Person p : hosts) {
            if (country(p) != null && !guest.countries().contains(country(p))) {
                host = country(p);
                break;
            }
        }
        Places places = placeFinder.places(s, t, windowEnd);
        if (host == null && !places.codes.isEmpty()) {
            host = places.codes.iterator().next();
        }
        if (host == null) {
            VisitDraft known = knownVisit(guest);
            host = known != null ? known.host : fronted != null ? fronted : lastHost;
        }
        if (host == null || !guest.official()) {
            return;
        }
        for (Person p : hosts) {
            if (country(p) == null) {
                learn(p, host);
            }
        }
        VisitStatus status = visitDates.tense(s, guest.from(), t) == DateMention.Tense.FUTURE ? VisitStatus.PLANNED
                : VisitStatus.ONGOING;
        record(s, guest, host, status, t, windowEnd, true);
        addHosts(guest, host, hosts);
    }

    /** "Fidan and Güler will meet Pakistan Prime Minister X": X is a host official of their visit. */
    private void meet(Sentence s, Trigger t, int windowEnd) {
        Actor subject = subject(s, t.at());
        Places where = placeFinder.places(s, t, windowEnd);
        if (!doc.is(t.at(), "saw") && !where.codes.isEmpty() && subject.official()
                && !lookAlikes.remoteOrDenied(s, subject.from(), t, windowEnd) && !lookAlikes.background(s, subject.from(), t, windowEnd)) {
            // "held talks with his Lithuanian counterpart in Vilnius": meeting abroad means being there; "plans to
            // meet leaders in Oman, Qatar and Kuwait": in each of them, one after the other
            VisitStatus st = visitDates.tense(s, subject.from(), t) == DateMention.Tense.FUTURE ? VisitStatus.PLANNED
                    : VisitStatus.ONGOING;
            boolean first = true;
            for (String host : List.copyOf(where.codes)) {
                record(s, subject, host, first || st != VisitStatus.ONGOING ? st : VisitStatus.PLANNED, t, windowEnd,
                        where.codes.size() == 1);
                first = false;
            }
        }
        boolean seeOff = doc.is(t.at(), "saw");
        List<Person> others;
        Actor guest;
        if (seeOff) {
            // "Senior officials, including X, saw him off": the subject hosts, the object leaves
            guest = objectAfter(s, t.after(), windowEnd, false);
            others = subject.persons();
        } else {
            guest = subject;
            others = personsAfter(s, t.after(), s.to());
        }
        if (guest.isEmpty()) {
            return;
        }
        if (!seeOff && where.codes.size() <= 1) {
            // "President X met the visiting Jordanian King Y in Cairo": the met is the visitor
            Actor met = objectAfter(s, t.after(), windowEnd, true);
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
                record(s, met, host, st, t, windowEnd, true);
                addHosts(met, host, subject.persons());
            }
        }
        VisitDraft v = knownVisit(guest);
        if (v == null) {
            return;
        }
        joinDelegation(v, companions(s, t, windowEnd));
        for (Person p : others) {
            if (country(p) == null) {
                learn(p, v.host);
            }
        }
        addHosts(guest, v.host, others);
        if (seeOff) {
            v.status(VisitStatus.COMPLETED);
            v.evidence.add(s.index());
        }
        lastActors = guest.persons();
    }

    private void addHosts(Actor guest, String host, List<Person> hosts) {
        for (String c : guest.countries()) {
            VisitDraft v = visits.get(c + ">" + host);
            if (v != null) {
                for (Person p : hosts) {
                    if (host.equals(country(p))) {
                        v.addHost(p);
                    }
                }
            }
        }
    }

    /** The visit these actors are on: the one they were last reported on, when there is exactly one such. */
    private VisitDraft knownVisit(Actor actor) {
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

    // ---- actors ----

    /** The actor just before token t in its sentence, with the units coordinated with it ("X and Y"). */
    private Actor subject(Sentence s, int t) {
        List<People.Unit> units = people.units(s.index());
        // "President X's arrival": the possessor, whatever stands before it
        if (t - 1 > s.from() && doc.is(t - 1, "'s")) {
            for (People.Unit u : units) {
                if (u.to() == t - 1 && u.kind() != People.UnitKind.OTHER_NAME) {
                    return actorOf(List.of(u));
                }
            }
        }
        // "after arriving", "upon arrival": the sentence's subject did it
        if (t > s.from() && (doc.is(t - 1, "after") || doc.is(t - 1, "upon") || doc.is(t - 1, "before")
                || doc.is(t - 1, "on") && doc.tok(t).norm().endsWith("ing"))) {
            for (People.Unit u : units) {
                if (u.to() <= t) {
                    return actorOf(List.of(u));
                }
            }
            return Actor.NONE;
        }
        // "..., who is in Viet Nam for an official visit"
        int w = t - 1;
        while (w > s.from() && (BE.contains(doc.tok(w).norm()) || doc.is(w, "will") || doc.is(w, "has")
                || doc.is(w, "had") || doc.is(w, "also") || doc.is(w, "have"))) {
            w--;
        }
        if (doc.is(w, "who")) {
            int end = w;
            if (end - 1 >= s.from() && doc.tok(end - 1).text().equals(",")) {
                end--;
            }
            for (People.Unit u : units) {
                if (u.to() == end) {
                    return actorOf(List.of(u));
                }
            }
        }
        People.Unit nearest = null;
        int idx = -1;
        for (int k = units.size() - 1; k >= 0; k--) {
            People.Unit u = units.get(k);
            if (u.to() <= t && !objectOfPreposition(u, s) && !(u.kind() == People.UnitKind.PRONOUN
                    && possessiveOrObject(u.from())) && !(u.kind() == People.UnitKind.OTHER_NAME && u.to() == t)) {
                nearest = u;
                idx = k;
                break;
            }
        }
        if (nearest == null) {
            // "Upon his arrival in Lima, President X was greeted": the name follows
            if (t - 1 >= s.from() && t - 1 <= s.from() + 2 && (doc.is(t - 1, "his") || doc.is(t - 1, "her")
                    || doc.is(t - 1, "their"))) {
                return objectAfter(s, t + 1, s.to(), true);
            }
            return Actor.NONE;
        }
        List<People.Unit> group = new ArrayList<>();
        group.add(nearest);
        for (int k = idx - 1; k >= 0; k--) {
            People.Unit prev = units.get(k);
            if (coordinated(prev.to(), group.getFirst().from())) {
                group.addFirst(prev);
            } else {
                break;
            }
        }
        return actorOf(group);
    }

    private boolean objectOfPreposition(People.Unit u, Sentence s) {
        int p = u.from() - 1;
        while (p >= s.from() && (doc.countryAt[p] != null || doc.is(p, "the") || doc.is(p, "'s")
                || doc.is(p, "his") || doc.is(p, "her") || doc.is(p, "their") || doc.tok(p).norm().endsWith("ian")
                && doc.countryAt[p] != null)) {
            p--;
        }
        if (p < s.from()) {
            return false;
        }
        String w = doc.tok(p).norm();
        if (w.equals("by") && p > s.from() && (doc.is(p - 1, "led") || doc.is(p - 1, "headed"))) {
            return false; // "a delegation led by Foreign Minister X arrived": X is who arrived
        }
        return w.equals("with") || w.equals("by") || w.equals("to") || w.equals("from") || w.equals("for")
                || w.equals("of") || w.equals("against") || w.equals("including") || w.equals("met")
                || w.equals("meet") || w.equals("meets") || w.equals("received") || w.equals("welcomed")
                || w.equals("hosted") || w.equals("invitation");
    }

    private boolean possessiveOrObject(int i) {
        String w = doc.tok(i).norm();
        return w.equals("him") || w.equals("them") || w.equals("his") || w.equals("their")
                || w.equals("her") && !(i + 1 < doc.size() && doc.tok(i + 1).word() && BE.contains(doc.tok(i + 1).norm()));
    }

    private boolean coordinated(int from, int to) {
        if (to - from > 6 || to <= from) {
            return false;
        }
        for (int j = from; j < to; j++) {
            String w = doc.tok(j).norm();
            if (!(w.equals("and") || w.equals(",") || w.equals("as") || w.equals("well") || w.equals("&")
                    || doc.inCountry[j] || w.equals("'s") || w.equals("the") || w.equals("his") || w.equals("her")
                    || w.equals("their") || w.equals("counterpart"))) {
                return false;
            }
        }
        return true;
    }

    /** "his visit", "Holt's visit", "Li Wenbo's four-day trip", "the visit by X and Y", else the subject. */
    private Actor nounActor(Sentence s, Trigger t, int windowEnd) {
        int j = t.at() - 1;
        while (j >= s.from() && NOUN_OPENERS.contains(doc.tok(j).norm()) && !doc.is(j, "'s") && !doc.is(j, "his")
                && !doc.is(j, "her") && !doc.is(j, "their") && !doc.is(j, "a") && !doc.is(j, "the")
                && !doc.is(j, "an")) {
            j--;
        }
        if (j >= s.from() && doc.is(j, "'s")) {
            for (People.Unit u : people.units(s.index())) {
                if (u.to() == j) {
                    return actorOf(List.of(u));
                }
            }
            if (j - 1 >= s.from() && doc.countryAt[j - 1] == null) {
                return Actor.NONE;
            }
        }
        if (j >= s.from() && (doc.is(j, "his") || doc.is(j, "her") || doc.is(j, "their"))) {
            Actor a = subject(s, j);
            if (a.isEmpty() && j <= s.from() + 1) {
                // "During his visit to Japan, Prime Minister X met ...": the name follows
                a = objectAfter(s, t.after(), s.to(), true);
            }
            return a.isEmpty() ? pronounActor() : a;
        }
        if (j >= s.from() && j <= s.from() + 1 && (doc.is(j, "a") || doc.is(j, "an") || doc.is(j, "the"))
                && (j == s.from() || FRONTING.contains(doc.tok(s.from()).norm()))) {
            // "After a three-day visit to Tajikistan, President X arrived in Tehran": the name follows the clause
            Actor a = objectAfter(s, t.after(), s.to(), true);
            if (!a.isEmpty()) {
                return a;
            }
        }
        if (doc.is(t.after(), "by") || doc.is(t.after(), "of")) {
            Actor a = objectAfter(s, t.after() + 1, windowEnd, false);
            if (!a.isEmpty()) {
                return a;
            }
        }
        // "a planned visit to Canada by Prime Minister X"
        for (int k = t.after(); k < Math.min(windowEnd, t.after() + 8); k++) {
            if (doc.is(k, "by") && (doc.inCountry[k - 1] || doc.is(k - 1, "here"))) {
                Actor a = objectAfter(s, k + 1, windowEnd, false);
                if (!a.isEmpty()) {
                    return a;
                }
            }
        }
        Actor a = subject(s, t.at());
        if (a.isEmpty() && (doc.is(t.at() - 1, "the") || doc.is(t.at() - 1, "this"))) {
            return pronounActor(); // "The visit will not take place": the visit just reported
        }
        return a;
    }

    /** "... is to be represented at the summit by Foreign Minister X": X goes, for the represented leader. */
    private Actor representedActor(Sentence s, Trigger t, int windowEnd) {
        int by = -1;
        for (int j = t.after(); j < s.to(); j++) {
            if (doc.is(j, "by")) {
                by = j;
                break;
            }
        }
        if (by < 0) {
            return Actor.NONE;
        }
        Actor rep = objectAfter(s, by + 1, s.to(), false);
        Actor principal = subject(s, t.at());
        for (Person p : rep.persons()) {
            if (country(p) == null && principal.countries().size() == 1) {
                learn(p, principal.countries().iterator().next());
            }
        }
        return objectAfter(s, by + 1, s.to(), false);
    }

    /** He, she, they: whoever the previous visit news was about. */
    private Actor pronounActor() {
        if (lastActors.isEmpty()) {
            return Actor.NONE;
        }
        return actorOfPersons(lastActors, -1);
    }

    /** The first actor after token {@code from}, with those coordinated with it. */
    private Actor objectAfter(Sentence s, int from, int to, boolean skipPronouns) {
        List<People.Unit> units = people.units(s.index());
        List<People.Unit> group = new ArrayList<>();
        for (People.Unit u : units) {
            if (u.from() < from || u.from() >= to) {
                continue;
            }
            if (group.isEmpty()) {
                if (u.kind() == People.UnitKind.PRONOUN) {
                    if (skipPronouns && !doc.is(u.from(), "him") && !doc.is(u.from(), "her")
                            && !doc.is(u.from(), "them")) {
                        continue;
                    }
                    return pronounActor();
                }
                group.add(u);
            } else if (coordinated(group.getLast().to(), u.from())) {
                group.add(u);
            } else {
                break;
            }
        }
        return group.isEmpty() ? Actor.NONE : actorOf(group);
    }

    private List<Person> personsAfter(Sentence s, int from, int to) {
        List<Person> out = new ArrayList<>();
        for (int j = from; j < to; j++) {
            if (SPEECH.contains(doc.tok(j).norm())) {
                to = j; // "..., Onanuga had said": the speaker is no one met
                break;
            }
        }
        for (People.Unit u : people.units(s.index())) {
            if (u.from() >= from && u.from() < to) {
                for (Person p : u.persons(people)) {
                    if (!out.contains(p)) {
                        out.add(p);
                    }
                }
            }
        }
        return out;
    }

    private Actor actorOf(List<People.Unit> units) {
        List<Person> persons = new ArrayList<>();
        Set<String> countries = new LinkedHashSet<>();
        boolean official = false;
        String officeAlone = null;
        for (People.Unit u : units) {
            if (u.kind() == People.UnitKind.PRONOUN) {
                if (doc.is(u.from(), "he") || doc.is(u.from(), "she") || doc.is(u.from(), "they")
                        || doc.is(u.from(), "him") || doc.is(u.from(), "them")) {
                    Actor a = pronounActor();
                    persons.addAll(a.persons());
                    countries.addAll(a.countries());
                    official |= a.official();
                }
                continue;
            }
            if (u.kind() == People.UnitKind.OTHER_NAME) {
                continue;
            }
            List<Person> ps = u.persons(people);
            for (Person p : ps) {
                if (!persons.contains(p)) {
                    persons.add(p);
                }
                if (country(p) != null) {
                    countries.add(country(p));
                }
                official |= p.canVisit();
            }
            if (ps.isEmpty() && u.kind() == People.UnitKind.ROLE && u.country() != null) {
                countries.add(u.country());
                official |= u.role().rank() == RoleLexicon.Rank.VISITOR;
            } else if (ps.isEmpty() && u.kind() == People.UnitKind.ROLE && !u.role().plural()
                    && u.role().rank() == RoleLexicon.Rank.VISITOR) {
                officeAlone = u.role().role();
            }
        }
        return new Actor(persons, countries, official, units.getFirst().from(), officeAlone);
    }

    private Actor actorOfPersons(List<Person> persons, int from) {
        Set<String> countries = new LinkedHashSet<>();
        boolean official = false;
        for (Person p : persons) {
            if (country(p) != null) {
                countries.add(country(p));
            }
            official |= p.canVisit();
        }
        return new Actor(List.copyOf(persons), countries, official, from);
    }

    // ---- places ----

    // ---- look-alikes ----

    // ---- status and dates ----

    private VisitStatus status(Sentence s, int from, Trigger t, int windowEnd, Places places) {
        if (cancelled(s, from, windowEnd)) {
            return VisitStatus.CANCELLED;
        }
        String w = doc.tok(t.at()).norm();
        DateMention.Tense tense = visitDates.tense(s, from, t);
        for (int j = Math.max(s.from(), from); j < Math.min(s.to(), windowEnd) && tense != DateMention.Tense.FUTURE; j++) {
            // (in a clause still to come, "before ending the trip in Lusaka" names the last leg, not an end)
            if (COMPLETE.contains(doc.tok(j).norm()) && j != t.at()) {
                // "after concluding his state visit", "wrapped up a three-day visit"
                if (t.kind() == Kind.NOUN || t.kind() == Kind.VISIT || t.kind() == Kind.TRAVEL) {
                    return VisitStatus.COMPLETED;
                }
            }
        }
        if (tense == DateMention.Tense.FUTURE || w.equals("due") || w.equals("expected") || awaited(s, t)) {
            return VisitStatus.PLANNED;
        }
        return switch (t.kind()) {
            case ARRIVE, PRESENCE, HOST, HOSTED_BY -> VisitStatus.ONGOING;
            // "flew into Beirut", "jetted to Rome on Tuesday": there now; "left for", "headed to": on the way
            case TRAVEL -> tense == DateMention.Tense.PAST && (doc.is(t.after(), "into") || doc.is(t.after(), "in")
                    || (w.equals("flew") || w.equals("jetted") || w.equals("travelled") || w.equals("traveled"))
                    && doc.is(t.after(), "to")) ? VisitStatus.ONGOING : VisitStatus.PLANNED;
            case VISIT, ATTEND -> places.codes.isEmpty() && !places.here ? null
                    : tense == DateMention.Tense.PAST ? VisitStatus.COMPLETED
                    : w.endsWith("ing") ? VisitStatus.ONGOING : VisitStatus.PLANNED;
            case NOUN -> startsVisit(s, t) ? VisitStatus.ONGOING : nounStatus(s, from, t, windowEnd);
            default -> null;
        };
    }

    /** "ahead of X's arrival", "preparations for the visit": what is awaited has not begun. */
    private boolean awaited(Sentence s, Trigger t) {
        for (int j = Math.max(s.from(), t.at() - 8); j < t.at(); j++) {
            String w = doc.tok(j).norm();
            if (w.equals("ahead") && doc.is(j + 1, "of") || w.equals("awaiting") || w.equals("awaits")
                    || w.startsWith("preparation") || w.equals("prepares") || w.equals("preparing")) {
                return true;
            }
        }
        return false;
    }

    /** "made a surprise visit", "Orban's trip to Moscow last week": a visit noun told in the past. */
    private VisitStatus nounStatus(Sentence s, int from, Trigger t, int windowEnd) {
        for (int j = Math.max(s.from(), t.at() - 5); j < t.at(); j++) {
            String w = doc.tok(j).norm();
            if (w.equals("made") || w.equals("paid") || w.equals("undertook") || w.equals("completed")
                    || (w.equals("after") || w.equals("following")) && j == s.from()) {
                return VisitStatus.COMPLETED; // "After a three-day visit to X, she flew home": it is over
            }
            if (w.equals("paying") || w.equals("making") || w.equals("undertaking")
                    || w.equals("on") && j > s.from() && (doc.is(j - 1, "is") || doc.is(j - 1, "are"))) {
                return VisitStatus.ONGOING; // "is on a three-day visit"
            }
        }
        for (int j = t.after(); j < Math.min(s.to(), windowEnd + 2); j++) {
            if (doc.is(j, "last") && (doc.is(j + 1, "week") || doc.is(j + 1, "month"))
                    || doc.is(j, "yesterday")) {
                return VisitStatus.COMPLETED;
            }
        }
        return null;
    }

    private boolean startsVisit(Sentence s, Trigger t) {
        for (int j = Math.max(s.from(), t.at() - 5); j < t.at(); j++) {
            String w = doc.tok(j).norm();
            if (w.equals("starting") || w.equals("started") || w.equals("starts") || w.equals("began")
                    || w.equals("begins") || w.equals("beginning") || w.equals("launched") || w.equals("kicked")
                    || w.equals("kicks") || w.equals("launches") || w.equals("opened") || w.equals("opens")
                    || w.equals("underway") || w.equals("currently")) {
                return true;
            }
        }
        return false;
    }

    private boolean cancelled(Sentence s, int from, int windowEnd) {
        for (int j = Math.max(s.from(), from); j < s.to(); j++) {
            String w = doc.tok(j).norm();
            if (CANCEL.contains(w) || w.equals("longer") && doc.is(j - 1, "no")
                    || w.equals("off") && (doc.is(j - 1, "called") || doc.is(j - 1, "call") || doc.is(j - 1, "put"))
                    || w.equals("hold") && doc.is(j - 1, "on") && !doc.is(j + 1, "talks")
                    // "the trip will not take place", "will not go ahead"
                    || (w.equals("place") && doc.is(j - 1, "take") || w.equals("ahead") && doc.is(j - 1, "go"))
                    && (doc.is(j - 2, "not") || doc.is(j - 2, "n't") || doc.is(j - 2, "never"))) {
                return true;
            }
        }
        return false;
    }

}
