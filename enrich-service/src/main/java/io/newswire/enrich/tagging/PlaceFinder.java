package io.newswire.enrich.tagging;

import java.util.Set;

/**
 * Reads the destinations of a trigger: the place after to / in / into / for / at (or the direct object of visit,
 * tour, reach), lists of them ("Japan and Brazil", "the GCC countries of Oman, UAE and Qatar"), a country adjective
 * with "capital" ("the Mongolian capital"), a country before a visit noun ("a four-day US visit"), "here", "the
 * country"; and where a departure starts from. The words it reads are sets of {@code vocabulary.txt}, named below.
 */
final class PlaceFinder {
    private static final Set<String> PLACE_FILLERS = Vocabulary.set("PLACE_FILLER");
    private static final Set<String> CAPITAL_NOUNS = Vocabulary.set("CAPITAL_NOUN");
    /** "departed Abuja", "left Busan": the place right after is the one left */
    private static final Set<String> DEPART = Vocabulary.set("DEPART");
    /** "reached Tokyo": the place is the direct object */
    private static final Set<String> REACH = Vocabulary.set("REACH");
    private static final Set<String> DESTINATION_PREPOSITION = Vocabulary.set("DESTINATION_PREPOSITION");
    /** "a tour of Asia": names the destination after a visit noun only */
    private static final Set<String> VISIT_NOUN_PREPOSITION = Vocabulary.set("VISIT_NOUN_PREPOSITION");
    private static final Set<String> NOT_DESTINATION = Vocabulary.set("NOT_DESTINATION");
    private static final Set<String> ORIGIN_PREPOSITION = Vocabulary.set("ORIGIN_PREPOSITION");
    private static final Set<String> RETURN = Vocabulary.set("RETURN");
    private static final Set<String> RETURN_TO = Vocabulary.set("RETURN_TO");
    private static final Set<String> HERE = Vocabulary.set("HERE");
    private static final Set<String> PLACE_ANAPHOR = Vocabulary.set("PLACE_ANAPHOR");
    private static final Set<String> APPOSITION = Vocabulary.set("APPOSITION");
    private static final Set<String> PLACE_ARTICLE = Vocabulary.set("PLACE_ARTICLE");
    private static final Set<String> UNNAMED_PLACE_PREPOSITION = Vocabulary.set("UNNAMED_PLACE_PREPOSITION");
    private static final Set<String> POSSESSIVE = Vocabulary.set("POSSESSIVE");
    private static final Set<String> FRONTING_PLACE = Vocabulary.set("FRONTING_PLACE");
    private static final Set<String> PLACE_COUNT_SUFFIX = Vocabulary.set("PLACE_COUNT_SUFFIX");
    private static final Set<String> TRIP_SPAN_SUFFIX = Vocabulary.set("TRIP_SPAN_SUFFIX");
    /** what a step of the scan returns when the destinations are read */
    private static final int STOP = -1;
    /** filler words at most between a preposition and its place */
    private static final int MAX_FILLERS = 6;

    private final Doc doc;

    PlaceFinder(Doc doc) {
        this.doc = doc;
    }

    /** Where the trigger goes: the place after to / in / for / at (or the direct object of visit / tour / reach). */
    Places places(Sentence s, Trigger t, int windowEnd) {
        Places out = new Places();
        int j = t.after();
        if (t.kind() == Trigger.Kind.TRAVEL && DEPART.contains(doc.tok(t.at()).norm())) {
            j = departure(j, out);
        }
        int end = Math.min(windowEnd, s.to());
        boolean direct = t.kind() == Trigger.Kind.VISIT
                || t.kind() == Trigger.Kind.ARRIVE && REACH.contains(doc.tok(t.at()).norm());
        while (j >= 0 && j < end) {
            j = step(j, end, direct && j == t.after(), out);
        }
        if (out.codes.isEmpty() && t.kind() == Trigger.Kind.NOUN) {
            placeBeforeNoun(s, t, out); // "a four-day US visit"
        }
        return out;
    }

    /** "departed Abuja for ...", "left Busan": the place right after is where they come from. */
    private int departure(int j, Places out) {
        int p = doc.isIn(j, PLACE_ARTICLE) ? j + 1 : j;
        String origin = doc.placeAt(p);
        if (origin == null) {
            return j;
        }
        out.origin = origin;
        return doc.countryAt[p].to();
    }

