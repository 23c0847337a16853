package io.newswire.enrich.tagging;

import io.newswire.enrich.knowledge.ActorMemory;
import io.newswire.enrich.knowledge.ActorNames;
import io.newswire.enrich.knowledge.KnownActor;
import io.newswire.enrich.knowledge.OfficeHolder;
import io.newswire.enrich.knowledge.Officials;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Finds the office holders of an article from the ways news names them, and every later mention of them:
 * <ul>
 * <li>title before name: "Turkish Foreign Minister Hakan Fidan", "Prime Minister of Malta Lina Vella",
 *     "Commander of Pakistan's Land Forces Gen. Asim Munir", "special envoy Dana Roarke";</li>
 * <li>title after name: "Hakan Fidan, Türkiye's foreign minister", "Haitham bin Tariq, Sultan of Oman";</li>
 * <li>"his Peruvian counterpart Ana Quispe" (the counterpart holds the same office);</li>
 * <li>"Norway's Aasen"; later surname mentions ("Fidan", "Mr. Holt"); title-only mentions ("the Crown Prince",
 *     "the Nigerian President"), resolved to the most recent holder of that office;</li>
 * <li>delegations: "the US negotiating team headed by ..." gives its members' country.</li>
 * </ul>
 * The result is a list of {@link Unit}s per sentence, which the visit finder reads as its actors.
 */
final class People {
    enum UnitKind { PERSON, ROLE, PRONOUN, OTHER_NAME }

    /** Something that can act in a sentence: a person, a bare title, a pronoun, or a name that is no official. */
    record Unit(UnitKind kind, int from, int to, Person person, RoleLexicon.Match role, String country) {
        /** The office holders this unit stands for (empty for pronouns and other names). */
        List<Person> persons(People people) {
            if (person != null) {
                return List.of(person);
            }
            if (kind == UnitKind.ROLE && role.plural()) {
                return people.holders(role.role(), country, from);
            }
            return List.of();
        }
    }

    private static final Set<String> HONORIFICS = Vocabulary.set("HONORIFIC");
    private static final Set<String> ROYAL = Vocabulary.set("ROYAL_TITLE");
    /** capitalised words that do not belong to a person's name (sentence openers, headline verbs, institutions) */
    private static final Set<String> NOT_NAME = Vocabulary.set("NOT_NAME");
    /** the role a bare "leader" or "head of state" gets: any office holder who makes visits */
    static final String LEADER = "leader";
    private static final Set<String> TOP_ROLES = Vocabulary.set("TOP_ROLE");
    /** titles that say less than a second title held with them */
    private static final Set<String> BROAD_ROLES = Vocabulary.set("BROAD_ROLE");
    /** headline words that are also given names */
    private static final Set<String> NAMES_TOO = Vocabulary.set("NAME_TOO");
    private static final Set<String> PRONOUNS = Vocabulary.set("PRONOUN");
    private static final Set<String> DELEGATION_NOUNS = Vocabulary.set("DELEGATION_NOUN");
    private static final Set<String> DELEGATION_VERBS = Vocabulary.set("DELEGATION_VERB");

    final Doc doc;
    final List<Person> persons = new ArrayList<>();
    final List<List<Unit>> unitsBySentence = new ArrayList<>();
    /** the persons named in a delegation with its country ("The Irish delegation includes ...") */
    final List<Person> delegationMembers = new ArrayList<>();
    private final Gazetteer.Match[] countryEndingAt;
    /** {sentence, token of "counterpart", person index}: roles filled in once every mention is known */
    private final List<int[]> counterparts = new ArrayList<>();

    /** Who a name is when the article does not say: an office holder then, or someone the stream has learned. */
    record Knowledge(Officials officials, ActorMemory memory, RoleLexicon roles) {
        static final Knowledge NONE = new Knowledge(Officials.NONE, ActorMemory.NONE, null);
    }

