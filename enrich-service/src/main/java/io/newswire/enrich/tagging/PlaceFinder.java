package io.newswire.enrich.tagging;

import java.util.Set;

/**
 * Reads the destinations of a trigger: the place after to / in / into / for / at (or the direct object of visit,
 * tour, reach), lists of them ("Japan and Brazil", "the GCC countries of Oman, UAE and Qatar"), a country adjective
 * with "capital" ("the Mongolian capital"), a country before a visit noun ("a four-day US visit"), "here", "the
 * country"; and where a departure starts from.
 */
final class PlaceFinder {
    private static final Set<String> PLACE_FILLERS = Vocabulary.set("PLACE_FILLER");
    private static final Set<String> CAPITAL_NOUNS = Vocabulary.set("CAPITAL_NOUN");

    private final Doc doc;

    PlaceFinder(Doc doc) {
        this.doc = doc;
    }

    /** Where the trigger goes: the place after to / in / for / at (or the direct object of visit / tour / reach). */
    Places places(Sentence s, Trigger t, int windowEnd) {
        Places out = new Places();
        int j = t.after();
        boolean direct = t.kind() == Trigger.Kind.VISIT || t.kind() == Trigger.Kind.ARRIVE
                && (doc.tok(t.at()).norm().startsWith("reach"));
        if (t.kind() == Trigger.Kind.TRAVEL && (doc.tok(t.at()).norm().startsWith("depart")
                || doc.tok(t.at()).norm().startsWith("le"))) {
            // "departed Abuja for ...", "left Busan": the place right after is where they come from
            int p = doc.is(j, "the") ? j + 1 : j;
            String origin = doc.placeAt(p);
            if (origin != null) {
                out.origin = origin;
                j = doc.countryAt[p].to();
            }
        }
        int end = Math.min(windowEnd, s.to());
        while (j < end) {
            Token tok = doc.tok(j);
            String w = tok.norm();
            if (w.equals("from") || w.equals("via") || w.equals("between") || w.equals("with")) {
                int p = doc.is(j + 1, "the") ? j + 2 : j + 1;
                if (w.equals("from") && doc.placeAt(p) != null && out.origin == null) {
                    out.origin = doc.placeAt(p);
                }
                j = p < doc.size() && doc.countryAt[p] != null ? doc.countryAt[p].to() : j + 1;
                continue;
            }
            if (tok.text().equals(",") && attribution(j + 1, end)) {
                break; // "..., his office in Pretoria said": where the news came from, not where anyone goes
            }
            if ((w.startsWith("return") || w.equals("back")) && (doc.is(j + 1, "to") || doc.is(j + 1, "home"))) {
                break; // "before returning to Warsaw": the way home goes to no host
            }
            if (w.equals("here")) {
                out.here = true;
                j++;
                continue;
            }
            boolean prep = w.equals("to") || w.equals("in") || w.equals("into") || w.equals("for")
                    || w.equals("at") || w.equals("of") && VisitFinder.VISIT_NOUN.contains(doc.tok(j - 1).norm());
            if (direct && j == t.after()) {
                int before = out.codes.size();
                placeList(j, end, out);
                if (out.codes.size() > before) {
                    break;
                }
            }
            if (prep) {
                if (doc.is(j + 1, "the") && (doc.is(j + 2, "country") || doc.is(j + 2, "capital"))
                        && !(doc.is(j + 3, "of") || doc.is(j + 3, ","))) {
                    out.anaphoric = true;
                    j += 3;
                    continue;
                }
                int before = out.codes.size();
                int next = placeList(j + 1, end, out);
                if (out.codes.size() > before) {
                    j = next;
                    break;
                }
                if ((w.equals("at") || w.equals("in")) && j + 1 < end && (doc.tok(j + 1).capitalized()
                        || doc.is(j + 1, "the") && j + 2 < end && doc.tok(j + 2).capitalized())) {
                    out.unnamedPlace = true; // "at Jomo Kenyatta International Airport"
                }
            }
            j++;
        }
        if (out.codes.isEmpty() && t.kind() == Trigger.Kind.NOUN) {
            // "a four-day US visit"
            int q = t.at() - 1;
            while (q > s.from() && q > t.at() - 4 && !doc.inCountry[q] && isNounOpener(q)
                    && !doc.is(q, "'s") && !doc.is(q, "his") && !doc.is(q, "her") && !doc.is(q, "their")) {
                q--;
            }
            while (q > s.from() && doc.inCountry[q] && doc.countryAt[q] == null) {
                q--;
            }
            if (doc.placeAt(q) != null && doc.countryAt[q].to() <= t.at()) {
                out.codes.add(doc.placeAt(q));
            }
        }
        return out;
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
            Token t = doc.tok(j);
            Gazetteer.Match m = doc.countryAt[j];
            if (m != null && m.code() == null) {
                return j; // a blocked phrase: the Indian Ocean
            }
            if (m != null) {
                if (m.kind() == Gazetteer.Kind.ADJECTIVE) {
                    if (m.to() < end && CAPITAL_NOUNS.contains(doc.tok(m.to()).norm())) {
                        out.codes.add(m.code());
                        j = m.to() + 1;
                        j = skipApposition(j, end);
                    } else if (fillers < 6 && m.to() < end && PLACE_FILLERS.contains(doc.tok(m.to()).norm())) {
                        j = m.to();
                        fillers++;
                        continue;
                    } else {
                        return j;
                    }
                } else {
                    // "the Egyptian Military Academy": a country naming an institution is not the destination (a
                    // headline capitalises every word, so there it takes more than a capital letter)
                    if (m.to() < end && doc.tok(m.to()).capitalized() && doc.countryAt[m.to()] == null
                            && doc.sentenceOf[m.to()] >= doc.titleSentences
                            && !DateFinder.isWeekday(doc.tok(m.to())) && !DateFinder.isMonth(doc.tok(m.to()))
                            && !doc.tok(m.to()).allCaps()) {
                        return j;
                    }
                    out.codes.add(m.code());
                    j = m.to();
                    if (doc.is(j, "'s")) {
                        return j + 1;
                    }
                }
                // a list goes on: ", Qatar", "and Kuwait", ", and the State of Kuwait"
                int k = j;
                if (k < end && doc.tok(k).text().equals(",")) {
                    k++;
                }
                if (k < end && doc.is(k, "and")) {
                    k++;
                }
                if (k > j && k < end && (doc.countryAt[k] != null || doc.is(k, "the"))) {
                    j = k;
                    fillers = 0;
                    continue;
                }
                return j;
            }
            if (fillers < 6 && (PLACE_FILLERS.contains(t.norm()) || t.allCaps() && t.word()
                    || t.norm().endsWith("-nation") || t.norm().equals("city") || t.is("capital"))) {
                j++;
                fillers++;
                continue;
            }
            return j;
        }
        return j;
    }

    private int skipApposition(int j, int end) {
        // "the Mongolian capital, Ulaanbaatar," / "the Belarusian capital of Minsk"
        if (j < end && (doc.tok(j).text().equals(",") || doc.is(j, "of")) && j + 1 < end
                && doc.placeAt(j + 1) != null) {
            return doc.countryAt[j + 1].to();
        }
        return j;
    }

    /** "In Japan, President X will attend ...": a place fronting the sentence sets the scene for it. */
    String frontedPlace(Sentence s) {
        int i = s.from();
        if (doc.is(i, "in") || doc.is(i, "while")) {
            int j = i + 1;
            if (doc.is(j, "the")) {
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
        return VisitFinder.NOUN_OPENERS.contains(t.norm()) || t.norm().endsWith("-day") || t.norm().endsWith("-nation")
                || doc.placeAt(i) != null || doc.countryAt[i] != null
                || i > 0 && doc.countryAt[i - 1] != null && doc.countryAt[i - 1].to() == i + 1;
    }
}
