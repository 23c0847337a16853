package io.newswire.enrich.tagging;

import io.newswire.enrich.tagging.Actors.Actor;
import io.newswire.enrich.tagging.Trigger.Kind;
import io.newswire.model.VisitStatus;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The visits of one article, merged as its sentences report them: one draft per visitor country and host, which
 * each report adds visitors, hosts, evidence, a status and dates to. The last stage of the visit finder: the drafts
 * (values, replaced as reports come in) travel in the {@link Story} from sentence to sentence and are its output.
 */
final class ArticleVisits {
    private static final Set<String> AT_PLACE = Vocabulary.set("AT_PLACE");

    private final Doc doc;
    private final People people;
    private final Actors actors;
    private final VisitDates visitDates;

    ArticleVisits(Doc doc, People people, Actors actors, VisitDates visitDates) {
        this.doc = doc;
        this.people = people;
        this.actors = actors;
        this.visitDates = visitDates;
    }

    /** A report changes the draft under {@code key}, if there is one. */
    static Story update(Story story, VisitDraft.Key key, UnaryOperator<VisitDraft> report) {
        VisitDraft v = story.draft(key);
        return v == null ? story : story.withDraft(report.apply(v));
    }

    /** The finished visits: delegation members joined, an unknown status read as planned. */
    List<VisitDraft> finish(Story story) {
        LearnedCountries learned = story.learned();
        List<VisitDraft> out = new ArrayList<>();
        for (VisitDraft draft : story.drafts()) {
            VisitDraft v = draft;
            // "The Irish delegation includes Trade Minister X": members travel with the visitor
            for (Person p : people.delegationMembers) {
                if (p.canVisit() && v.visitorCountry().equals(learned.of(p))) {
                    v = v.withVisitor(p);
                }
            }
            if (v.status() == null) {
                v = v.withStatus(VisitStatus.PLANNED);
            }
            out.add(learned.isEmpty() ? v : v.withPeople(learned::applied)); // nothing learned: persons as they are
        }
        return out;
    }

    Story record(Sentence s, Actor actor, String host, VisitStatus status, Trigger t, int windowEnd,
            boolean datesApply, boolean ending, Story in) {
        Story story = in;
        boolean any = false;
        for (String country : actor.countries()) {
            if (country.equals(host)) {
                continue; // a trip inside one's own country is no diplomatic visit
            }
            VisitDraft.Key key = VisitDraft.key(country, host);
            VisitDraft known = story.draft(key);
            VisitDraft v = known != null ? known : VisitDraft.open(country, host, t.at());
            for (Person p : actor.persons()) {
                if (country.equals(story.learned().of(p)) && p.canVisit()) {
                    v = v.withVisitor(p);
                }
            }
            story = joinDelegation(story.withDraft(v), key, actors.about(story).companions(s, windowEnd));
            v = story.draft(key).withStatus(status).withEvidence(s.index());
            if (datesApply) {
                v = afterEarlierLeg(s, visitDates.dates(s, v, t, windowEnd, actor.from(), ending), t, windowEnd,
                        story.drafts());
            }
            story = story.withDraft(v);
            any = true;
        }
        return any ? story.visitIn(host, actor.persons()) : story;
    }

    /**
     * One visit per host of a trip: "began a tour of Kenya, Tanzania and Zambia" is under way in the first; the later
     * legs are still ahead.
     */
    Story recordLegs(Sentence s, Actor actor, Collection<String> hosts, VisitStatus status, Trigger t, int windowEnd,
            boolean datesApply, Story in) {
        Story story = in;
        boolean first = true;
        for (String host : List.copyOf(hosts)) {
            story = record(s, actor, host, first || status != VisitStatus.ONGOING ? status : VisitStatus.PLANNED, t,
                    windowEnd, datesApply, false, story);
            first = false;
        }
        return story;
    }

    /** Companions travel under the visitor's flag, whatever the dateline suggested. */
    static Story joinDelegation(Story in, VisitDraft.Key key, List<Person> companions) {
        Story story = in;
        String visitorCountry = key.visitorCountry();
        for (Person p : companions) {
            LearnedCountries learned = story.learned();
            if (p.canVisit() && (learned.of(p) == null || learned.guessed(p) || visitorCountry.equals(learned.of(p)))) {
                story = update(story.withLearned(learned.learn(p, visitorCountry)), key, v -> v.withVisitor(p));
            }
        }
        return story;
    }

