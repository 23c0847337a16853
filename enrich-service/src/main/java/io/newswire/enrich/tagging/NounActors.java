package io.newswire.enrich.tagging;

import io.newswire.enrich.tagging.Actors.Actor;
import java.util.List;
import java.util.Set;

/**
 * Whose visit a visit noun reports: the possessor ("Holt's visit", "his trip"), the agent after it ("the visit by X
 * and Y", "a planned visit to Canada by Prime Minister X"), the name after a fronted clause ("After a three-day
 * visit to Tajikistan, President X ..."), else the sentence's subject. Reads the actors of {@link Actors}.
 */
final class NounActors {
    private static final Set<String> POSSESSIVE_PRONOUN = Vocabulary.set("POSSESSIVE_PRONOUN");
    private static final Set<String> NAME_DETERMINER = Vocabulary.set("NAME_DETERMINER");
    private static final Set<String> ARTICLE = Vocabulary.set("ARTICLE");

    private final Doc doc;
    private final People people;

    NounActors(Doc doc, People people) {
        this.doc = doc;
        this.people = people;
    }

    /** "his visit", "Holt's visit", "Li Wenbo's four-day trip", "the visit by X and Y", else the subject. */
    Actor actor(Actors in, Sentence s, Trigger t, int windowEnd) {
        int j = t.at() - 1;
        while (j >= s.from() && VisitFinder.NOUN_OPENERS.contains(doc.tok(j).norm()) && !doc.isIn(j, NAME_DETERMINER)
                && !doc.isIn(j, ARTICLE)) {
            j--;
        }
        Actor a = j >= s.from() ? determinedBy(in, s, t, j) : null;
        if (a == null) {
            a = agentAfter(in, s, t, windowEnd);
        }
        if (a != null) {
            return a;
        }
        a = in.subject(s, t.at());
        if (a.isEmpty() && (doc.is(t.at() - 1, "the") || doc.is(t.at() - 1, "this"))) {
            return in.pronounActor(); // "The visit will not take place": the visit just reported
        }
        return a;
    }

    /**
     * The actor the word before a visit's modifiers (at j) gives: "Holt's visit", "his visit", "After a visit to X,
     * President Y ..."; null when that word says nothing about who visits.
     */
    private Actor determinedBy(Actors in, Sentence s, Trigger t, int j) {
        if (doc.is(j, "'s")) {
            People.Unit owner = Actors.unitEndingAt(people.units(s.index()), j, true);
            if (owner != null || j - 1 >= s.from() && doc.countryAt[j - 1] == null) {
                return owner == null ? Actor.NONE : in.actorOf(List.of(owner));
            }
            return null; // "Kenya's visit": a country's, so whoever else the sentence names
        }
        if (doc.isIn(j, POSSESSIVE_PRONOUN)) {
            Actor a = in.subject(s, j);
            if (a.isEmpty() && j <= s.from() + 1) {
                // "During his visit to Japan, Prime Minister X met ...": the name follows
                a = in.objectAfter(s, t.after(), s.to(), true);
            }
            return a.isEmpty() ? in.pronounActor() : a;
        }
        if (j <= s.from() + 1 && doc.isIn(j, ARTICLE)
                && (j == s.from() || VisitFinder.FRONTING.contains(doc.tok(s.from()).norm()))) {
            // "After a three-day visit to Tajikistan, President X arrived in Tehran": the name follows the clause
            Actor a = in.objectAfter(s, t.after(), s.to(), true);
            return a.isEmpty() ? null : a;
        }
        return null;
    }

    /** "the visit by X and Y", "a planned visit to Canada by Prime Minister X": the agent after the noun, or null. */
    private Actor agentAfter(Actors in, Sentence s, Trigger t, int windowEnd) {
        if (doc.is(t.after(), "by") || doc.is(t.after(), "of")) {
            Actor a = in.objectAfter(s, t.after() + 1, windowEnd, false);
            if (!a.isEmpty()) {
                return a;
            }
        }
        for (int k = t.after(); k < Math.min(windowEnd, t.after() + 8); k++) {
            if (doc.is(k, "by") && (doc.inCountry[k - 1] || doc.is(k - 1, "here"))) {
                Actor a = in.objectAfter(s, k + 1, windowEnd, false);
                if (!a.isEmpty()) {
                    return a;
                }
            }
        }
        return null;
    }
}
