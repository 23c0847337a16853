package io.newswire.enrich.tagging;

import io.newswire.enrich.tagging.People.UnitKind;
import io.newswire.enrich.tagging.Roster.Mention;
import io.newswire.enrich.knowledge.OfficeHolder;
import java.util.List;
import java.util.Set;

/**
 * The people stage's later passes: names the first pass could not place, as later mentions of a person found
 * before ("Fidan", "Mr. Holt") or as someone the knowledge tables know ("Tinubu"); pronouns; and title-only
 * mentions ("the Crown Prince", "the Nigerian President") resolved to the most recent holder of that office.
 */
final class LaterMentions {
    /** the role a bare "leader" or "head of state" gets: any office holder who makes visits */
    static final String LEADER = "leader";
    private static final Set<String> TOP_ROLES = Vocabulary.set("TOP_ROLE");
    private static final Set<String> PRONOUNS = Vocabulary.set("PRONOUN");

    private final Doc doc;
    private final Roster roster;
    private final NameSpans names;
    private final Gazetteer.Match[] countryEndingAt;
    private final List<PersonDraft> persons;
    private final List<List<Mention>> unitsBySentence;
    private final PeopleKnowledge knowledge;

    LaterMentions(Roster roster, NameSpans names, PeopleKnowledge knowledge) {
        this.doc = roster.doc;
        this.roster = roster;
        this.names = names;
        this.countryEndingAt = roster.countryEndingAt;
        this.persons = roster.persons;
        this.unitsBySentence = roster.unitsBySentence;
        this.knowledge = knowledge;
    }

    void findLaterMentions(Sentence s, List<int[]> unknownNames) {
        for (int[] u : unknownNames) {
            boolean found = false;
            // "Hosts Princess Amira" in a headline: try the longest tail that names a known person
            for (int from = u[1]; from < u[2] && !found; from++) {
                PersonDraft p = known(names.nameText(new int[] {from, u[2]}), from);
                if (p != null) {
                    String country = from >= 2 && doc.is(from - 1, "'s") && countryEndingAt[from - 2] != null
                            ? countryEndingAt[from - 2].code() : null;
                    if (country != null && p.country == null) {
                        p.country = country;
                    }
                    p.lastToken = Math.max(p.lastToken, from);
                    roster.addUnit(s, new Mention(UnitKind.PERSON, from, u[2], p, null, p.country));
                    found = true;
                }
            }
            if (!found) {
                PeopleKnowledge.Known k = former(u[1]) ? null : knowledge.lookUp(names.nameText(new int[] {u[1], u[2]}));
                if (k != null) {
                    // "Tinubu arrived in Paris": no title in the text, but the tables know the name
                    PersonDraft p = roster.person(names.nameText(new int[] {u[1], u[2]}), k.role(), knowledge.rankOf(k.role()), k.country(), u[1]);
                    roster.addUnit(s, new Mention(UnitKind.PERSON, u[1], u[2], p, null, p.country));
                } else {
                    roster.addUnit(s, new Mention(UnitKind.OTHER_NAME, u[1], u[2], null, null, null));
                }
            }
        }
        for (int i = s.from(); i < s.to(); i++) {
            if (doc.isIn(i, PRONOUNS) && !roster.covered(s, i)) {
                roster.addUnit(s, new Mention(UnitKind.PRONOUN, i, i + 1, null, null, null));
            }
        }
    }

    /** "former Prime Minister X", "ex-president X": no longer in office, whatever the tables say. */
    private boolean former(int from) {
        int k = from - 1;
        while (k >= 0 && (doc.roleAt[k] != null || doc.inCountry[k] || doc.is(k, "'s") || doc.is(k, "the"))) {
            k--;
        }
        return k >= 0 && TitledMentions.FORMER.contains(doc.tok(k).norm());
    }

    private PersonDraft known(String name, int token) {
        List<String> words = Person.nameWords(name);
        if (words.isEmpty()) {
            return null;
        }
        PersonDraft best = null;
        for (PersonDraft p : persons) {
            if (p.words.containsAll(words) && (best == null || Math.abs(p.lastToken - token)
                    < Math.abs(best.lastToken - token))) {
                best = p;
            }
        }
        return best;
    }

    void resolveTitles() {
        for (List<Mention> units : unitsBySentence) {
            for (int k = 0; k < units.size(); k++) {
                Mention u = units.get(k);
                if (u.kind() != UnitKind.ROLE || u.role().plural()) {
                    continue;
                }
                PersonDraft p = holder(u.role().role(), u.country(), u.from());
                if (p == null) {
                    p = tableHolder(u);
                }
                if (p == null) {
                    continue;
                }
                if (p.country == null && u.country() != null) {
                    p.country = u.country();
                }
                units.set(k, new Mention(UnitKind.PERSON, u.from(), u.to(), p, u.role(), p.country));
            }
        }
    }

    /**
     * "The Taoiseach", "the Nigerian President" with nobody of that office named in the article: the one holder the
     * tables list for that country and office at the article's date, if there is exactly one.
     */
    private PersonDraft tableHolder(Mention u) {
        if (u.country() == null || u.role().rank() != RoleLexicon.Rank.VISITOR) {
            return null;
        }
        List<OfficeHolder> h = knowledge.officials().holding(u.country(), u.role().role(), doc.published);
        if (h.size() != 1) {
            return null;
        }
        return roster.person(h.getFirst().name(), u.role().role(), u.role().rank(), u.country(), u.from());
    }

    /**
     * Who "the [Nigerian] President" is: a holder of that office from that country if there is one, else a holder
     * whose country is not known yet; the most recently mentioned before, else the first after. "The Chinese
     * leader" stands for any head of state or government, minister or envoy.
     */
    private PersonDraft holder(String role, String country, int token) {
        boolean any = role.equals(LEADER);
        PersonDraft best = null;
        int bestRank = Integer.MAX_VALUE;
        for (PersonDraft p : persons) {
            boolean office = any ? p.canVisit() && TOP_ROLES.contains(p.role) : role.equals(p.role);
            if (!office) {
                continue;
            }
            int rank;
            if (country != null && country.equals(p.country)) {
                rank = 0;
            } else if (country == null || p.country == null) {
                rank = 1;
            } else {
                continue;
            }
            int distance = p.firstToken <= token ? token - p.firstToken : 1_000_000 + p.firstToken;
            int key = rank * 10_000_000 + distance;
            if (key < bestRank) {
                bestRank = key;
                best = p;
            }
        }
        return best;
    }
}