    /** What the knowledge says about a name: its office and country. */
    private record Known(String role, String country) {
    }

    private final Knowledge knowledge;

    People(Doc doc) {
        this(doc, Knowledge.NONE);
    }

    People(Doc doc, Knowledge knowledge) {
        this.doc = doc;
        this.knowledge = knowledge;
        this.countryEndingAt = new Gazetteer.Match[doc.size()];
        for (Gazetteer.Match m : doc.countryAt) {
            if (m != null && m.code() != null && m.kind() != Gazetteer.Kind.CITY) {
                countryEndingAt[m.to() - 1] = m;
            }
        }
        for (int s = 0; s < doc.sentences.size(); s++) {
            unitsBySentence.add(new ArrayList<>());
        }
        List<List<int[]>> unknownNames = new ArrayList<>();
        for (Sentence s : doc.sentences) {
            List<int[]> names = new ArrayList<>(2);
            findNamed(s, names);
            unknownNames.add(names);
        }
        for (Sentence s : doc.sentences) {
            findLaterMentions(s, unknownNames.get(s.index()));
        }
        for (List<Unit> units : unitsBySentence) {
            units.sort(Comparator.comparingInt(Unit::from));
        }
        resolveCounterparts();
        knowledgeGivesCountries();
        findDelegations();
        resolveTitles();
        sourcesGiveCountries();
        datelineGivesCountries();
        refreshCountries();
    }

    List<Unit> units(int sentence) {
        return unitsBySentence.get(sentence);
    }

    /** The people with the given office (and country, when known), most recently mentioned before token first. */
    List<Person> holders(String role, String country, int token) {
        List<Person> out = new ArrayList<>();
        for (Person p : persons) {
            if (role.equals(p.role) && (country == null || p.country == null || country.equals(p.country))) {
                out.add(p);
            }
        }
        out.sort(Comparator.comparingInt((Person p) -> p.firstToken <= token ? -p.firstToken : Integer.MAX_VALUE
                - p.firstToken));
        return out;
    }

    // ---- pass 1: full mentions ----

    private void findNamed(Sentence s, List<int[]> unknownNames) {
        int i = s.from();
        while (i < s.to()) {
            RoleLexicon.Match role = doc.roleAt[i];
            if (role != null) {
                i = titled(s, role);
                continue;
            }
            if (doc.is(i, "counterpart") || doc.is(i, "counterparts")) {
                int next = counterpart(s, i);
                if (next > i) {
                    i = next;
                    continue;
                }
            }
            if (doc.tok(i).capitalized() && ROYAL.contains(doc.tok(i).norm()) && i + 1 < s.to()
                    && startsName(i + 1)) {
                int[] span = honorificThenName(i, s.to());
                if (span != null) {
                    i = named(s, span, unknownNames);
                    continue;
                }
            }
            if (startsName(i)) {
                int[] span = name(i, s.to());
                if (span != null) {
                    i = named(s, span, unknownNames);
                    continue;
                }
            }
            i++;
        }
    }