    /** One token of the scan after a trigger: the token to read next, or {@link #STOP}. */
    private int step(int j, int end, boolean directObject, Places out) {
        String w = doc.tok(j).norm();
        if (NOT_DESTINATION.contains(w)) {
            return pastNotDestination(j, w, out);
        }
        if (endsDestinations(j, end)) {
            return STOP;
        }
        if (HERE.contains(w)) {
            out.here = true;
            return j + 1;
        }
        if (directObject && addedPlaces(j, end, out)) {
            return STOP;
        }
        if (DESTINATION_PREPOSITION.contains(w)
                || VISIT_NOUN_PREPOSITION.contains(w) && VisitFinder.VISIT_NOUN.contains(doc.tok(j - 1).norm())) {
            return preposition(j, w, end, out);
        }
        return j + 1;
    }

    /** "from Pakistan", "via Dubai", "talks with Japan": the place after is no destination (but may be the origin). */
    private int pastNotDestination(int j, String w, Places out) {
        int p = doc.isIn(j + 1, PLACE_ARTICLE) ? j + 2 : j + 1;
        if (ORIGIN_PREPOSITION.contains(w) && doc.placeAt(p) != null && out.origin == null) {
            out.origin = doc.placeAt(p);
        }
        return p < doc.size() && doc.countryAt[p] != null ? doc.countryAt[p].to() : j + 1;
    }

    /**
     * "..., his office in Pretoria said": where the news came from, not where anyone goes; "before returning to
     * Warsaw": the way home goes to no host.
     */
    private boolean endsDestinations(int j, int end) {
        return doc.tok(j).text().equals(",") && attribution(j + 1, end)
                || RETURN.contains(doc.tok(j).norm()) && doc.isIn(j + 1, RETURN_TO);
    }

    /** A preposition at j: "in the country" (the story's country), the places after it, or a named place. */
    private int preposition(int j, String w, int end, Places out) {
        if (doc.isIn(j + 1, PLACE_ARTICLE) && doc.isIn(j + 2, PLACE_ANAPHOR) && !doc.isIn(j + 3, APPOSITION)) {
            out.anaphoric = true;
            return j + 3;
        }
        if (addedPlaces(j + 1, end, out)) {
            return STOP;
        }
        if (UNNAMED_PLACE_PREPOSITION.contains(w) && j + 1 < end && (doc.tok(j + 1).capitalized()
                || doc.isIn(j + 1, PLACE_ARTICLE) && j + 2 < end && doc.tok(j + 2).capitalized())) {
            out.unnamedPlace = true; // "at Jomo Kenyatta International Airport"
        }
        return j + 1;
    }

    private boolean addedPlaces(int from, int end, Places out) {
        int before = out.codes.size();
        placeList(from, end, out);
        return out.codes.size() > before;
    }

    /** "a four-day US visit": a country among the words opening a visit noun. */
    private void placeBeforeNoun(Sentence s, Trigger t, Places out) {
        int q = t.at() - 1;
        while (q > s.from() && q > t.at() - 4 && !doc.inCountry[q] && isNounOpener(q) && !doc.isIn(q, POSSESSIVE)) {
            q--;
        }
        while (q > s.from() && doc.inCountry[q] && doc.countryAt[q] == null) {
            q--;
        }
        if (doc.placeAt(q) != null && doc.countryAt[q].to() <= t.at()) {
            out.codes.add(doc.placeAt(q));
        }
    }

    /** "his office in Pretoria said", "officials in Rome told reporters": a short clause ending in speech. */
    private boolean attribution(int from, int end) {
        for (int k = from; k < Math.min(end, from + 7); k++) {
            Token t = doc.tok(k);
            if (!t.word()) {
                return false;
            }
            if (VisitFinder.SPEECH.contains(t.norm())) {
                return k > from;
            }
        }
        return false;
    }

    /** Places from token i: "the Mongolian capital", "Japan and Brazil", "the GCC countries of Oman, UAE and Qatar". */
    private int placeList(int i, int end, Places out) {
        int j = i;
        int fillers = 0;
        while (j < end) {
            Gazetteer.Match m = doc.countryAt[j];
            int pastFiller = fillers < MAX_FILLERS ? fillerEnd(j, m, end) : -1;
            if (pastFiller > 0) {
                j = pastFiller;
                fillers++;
                continue;
            }
            int after = m == null || m.code() == null ? -1 : place(m, end, out); // no code: "the Indian Ocean"
            if (after < 0) {
                return j;
            }
            if (m.kind() != Gazetteer.Kind.ADJECTIVE && doc.is(after, "'s")) {
                return after + 1;
            }
            j = listGoesOn(after, end);
            if (j < 0) {
                return after;
            }
            fillers = 0;
        }
        return j;
    }