    /**
     * "will fly to Lima on Monday and then travel to Chile on Thursday": a leg told as coming "then" starts after the
     * leg before it, so its weekday is the one after that leg's start.
     */
    private VisitDraft afterEarlierLeg(Sentence s, VisitDraft v, Trigger t, int windowEnd,
            Collection<VisitDraft> drafts) {
        boolean then = false;
        for (int j = Math.max(s.from(), t.at() - 3); j < t.at(); j++) {
            then |= doc.is(j, "then");
        }
        boolean weekday = false;
        for (int j = t.after(); j < Math.min(s.to(), windowEnd); j++) {
            weekday |= DateFinder.isWeekday(doc.tok(j));
        }
        if (!then || !weekday || v.start() == null) {
            return v;
        }
        LocalDate start = v.start();
        LocalDate end = v.end();
        for (VisitDraft other : drafts) {
            if (!other.is(v.key()) && other.visitorCountry().equals(v.visitorCountry()) && other.start() != null
                    && other.evidence().has(s.index()) && other.start().isAfter(start)) {
                long weeks = (ChronoUnit.DAYS.between(start, other.start()) + 6) / 7;
                start = start.plusWeeks(weeks);
                end = end == null ? null : end.plusWeeks(weeks);
            }
        }
        return v.withDates(start, end, v.days());
    }

    /** A visit noun with no place of its own ("his visit has been cancelled"): news about a visit already known. */
    Story attachToKnown(Story.LateNews news, Story story) {
        Sentence s = news.sentence();
        Actor actor = news.actor();
        Trigger t = news.trigger();
        List<VisitDraft> matches = new ArrayList<>();
        for (VisitDraft v : story.drafts()) {
            for (Person p : actor.persons()) {
                if (v.visitors().contains(p)) {
                    matches.add(v);
                    break;
                }
            }
        }
        if (matches.isEmpty() && actor.persons().isEmpty()) {
            for (VisitDraft v : story.drafts()) {
                if (actor.countries().contains(v.visitorCountry())) {
                    matches.add(v);
                }
            }
        }
        if (matches.size() > 1) {
            // several legs of a trip: the one reported in this sentence, else the one the story was last about
            List<VisitDraft> here = new ArrayList<>();
            for (VisitDraft v : matches) {
                if (v.evidence().has(s.index())) {
                    here.add(v);
                }
            }
            if (here.isEmpty()) {
                for (VisitDraft v : matches) {
                    if (v.host().equals(news.hostThen())) {
                        here.add(v);
                    }
                }
            }
            matches = here;
        }
        if (matches.size() != 1) {
            return story;
        }
        VisitDraft v = matches.getFirst().withEvidence(s.index());
        if (sideTrip(t)) {
            return story.withDraft(v); // "is also expected to visit the Atacama desert on Friday": a stop inside the host
        }
        return story.withDraft(visitDates.dates(s, v.withStatus(news.status()), t, news.windowEnd(), actor.from(),
                false));
    }

    /** A trip to a named place that is no country: "visit the Atacama desert", "travel to Kandy". */
    private boolean sideTrip(Trigger t) {
        if (t.kind() != Kind.VISIT && t.kind() != Kind.NOUN && t.kind() != Kind.TRAVEL && t.kind() != Kind.ARRIVE) {
            return false;
        }
        int j = t.after();
        if (doc.isIn(j, AT_PLACE)) {
            j++;
        }
        if (doc.is(j, "the")) {
            j++;
        }
        return j < doc.size() && doc.tok(j).capitalized() && doc.tok(j).word() && doc.placeAt(j) == null
                && doc.roleAt[j] == null && !DateFinder.isWeekday(doc.tok(j)) && !DateFinder.isMonth(doc.tok(j));
    }

    /** The hosts of the guest's visits to {@code host} gain those of the host country among {@code hosts}. */
    static Story addHosts(Story in, Actor guest, String host, List<Person> hosts) {
        Story story = in;
        for (String c : guest.countries()) {
            for (Person p : hosts) {
                if (host.equals(story.learned().of(p))) {
                    story = update(story, VisitDraft.key(c, host), v -> v.withHost(p));
                }
            }
        }
        return story;
    }

    /** The visit these actors are on: the one they were last reported on, when there is exactly one such. */
    static VisitDraft knownVisit(Actor actor, Story story) {
        VisitDraft found = null;
        for (VisitDraft v : story.drafts()) {
            boolean mine = false;
            for (Person p : actor.persons()) {
                mine |= v.visitors().contains(p);
            }
            if (!mine && actor.persons().isEmpty()) {
                mine = actor.countries().contains(v.visitorCountry());
            }
            if (mine && (found == null || v.host().equals(story.lastHost()))) {
                found = v;
            }
        }
        return found;
    }
}
