package io.newswire.enrich.tagging;

import io.newswire.enrich.knowledge.ActorNames;
import io.newswire.enrich.knowledge.KnownActor;
import io.newswire.enrich.knowledge.OfficeHolder;
import io.newswire.enrich.knowledge.Officials;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** What the office-holder tables and the stream's learned actors say about a name the text leaves open. */
final class PeopleKnowledge {
    /** What the knowledge says about a name: its office and country. */
    record Known(String role, String country) {
    }

    private final Doc doc;
    private final People.Knowledge knowledge;

    Officials officials() {
        return knowledge.officials();
    }

    PeopleKnowledge(Doc doc, People.Knowledge knowledge) {
        this.doc = doc;
        this.knowledge = knowledge;
    }

    /**
     * Persons the text gives no country ("President Tinubu"): the office-holder tables at the article's date, then
     * what the stream has learned. A country the text gives is never replaced.
     */
    void knowledgeGivesCountries(List<PersonDraft> persons) {
        for (PersonDraft p : persons) {
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

    Known lookUp(String name) {
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
            if (space < 0 || !NameSpans.HONORIFICS.contains(Tokenizer.normalize(word).replace(".", ""))) {
                return name.substring(from).strip();
            }
            from = space + 1;
        }
    }

    RoleLexicon.Rank rankOf(String role) {
        if (role == null) {
            return null;
        }
        RoleLexicon.Rank r = knowledge.roles() == null ? null : knowledge.roles().rankOf(role);
        return r != null ? r : RoleLexicon.Rank.VISITOR;
    }
}
