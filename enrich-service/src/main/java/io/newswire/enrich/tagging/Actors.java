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

    private final Doc doc;
    private final People people;
    private final Officials officials;
    /** who the previous visit news was about, for "He will hold talks ..." */
    private final List<Person> lastActors;
    private final LearnedCountries learned;

    Actors(Doc doc, People people, Officials officials, List<Person> lastActors, LearnedCountries learned) {
        this.learned = learned;
        this.doc = doc;
        this.people = people;
        this.officials = officials;
        this.lastActors = lastActors;
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


    /** The actor just before token t in its sentence, with the units coordinated with it ("X and Y"). */
    Actor subject(Sentence s, int t) {
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
        while (w > s.from() && (VisitFinder.BE.contains(doc.tok(w).norm()) || doc.is(w, "will") || doc.is(w, "has")
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
                || w.equals("her") && !(i + 1 < doc.size() && doc.tok(i + 1).word() && VisitFinder.BE.contains(doc.tok(i + 1).norm()));
    }

    boolean coordinated(int from, int to) {
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
    Actor nounActor(Sentence s, Trigger t, int windowEnd) {
        int j = t.at() - 1;
        while (j >= s.from() && VisitFinder.NOUN_OPENERS.contains(doc.tok(j).norm()) && !doc.is(j, "'s") && !doc.is(j, "his")
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
                && (j == s.from() || VisitFinder.FRONTING.contains(doc.tok(s.from()).norm()))) {
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
    Actor representedActor(Sentence s, Trigger t, int windowEnd) {
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
            if (learned.of(p) == null && principal.countries().size() == 1) {
                learned.learn(p, principal.countries().iterator().next());
            }
        }
        return objectAfter(s, by + 1, s.to(), false);
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
                if (learned.of(p) != null) {
                    countries.add(learned.of(p));
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

    /** "X, accompanied by Foreign Minister Y, arrived": Y travels with X. */
    List<Person> companions(Sentence s, int windowEnd) {
        for (int j = s.from(); j + 1 < Math.min(s.to(), windowEnd); j++) {
            if (doc.is(j, "accompanied") && doc.is(j + 1, "by")
                    || (doc.is(j, "along") || doc.is(j, "together")) && doc.is(j + 1, "with")) {
                return objectAfter(s, j + 2, s.to(), true).persons();
            }
        }
        return List.of();
    }
}
