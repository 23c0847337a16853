package io.newswire.enrich.tagging;

import io.newswire.enrich.tagging.People.UnitKind;
import io.newswire.enrich.tagging.Roster.Mention;
import java.util.List;
import java.util.Set;

/**
 * The people stage's last passes: what the rest of the article says about the office or country of persons found
 * without one. A counterpart holds the office of the official before; a delegation gives its members its country;
 * a ministry announcing plans gives its officials its country; a dateline gives the rest its country, as a guess.
 */
final class CountryClues {
    private static final Set<String> DELEGATION_NOUNS = Vocabulary.set("DELEGATION_NOUN");
    private static final Set<String> DELEGATION_VERBS = Vocabulary.set("DELEGATION_VERB");
    private static final Set<String> ANNOUNCING_BODY = Vocabulary.set("ANNOUNCING_BODY");
    private static final Set<String> ANNOUNCE = Vocabulary.set("ANNOUNCE");
    private static final Set<String> MINISTRY_PORTFOLIO = Vocabulary.set("MINISTRY_PORTFOLIO");

    private final Doc doc;
    private final List<PersonDraft> persons;
    private final List<List<Mention>> unitsBySentence;
    private final List<PersonDraft> delegationMembers;

    CountryClues(Roster roster) {
        this.doc = roster.doc;
        this.persons = roster.persons;
        this.unitsBySentence = roster.unitsBySentence;
        this.delegationMembers = roster.delegationMembers;
    }

    /** A counterpart holds the office of the nearest official mentioned before: "Aasen ... his counterpart X". */
    void resolveCounterparts(List<TitledMentions.Counterpart> counterparts) {
        for (TitledMentions.Counterpart c : counterparts) {
            PersonDraft p = c.person();
            if (p.role != null) {
                continue;
            }
            PersonDraft ref = null;
            for (int si = c.sentence(); si >= 0 && ref == null; si--) {
                List<Mention> units = unitsBySentence.get(si);
                for (int k = units.size() - 1; k >= 0; k--) {
                    Mention u = units.get(k);
                    if (u.person() != null && u.person() != p && u.person().role != null
                            && (si < c.sentence() || u.to() <= c.at())) {
                        ref = u.person();
                        break;
                    }
                }
            }
            if (ref != null) {
                p.role = ref.role;
                p.rank = ref.rank;
            }
        }
    }

    void findDelegations() {
        for (Sentence s : doc.sentences) {
            for (int i = s.from(); i < s.to(); i++) {
                Gazetteer.Match c = doc.countryAt[i];
                if (c == null || c.code() == null || c.kind() == Gazetteer.Kind.CITY) {
                    continue;
                }
                int noun = delegationNoun(s, c.to());
                if (noun >= 0) {
                    joinDelegation(s, noun, c.code());
                    break;
                }
            }
        }
    }

    /** "[Irish] delegation [,] includes": the token of the noun within three after the country, else -1. */
    private int delegationNoun(Sentence s, int from) {
        int j = from;
        int limit = Math.min(s.to(), j + 3);
        while (j < limit && !doc.isIn(j, DELEGATION_NOUNS)) {
            j++;
        }
        int verb = j + 1 < s.to() && doc.tok(j + 1).text().equals(",") ? j + 2 : j + 1;
        return j >= limit || verb >= s.to() || !doc.isIn(verb, DELEGATION_VERBS) ? -1 : j;
    }

    /** The persons named after the delegation noun belong to it, under its country unless they have another. */
    private void joinDelegation(Sentence s, int noun, String country) {
        for (Mention u : unitsBySentence.get(s.index())) {
            if (u.from() > noun && u.person() != null) {
                if (u.person().country == null) {
                    u.person().country = country;
                }
                if (country.equals(u.person().country)) {
                    delegationMembers.add(u.person());
                }
            }
        }
    }

    /**
     * "Prime Minister X will visit Y, the Indian foreign ministry said": an official with no country yet belongs
     * to the government whose ministry or office announces their plans.
     */
    void sourcesGiveCountries() {
        for (Sentence s : doc.sentences) {
            String source = announcingCountry(s);
            if (source == null || source.isEmpty()) {
                continue;
            }
            for (Mention u : unitsBySentence.get(s.index())) {
                if (u.person() != null && u.person().country == null && u.person().canVisit()) {
                    u.person().country = source;
                }
            }
        }
    }

    /** The country whose ministry or office makes an announcement in the sentence; "" when two countries do. */
    private String announcingCountry(Sentence s) {
        String source = null;
        for (int i = s.from(); i + 1 < s.to(); i++) {
            Gazetteer.Match m = doc.countryAt[i];
            if (m == null || m.code() == null || m.kind() == Gazetteer.Kind.CITY) {
                continue;
            }
            int j = m.to();
            if (doc.isIn(j, MINISTRY_PORTFOLIO)) {
                j++;
            }
            if (doc.isIn(j, ANNOUNCING_BODY) && doc.isIn(j + 1, ANNOUNCE)) {
                source = source == null || source.equals(m.code()) ? m.code() : "";
            }
        }
        return source;
    }

    /**
     * "ISLAMABAD (APP) - Foreign Minister X left for Beijing": a datelined story names its own country's officials
     * without their nationality, so an official still without a country is taken to be from the dateline's.
     */
    void datelineGivesCountries() {
        if (doc.datelineCountry == null) {
            return;
        }
        for (PersonDraft p : persons) {
            if (p.country == null && p.role != null) {
                p.country = doc.datelineCountry;
                p.countryGuessed = true;
            }
        }
    }

    /** A unit made before its person's country was known still names it. */
    void refreshCountries() {
        for (List<Mention> units : unitsBySentence) {
            for (int k = 0; k < units.size(); k++) {
                Mention u = units.get(k);
                if (u.person() != null && u.country() == null && u.person().country != null) {
                    units.set(k, new Mention(u.kind(), u.from(), u.to(), u.person(), u.role(), u.person().country));
                }
            }
        }
    }
}