    /**
     * The token after a word allowed between a preposition and its place ("the brotherly Gulf nation of"), or after
     * a country adjective before one ("the Mongolian city of"); -1 when the token at j is neither.
     */
    private int fillerEnd(int j, Gazetteer.Match m, int end) {
        if (m == null) {
            Token t = doc.tok(j);
            return PLACE_FILLERS.contains(t.norm()) || t.allCaps() && t.word()
                    || endsWithOneOf(t.norm(), PLACE_COUNT_SUFFIX) ? j + 1 : -1;
        }
        boolean adjectiveBeforeFiller = m.code() != null && m.kind() == Gazetteer.Kind.ADJECTIVE && m.to() < end
                && !CAPITAL_NOUNS.contains(doc.tok(m.to()).norm()) && PLACE_FILLERS.contains(doc.tok(m.to()).norm());
        return adjectiveBeforeFiller ? m.to() : -1;
    }

    /** Records the place of a country phrase and returns the token after it, or -1 when it names no destination. */
    private int place(Gazetteer.Match m, int end, Places out) {
        if (m.kind() == Gazetteer.Kind.ADJECTIVE) {
            if (m.to() < end && CAPITAL_NOUNS.contains(doc.tok(m.to()).norm())) {
                out.codes.add(m.code()); // "the Mongolian capital"
                return skipApposition(m.to() + 1, end);
            }
            return -1;
        }
        if (namesInstitution(m, end)) {
            return -1;
        }
        out.codes.add(m.code());
        return m.to();
    }

    /**
     * "the Egyptian Military Academy": a country naming an institution is not the destination (a headline
     * capitalises every word, so there it takes more than a capital letter).
     */
    private boolean namesInstitution(Gazetteer.Match m, int end) {
        if (m.to() >= end) {
            return false;
        }
        Token next = doc.tok(m.to());
        return next.capitalized() && doc.countryAt[m.to()] == null && doc.sentenceOf[m.to()] >= doc.titleSentences
                && !DateFinder.isWeekday(next) && !DateFinder.isMonth(next) && !next.allCaps();
    }

    /** A list goes on after a place at j: ", Qatar", "and Kuwait", ", and the State of Kuwait"; else -1. */
    private int listGoesOn(int j, int end) {
        int k = j;
        if (k < end && doc.tok(k).text().equals(",")) {
            k++;
        }
        if (k < end && doc.is(k, "and")) {
            k++;
        }
        return k > j && k < end && (doc.countryAt[k] != null || doc.isIn(k, PLACE_ARTICLE)) ? k : -1;
    }

    private int skipApposition(int j, int end) {
        // "the Mongolian capital, Ulaanbaatar," / "the Belarusian capital of Minsk"
        if (j < end && doc.isIn(j, APPOSITION) && j + 1 < end && doc.placeAt(j + 1) != null) {
            return doc.countryAt[j + 1].to();
        }
        return j;
    }

    /** "In Japan, President X will attend ...": a place fronting the sentence sets the scene for it. */
    String frontedPlace(Sentence s) {
        int i = s.from();
        if (doc.isIn(i, FRONTING_PLACE)) {
            int j = i + 1;
            if (doc.isIn(j, PLACE_ARTICLE)) {
                j++;
            }
            String c = doc.placeAt(j);
            if (c != null && doc.countryAt[j].to() < s.to() && doc.tok(doc.countryAt[j].to()).text().equals(",")) {
                return c;
            }
        }
        return null;
    }

    boolean isNounOpener(int i) {
        Token t = doc.tok(i);
        return VisitFinder.NOUN_OPENERS.contains(t.norm()) || endsWithOneOf(t.norm(), TRIP_SPAN_SUFFIX)
                || doc.placeAt(i) != null || doc.countryAt[i] != null
                || i > 0 && doc.countryAt[i - 1] != null && doc.countryAt[i - 1].to() == i + 1;
    }

    /** The word ends in one of the suffixes ("-day", "-nation"), each starting with a hyphen. */
    private static boolean endsWithOneOf(String w, Set<String> suffixes) {
        int dash = w.lastIndexOf('-');
        return dash >= 0 && suffixes.contains(w.substring(dash));
    }
}
