package io.newswire.enrich.tagging;

import io.newswire.enrich.tagging.Actors.Actor;
import io.newswire.model.VisitStatus;
import java.util.List;
import java.util.Set;

/**
 * Visits told from the host's side: "X hosted / received / welcomed Y", "Y was received by X", "X met Y" (Y the
 * visitor, or X meeting abroad), "officials saw him off". Each reads the actors around its trigger and records the
 * visit with its host officials.
 */
final class HostTriggers {
    private static final Set<String> GUEST_DESCRIPTION = Vocabulary.set("GUEST_DESCRIPTION");
    private static final Set<String> GUEST_LEAD = Vocabulary.set("GUEST_LEAD");
    private static final Set<String> HOST_VERB_LEAD = Vocabulary.set("HOST_VERB_LEAD");

    private final Doc doc;
    private final Actors actors;
    private final PlaceFinder placeFinder;
    private final LookAlikes lookAlikes;
    private final VisitStatuses statuses;
    private final ArticleVisits visits;

    HostTriggers(Doc doc, Actors actors, LookAlikes lookAlikes, VisitStatuses statuses, ArticleVisits visits) {
        this.doc = doc;
        this.actors = actors;
        this.placeFinder = new PlaceFinder(doc);
        this.lookAlikes = lookAlikes;
        this.statuses = statuses;
        this.visits = visits;
    }

    /** "X hosted / received / welcomed Y": Y visits X's country. */
    Story hostActive(Sentence s, Trigger t, int windowEnd, String fronted, Story in) {
        Story story = in;
        Actor hostActor = actors.about(story).subject(s, t.at());
        Actor guest = actors.about(story).objectAfter(s, t.after(), windowEnd, true);
        if (guest.isEmpty() || !guest.official() || !guestFollows(t.after(), guest.from())) {
            return story; // "welcomed the decision announced by X" welcomes no one
        }
        int from = hostActor.from() < 0 ? t.at() : hostActor.from();
        if (lookAlikes.remoteOrDenied(s, from, t, windowEnd) || lookAlikes.background(s, t.at(), t, windowEnd)) {
            return story;
        }
        String host = hostCountry(s, t, windowEnd, hostActor, guest, story.learned());
        if (host == null) {
            host = fronted != null ? fronted : doc.datelineCountry != null ? doc.datelineCountry : story.lastHost();
        }
        if (host == null) {
            return story;
        }
        story = story.withLearned(story.learned().learnUnknown(hostActor.persons(), host));
        VisitStatus status = statuses.cancelled(s, t.at(), windowEnd) ? VisitStatus.CANCELLED
                : statuses.plannedOrOngoing(s, from, t);
        story = visits.record(s, guest, host, status, t, windowEnd, true, false, story);
        return ArticleVisits.addHosts(story, guest, host, hostActor.persons());
    }

    /**
     * The host's own country when it is not the guest's; else a country or capital before the verb ("Japan will
     * host", "Beijing welcomed"); else the first place the clause names; else null.
     */
    private String hostCountry(Sentence s, Trigger t, int windowEnd, Actor hostActor, Actor guest,
            LearnedCountries learned) {
        String host = ownCountry(hostActor, guest, learned);
        String hostPlace = host == null ? placeBefore(s, t.at()) : null;
        if (host == null && hostPlace != null && !guest.countries().contains(hostPlace)) {
            host = hostPlace;
        }
        if (host == null) {
            Places places = placeFinder.places(s, t, windowEnd);
            host = places.codes.isEmpty() ? null : places.codes.iterator().next();
        }
        return host;
    }

    /** The country of the host actor that is not the guest's: the last of its persons', else of its titles. */
    private static String ownCountry(Actor hostActor, Actor guest, LearnedCountries learned) {
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
        return host;
    }

    /** The guest is the verb's object: "received [the visiting] [Lao] Prime Minister X", not a later name. */
    private boolean guestFollows(int after, int guestFrom) {
        if (guestFrom < 0) {
            return true; // a pronoun: "welcomed him"
        }
        // "hosted a welcome ceremony on January 6 for his Lao counterpart X", "a dinner in honour of X"
        int p = guestFrom - 1;
        while (p > after && (doc.inCountry[p] || doc.isIn(p, GUEST_DESCRIPTION))) {
            p--;
        }
        if (p > after && p - after <= 10 && eventFor(p) && anyEventBetween(after, p)) {
            return true;
        }
        for (int j = after; j < guestFrom; j++) {
            if (!doc.inCountry[j] && !doc.isIn(j, GUEST_LEAD)) {
                return false;
            }
        }
        return guestFrom - after <= 6;
    }

    /** "... for X", "... in honour of X": what stands before is held for X. */
    private boolean eventFor(int p) {
        return doc.is(p, "for") || doc.is(p, "of") && doc.tok(p - 1).norm().startsWith("hono");
    }

    private boolean anyEventBetween(int from, int to) {
        for (int j = from; j < to; j++) {
            if (VisitFinder.EVENTS.contains(doc.tok(j).norm())) {
                return true;
            }
        }
        return false;
    }

