package io.newswire.enrich.tagging;

import io.newswire.model.VisitStatus;
import java.time.LocalDate;
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
    private enum Kind {
        /** arrive, land, touch down, reach, arrival: the visitor is (about to be) there */
        ARRIVE,
        /** travel, head, fly, jet, leave for, depart for, proceed, embark: en route */
        TRAVEL,
        /** visit or tour a place, pay a visit to, a visit to */
        VISIT,
        /** "a visit", "his trip": a noun that needs a place after it or a visit already known */
        NOUN,
        /** is in, due in, expected in */
        PRESENCE,
        /** attend / take part in a meeting held in a place */
        ATTEND,
        /** "will be represented in Johannesburg by Foreign Minister X" */
        REPRESENTED,
        /** "a tour that will take him to ..." */
        TAKE,
        /** X hosted / received / welcomed Y */
        HOST,
        /** Y was received / welcomed by X */
        HOSTED_BY,
        /** meets, held talks with, interact with: names host officials */
        MEET
    }

    private record Trigger(Kind kind, int at, int after) {
    }

    /** Who acts in a clause: the office holders, and the countries they stand for. */
    private record Actor(List<Person> persons, Set<String> countries, boolean official, int from) {
        static final Actor NONE = new Actor(List.of(), Set.of(), false, -1);

        boolean isEmpty() {
            return persons.isEmpty() && countries.isEmpty();
        }
    }

    private static final Set<String> ARRIVE = Set.of("arrive", "arrives", "arrived", "arriving", "land", "lands",
            "landed", "landing", "reach", "reaches", "reached", "arrival");
    private static final Set<String> TRAVEL = Set.of("travel", "travels", "travelled", "traveled", "travelling",
            "traveling", "head", "heads", "headed", "heading", "fly", "flies", "flew", "flying", "jet", "jets",
            "jetted", "leave", "leaves", "left", "leaving", "depart", "departs", "departed", "departing", "proceed",
            "proceeds", "proceeded", "proceeding", "embark", "embarks", "embarked", "embarking", "bound", "en",
            "returned", "returns", "returning");
    private static final Set<String> VISIT_VERB = Set.of("visit", "visits", "visited", "visiting", "tour",
            "tours", "toured", "touring");
    private static final Set<String> VISIT_NOUN = Set.of("visit", "visits", "trip", "trips", "tour", "stay",
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
    private static final Set<String> NOUN_OPENERS = Set.of("a", "an", "the", "his", "her", "their", "its", "'s",
            "this", "that", "first", "maiden", "official", "state", "working", "inaugural", "formal", "planned",
            "two-day", "three-day", "one-day", "four-day", "five-day", "week-long", "upcoming", "proposed",
            "scheduled", "latest", "surprise", "unannounced", "brief", "historic", "high-profile", "bilateral",
            "private", "short", "two-nation", "three-nation", "four-nation", "five-nation", "regional", "foreign",
            "overseas", "ongoing", "current", "next", "return", "reciprocal", "day-long", "farewell", "trip",
            "goodwill");
    private static final Set<String> PLACE_FILLERS = Set.of("the", "capital", "city", "port", "town", "of", "two",
            "three", "four", "five", "six", "seven", "brotherly", "neighbouring", "neighboring", "fellow", "gulf",
            "countries", "nations", "states", "state", "kingdom", "sultanate", "republic", "emirate", "federal",
            "island", "islands", "nation", "country", "friendly", "sisterly", "african", "asian", "european",
            "arab", "nordic", "baltic", "caribbean", "pacific", "latin", "american", "central", "southern",
            "northern", "eastern", "western", "southeast", "south", "north", "east", "west", "historic", "coastal",
            "resort", "commercial", "financial", "nearby", "neighbour", "neighbor", "mainland");
    private static final Set<String> CAPITAL_NOUNS = Set.of("capital", "city", "soil", "territory", "port");
    private static final Set<String> CLAUSE_BREAKS = Set.of(";", "while", "whereas", "but", "although", "though",
            "where", "which", "when", "whom", "meanwhile");
    private static final Set<String> REMOTE = Set.of("phone", "telephone", "video", "virtual", "virtually",
            "videoconference", "video-conference", "teleconference", "online", "remotely", "videolink", "zoom",
            "phoned", "telephoned", "call-in");
    private static final Set<String> NEGATIONS = Set.of("not", "no", "n't", "never", "won't", "cannot", "unable",
            "skip", "skipped", "skipping", "declined", "refused", "without", "instead");
    private static final Set<String> EVENTS = Set.of("ceremony", "reception", "dinner", "banquet", "lunch",
            "luncheon", "breakfast", "welcome", "talks", "meeting", "state", "honour", "honor");
    private static final Set<String> SPEECH = Set.of("said", "says", "told", "added", "according", "noted",
            "stated", "announced", "reported", "quoted", "\u201c", "\u201d", "\"");
    private static final Set<String> CANCEL = Set.of("cancel", "cancels", "cancelled", "canceled", "cancellation",
            "postpone", "postpones", "postponed", "postponement", "scrapped", "scrap", "shelved", "deferred",
            "defer", "suspended", "aborted", "axed", "delayed");
    private static final Set<String> COMPLETE = Set.of("concluded", "concluding", "concludes", "conclude",
            "wrapped", "wraps", "ended", "ends", "ending", "completed", "completes", "completing", "farewell",
            "returned", "returns", "returning");
    private static final Set<String> BACKGROUND = Set.of("recalled", "recalls", "remembered", "previous",
            "previously", "earlier", "last", "ago", "since", "former", "late", "historic", "history", "anniversary",
            "had");
    private static final Set<String> FUTURE = Set.of("will", "would", "shall", "to", "expected", "scheduled",
            "due", "slated", "set", "plans", "planned", "planning", "intends", "upcoming", "likely", "may",
            "might", "could", "next", "soon", "'ll", "going");
    private static final Set<String> PAST_TRIGGERS = Set.of("arrived", "landed", "reached", "travelled", "traveled",
            "headed", "flew", "jetted", "left", "departed", "proceeded", "embarked", "visited", "toured",
            "hosted", "received", "welcomed", "greeted", "met", "attended", "participated", "touched", "began",
            "started", "took", "paid", "made", "undertook", "held", "was", "were");
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("1", 1), Map.entry("2", 2), Map.entry("3", 3), Map.entry("4", 4), Map.entry("5", 5),
            Map.entry("6", 6), Map.entry("7", 7), Map.entry("8", 8), Map.entry("9", 9), Map.entry("10", 10));

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
    private final Map<String, VisitDraft> visits = new LinkedHashMap<>();
    /** who the previous sentence's visit was about, for "He will hold talks ..." */
    private List<Person> lastActors = List.of();
    private String lastHost;
    /** news about visits reported later in the article ("his visit was cancelled" before "he was to visit X") */
    private final List<Runnable> pendingAttachments = new ArrayList<>();
    /** set while recording the end of a visit ("left Manila on Sunday"): its date is the last day */
    private boolean ending;

    VisitFinder(Doc doc, People people) {
        this.doc = doc;
        this.people = people;
    }

    List<VisitDraft> find() {
        for (Sentence s : doc.sentences) {
            sentence(s);
        }
        pendingAttachments.forEach(Runnable::run);
        List<VisitDraft> out = new ArrayList<>();
        for (VisitDraft v : visits.values()) {
            // "The New Zealand delegation includes Trade Minister X": members travel with the visitor
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
        String fronted = frontedPlace(s);
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
                if (w.startsWith("head") && !(doc.is(i + 1, "to") || doc.is(i + 1, "for") || doc.is(i + 1, "home"))) {
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
                boolean noun = VISIT_NOUN.contains(w) && i > s.from() && isNounOpener(i - 1);
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

    private boolean isNounOpener(int i) {
        Token t = doc.tok(i);
        return NOUN_OPENERS.contains(t.norm()) || t.norm().endsWith("-day") || t.norm().endsWith("-nation")
                || doc.placeAt(i) != null || doc.countryAt[i] != null
                || i > 0 && doc.countryAt[i - 1] != null && doc.countryAt[i - 1].to() == i + 1;
    }

    private boolean seeOff(Sentence s, int i) {
        for (int j = i + 1; j < Math.min(s.to(), i + 4); j++) {
            if (doc.is(j, "off")) {
                return true;
            }
        }
        return false;
    }

    /** "In Japan, President X will attend ...": a place fronting the sentence sets the scene for it. */
    private String frontedPlace(Sentence s) {
        int i = s.from();
        if (doc.is(i, "in") || doc.is(i, "while")) {
            int j = i + 1;
            if (doc.is(j, "the")) {
                j++;
            }
            String c = doc.placeAt(j);
            if (c != null && doc.countryAt[j].to() < s.to() && doc.tok(doc.countryAt[j].to()).text().equals(",")) {
                return c;
            }
        }
        return null;
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
        Actor actor = switch (t.kind()) {
            case NOUN -> nounActor(s, t, windowEnd);
            case REPRESENTED -> representedActor(s, t, windowEnd);
            case TAKE -> pronounActor();
            default -> subject(s, t.at());
        };
        if (actor.isEmpty()) {
            return;
        }
        int from = Math.max(s.from(), Math.min(actor.from() < 0 ? t.at() : actor.from(), t.at()));
        if (remoteOrDenied(s, from, t, windowEnd) || background(s, from, t, windowEnd)) {
            return;
        }
        Places places = places(s, t, windowEnd);
        if (places.codes.isEmpty() && fronted != null && (t.kind() == Kind.ATTEND || t.kind() == Kind.ARRIVE)) {
            places.codes.add(fronted);
        }
        VisitStatus status = status(s, from, t, windowEnd, places);
        boolean leaving = t.kind() == Kind.TRAVEL && (doc.tok(t.at()).norm().startsWith("depart")
                || doc.tok(t.at()).norm().startsWith("le") || doc.tok(t.at()).norm().startsWith("return"));
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
                pendingAttachments.add(() -> attachToKnown(s, actor, t, windowEnd, status, hostThen));
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
        for (String host : hosts) {
            record(s, actor, host, status, t, windowEnd, datesApply);
        }
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
                if (country.equals(p.country) && p.canVisit()) {
                    v.addVisitor(p);
                }
            }
            for (Person p : companions(s, t, windowEnd)) {
                if (p.canVisit() && (p.country == null || country.equals(p.country))) {
                    p.country = country;
                    v.addVisitor(p);
                }
            }
            v.status(status);
            v.evidence.add(s.index());
            if (datesApply) {
                dates(s, v, t, windowEnd, actor.from());
            }
            any = true;
            lastHost = host;
        }
        if (any) {
            lastActors = actor.persons();
        }
    }

    /** "X, accompanied by Foreign Minister Y, arrived": Y travels with X. */
    private List<Person> companions(Sentence s, Trigger t, int windowEnd) {
        for (int j = s.from(); j + 1 < Math.min(s.to(), windowEnd); j++) {
            if (doc.is(j, "accompanied") && doc.is(j + 1, "by")) {
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
        v.status(status);
        v.evidence.add(s.index());
        dates(s, v, t, windowEnd, actor.from());
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
            // "arrived at OR Tambo International Airport": where the story is set
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
        if (remoteOrDenied(s, hostActor.from() < 0 ? t.at() : hostActor.from(), t, windowEnd)
                || background(s, t.at(), t, windowEnd)) {
            return;
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
        Places places = places(s, t, windowEnd);
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
            if (p.country == null && !hostActor.persons().isEmpty()) {
                p.country = host;
            }
        }
        VisitStatus status = tense(s, hostActor.from() < 0 ? t.at() : hostActor.from(), t) == DateMention.Tense.FUTURE
                ? VisitStatus.PLANNED : VisitStatus.ONGOING;
        if (cancelled(s, t.at(), windowEnd)) {
            status = VisitStatus.CANCELLED;
        }
        record(s, guest, host, status, t, windowEnd, true);
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
            if (p.country != null && !guest.countries().contains(p.country)) {
                host = p.country;
                break;
            }
        }
        Places places = places(s, t, windowEnd);
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
            if (p.country == null) {
                p.country = host;
            }
        }
        VisitStatus status = tense(s, guest.from(), t) == DateMention.Tense.FUTURE ? VisitStatus.PLANNED
                : VisitStatus.ONGOING;
        record(s, guest, host, status, t, windowEnd, true);
        addHosts(guest, host, hosts);
    }

    /** "Fidan and Güler will meet Pakistan Prime Minister X": X is a host official of their visit. */
    private void meet(Sentence s, Trigger t, int windowEnd) {
        Actor subject = subject(s, t.at());
        Places where = places(s, t, windowEnd);
        if (!doc.is(t.at(), "saw") && where.codes.size() == 1 && subject.official()
                && !remoteOrDenied(s, subject.from(), t, windowEnd) && !background(s, subject.from(), t, windowEnd)) {
            // "held talks with his Lithuanian counterpart in Vilnius": meeting abroad means being there
            String host = where.codes.iterator().next();
            VisitStatus st = tense(s, subject.from(), t) == DateMention.Tense.FUTURE ? VisitStatus.PLANNED
                    : VisitStatus.ONGOING;
            record(s, subject, host, st, t, windowEnd, true);
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
                    && !met.countries().contains(host) && !remoteOrDenied(s, subject.from(), t, windowEnd)) {
                VisitStatus st = tense(s, subject.from(), t) == DateMention.Tense.FUTURE ? VisitStatus.PLANNED
                        : VisitStatus.ONGOING;
                record(s, met, host, st, t, windowEnd, true);
                addHosts(met, host, subject.persons());
            }
        }
        VisitDraft v = knownVisit(guest);
        if (v == null) {
            return;
        }
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
        lastActors = guest.persons();
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
                    || doc.inCountry[j] || w.equals("'s") || w.equals("the"))) {
                return false;
            }
        }
        return true;
    }

    /** "his visit", "Esper's visit", "Wei Fenghe's four-day trip", "the visit by X and Y", else the subject. */
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
        return subject(s, t.at());
    }

    /** "... will be represented in Johannesburg by Foreign Minister X": X goes, for the represented leader. */
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
            if (p.country == null && principal.countries().size() == 1) {
                p.country = principal.countries().iterator().next();
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
                if (p.country != null) {
                    countries.add(p.country);
                }
                official |= p.canVisit();
            }
            if (ps.isEmpty() && u.kind() == People.UnitKind.ROLE && u.country() != null) {
                countries.add(u.country());
                official |= u.role().rank() == RoleLexicon.Rank.VISITOR;
            }
        }
        return new Actor(persons, countries, official, units.getFirst().from());
    }

    private Actor actorOfPersons(List<Person> persons, int from) {
        Set<String> countries = new LinkedHashSet<>();
        boolean official = false;
        for (Person p : persons) {
            if (p.country != null) {
                countries.add(p.country);
            }
            official |= p.canVisit();
        }
        return new Actor(List.copyOf(persons), countries, official, from);
    }

    // ---- places ----

    private static final class Places {
        final Set<String> codes = new LinkedHashSet<>();
        String origin;

        boolean origin() {
            return origin != null;
        }

        boolean here;
        boolean anaphoric;
        boolean unnamedPlace;
    }

    /** Where the trigger goes: the place after to / in / for / at (or the direct object of visit / tour / reach). */
    private Places places(Sentence s, Trigger t, int windowEnd) {
        Places out = new Places();
        int j = t.after();
        boolean direct = t.kind() == Kind.VISIT || t.kind() == Kind.ARRIVE
                && (doc.tok(t.at()).norm().startsWith("reach"));
        if (t.kind() == Kind.TRAVEL && (doc.tok(t.at()).norm().startsWith("depart")
                || doc.tok(t.at()).norm().startsWith("le"))) {
            // "departed Abuja for ...", "left Busan": the place right after is where they come from
            int p = doc.is(j, "the") ? j + 1 : j;
            String origin = doc.placeAt(p);
            if (origin != null) {
                out.origin = origin;
                j = doc.countryAt[p].to();
            }
        }
        int end = Math.min(windowEnd, s.to());
        while (j < end) {
            Token tok = doc.tok(j);
            String w = tok.norm();
            if (w.equals("from") || w.equals("via") || w.equals("between") || w.equals("with")) {
                int p = doc.is(j + 1, "the") ? j + 2 : j + 1;
                if (w.equals("from") && doc.placeAt(p) != null && out.origin == null) {
                    out.origin = doc.placeAt(p);
                }
                j = p < doc.size() && doc.countryAt[p] != null ? doc.countryAt[p].to() : j + 1;
                continue;
            }
            if (w.equals("here")) {
                out.here = true;
                j++;
                continue;
            }
            boolean prep = w.equals("to") || w.equals("in") || w.equals("into") || w.equals("for")
                    || w.equals("at") || w.equals("of") && VISIT_NOUN.contains(doc.tok(j - 1).norm());
            if (direct && j == t.after()) {
                int before = out.codes.size();
                placeList(j, end, out);
                if (out.codes.size() > before) {
                    break;
                }
            }
            if (prep) {
                if (doc.is(j + 1, "the") && (doc.is(j + 2, "country") || doc.is(j + 2, "capital"))
                        && !(doc.is(j + 3, "of") || doc.is(j + 3, ","))) {
                    out.anaphoric = true;
                    j += 3;
                    continue;
                }
                int before = out.codes.size();
                int next = placeList(j + 1, end, out);
                if (out.codes.size() > before) {
                    j = next;
                    break;
                }
                if ((w.equals("at") || w.equals("in")) && j + 1 < end && (doc.tok(j + 1).capitalized()
                        || doc.is(j + 1, "the") && j + 2 < end && doc.tok(j + 2).capitalized())) {
                    out.unnamedPlace = true; // "at OR Tambo International Airport"
                }
            }
            j++;
        }
        if (out.codes.isEmpty() && t.kind() == Kind.NOUN) {
            // "a four-day US visit"
            int q = t.at() - 1;
            while (q > s.from() && q > t.at() - 4 && !doc.inCountry[q] && isNounOpener(q)
                    && !doc.is(q, "'s") && !doc.is(q, "his") && !doc.is(q, "her") && !doc.is(q, "their")) {
                q--;
            }
            while (q > s.from() && doc.inCountry[q] && doc.countryAt[q] == null) {
                q--;
            }
            if (doc.placeAt(q) != null && doc.countryAt[q].to() <= t.at()) {
                out.codes.add(doc.placeAt(q));
            }
        }
        return out;
    }

    /** Places from token i: "the Mongolian capital", "Japan and Brazil", "the GCC countries of Oman, UAE and Qatar". */
    private int placeList(int i, int end, Places out) {
        int j = i;
        int fillers = 0;
        while (j < end) {
            Token t = doc.tok(j);
            Gazetteer.Match m = doc.countryAt[j];
            if (m != null && m.code() == null) {
                return j; // a blocked phrase: the Indian Ocean
            }
            if (m != null) {
                if (m.kind() == Gazetteer.Kind.ADJECTIVE) {
                    if (m.to() < end && CAPITAL_NOUNS.contains(doc.tok(m.to()).norm())) {
                        out.codes.add(m.code());
                        j = m.to() + 1;
                        j = skipApposition(j, end);
                    } else if (fillers < 6 && m.to() < end && PLACE_FILLERS.contains(doc.tok(m.to()).norm())) {
                        j = m.to();
                        fillers++;
                        continue;
                    } else {
                        return j;
                    }
                } else {
                    // "the US Military Academy": a country naming an institution is not the destination
                    if (m.to() < end && doc.tok(m.to()).capitalized() && doc.countryAt[m.to()] == null
                            && !DateFinder.isWeekday(doc.tok(m.to())) && !DateFinder.isMonth(doc.tok(m.to()))
                            && !doc.tok(m.to()).allCaps()) {
                        return j;
                    }
                    out.codes.add(m.code());
                    j = m.to();
                    if (doc.is(j, "'s")) {
                        return j + 1;
                    }
                }
                // a list goes on: ", Qatar", "and Kuwait", ", and the State of Kuwait"
                int k = j;
                if (k < end && doc.tok(k).text().equals(",")) {
                    k++;
                }
                if (k < end && doc.is(k, "and")) {
                    k++;
                }
                if (k > j && k < end && (doc.countryAt[k] != null || doc.is(k, "the"))) {
                    j = k;
                    fillers = 0;
                    continue;
                }
                return j;
            }
            if (fillers < 6 && (PLACE_FILLERS.contains(t.norm()) || t.allCaps() && t.word()
                    || t.norm().endsWith("-nation") || t.norm().equals("city") || t.is("capital"))) {
                j++;
                fillers++;
                continue;
            }
            return j;
        }
        return j;
    }

    private int skipApposition(int j, int end) {
        // "the Mongolian capital, Ulaanbaatar," / "the Belarusian capital of Minsk"
        if (j < end && (doc.tok(j).text().equals(",") || doc.is(j, "of")) && j + 1 < end
                && doc.placeAt(j + 1) != null) {
            return doc.countryAt[j + 1].to();
        }
        return j;
    }

    // ---- look-alikes ----

    private boolean remoteOrDenied(Sentence s, int from, Trigger t, int windowEnd) {
        int lo = Math.max(s.from(), from);
        int hi = Math.min(s.to(), windowEnd + 2);
        for (int j = lo; j < hi; j++) {
            if (REMOTE.contains(doc.tok(j).norm())) {
                return true;
            }
            // "taking part from her home in Berlin", "joined from his office"
            if (doc.is(j, "from") && (doc.is(j + 1, "home") || doc.is(j + 2, "home") || doc.is(j + 2, "office")
                    || doc.is(j + 2, "residence"))) {
                return true;
            }
        }
        // "will not attend in person" (but "will no longer be visiting" is a cancellation, handled by status)
        for (int j = Math.max(s.from(), t.at() - 3); j < t.at(); j++) {
            if (NEGATIONS.contains(doc.tok(j).norm()) && !doc.is(j + 1, "longer")) {
                return true;
            }
        }
        // an invitation is not a visit until accepted
        for (int j = Math.max(s.from(), t.at() - 6); j < t.at(); j++) {
            String w = doc.tok(j).norm();
            if (w.startsWith("invit") && !doc.is(j - 1, "the") && t.kind() != Kind.ARRIVE) {
                boolean accepted = false;
                for (int k = Math.max(s.from(), j - 4); k < j; k++) {
                    accepted |= doc.tok(k).norm().startsWith("accept");
                }
                if (!accepted) {
                    return true;
                }
            }
        }
        return false;
    }

    /** An old visit recalled as background: a past year near it, or "since/previous/recalled ...". */
    private boolean background(Sentence s, int from, Trigger t, int windowEnd) {
        int pubYear = doc.published.getYear();
        int lo = Math.max(s.from(), from);
        int hi = Math.min(s.to(), windowEnd + 3);
        for (int j = lo; j < hi; j++) {
            Token tok = doc.tok(j);
            if (tok.isDigits() && tok.text().length() == 4) {
                int y = Integer.parseInt(tok.text());
                // "visited Brazil in 2010", "his 1998 visit" -- but "the first since 2017" dates the comparison
                if (y >= 1900 && y < pubYear && !doc.is(j - 1, "since") && !doc.is(j - 1, "until")
                        && !doc.is(j - 1, "till")) {
                    return true;
                }
            }
        }
        for (int j = Math.max(s.from(), t.at() - 4); j < Math.min(s.to(), t.after() + 1); j++) {
            String w = doc.tok(j).norm();
            if (BACKGROUND.contains(w) && !(w.equals("earlier") && doc.is(j + 1, "on"))
                    && !(w.equals("earlier") && doc.is(j + 1, "in") && doc.is(j + 2, "the"))
                    && !(w.equals("last") && (doc.is(j + 1, "week") || DateFinder.isWeekday(doc.tok(j + 1))))) {
                if (w.equals("had") && !doc.tok(t.at()).norm().endsWith("ed")) {
                    continue;
                }
                return true;
            }
        }
        return false;
    }

    // ---- status and dates ----

    private VisitStatus status(Sentence s, int from, Trigger t, int windowEnd, Places places) {
        if (cancelled(s, from, windowEnd)) {
            return VisitStatus.CANCELLED;
        }
        String w = doc.tok(t.at()).norm();
        for (int j = Math.max(s.from(), from); j < Math.min(s.to(), windowEnd); j++) {
            if (COMPLETE.contains(doc.tok(j).norm()) && j != t.at()) {
                // "after concluding his state visit", "wrapped up a three-day visit"
                if (t.kind() == Kind.NOUN || t.kind() == Kind.VISIT || t.kind() == Kind.TRAVEL) {
                    return VisitStatus.COMPLETED;
                }
            }
        }
        DateMention.Tense tense = tense(s, from, t);
        if (tense == DateMention.Tense.FUTURE || w.equals("due") || w.equals("expected")) {
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

    /** "made a surprise visit", "Orban's trip to Moscow last week": a visit noun told in the past. */
    private VisitStatus nounStatus(Sentence s, int from, Trigger t, int windowEnd) {
        for (int j = Math.max(s.from(), t.at() - 5); j < t.at(); j++) {
            String w = doc.tok(j).norm();
            if (w.equals("made") || w.equals("paid") || w.equals("undertook") || w.equals("completed")) {
                return VisitStatus.COMPLETED;
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
                    || w.equals("hold") && doc.is(j - 1, "on") && !doc.is(j + 1, "talks")) {
                return true;
            }
        }
        return false;
    }

    private DateMention.Tense tense(Sentence s, int from, Trigger t) {
        String w = doc.tok(t.at()).norm();
        if (w.equals("due") || w.equals("expected")) {
            return DateMention.Tense.FUTURE;
        }
        for (int j = Math.max(s.from(), Math.min(from, t.at() - 4)); j < t.at(); j++) {
            Token v = doc.tok(j);
            if (FUTURE.contains(v.norm()) && !v.capitalized()) {
                if (v.is("to") && j + 1 < doc.size() && !doc.tok(j + 1).word()) {
                    continue;
                }
                return DateMention.Tense.FUTURE;
            }
        }
        if (PAST_TRIGGERS.contains(w)) {
            return DateMention.Tense.PAST;
        }
        for (int j = Math.max(s.from(), t.at() - 3); j < t.at(); j++) {
            String v = doc.tok(j).norm();
            if (v.equals("was") || v.equals("were") || v.equals("had") || v.equals("did")) {
                return DateMention.Tense.PAST;
            }
        }
        return DateMention.Tense.UNKNOWN;
    }

    private void dates(Sentence s, VisitDraft v, Trigger t, int windowEnd, int actorFrom) {
        List<DateMention> found = new ArrayList<>(DateFinder.find(doc.tokens, s.from(), Math.min(s.to(), windowEnd)));
        // "the Kremlin said on Tuesday", "announced yesterday": when it was said, not when the visit is
        found.removeIf(d -> saidAt(d.from()));
        DateMention pick = null;
        for (DateMention d : found) {
            if (d.from() >= t.at()) {
                pick = d;
                break;
            }
        }
        if (pick == null) {
            int lo = Math.max(s.from(), actorFrom < 0 ? s.from() : actorFrom);
            for (DateMention d : found) {
                if (d.to() <= t.at() && d.from() >= lo - 3) {
                    pick = d;
                }
            }
        }
        if (v.days == 0) {
            v.days = duration(s, windowEnd);
        }
        if (pick == null) {
            untilEnd(s, v, t, windowEnd);
            return;
        }
        DateMention.Tense tense = tense(s, actorFrom < 0 ? t.at() : actorFrom, t);
        if (endsVisit(s, actorFrom, t, windowEnd)) {
            // "wrapped up a three-day visit on Saturday", "left Manila on Sunday": the day it ended
            if (v.end == null) {
                v.end = pick.start(doc.published, DateMention.Tense.PAST);
                if (v.start == null && v.days > 0) {
                    v.start = v.end.minusDays(v.days - 1L);
                }
            }
        } else if (v.start == null) {
            v.start = pick.start(doc.published, tense);
            v.end = pick.end(doc.published);
        }
        untilEnd(s, v, t, windowEnd);
    }

    private boolean saidAt(int dateFrom) {
        int j = dateFrom - 1;
        if (doc.is(j, "on") || doc.is(j, "late") || doc.is(j, "earlier") || doc.is(j, "last")) {
            j--;
        }
        return j >= 0 && SPEECH.contains(doc.tok(j).norm()) || doc.is(j, "statement") || doc.is(j, "briefing");
    }

    private boolean endsVisit(Sentence s, int actorFrom, Trigger t, int windowEnd) {
        if (ending) {
            return true;
        }
        for (int j = Math.max(s.from(), actorFrom < 0 ? t.at() - 4 : actorFrom); j < Math.min(s.to(), windowEnd); j++) {
            if (COMPLETE.contains(doc.tok(j).norm())) {
                return true;
            }
        }
        return false;
    }

    /** "scheduled to continue until Wednesday": the end of the visit. */
    private void untilEnd(Sentence s, VisitDraft v, Trigger t, int windowEnd) {
        for (int j = s.from(); j + 1 < s.to(); j++) {
            if ((doc.is(j, "until") || doc.is(j, "till") || doc.is(j, "through")) && v.end == null) {
                List<DateMention> d = DateFinder.find(doc.tokens, j + 1, Math.min(s.to(), j + 5));
                if (!d.isEmpty() && d.getFirst().from() == j + 1) {
                    LocalDate e = d.getFirst().start(doc.published, DateMention.Tense.FUTURE);
                    if (v.start == null || !e.isBefore(v.start)) {
                        v.end = e;
                    }
                }
            }
        }
    }

    /** "a three-day visit", "four-day trip", "two-day state visit". */
    private int duration(Sentence s, int windowEnd) {
        for (int j = s.from(); j < s.to(); j++) {
            String w = doc.tok(j).norm();
            int dash = w.indexOf("-day");
            if (dash > 0 && w.endsWith("-day")) {
                Integer n = NUMBERS.get(w.substring(0, dash));
                if (n != null && followedByVisitNoun(j, s)) {
                    return n;
                }
            }
        }
        return 0;
    }

    private boolean followedByVisitNoun(int j, Sentence s) {
        for (int k = j + 1; k < Math.min(s.to(), j + 4); k++) {
            if (VISIT_NOUN.contains(doc.tok(k).norm())) {
                return true;
            }
        }
        return false;
    }
}
