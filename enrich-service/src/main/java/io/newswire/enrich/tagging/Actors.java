package io.newswire.enrich.tagging;

import io.newswire.enrich.knowledge.OfficeHolder;
import io.newswire.enrich.knowledge.Officials;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who acts in a clause of a visit report: the subject before a trigger, the object after it, the possessor of a
 * visit noun, the one a pronoun stands for. Reads the people stage's units; "he" and "they" stand for whoever the
 * previous visit news was about, which the caller passes in.
 */
final class Actors {
    /** Who acts in a clause: the office holders, and the countries they stand for. */
    record Actor(List<Person> persons, Set<String> countries, boolean official, int from,
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

    private static final Set<String> POSSESSIVE_PRONOUN = Vocabulary.set("POSSESSIVE_PRONOUN");
    private static final Set<String> NAME_DETERMINER = Vocabulary.set("NAME_DETERMINER");
    private static final Set<String> PRONOUN = Vocabulary.set("PRONOUN");
    private static final Set<String> OBJECT_PRONOUN = Vocabulary.set("OBJECT_PRONOUN");
    private static final Set<String> DOER_PREPOSITION = Vocabulary.set("DOER_PREPOSITION");
    private static final Set<String> AUXILIARY = Vocabulary.set("AUXILIARY");
    private static final Set<String> OBJECT_MARKER = Vocabulary.set("OBJECT_MARKER");
    private static final Set<String> LEAD_VERB = Vocabulary.set("LEAD_VERB");
    private static final Set<String> COORDINATION = Vocabulary.set("COORDINATION");
    private static final VisitPatterns.Group COMPANION = VisitPatterns.standard().rowGroup("COMPANION");

    private final Doc doc;
    private final People people;
    private final Officials officials;
    /** who the previous visit news was about, for "He will hold talks ..." */
    private final List<Person> lastActors;
    private final LearnedCountries learned;
    private final VisitWords words;

    /** The actors of an article before its story begins: see {@link #about(Story)}. */
    Actors(Doc doc, People people, Officials officials) {
        this(new VisitWords(doc), people, officials);
    }

    Actors(VisitWords words, People people, Officials officials) {
        this(words.doc(), people, officials, List.of(), LearnedCountries.NONE, words);
    }

    private Actors(Doc doc, People people, Officials officials, List<Person> lastActors, LearnedCountries learned,
            VisitWords words) {
        this.learned = learned;
        this.doc = doc;
        this.people = people;
        this.officials = officials;
        this.lastActors = lastActors;
        this.words = words;
    }

    /**
     * The actors of a sentence the story has reached: "he" and "they" stand for whom its last visit news was about,
     * and persons have the countries the visit stages learned so far.
     */
    Actors about(Story story) {
        return new Actors(doc, people, officials, story.lastActors(), story.learned(), words);
    }

    /**
     * "The President arrived in Accra on Monday", with no country for that president anywhere in the story: the last
     * resort is the outlet's own country, and the office holder the tables list for it then. Only ever for the one
     * who travels, never for a host.
     */
    Actor outletsOwn(Actor bare) {
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

    /** The actor just before token t in its sentence, with the units coordinated with it. */
    Actor subject(Sentence s, int t) {
        List<People.Unit> units = people.units(s.index());
        // "President X's arrival": the possessor, whatever stands before it
        People.Unit possessor = t - 1 > s.from() && doc.is(t - 1, "'s") ? unitEndingAt(units, t - 1, false) : null;
        if (possessor != null) {
            return actorOf(List.of(possessor));
        }
        if (t > s.from() && (doc.isIn(t - 1, DOER_PREPOSITION) || doc.is(t - 1, "on") && doc.tok(t).norm().endsWith("ing"))) {
            return firstSubject(units, t); // "after arriving", "upon arrival": the sentence's subject did it
        }
        People.Unit antecedent = whoAntecedent(s, t, units);
        if (antecedent != null) {
            return actorOf(List.of(antecedent)); // "..., who is in Viet Nam for an official visit"
        }
        int nearest = nearestSubject(s, t, units);
        if (nearest < 0) {
            // "Upon his arrival in Lima, President X was greeted": the name follows
            return t - 1 >= s.from() && t - 1 <= s.from() + 2 && doc.isIn(t - 1, POSSESSIVE_PRONOUN)
                    ? objectAfter(s, t + 1, s.to(), true) : Actor.NONE;
        }
        return actorOf(withCoordinated(units, nearest));
    }

    /** The first unit ending at {@code to}; one that names no official only if {@code otherNames}. */
    static People.Unit unitEndingAt(List<People.Unit> units, int to, boolean otherNames) {
        for (People.Unit u : units) {
            if (u.to() == to && (otherNames || u.kind() != People.UnitKind.OTHER_NAME)) {
                return u;
            }
        }
        return null;
    }

    private Actor firstSubject(List<People.Unit> units, int t) {
        for (People.Unit u : units) {
            if (u.to() <= t) {
                return actorOf(List.of(u));
            }
        }
        return Actor.NONE;
    }

    /** "X, who is in Viet Nam", "X who has also visited": X; null when no "who" stands before the trigger. */
    private People.Unit whoAntecedent(Sentence s, int t, List<People.Unit> units) {
        int w = t - 1;
        while (w > s.from() && doc.isIn(w, AUXILIARY)) {
            w--;
        }
        if (!doc.is(w, "who")) {
            return null;
        }
        int end = w;
        if (end - 1 >= s.from() && doc.tok(end - 1).text().equals(",")) {
            end--;
        }
        for (People.Unit u : units) {
            if (u.to() == end) {
                return u;
            }
        }
        return null;
    }

    /** The index of the last unit before t that can be the subject, or -1. */
    private int nearestSubject(Sentence s, int t, List<People.Unit> units) {
        for (int k = units.size() - 1; k >= 0; k--) {
            People.Unit u = units.get(k);
            if (u.to() <= t && !objectOfPreposition(u, s) && !(u.kind() == People.UnitKind.PRONOUN
                    && possessiveOrObject(u.from())) && !(u.kind() == People.UnitKind.OTHER_NAME && u.to() == t)) {
                return k;
            }
        }
        return -1;
    }

    /** The unit at {@code idx} with the units coordinated before it ("X and Y arrived"). */
    private List<People.Unit> withCoordinated(List<People.Unit> units, int idx) {
        List<People.Unit> group = new ArrayList<>();
        group.add(units.get(idx));
        for (int k = idx - 1; k >= 0; k--) {
            People.Unit prev = units.get(k);
            if (!coordinated(prev.to(), group.getFirst().from())) {
                break;
            }
            group.addFirst(prev);
        }
        return group;
    }

    private boolean objectOfPreposition(People.Unit u, Sentence s) {
        int p = u.from() - 1;
        while (p >= s.from() && (doc.countryAt[p] != null || doc.isIn(p, NAME_DETERMINER))) {
            p--;
        }
        if (p < s.from()) {
            return false;
        }
        if (doc.is(p, "by") && p > s.from() && doc.isIn(p - 1, LEAD_VERB)) {
            return false; // "a delegation led by Foreign Minister X arrived": X is who arrived
        }
        return doc.isIn(p, OBJECT_MARKER);
    }

    private boolean possessiveOrObject(int i) {
        if (doc.is(i, "her")) { // "her visit" is possessive, "she said her ... was" is not
            return !(i + 1 < doc.size() && doc.tok(i + 1).word() && VisitFinder.BE.contains(doc.tok(i + 1).norm()));
        }
        return doc.isIn(i, OBJECT_PRONOUN) || doc.isIn(i, POSSESSIVE_PRONOUN);
    }

    boolean coordinated(int from, int to) {
        if (to - from > 6 || to <= from) {
            return false;
        }
        for (int j = from; j < to; j++) {
            if (!doc.inCountry[j] && !doc.isIn(j, COORDINATION)) {
                return false;
            }
        }
        return true;
    }

    /** "... is to be represented at the summit by Foreign Minister X": X goes, for the represented leader. */
    Actor representedActor(Sentence s, Trigger t) {
        int by = byAfter(s, t);
        return by < 0 ? Actor.NONE : objectAfter(s, by + 1, s.to(), false);
    }

    /** The countries learned from a representation: those who represent one country's leader are of it. */
    LearnedCountries representing(Sentence s, Trigger t) {
        int by = byAfter(s, t);
        if (by < 0) {
            return learned;
        }
        List<Person> representatives = objectAfter(s, by + 1, s.to(), false).persons();
        Actor principal = subject(s, t.at());
        return principal.countries().size() != 1 ? learned
                : learned.learnUnknown(representatives, principal.countries().iterator().next());
    }

    private int byAfter(Sentence s, Trigger t) {
        for (int j = t.after(); j < s.to(); j++) {
            if (doc.is(j, "by")) {
                return j;
            }
        }
        return -1;
    }

    /** He, she, they: whoever the previous visit news was about. */
    Actor pronounActor() {
        if (lastActors.isEmpty()) {
            return Actor.NONE;
        }
        return actorOfPersons(lastActors, -1);
    }

    /** The first actor after token {@code from}, with those coordinated with it. */
    Actor objectAfter(Sentence s, int from, int to, boolean skipPronouns) {
        List<People.Unit> units = people.units(s.index());
        List<People.Unit> group = new ArrayList<>();
        for (People.Unit u : units) {
            if (u.from() < from || u.from() >= to) {
                continue;
            }
            if (group.isEmpty()) {
                if (u.kind() == People.UnitKind.PRONOUN) {
                    if (skipPronouns && !doc.isIn(u.from(), OBJECT_PRONOUN)) {
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

    List<Person> personsAfter(Sentence s, int from, int to) {
        List<Person> out = new ArrayList<>();
        for (int j = from; j < to; j++) {
            if (VisitFinder.SPEECH.contains(doc.tok(j).norm())) {
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

    /** What an actor is made of, gathered unit by unit. */
    private static final class Gathered {
        final List<Person> persons = new ArrayList<>();
        final Set<String> countries = new LinkedHashSet<>();
        boolean official;
        String officeAlone;

        void add(Actor a) {
            persons.addAll(a.persons());
            countries.addAll(a.countries());
            official |= a.official();
        }
    }

    Actor actorOf(List<People.Unit> units) {
        Gathered g = new Gathered();
        for (People.Unit u : units) {
            switch (u.kind()) {
                // "he", "they", "him": whoever the last visit news was about; "his", "her" own nothing here
                case PRONOUN -> {
                    if (doc.isIn(u.from(), PRONOUN) && !doc.isIn(u.from(), POSSESSIVE_PRONOUN)) {
                        g.add(pronounActor());
                    }
                }
                case OTHER_NAME -> {
                }
                default -> gatherUnit(g, u);
            }
        }
        return new Actor(g.persons, g.countries, g.official, units.getFirst().from(), g.officeAlone);
    }

    private void gatherUnit(Gathered g, People.Unit u) {
        List<Person> ps = u.persons(people);
        for (Person p : ps) {
            if (!g.persons.contains(p)) {
                g.persons.add(p);
            }
            if (learned.of(p) != null) {
                g.countries.add(learned.of(p));
            }
            g.official |= p.canVisit();
        }
        if (!ps.isEmpty() || u.kind() != People.UnitKind.ROLE) {
            return;
        }
        if (u.country() != null) {
            g.countries.add(u.country());
            g.official |= u.role().rank() == RoleLexicon.Rank.VISITOR;
        } else if (!u.role().plural() && u.role().rank() == RoleLexicon.Rank.VISITOR) {
            g.officeAlone = u.role().role();
        }
    }

    Actor actorOfPersons(List<Person> persons, int from) {
        Set<String> countries = new LinkedHashSet<>();
        boolean official = false;
        for (Person p : persons) {
            if (learned.of(p) != null) {
                countries.add(learned.of(p));
            }
            official |= p.canVisit();
        }
        return new Actor(List.copyOf(persons), countries, official, from);
    }

    /** "X, accompanied by Foreign Minister Y, arrived", "X, along with Y, ...": Y travels with X (COMPANION rows). */
    List<Person> companions(Sentence s, int windowEnd) {
        int j = words.patterns().firstIn(COMPANION, words, s.from(), Math.min(s.to(), windowEnd));
        return j < 0 ? List.of() : objectAfter(s, j + 2, s.to(), true).persons();
    }
}