    /** A country or capital right before a verb ("Japan will host", "Beijing welcomed"), else null. */
    private String placeBefore(Sentence s, int t) {
        int j = t - 1;
        while (j > s.from() && doc.isIn(j, HOST_VERB_LEAD)) {
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
        LearnedCountries learned = story.learned();
        Actor guest = actors.about(story).subject(s, t.at());
        if (guest.isEmpty()) {
            return story;
        }
        List<Person> hosts = actors.about(story).personsAfter(s, t.after(), s.to());
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
            VisitDraft known = ArticleVisits.knownVisit(guest, story);
            host = known != null ? known.host() : fronted != null ? fronted : story.lastHost();
        }
        if (host == null || !guest.official()) {
            return story;
        }
        story = story.withLearned(learned.learnUnknown(hosts, host));
        story = visits.record(s, guest, host, statuses.plannedOrOngoing(s, guest.from(), t), t, windowEnd, true,
                false, story);
        return ArticleVisits.addHosts(story, guest, host, hosts);
    }

    /** "Fidan and Güler will meet Pakistan Prime Minister X": X is a host official of their visit. */
    Story meet(Sentence s, Trigger t, int windowEnd, Story in) {
        Story story = in;
        Actor subject = actors.about(story).subject(s, t.at());
        Places where = placeFinder.places(s, t, windowEnd);
        boolean seeOff = doc.is(t.at(), "saw");
        if (!seeOff) {
            story = meetAbroad(s, t, windowEnd, subject, where, story);
        }
        Actor guest;
        List<Person> others;
        if (seeOff) {
            // "Senior officials, including X, saw him off": the subject hosts, the object leaves
            guest = actors.about(story).objectAfter(s, t.after(), windowEnd, false);
            others = subject.persons();
        } else {
            guest = subject;
            others = actors.about(story).personsAfter(s, t.after(), s.to());
        }
        if (guest.isEmpty()) {
            return story;
        }
        if (!seeOff && where.codes.size() <= 1) {
            story = metVisitor(s, t, windowEnd, subject, where, story);
        }
        return joinKnownVisit(s, windowEnd, guest, others, seeOff, story);
    }

    /**
     * "held talks with his Lithuanian counterpart in Vilnius": meeting abroad means being there; "plans to meet
     * leaders in Oman, Qatar and Kuwait": in each of them, one after the other.
     */
    private Story meetAbroad(Sentence s, Trigger t, int windowEnd, Actor subject, Places where, Story story) {
        if (where.codes.isEmpty() || !subject.official() || lookAlikes.remoteOrDenied(s, subject.from(), t, windowEnd)
                || lookAlikes.background(s, subject.from(), t, windowEnd)) {
            return story;
        }
        return visits.recordLegs(s, subject, where.codes, statuses.plannedOrOngoing(s, subject.from(), t), t,
                windowEnd, where.codes.size() == 1, story);
    }

    /** "President X met the visiting Jordanian King Y in Cairo": the met is the visitor. */
    private Story metVisitor(Sentence s, Trigger t, int windowEnd, Actor subject, Places where, Story story) {
        Actor met = actors.about(story).objectAfter(s, t.after(), windowEnd, true);
        String home = subject.countries().size() == 1 ? subject.countries().iterator().next() : null;
        String place = where.codes.isEmpty() ? null : where.codes.iterator().next();
        String host = place != null && place.equals(home) ? place
                : visitingBefore(s, t, met) ? (place != null ? place : home) : null;
        if (host == null || !met.official() || !guestFollows(t.after(), met.from()) || met.countries().contains(host)
                || lookAlikes.remoteOrDenied(s, subject.from(), t, windowEnd)) {
            return story;
        }
        Story out = visits.record(s, met, host, statuses.plannedOrOngoing(s, subject.from(), t), t, windowEnd, true,
                false, story);
        return ArticleVisits.addHosts(out, met, host, subject.persons());
    }

    /** "his visiting Saudi counterpart X": "visiting" among the five words before the one met. */
    private boolean visitingBefore(Sentence s, Trigger t, Actor met) {
        for (int k = met.from() - 1; k >= Math.max(s.from(), met.from() - 5) && k >= t.after(); k--) {
            if (doc.is(k, "visiting")) {
                return true;
            }
        }
        return false;
    }

    /** The guest's known visit gains the companions and the officials met; "saw him off" ends it. */
    private Story joinKnownVisit(Sentence s, int windowEnd, Actor guest, List<Person> others, boolean seeOff,
            Story in) {
        VisitDraft v = ArticleVisits.knownVisit(guest, in);
        if (v == null) {
            return in;
        }
        Story story = ArticleVisits.joinDelegation(in, v.key(), actors.about(in).companions(s, windowEnd));
        story = story.withLearned(story.learned().learnUnknown(others, v.host()));
        story = ArticleVisits.addHosts(story, guest, v.host(), others);
        if (seeOff) {
            story = ArticleVisits.update(story, v.key(), seen -> seen.withStatus(VisitStatus.COMPLETED)
                    .withEvidence(s.index()));
        }
        return story.about(guest.persons());
    }
}
