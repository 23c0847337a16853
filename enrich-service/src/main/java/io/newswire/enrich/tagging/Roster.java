package io.newswire.enrich.tagging;

import io.newswire.enrich.tagging.People.UnitKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The people stage's working state for one article: the persons found so far, one draft per person, and their
 * mentions by sentence. The passes of the stage fill it in order; {@link People} freezes it into immutable values.
 */
final class Roster {
    /** A mention as the stage builds it: {@link People.Unit} with the person still a draft. */
    record Mention(UnitKind kind, int from, int to, PersonDraft person, RoleLexicon.Match role, String country) {
    }

    final Doc doc;
    final List<PersonDraft> persons = new ArrayList<>();
    final List<List<Mention>> unitsBySentence = new ArrayList<>();
    /** the persons named in a delegation with its country ("The Irish delegation includes ...") */
    final List<PersonDraft> delegationMembers = new ArrayList<>();
    /** the country name or adjective ending at each token, for "Norway's Aasen", "Turkish Foreign Minister" */
    final Gazetteer.Match[] countryEndingAt;

    Roster(Doc doc) {
        this.doc = doc;
        this.countryEndingAt = new Gazetteer.Match[doc.size()];
        for (Gazetteer.Match m : doc.countryAt) {
            if (m != null && m.code() != null && m.kind() != Gazetteer.Kind.CITY) {
                countryEndingAt[m.to() - 1] = m;
            }
        }
        for (int s = 0; s < doc.sentences.size(); s++) {
            unitsBySentence.add(new ArrayList<>());
        }
    }

    PersonDraft person(String name, String role, RoleLexicon.Rank rank, String country, int token) {
        List<String> words = Person.nameWords(name); // once, not again for every person known
        for (PersonDraft p : persons) {
            if (p.sameAs(words, country) && (role == null || p.role == null || p.role.equals(role)
                    || words.size() > 1 && p.words.size() > 1)) {
                p.absorb(name, words, role, rank, country, token);
                return p;
            }
        }
        PersonDraft p = new PersonDraft(name, words, role, rank, country, token);
        persons.add(p);
        return p;
    }

    void addUnit(Sentence s, Mention u) {
        unitsBySentence.get(s.index()).add(u);
    }

    boolean covered(Sentence s, int i) {
        for (Mention u : unitsBySentence.get(s.index())) {
            if (i >= u.from() && i < u.to()) {
                return true;
            }
        }
        return false;
    }
}
