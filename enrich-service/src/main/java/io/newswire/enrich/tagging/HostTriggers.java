package io.newswire.enrich.tagging;

import io.newswire.enrich.knowledge.Officials;
import io.newswire.enrich.tagging.Actors.Actor;
import io.newswire.model.VisitStatus;
import java.util.List;

/**
 * Visits told from the host's side: "X hosted / received / welcomed Y", "Y was received by X", "X met Y" (Y the
 * visitor, or X meeting abroad), "officials saw him off". Each reads the actors around its trigger and records the
 * visit with its host officials.
 */
final class HostTriggers {
    private final Doc doc;
    private final People people;
    private final Officials officials;
    private final PlaceFinder placeFinder;
    private final LookAlikes lookAlikes;
    private final VisitDates visitDates;
    private final VisitStatuses statuses;
    private final ArticleVisits visits;
    private final LearnedCountries learned;

    HostTriggers(Doc doc, People people, Officials officials, LookAlikes lookAlikes, VisitDates visitDates,
            ArticleVisits visits, LearnedCountries learned) {
        this.learned = learned;
        this.doc = doc;
        this.people = people;
        this.officials = officials;
        this.placeFinder = new PlaceFinder(doc);
        this.lookAlikes = lookAlikes;
        this.visitDates = visitDates;
        this.statuses = new VisitStatuses(doc, visitDates);
        this.visits = visits;
    }

    private Actors actors(Story story) {
        return new Actors(doc, people, officials, story.lastActors(), learned);
    }

    /** "X hosted / received / welcomed Y": Y visits X's country. */
    Story hostActive(Sentence s, Trigger t, int windowEnd, String fronted, Story in) {
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
            if (learned.of(p) != null && !guest.countries().contains(learned.of(p))) {
                host = learned.of(p);
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
            if (learned.of(p) == null && !hostActor.persons().isEmpty()) {
                learned.learn(p, host);
            }
        }
        VisitStatus status = visitDates.tense(s, hostActor.from() < 0 ? t.at() : hostActor.from(), t) == DateMention.Tense.FUTURE
                ? VisitStatus.PLANNED : VisitStatus.ONGOING;
        if (statuses.cancelled(s, t.at(), windowEnd)) {
            status = VisitStatus.CANCELLED;
        }
        story = visits.record(s, guest, host, status, t, windowEnd, true, false, story);
        visits.addHosts(guest, host, hostActor.persons());
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
                if (VisitFinder.EVENTS.contains(doc.tok(j).norm())) {
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
    Story hostedBy(Sentence s, Trigger t, int windowEnd, String fronted, Story in) {
        Story story = in;
        Actor guest = actors(story).subject(s, t.at());
        if (guest.isEmpty()) {
            return story;
        }
        List<Person> hosts = actors(story).personsAfter(s, t.after(), s.to());
        String host = null;
        for (Person p : hosts) {
            if (learned.of(p) != null && !guest.countries().contains(learned.of(p))) {
                host = learned.of(p);
                break;
            }
        }
        Places places = placeFinder.places(s, t, windowEnd);
        if (host == null && !places.codes.isEmpty()) {
            host = places.codes.iterator().next();
        }
        if (host == null) {
            VisitDraft known = visits.knownVisit(guest, story.lastHost());
            host = known != null ? known.host : fronted != null ? fronted : story.lastHost();
        }
        if (host == null || !guest.official()) {
            return story;
        }
        for (Person p : hosts) {
            if (learned.of(p) == null) {
                learned.learn(p, host);
            }
        }
        VisitStatus status = visitDates.tense(s, guest.from(), t) == DateMention.Tense.FUTURE ? VisitStatus.PLANNED
                : VisitStatus.ONGOING;
        story = visits.record(s, guest, host, status, t, windowEnd, true, false, story);
        visits.addHosts(guest, host, hosts);
        return story;
    }

    /** "Fidan and Güler will meet Pakistan Prime Minister X": X is a host official of their visit. */
    Story meet(Sentence s, Trigger t, int windowEnd, Story in) {
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
                story = visits.record(s, subject, host, first || st != VisitStatus.ONGOING ? st : VisitStatus.PLANNED, t, windowEnd,
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
                story = visits.record(s, met, host, st, t, windowEnd, true, false, story);
                visits.addHosts(met, host, subject.persons());
            }
        }
        VisitDraft v = visits.knownVisit(guest, story.lastHost());
        if (v == null) {
            return story;
        }
        visits.joinDelegation(v, actors(story).companions(s, windowEnd));
        for (Person p : others) {
            if (learned.of(p) == null) {
                learned.learn(p, v.host);
            }
        }
        visits.addHosts(guest, v.host, others);
        if (seeOff) {
            v.status(VisitStatus.COMPLETED);
            v.evidence.add(s.index());
        }
        return story.about(guest.persons());
    }
}