    /** A role at {@code role.from()}: with a name after it, a person; without, a title-only mention. */
    private int titled(Sentence s, RoleLexicon.Match role) {
        String country = role.country() != null ? role.country() : premodCountry(role.from(), s.from());
        if (country == null) {
            country = coordinatedCountry(s, role.from());
        }
        boolean former = false;
        RoleLexicon.Rank rank = role.rank();
        String roleName = role.role();
        int before = role.from() - 1;
        while (before > s.from() && (doc.inCountry[before] || doc.is(before, "'s"))) {
            before--; // "Former British Prime Minister"
        }
        if (before >= s.from()) {
            String w = doc.tok(before).norm();
            if (w.equals("former") || w.equals("ex") || w.equals("late") || w.equals("then")) {
                former = true;
            } else if (w.equals("deputy") || w.equals("vice") || w.equals("assistant") || w.equals("under")) {
                roleName = "deputy " + roleName;
                rank = RoleLexicon.Rank.OFFICIAL;
            }
        }
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
        if ((doc.is(j, "for") || doc.is(j, "to") || doc.is(j, "on")) && j + 1 < s.to()) {
            // "special envoy for Sudan, Nomsa Khumalo,": the brief's country is not the envoy's
            int k = doc.is(j + 1, "the") ? j + 2 : j + 1;
            if (k < s.to() && doc.placeAt(k) != null && doc.countryAt[k].to() < s.to()
                    && doc.tok(doc.countryAt[k].to()).text().equals(",")) {
                j = doc.countryAt[k].to();
            }
        }
        int nameAt = j;
        if (nameAt + 2 < s.to() && doc.tok(nameAt).text().equals("(") && doc.tok(nameAt + 1).allCaps()
                && doc.tok(nameAt + 2).text().equals(")")) {
            nameAt += 3; // "External Affairs Minister (EAM) Rhea Kumar": the title's abbreviation
        }
        if (nameAt < s.to() && doc.tok(nameAt).text().equals(",")) {
            nameAt++;
        }
        int[] span = nameAt < s.to() ? honorificThenName(nameAt, s.to()) : null;
        if (span != null) {
            String name = nameText(span);
            if (country == null && doc.is(span[1], "of") && span[1] + 1 < s.to()
                    && doc.placeAt(span[1] + 1) != null) {
                country = doc.placeAt(span[1] + 1); // "President Ama Boateng of Ghana"
            }
            Person p = person(name, roleName, rank, country, span[0]);
            if (former) {
                p.former = true;
            }
            addUnit(s, new Unit(UnitKind.PERSON, role.from(), span[1], p, role, p.country));
            return span[1];
        }
        if (role.from() > s.from() && doc.tok(role.from()).capitalized() && doc.tok(role.from() - 1).capitalized()
                && !doc.inCountry[role.from() - 1] && doc.roleAt[role.from() - 1] == null
                && !doc.is(role.from() - 1, "the")) {
            return role.to(); // "APEC Economic Leaders' Meeting" names a meeting, not a leader
        }
        addUnit(s, new Unit(UnitKind.ROLE, role.from(), role.to(), null,
                new RoleLexicon.Match(roleName, former ? RoleLexicon.Rank.OFFICIAL : rank, country, role.from(),
                        role.to(), role.plural()), country));
        return Math.max(role.to(), role.from() + 1);
    }

    /** "his Chilean counterpart, Rosa Fuentes": the same office as the nearest official before. */
    private int counterpart(Sentence s, int i) {
        String country = premodCountry(i, s.from());
        int j = i + 1;
        if (j < s.to() && doc.tok(j).text().equals(",")) {
            j++;
        }
        int[] span = j < s.to() ? honorificThenName(j, s.to()) : null;
        if (span == null) {
            return i;
        }
        Person p = person(nameText(span), null, null, country, span[0]);
        counterparts.add(new int[] {s.index(), i, persons.indexOf(p)});
        addUnit(s, new Unit(UnitKind.PERSON, span[0], span[1], p, null, p.country));
        return span[1];
    }

