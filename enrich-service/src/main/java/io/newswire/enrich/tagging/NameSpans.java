package io.newswire.enrich.tagging;

import java.util.Set;

/**
 * Where personal names are in the text: capitalised words that are no title, country, date, institution or
 * sentence opener, with initials, particles (bin, al, da) and regnal numbers inside, and honorifics before them.
 * Pure functions of the tokens.
 */
final class NameSpans {
    static final Set<String> HONORIFICS = Vocabulary.set("HONORIFIC");
    static final Set<String> ROYAL = Vocabulary.set("ROYAL_TITLE");
    /** capitalised words that do not belong to a person's name (sentence openers, headline verbs, institutions) */
    private static final Set<String> NOT_NAME = Vocabulary.set("NOT_NAME");
    /** headline words that are also given names */
    private static final Set<String> NAMES_TOO = Vocabulary.set("NAME_TOO");
    /** words before a month that make it a date: "in May", "since August" */
    private static final Set<String> DATE_LEADS = Vocabulary.set("DATE_LEAD");
    /** "in Sofia", "to Lima": after these a capital is the place, not a first name */
    private static final Set<String> PLACE_PREPOSITION = Vocabulary.set("PLACE_PREPOSITION");

    private final Doc doc;

    NameSpans(Doc doc) {
        this.doc = doc;
    }

    int[] honorificThenName(int i, int to) {
        int j = i;
        int royal = -1;
        while (j < to) {
            Token t = doc.tok(j);
            if (t.word() && t.in(HONORIFICS) && t.capitalized()) {
                if (t.in(ROYAL)) {
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

    boolean startsName(int i) {
        Token t = doc.tok(i);
        return t.capitalized() && !t.allCaps() && !stopWord(i) && (!doc.inCountry[i] || capitalAsName(i))
                && doc.roleAt[i] == null && !dateWord(i) && !DateFinder.isWeekday(t)
                && !(t.in(Person.CONNECTORS) && !connectorStartsName(i))
                && !t.in(HONORIFICS);
    }

    /**
     * Not part of a name. Headlines capitalise every word, so there every listed word stops a name; in running
     * text a few of them are also names ("Sultan Said bin Harith").
     */
    boolean stopWord(int i) {
        Token w = doc.tok(i);
        if (doc.sentenceOf[i] < doc.titleSentences) {
            return w.in(NOT_NAME);
        }
        return w.in(NOT_NAME) && !w.in(NAMES_TOO);
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
                && !doc.isIn(i - 1, PLACE_PREPOSITION);
    }

    /** "Le Van Hoa", "Da Costa": a capitalised particle opening a name. */
    private boolean connectorStartsName(int i) {
        return doc.tok(i).capitalized() && i + 1 < doc.size() && doc.tok(i + 1).capitalized()
                && !doc.inCountry[i + 1] && doc.roleAt[i + 1] == null;
    }

    /** A month name that is part of a date ("Aug. 20", "May 5"), not a first name ("Jan Novak", "August Berg"). */
    boolean dateWord(int i) {
        if (!DateFinder.isMonth(doc.tok(i))) {
            return false;
        }
        Token next = i + 1 < doc.size() ? doc.tok(i + 1) : null;
        Token prev = i > 0 ? doc.tok(i - 1) : null;
        return next == null || next.isDigits() || next.text().equals(".") || next.text().equals(",")
                || prev != null && (prev.isDigits() || prev.in(DATE_LEADS));
    }

    /** A personal name from token i: capitalised words, initials, and particles (bin, al, da) inside it. */
    int[] name(int i, int to) {
        int j = i;
        int end = i;
        int words = 0;
        while (j < to && words < 7) {
            Token t = doc.tok(j);
            if (nameWord(j)) {
                j++;
                words++;
                end = j;
                if (t.text().length() == 1) {
                    j = pastDot(j, to); // an initial: "Rosa M. Quintero"
                }
            } else if (words > 0 && regnalNumber(t)) {
                j++; // "Carl XVI Gustaf", "Charles III"
                end = j;
            } else if (words > 0 && t.word() && (initial(t) || t.in(Person.CONNECTORS))) {
                j++; // "Peter J Holm", "Haitham bin Tariq": inside the name, never its end
                if (initial(t)) {
                    j = pastDot(j, to);
                }
            } else {
                break;
            }
        }
        return words == 0 ? null : new int[] {i, end};
    }

    /** A capitalised word that can be part of a name: no title, country, date or listed non-name word. */
    private boolean nameWord(int j) {
        Token t = doc.tok(j);
        return t.capitalized() && !t.allCaps() && !stopWord(j) && (!doc.inCountry[j] || capitalAsName(j))
                && doc.roleAt[j] == null && !dateWord(j) && !DateFinder.isWeekday(t);
    }

    private int pastDot(int j, int to) {
        return j < to && doc.tok(j).text().equals(".") ? j + 1 : j;
    }

    private static boolean initial(Token t) {
        return t.word() && t.text().length() == 1 && Character.isUpperCase(t.text().charAt(0));
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
