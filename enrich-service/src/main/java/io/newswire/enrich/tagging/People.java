package io.newswire.enrich.tagging;

import io.newswire.enrich.knowledge.ActorMemory;
import io.newswire.enrich.knowledge.Officials;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The people stage: the office holders of an article, found from the ways news names them, and every later mention
 * of them.
 * <ul>
 * <li>title before name: "Turkish Foreign Minister Hakan Fidan", "Prime Minister of Malta Lina Vella",
 *     "Commander of Pakistan's Land Forces Gen. Asim Munir", "special envoy Dana Roarke";</li>
 * <li>title after name: "Hakan Fidan, Türkiye's foreign minister", "Haitham bin Tariq, Sultan of Oman";</li>
 * <li>"his Peruvian counterpart Ana Quispe" (the counterpart holds the same office);</li>
 * <li>"Norway's Aasen"; later surname mentions ("Fidan", "Mr. Holt"); title-only mentions ("the Crown Prince",
 *     "the Nigerian President"), resolved to the most recent holder of that office;</li>
 * <li>delegations: "the US negotiating team headed by ..." gives its members' country.</li>
 * </ul>
 * Needs the {@link Doc} (tokens, sentences, countries, roles) and the {@link Knowledge}; sets, per sentence, the
 * {@link Unit}s that can act in it, which the visit stage reads as its actors. Passes: {@link TitledMentions},
 * {@link LaterMentions}, {@link CountryClues}. The result is immutable: nothing a later stage concludes changes it.
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

    /** Who a name is when the article does not say: an office holder then, or someone the stream has learned. */
    record Knowledge(Officials officials, ActorMemory memory, RoleLexicon roles) {
        static final Knowledge NONE = new Knowledge(Officials.NONE, ActorMemory.NONE, null);
    }

    final Doc doc;
    /** every person of the article with an office or a name, in order of first finding */
    final List<Person> persons;
    /** the persons named in a delegation with its country ("The Irish delegation includes ...") */
    final List<Person> delegationMembers;
    private final List<List<Unit>> unitsBySentence;

    People(Doc doc) {
        this(doc, Knowledge.NONE);
    }

    People(Doc doc, Knowledge knowledge) {
        this.doc = doc;
        Roster roster = new Roster(doc);
        NameSpans names = new NameSpans(doc);
        PeopleKnowledge known = new PeopleKnowledge(doc, knowledge);
        TitledMentions first = new TitledMentions(roster, names);
        LaterMentions later = new LaterMentions(roster, names, known);
        for (Sentence s : doc.sentences) {
            later.findLaterMentions(s, first.unknownNames.get(s.index()));
        }
        for (List<Roster.Mention> units : roster.unitsBySentence) {
            units.sort(Comparator.comparingInt(Roster.Mention::from));
        }
        CountryClues clues = new CountryClues(roster);
        clues.resolveCounterparts(first.counterparts);
        known.knowledgeGivesCountries(roster.persons);
        clues.findDelegations();
        later.resolveTitles();
        clues.sourcesGiveCountries();
        clues.datelineGivesCountries();
        clues.refreshCountries();

        Map<PersonDraft, Person> frozen = new IdentityHashMap<>();
        List<Person> all = new ArrayList<>(roster.persons.size());
        for (PersonDraft d : roster.persons) {
            Person p = d.freeze();
            frozen.put(d, p);
            all.add(p);
        }
        this.persons = List.copyOf(all);
        this.delegationMembers = roster.delegationMembers.stream().map(frozen::get).toList();
        List<List<Unit>> units = new ArrayList<>(roster.unitsBySentence.size());
        for (List<Roster.Mention> mentions : roster.unitsBySentence) {
            List<Unit> out = new ArrayList<>(mentions.size());
            for (Roster.Mention m : mentions) {
                out.add(new Unit(m.kind(), m.from(), m.to(), m.person() == null ? null : frozen.get(m.person()),
                        m.role(), m.country()));
            }
            units.add(List.copyOf(out));
        }
        this.unitsBySentence = List.copyOf(units);
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
}