    /** A counterpart holds the office of the nearest official mentioned before: "Aasen ... his counterpart X". */
    private void resolveCounterparts() {
        for (int[] c : counterparts) {
            Person p = persons.get(c[2]);
            if (p.role != null) {
                continue;
            }
            Person ref = null;
            for (int si = c[0]; si >= 0 && ref == null; si--) {
                List<Unit> units = unitsBySentence.get(si);
                for (int k = units.size() - 1; k >= 0; k--) {
                    Unit u = units.get(k);
                    if (u.person() != null && u.person() != p && u.person().role != null
                            && (si < c[0] || u.to() <= c[1])) {
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

    /** A name not preceded by a title: "X, Türkiye's foreign minister", "Russia's X", or left for pass 2. */
    private int named(Sentence s, int[] span, List<int[]> unknownNames) {
        int j = span[1];
        if (j + 1 < s.to() && doc.tok(j).text().equals(",")) {
            int k = j + 1;
            if (doc.is(k, "the") || doc.is(k, "a") || doc.is(k, "an")) {
                k++;
            }
            String country = null;
            if (k < s.to() && doc.countryAt[k] != null && doc.countryAt[k].code() != null) {
                country = doc.countryAt[k].code();
                k = doc.countryAt[k].to();
                if (doc.is(k, "'s")) {
                    k++;
                }
            }
            if (k < s.to() && doc.roleAt[k] != null) {
                RoleLexicon.Match role = doc.roleAt[k];
                if (country == null && role.country() == null && doc.is(role.to(), "of")
                        && doc.placeAt(role.to() + 1) != null) {
                    country = doc.placeAt(role.to() + 1); // "X, Crown Prince of Abu Dhabi"
                }
                Person p = person(nameText(span), role.role(), role.rank(), role.country() != null ? role.country()
                        : country, span[0]);
                addUnit(s, new Unit(UnitKind.PERSON, span[0], span[1], p, role, p.country));
                return role.to();
            }
        }
        if (span[0] >= 2 && doc.is(span[0] - 1, "'s") && countryEndingAt[span[0] - 2] != null) {
            Person p = person(nameText(span), null, null, countryEndingAt[span[0] - 2].code(), span[0]);
            addUnit(s, new Unit(UnitKind.PERSON, span[0], span[1], p, null, p.country));
            return span[1];
        }
        unknownNames.add(new int[] {s.index(), span[0], span[1]});
        return span[1];
    }

    // ---- pass 2: later mentions by (sur)name ----

    private void findLaterMentions(Sentence s, List<int[]> unknownNames) {
        for (int[] u : unknownNames) {
            boolean found = false;
            // "Hosts Princess Amira" in a headline: try the longest tail that names a known person
            for (int from = u[1]; from < u[2] && !found; from++) {
                Person p = known(nameText(new int[] {from, u[2]}), from);
                if (p != null) {
                    String country = from >= 2 && doc.is(from - 1, "'s") && countryEndingAt[from - 2] != null
                            ? countryEndingAt[from - 2].code() : null;
                    if (country != null && p.country == null) {
                        p.country = country;
                    }
                    p.lastToken = Math.max(p.lastToken, from);
                    addUnit(s, new Unit(UnitKind.PERSON, from, u[2], p, null, p.country));
                    found = true;
                }
            }
            if (!found) {
                Known k = former(u[1]) ? null : lookUp(nameText(new int[] {u[1], u[2]}));
                if (k != null) {
                    // "Tinubu arrived in Paris": no title in the text, but the tables know the name
                    Person p = person(nameText(new int[] {u[1], u[2]}), k.role(), rankOf(k.role()), k.country(), u[1]);
                    addUnit(s, new Unit(UnitKind.PERSON, u[1], u[2], p, null, p.country));
                } else {
                    addUnit(s, new Unit(UnitKind.OTHER_NAME, u[1], u[2], null, null, null));
                }
            }
        }
        for (int i = s.from(); i < s.to(); i++) {
            String w = doc.tok(i).norm();
            if (PRONOUNS.contains(w) && !covered(s, i)) {
                addUnit(s, new Unit(UnitKind.PRONOUN, i, i + 1, null, null, null));
            }
        }
    }

    /** "former Prime Minister X", "ex-president X": no longer in office, whatever the tables say. */
    private boolean former(int from) {
        int k = from - 1;
        while (k >= 0 && (doc.roleAt[k] != null || doc.inCountry[k] || doc.is(k, "'s") || doc.is(k, "the"))) {
            k--;
        }
        return k >= 0 && (doc.is(k, "former") || doc.is(k, "ex") || doc.is(k, "late") || doc.is(k, "then"));
    }

    /**
     * Persons the text gives no country ("President Tinubu"): the office-holder tables at the article's date, then
     * what the stream has learned. A country the text gives is never replaced.
     */
    private void knowledgeGivesCountries() {
        for (Person p : persons) {
            if (p.country != null || p.former) {
                continue;
            }
            Known k = lookUp(p.name);
            if (k == null) {
                continue;
            }
            p.country = k.country();
            if (p.role == null && k.role() != null) {
                p.role = k.role();
                p.rank = rankOf(k.role());
            }
        }
    }

    private Known lookUp(String name) {
        String bare = withoutHonorifics(name);
        if (bare.isEmpty()) {
            return null;
        }
        for (String n : bare.equals(name) ? List.of(name) : List.of(name, bare)) {
            List<OfficeHolder> terms = knowledge.officials().whoIs(n, doc.published);
            if (!terms.isEmpty()) {
                return new Known(terms.getFirst().role(), terms.getFirst().country());
            }
        }
        Instant at = doc.published.atStartOfDay(ZoneOffset.UTC).toInstant();
        for (String n : bare.equals(name) ? List.of(name) : List.of(name, bare)) {
            KnownActor a = knowledge.memory().recall(ActorNames.key(n), at).orElse(null);
            if (a != null) {
                return new Known(a.role(), a.country());
            }
        }
        return null;
    }

    private static String withoutHonorifics(String name) {
        int from = 0;
        while (true) {
            int space = name.indexOf(' ', from);
            String word = name.substring(from, space < 0 ? name.length() : space);
            if (space < 0 || !HONORIFICS.contains(Tokenizer.normalize(word).replace(".", ""))) {
                return name.substring(from).strip();
            }
            from = space + 1;
        }
    }

    private RoleLexicon.Rank rankOf(String role) {
        if (role == null) {
            return null;
        }
        RoleLexicon.Rank r = knowledge.roles() == null ? null : knowledge.roles().rankOf(role);
        return r != null ? r : RoleLexicon.Rank.VISITOR;
    }

    private Person known(String name, int token) {
        List<String> words = Person.nameWords(name);
        if (words.isEmpty()) {
            return null;
        }
        Person best = null;
        for (Person p : persons) {
            if (p.words.containsAll(words) && (best == null || Math.abs(p.lastToken - token)
                    < Math.abs(best.lastToken - token))) {
                best = p;
            }
        }
        return best;
    }

    private boolean covered(Sentence s, int i) {
        for (Unit u : unitsBySentence.get(s.index())) {
            if (i >= u.from() && i < u.to()) {
                return true;
            }
        }
        return false;
    }

    // ---- pass 3: "the Crown Prince", "the Nigerian President" ----

    private void resolveTitles() {
        for (List<Unit> units : unitsBySentence) {
            for (int k = 0; k < units.size(); k++) {
                Unit u = units.get(k);
                if (u.kind() != UnitKind.ROLE || u.role().plural()) {
                    continue;
                }
                Person p = holder(u.role().role(), u.country(), u.from());
                if (p == null) {
                    p = tableHolder(u);
                }
                if (p == null) {
                    continue;
                }
                if (p.country == null && u.country() != null) {
                    p.country = u.country();
                }
                units.set(k, new Unit(UnitKind.PERSON, u.from(), u.to(), p, u.role(), p.country));
            }
        }
    }

    /**
     * "The Taoiseach", "the Nigerian President" with nobody of that office named in the article: the one holder the
     * tables list for that country and office at the article's date, if there is exactly one.
     */
    private Person tableHolder(Unit u) {
        if (u.country() == null || u.role().rank() != RoleLexicon.Rank.VISITOR) {
            return null;
        }
        List<OfficeHolder> h = knowledge.officials().holding(u.country(), u.role().role(), doc.published);
        if (h.size() != 1) {
            return null;
        }
        return person(h.getFirst().name(), u.role().role(), u.role().rank(), u.country(), u.from());
    }

    /**
     * Who "the [Nigerian] President" is: a holder of that office from that country if there is one, else a holder
     * whose country is not known yet; the most recently mentioned before, else the first after. "The Chinese
     * leader" stands for any head of state or government, minister or envoy.
     */
    private Person holder(String role, String country, int token) {
        boolean any = role.equals(LEADER);
        Person best = null;
        int bestRank = Integer.MAX_VALUE;
        for (Person p : persons) {
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

    // ---- pass 4: "A Canadian delegation led by special envoy Dana Roarke and ..." ----

    private void findDelegations() {
        for (Sentence s : doc.sentences) {
            for (int i = s.from(); i < s.to(); i++) {
                Gazetteer.Match c = doc.countryAt[i];
                if (c == null || c.code() == null || c.kind() == Gazetteer.Kind.CITY) {
                    continue;
                }
                int j = c.to();
                int limit = Math.min(s.to(), j + 3);
                while (j < limit && !DELEGATION_NOUNS.contains(doc.tok(j).norm())) {
                    j++;
                }
                int verb = j + 1 < s.to() && doc.tok(j + 1).text().equals(",") ? j + 2 : j + 1;
                if (j >= limit || verb >= s.to() || !DELEGATION_VERBS.contains(doc.tok(verb).norm())) {
                    continue;
                }
                for (Unit u : unitsBySentence.get(s.index())) {
                    if (u.from() > j && u.person() != null) {
                        if (u.person().country == null) {
                            u.person().country = c.code();
                        }
                        if (c.code().equals(u.person().country)) {
                            delegationMembers.add(u.person());
                        }
                    }
                }
                break;
            }
        }
    }

    /**
     * "Prime Minister X will visit Y, the Indian foreign ministry said": an official with no country yet belongs
     * to the government whose ministry or office announces their plans.
     */
    private void sourcesGiveCountries() {
        for (Sentence s : doc.sentences) {
            String source = null;
            for (int i = s.from(); i + 1 < s.to(); i++) {
                Gazetteer.Match m = doc.countryAt[i];
                if (m == null || m.code() == null || m.kind() == Gazetteer.Kind.CITY) {
                    continue;
                }
                int j = m.to();
                if (doc.is(j, "foreign") || doc.is(j, "defence") || doc.is(j, "defense")) {
                    j++;
                }
                if ((doc.is(j, "ministry") || doc.is(j, "government") || doc.is(j, "presidency")
                        || doc.is(j, "embassy") || doc.is(j, "office")) && (doc.is(j + 1, "said") || doc.is(j + 1,
                        "says") || doc.is(j + 1, "announced") || doc.is(j + 1, "confirmed"))) {
                    source = source == null || source.equals(m.code()) ? m.code() : "";
                }
            }
            if (source == null || source.isEmpty()) {
                continue;
            }
            for (Unit u : unitsBySentence.get(s.index())) {
                if (u.person() != null && u.person().country == null && u.person().canVisit()) {
                    u.person().country = source;
                }
            }
        }
    }

    /**
     * "ISLAMABAD (APP) - Foreign Minister X left for Beijing": a datelined story names its own country's officials
     * without their nationality, so an official still without a country is taken to be from the dateline's.
     */
    private void datelineGivesCountries() {
        if (doc.datelineCountry == null) {
            return;
        }
        for (Person p : persons) {
            if (p.country == null && p.role != null) {
                p.country = doc.datelineCountry;
                p.countryGuessed = true;
            }
        }
    }

    /** A unit made before its person's country was known still names it. */
    private void refreshCountries() {
        for (List<Unit> units : unitsBySentence) {
            for (int k = 0; k < units.size(); k++) {
                Unit u = units.get(k);
                if (u.person() != null && u.country() == null && u.person().country != null) {
                    units.set(k, new Unit(u.kind(), u.from(), u.to(), u.person(), u.role(), u.person().country));
                }
            }
        }
    }

    /** "Turkish Foreign Minister Hakan Fidan and Defense Minister Yasar Guler": the list shares its country. */
    private String coordinatedCountry(Sentence s, int at) {
        List<Unit> units = unitsBySentence.get(s.index());
        if (units.isEmpty()) {
            return null;
        }
        Unit prev = units.getLast();
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

    // ---- helpers ----

    private Person person(String name, String role, RoleLexicon.Rank rank, String country, int token) {
        for (Person p : persons) {
            if (p.sameAs(name, country) && (role == null || p.role == null || p.role.equals(role)
                    || Person.nameWords(name).size() > 1 && p.words.size() > 1)) {
                p.absorb(name, role, rank, country, token);
                return p;
            }
        }
        Person p = new Person(name, role, rank, country, token);
        persons.add(p);
        return p;
    }

    private void addUnit(Sentence s, Unit u) {
        unitsBySentence.get(s.index()).add(u);
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
        // elided coordination: "Turkish foreign, defense ministers"
        int skipped = 0;
        int j = at - 1;
        while (j >= sentenceFrom && skipped < 3 && (doc.tok(j).text().equals(",") || doc.is(j, "and")
                || doc.is(j, "foreign") || doc.is(j, "defense") || doc.is(j, "defence") || doc.is(j, "trade")
                || doc.is(j, "finance") || doc.is(j, "interior") || doc.is(j, "energy"))) {
            j--;
            skipped++;
        }
        if (skipped > 0 && j >= sentenceFrom && countryEndingAt[j] != null
                && countryEndingAt[j].kind() == Gazetteer.Kind.ADJECTIVE) {
            return countryEndingAt[j].code();
        }
        // "The People's Republic of Bangladesh, President Rahim Uddin"
        if (doc.tok(at - 1).text().equals(",") && at - 2 >= sentenceFrom && countryEndingAt[at - 2] != null) {
            Gazetteer.Match m = countryEndingAt[at - 2];
            int before = m.from() - 1;
            if (m.kind() == Gazetteer.Kind.NAME && (before < sentenceFrom || doc.is(before, "the")
                    && before == sentenceFrom)) {
                return m.code();
            }
        }
        return null;
    }

    private int[] honorificThenName(int i, int to) {
        int j = i;
        int royal = -1;
        while (j < to) {
            Token t = doc.tok(j);
            if (t.word() && HONORIFICS.contains(t.norm()) && t.capitalized()) {
                if (ROYAL.contains(t.norm())) {
                    royal = j;
                }
                j++;
                if (j < to && doc.tok(j).text().equals(".")) {
                    j++;
                }
                continue;
            }
            break;
        }
        if (j >= to || !startsName(j)) {
            return null;
        }
        int[] span = name(j, to);
        if (span == null) {
            return null;
        }
        if (royal >= 0 && span[1] - span[0] == 1) {
            return new int[] {royal, span[1]}; // "Princess Amira"
        }
        return span;
    }

    private boolean startsName(int i) {
        Token t = doc.tok(i);
        return t.capitalized() && !t.allCaps() && !stopWord(i) && (!doc.inCountry[i] || capitalAsName(i))
                && doc.roleAt[i] == null && !dateWord(i) && !DateFinder.isWeekday(t)
                && !(Person.CONNECTORS.contains(t.norm()) && !connectorStartsName(i))
                && !HONORIFICS.contains(t.norm());
    }

    /**
     * Not part of a name. Headlines capitalise every word, so there every listed word stops a name; in running
     * text a few of them are also names ("Sultan Said bin Harith").
     */
    private boolean stopWord(int i) {
        String w = doc.tok(i).norm();
        if (doc.sentenceOf[i] < doc.titleSentences) {
            return NOT_NAME.contains(w);
        }
        return NOT_NAME.contains(w) && !NAMES_TOO.contains(w);
    }

    /** "Sofia Paz", "Lima Ramos": a one-word capital that is someone's first name, followed by the surname. */
    private boolean capitalAsName(int i) {
        Gazetteer.Match m = doc.countryAt[i];
        if (m == null || m.kind() != Gazetteer.Kind.CAPITAL || m.to() != i + 1 || i + 1 >= doc.size()) {
            return false;
        }
        Token next = doc.tok(i + 1);
        return next.capitalized() && !next.allCaps() && !doc.inCountry[i + 1] && doc.roleAt[i + 1] == null
                && !stopWord(i + 1) && !dateWord(i + 1) && !DateFinder.isWeekday(next)
                && !(i > 0 && (doc.is(i - 1, "in") || doc.is(i - 1, "to") || doc.is(i - 1, "from")
                || doc.is(i - 1, "at")));
    }

    /** "Le Van Hoa", "Da Costa": a capitalised particle opening a name. */
    private boolean connectorStartsName(int i) {
        return doc.tok(i).capitalized() && i + 1 < doc.size() && doc.tok(i + 1).capitalized()
                && !doc.inCountry[i + 1] && doc.roleAt[i + 1] == null;
    }

    /** A month name that is part of a date ("Aug. 20", "May 5"), not a first name ("Jan Novak", "August Berg"). */
    private boolean dateWord(int i) {
        if (!DateFinder.isMonth(doc.tok(i))) {
            return false;
        }
        Token next = i + 1 < doc.size() ? doc.tok(i + 1) : null;
        Token prev = i > 0 ? doc.tok(i - 1) : null;
        return next == null || next.isDigits() || next.text().equals(".") || next.text().equals(",")
                || prev != null && (prev.isDigits() || prev.is("in") || prev.is("early") || prev.is("late")
                || prev.is("mid") || prev.is("since") || prev.is("until") || prev.is("of"));
    }

    /** A personal name from token i: capitalised words, initials, and particles (bin, al, da) inside it. */
    private int[] name(int i, int to) {
        int j = i;
        int end = i;
        int words = 0;
        while (j < to && words < 7) {
            Token t = doc.tok(j);
            if (t.capitalized() && !t.allCaps() && !stopWord(j) && (!doc.inCountry[j] || capitalAsName(j))
                    && doc.roleAt[j] == null
                    && !dateWord(j) && !DateFinder.isWeekday(t)) {
                j++;
                words++;
                end = j;
                if (t.text().length() == 1 && j < to && doc.tok(j).text().equals(".")) {
                    j++; // an initial: "Rosa M. Quintero"
                }
            } else if (words > 0 && regnalNumber(t)) {
                j++; // "Carl XVI Gustaf", "Charles III"
                end = j;
            } else if (t.word() && t.text().length() == 1 && Character.isUpperCase(t.text().charAt(0))
                    && words > 0) {
                j++; // "Peter J Holm"
                if (j < to && doc.tok(j).text().equals(".")) {
                    j++;
                }
            } else if (t.word() && Person.CONNECTORS.contains(t.norm()) && words > 0) {
                j++;
            } else {
                break;
            }
        }
        return words == 0 ? null : new int[] {i, end};
    }

    private static boolean regnalNumber(Token t) {
        String x = t.text();
        if (!t.word() || x.length() > 5 || x.length() < 2 && !x.equals("V") && !x.equals("X")) {
            return false; // a lone "I" is a pronoun
        }
        for (int k = 0; k < x.length(); k++) {
            char c = x.charAt(k);
            if (c != 'I' && c != 'V' && c != 'X' && c != 'L') {
                return false;
            }
        }
        return true;
    }

    String nameText(int[] span) {
        return doc.text.substring(doc.tok(span[0]).start(), doc.tok(span[1] - 1).end());
    }
}
