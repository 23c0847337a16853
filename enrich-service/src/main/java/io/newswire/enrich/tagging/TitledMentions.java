package io.newswire.enrich.tagging;

import io.newswire.enrich.tagging.People.UnitKind;
import io.newswire.enrich.tagging.Roster.Mention;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The people stage's first pass: full mentions, sentence by sentence. A title with a name ("Turkish Foreign Minister
 * Hakan Fidan", "Prime Minister of Malta Lina Vella"), a name with a title after it ("Hakan Fidan, Türkiye's foreign
 * minister"), "his Peruvian counterpart Ana Quispe", "Norway's Aasen", a title alone ("the Nigerian President").
 * Names with none of these are handed on as {@link #unknownNames} for the second pass.
 */
final class TitledMentions {
    /** titles that say less than a second title held with them */
    private static final Set<String> BROAD_ROLES = Vocabulary.set("BROAD_ROLE");
    static final Set<String> FORMER = Vocabulary.set("FORMER");
    private static final Set<String> DEPUTY = Vocabulary.set("DEPUTY");
    /** the portfolio words of an elided title: "Turkish foreign, defense ministers" */
    private static final Set<String> PORTFOLIO = Vocabulary.set("PORTFOLIO");
    private static final Set<String> COUNTERPART = Vocabulary.set("COUNTERPART");
    /** "special envoy for Sudan": the place of an envoy's brief */
    private static final Set<String> BRIEF_PREPOSITION = Vocabulary.set("BRIEF_PREPOSITION");
    /** "X, the foreign minister" */
    private static final Set<String> TITLE_ARTICLE = Vocabulary.set("TITLE_ARTICLE");
    private static final Set<String> PLACE_ARTICLE = Vocabulary.set("PLACE_ARTICLE");

    /** "his counterpart X" at token {@code at}: X's office is resolved once every mention is known */
    record Counterpart(int sentence, int at, PersonDraft person) {
    }

    private final Doc doc;
    private final Roster roster;
    private final NameSpans names;
    private final Gazetteer.Match[] countryEndingAt;
    final List<Counterpart> counterparts = new ArrayList<>();
    /** per sentence, the {sentence, from, to} of names the first pass could not place */
    final List<List<int[]>> unknownNames = new ArrayList<>();

    TitledMentions(Roster roster, NameSpans names) {
        this.doc = roster.doc;
        this.roster = roster;
        this.names = names;
        this.countryEndingAt = roster.countryEndingAt;
        for (Sentence s : doc.sentences) {
            List<int[]> found = new ArrayList<>(2);
            findNamed(s, found);
            unknownNames.add(found);
        }
    }

    private void findNamed(Sentence s, List<int[]> unknownNames) {
        int i = s.from();
        while (i < s.to()) {
            RoleLexicon.Match role = doc.roleAt[i];
            if (role != null) {
                i = titled(s, role);
                continue;
            }
            if (doc.isIn(i, COUNTERPART)) {
                int next = counterpart(s, i);
                if (next > i) {
                    i = next;
                    continue;
                }
            }
            if (doc.tok(i).capitalized() && doc.isIn(i, NameSpans.ROYAL) && i + 1 < s.to()
                    && names.startsName(i + 1)) {
                int[] span = names.honorificThenName(i, s.to());
                if (span != null) {
                    i = named(s, span, unknownNames);
                    continue;
                }
            }
            if (names.startsName(i)) {
                int[] span = names.name(i, s.to());
                if (span != null) {
                    i = named(s, span, unknownNames);
                    continue;
                }
            }
            i++;
        }
    }

    /** A title as written: its office, rank and country, "former", and the token after it. */
    private record Title(String role, RoleLexicon.Rank rank, String country, boolean former, int end) {
    }

    /** A role at {@code role.from()}: with a name after it, a person; without, a title-only mention. */
    private int titled(Sentence s, RoleLexicon.Match role) {
        Title title = readTitle(s, role);
        int[] span = nameAfterTitle(s, title.end());
        if (span != null) {
            String country = title.country();
            if (country == null && doc.is(span[1], "of") && span[1] + 1 < s.to()
                    && doc.placeAt(span[1] + 1) != null) {
                country = doc.placeAt(span[1] + 1); // "President Ama Boateng of Ghana"
            }
            PersonDraft p = roster.person(names.nameText(span), title.role(), title.rank(), country, span[0]);
            if (title.former()) {
                p.former = true;
            }
            roster.addUnit(s, new Mention(UnitKind.PERSON, role.from(), span[1], p, role, p.country));
            return span[1];
        }
        if (role.from() > s.from() && doc.tok(role.from()).capitalized() && doc.tok(role.from() - 1).capitalized()
                && !doc.inCountry[role.from() - 1] && doc.roleAt[role.from() - 1] == null
                && !doc.is(role.from() - 1, "the")) {
            return role.to(); // "APEC Economic Leaders' Meeting" names a meeting, not a leader
        }
        RoleLexicon.Rank rank = title.former() ? RoleLexicon.Rank.OFFICIAL : title.rank();
        roster.addUnit(s, new Mention(UnitKind.ROLE, role.from(), role.to(), null, new RoleLexicon.Match(title.role(),
                rank, title.country(), role.from(), role.to(), role.plural()), title.country()));
        return Math.max(role.to(), role.from() + 1);
    }

    private Title readTitle(Sentence s, RoleLexicon.Match role) {
        String country = role.country() != null ? role.country() : premodCountry(role.from(), s.from());
        if (country == null) {
            country = coordinatedCountry(s, role.from());
        }
        String modifier = modifierBefore(s, role.from());
        boolean deputy = DEPUTY.contains(modifier);
        RoleLexicon.Rank rank = deputy ? RoleLexicon.Rank.OFFICIAL : role.rank();
        String roleName = deputy ? "deputy " + role.role() : role.role();
        int j = role.to();
        if (country == null && doc.is(j, "of") && j + 1 < s.to() && doc.placeAt(j + 1) != null) {
            country = doc.placeAt(j + 1); // "Crown Prince of Bahrain Salman", "Sultan of Oman"
            j = doc.countryAt[j + 1].to();
        }
        // "Minister for Fisheries and Ocean Affairs and Minister of Forestry Tomas Reyes"; a broad first title
        // gives way to the specific one: "State Councilor and Foreign Minister Wang Yi"
        while (j + 1 < s.to() && doc.is(j, "and") && doc.roleAt[j + 1] != null) {
            if (BROAD_ROLES.contains(roleName)) {
                roleName = doc.roleAt[j + 1].role();
                rank = doc.roleAt[j + 1].rank();
            }
            j = doc.roleAt[j + 1].to();
        }
        return new Title(roleName, rank, country, FORMER.contains(modifier), afterBrief(s, j));
    }

    /** The word before a title and its country ("Former British Prime Minister"), or "" at the sentence start. */
    private String modifierBefore(Sentence s, int at) {
        int before = at - 1;
        while (before > s.from() && (doc.inCountry[before] || doc.is(before, "'s"))) {
            before--;
        }
        return before >= s.from() ? doc.tok(before).norm() : "";
    }

    /** "special envoy for Sudan, Nomsa Khumalo,": the brief's country is not the envoy's; skip it. */
    private int afterBrief(Sentence s, int j) {
        if (doc.isIn(j, BRIEF_PREPOSITION) && j + 1 < s.to()) {
            int k = doc.isIn(j + 1, PLACE_ARTICLE) ? j + 2 : j + 1;
            if (k < s.to() && doc.placeAt(k) != null && doc.countryAt[k].to() < s.to()
                    && doc.tok(doc.countryAt[k].to()).text().equals(",")) {
                return doc.countryAt[k].to();
            }
        }
        return j;
    }

    /** The name right after a title, past its abbreviation ("Minister (EAM) Rhea Kumar") and a comma. */
    private int[] nameAfterTitle(Sentence s, int j) {
        int nameAt = j;
        if (nameAt + 2 < s.to() && doc.tok(nameAt).text().equals("(") && doc.tok(nameAt + 1).allCaps()
                && doc.tok(nameAt + 2).text().equals(")")) {
            nameAt += 3;
        }
        if (nameAt < s.to() && doc.tok(nameAt).text().equals(",")) {
            nameAt++;
        }
        return nameAt < s.to() ? names.honorificThenName(nameAt, s.to()) : null;
    }

    /** "his Chilean counterpart, Rosa Fuentes": the same office as the nearest official before. */
    private int counterpart(Sentence s, int i) {
        String country = premodCountry(i, s.from());
        int j = i + 1;
        if (j < s.to() && doc.tok(j).text().equals(",")) {
            j++;
        }
        int[] span = j < s.to() ? names.honorificThenName(j, s.to()) : null;
        if (span == null) {
            return i;
        }
        PersonDraft p = roster.person(names.nameText(span), null, null, country, span[0]);
        counterparts.add(new Counterpart(s.index(), i, p));
        roster.addUnit(s, new Mention(UnitKind.PERSON, span[0], span[1], p, null, p.country));
        return span[1];
    }

    /** A name not preceded by a title: "X, Türkiye's foreign minister", "Russia's X", or left for pass 2. */
    private int named(Sentence s, int[] span, List<int[]> unknownNames) {
        int j = span[1];
        if (j + 1 < s.to() && doc.tok(j).text().equals(",")) {
            int end = titleAfterName(s, span, j + 1);
            if (end >= 0) {
                return end;
            }
        }
        if (span[0] >= 2 && doc.is(span[0] - 1, "'s") && countryEndingAt[span[0] - 2] != null) {
            PersonDraft p = roster.person(names.nameText(span), null, null, countryEndingAt[span[0] - 2].code(),
                    span[0]);
            roster.addUnit(s, new Mention(UnitKind.PERSON, span[0], span[1], p, null, p.country));
            return span[1];
        }
        unknownNames.add(new int[] {s.index(), span[0], span[1]});
        return span[1];
    }

    /** "X, [the] [Türkiye's] foreign minister [of Y]" from token k: the person and the end of the title, else -1. */
    private int titleAfterName(Sentence s, int[] span, int from) {
        int k = doc.isIn(from, TITLE_ARTICLE) ? from + 1 : from;
        String country = null;
        if (k < s.to() && doc.countryAt[k] != null && doc.countryAt[k].code() != null) {
            country = doc.countryAt[k].code();
            k = doc.countryAt[k].to();
            if (doc.is(k, "'s")) {
                k++;
            }
        }
        if (k >= s.to() || doc.roleAt[k] == null) {
            return -1;
        }
        RoleLexicon.Match role = doc.roleAt[k];
        if (country == null && role.country() == null && doc.is(role.to(), "of")
                && doc.placeAt(role.to() + 1) != null) {
            country = doc.placeAt(role.to() + 1); // "X, Crown Prince of Abu Dhabi"
        }
        PersonDraft p = roster.person(names.nameText(span), role.role(), role.rank(),
                role.country() != null ? role.country() : country, span[0]);
        roster.addUnit(s, new Mention(UnitKind.PERSON, span[0], span[1], p, role, p.country));
        return role.to();
    }

    /** "Turkish Foreign Minister Hakan Fidan and Defense Minister Yasar Guler": the list shares its country. */
    private String coordinatedCountry(Sentence s, int at) {
        List<Mention> units = roster.unitsBySentence.get(s.index());
        if (units.isEmpty()) {
            return null;
        }
        Mention prev = units.getLast();
        if (prev.kind() != UnitKind.PERSON || prev.role() == null || prev.person().country == null
                || prev.to() > at || at - prev.to() > 2) {
            return null;
        }
        for (int j = prev.to(); j < at; j++) {
            if (!(doc.is(j, "and") || doc.tok(j).text().equals(","))) {
                return null;
            }
        }
        return prev.person().country;
    }

    /**
     * The country written just before a title: "Turkish", "Pakistan's", "the U.S.", "Kremlin"; also across an
     * elided title ("Turkish foreign, defense ministers") and "The People's Republic of Bangladesh, President Rahim".
     */
    String premodCountry(int at, int sentenceFrom) {
        int k = at - 1;
        if (k < sentenceFrom) {
            return null;
        }
        if (doc.is(k, "'s")) {
            k--;
        }
        if (k >= sentenceFrom && countryEndingAt[k] != null) {
            return countryEndingAt[k].code();
        }
        String elided = elidedTitleCountry(at, sentenceFrom);
        return elided != null ? elided : listedCountry(at, sentenceFrom);
    }

    /** Across an elided title: "Turkish foreign, defense ministers". */
    private String elidedTitleCountry(int at, int sentenceFrom) {
        int skipped = 0;
        int j = at - 1;
        while (j >= sentenceFrom && skipped < 3 && (doc.tok(j).text().equals(",") || doc.is(j, "and")
                || doc.isIn(j, PORTFOLIO))) {
            j--;
            skipped++;
        }
        if (skipped > 0 && j >= sentenceFrom && countryEndingAt[j] != null
                && countryEndingAt[j].kind() == Gazetteer.Kind.ADJECTIVE) {
            return countryEndingAt[j].code();
        }
        return null;
    }

    /** "The People's Republic of Bangladesh, President Rahim Uddin": the country's name opening the sentence. */
    private String listedCountry(int at, int sentenceFrom) {
        if (doc.tok(at - 1).text().equals(",") && at - 2 >= sentenceFrom && countryEndingAt[at - 2] != null) {
            Gazetteer.Match m = countryEndingAt[at - 2];
            int before = m.from() - 1;
            if (m.kind() == Gazetteer.Kind.NAME && (before < sentenceFrom || doc.isIn(before, PLACE_ARTICLE)
                    && before == sentenceFrom)) {
                return m.code();
            }
        }
        return null;
    }
}
