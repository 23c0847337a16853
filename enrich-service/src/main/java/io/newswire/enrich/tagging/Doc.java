package io.newswire.enrich.tagging;

import io.newswire.enrich.knowledge.City;
import io.newswire.enrich.knowledge.Places;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One article prepared for tagging: its text (title, a blank line, then body: the text evidence offsets point
 * into), tokens, sentences, and the countries and roles found at each token. Built once per article.
 */
final class Doc {
    final String text;
    final List<Token> tokens;
    final List<Sentence> sentences;
    final LocalDate published;
    /** the country phrase (or, of kind CITY, the city) starting at each token, or null */
    final Gazetteer.Match[] countryAt;
    /** whether each token lies inside a country phrase */
    final boolean[] inCountry;
    /** the role phrase starting at each token, or null */
    final RoleLexicon.Match[] roleAt;
    /** the sentence each token belongs to */
    final int[] sentenceOf;
    /** sentences before this index come from the title */
    final int titleSentences;
    /** the country of the dateline ("NEW DELHI (PTI) -"), or null */
    final String datelineCountry;
    /** the outlet's country (ISO 3166-1 alpha-2), or null: only a last resort for a visitor named by office */
    final String sourceCountry;

    Doc(String title, String body, LocalDate published, Gazetteer gazetteer, RoleLexicon roles) {
        this(title, body, published, gazetteer, roles, Places.NONE, null);
    }

    Doc(String title, String body, LocalDate published, Gazetteer gazetteer, RoleLexicon roles, Places places,
            String sourceCountry) {
        this.sourceCountry = sourceCountry;
        String t = title == null ? "" : title.strip();
        String b = body == null ? "" : body.strip();
        this.text = t.isEmpty() ? b : b.isEmpty() ? t : t + "\n\n" + b;
        this.published = published;
        this.tokens = Tokenizer.tokenize(text);
        this.sentences = SentenceSplitter.split(tokens);
        int n = tokens.size();
        this.countryAt = new Gazetteer.Match[n];
        this.inCountry = new boolean[n];
        this.roleAt = new RoleLexicon.Match[n];
        this.sentenceOf = new int[n];
        for (Sentence s : sentences) {
            for (int i = s.from(); i < s.to(); i++) {
                sentenceOf[i] = s.index();
            }
        }
        for (int i = 0; i < n; i++) {
            Gazetteer.Match m = gazetteer.match(tokens, i);
            if (m != null) {
                countryAt[i] = m;
                for (int k = m.from(); k < m.to(); k++) {
                    inCountry[k] = true;
                }
                i = m.to() - 1;
            }
        }
        for (int i = 0; i < n; i++) {
            if (inCountry[i]) {
                continue; // a country phrase is never the start of a title of office
            }
            RoleLexicon.Match m = roles.match(tokens, i, gazetteer);
            if (m != null) {
                roleAt[i] = m;
            }
        }
        findCities(places);
        int titleEnd = t.length();
        int ts = 0;
        for (Sentence s : sentences) {
            if (s.start() < titleEnd) {
                ts = s.index() + 1;
            }
        }
        this.titleSentences = t.isEmpty() ? 0 : ts;
        this.datelineCountry = findDateline();
    }

    /**
     * Cities from the gazetteer at tokens no country or title covers: "Lahore", "Kuala Lumpur", "São Paulo". A name
     * shared by several places goes to the one in a country the article names, else the most populous; a country
     * written right after it ("Hyderabad, Pakistan") always wins. A capitalised word right before or after the name
     * makes it part of another proper noun ("Lahore High Court", "Sofia Paz"), not a place.
     */
    private void findCities(Places places) {
        if (places.longestName() == 0) {
            return;
        }
        Set<String> named = null;
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (inCountry[i] || roleAt[i] != null || !t.capitalized() || t.text().length() < 3
                    || !places.startsName(firstWord(t.norm())) || DateFinder.isWeekday(t) || DateFinder.isMonth(t)
                    || i > 0 && properNounBefore(i)) {
                continue;
            }
            for (int len = Math.min(places.longestName(), 4); len >= 1; len--) {
                int to = i + len;
                if (to > n || sentenceOf[to - 1] != sentenceOf[i] || !tokens.get(to - 1).capitalized()) {
                    continue;
                }
                List<City> found = places.named(key(i, to));
                if (found.isEmpty()) {
                    continue;
                }
                if (to < n && tokens.get(to).capitalized() && countryAt[to] == null && sentenceOf[to] == sentenceOf[i]
                        && !DateFinder.isWeekday(tokens.get(to))
                        && !DateFinder.isMonth(tokens.get(to)) && !tokens.get(to).allCaps()) {
                    break; // "Lahore High Court": part of a longer name
                }
                if (named == null) {
                    named = mentionedCountries();
                }
                countryAt[i] = new Gazetteer.Match(cityCountry(found, to, named), Gazetteer.Kind.CITY, i, to);
                i = to - 1;
                break;
            }
        }
    }

    private boolean properNounBefore(int i) {
        Token p = tokens.get(i - 1);
        if (!p.capitalized() || inCountry[i - 1] || roleAt[i - 1] != null) {
            return false;
        }
        String w = p.norm();
        return !(w.equals("in") || w.equals("to") || w.equals("at") || w.equals("from") || w.equals("for")
                || w.equals("of") || w.equals("into") || w.equals("visits") || w.equals("arrives")
                || w.equals("reaches") || w.equals("lands") || w.equals("leaves") || w.equals("via")
                || w.equals("near") || w.equals("the") || sentenceStart(i - 1));
    }

    private boolean sentenceStart(int i) {
        return i == 0 || sentenceOf[i - 1] != sentenceOf[i];
    }

    private String cityCountry(List<City> found, int to, Set<String> named) {
        if (to + 1 < tokens.size() && tokens.get(to).text().equals(",") && countryAt[to + 1] != null
                && countryAt[to + 1].code() != null && countryAt[to + 1].kind() == Gazetteer.Kind.NAME) {
            return countryAt[to + 1].code(); // "Hyderabad, Pakistan": the writer said which
        }
        for (City c : found) {
            if (named.contains(c.country())) {
                return c.country(); // most populous first
            }
        }
        return found.getFirst().country();
    }

    private Set<String> mentionedCountries() {
        Set<String> out = new HashSet<>();
        for (Gazetteer.Match m : countryAt) {
            if (m != null && m.code() != null && m.kind() != Gazetteer.Kind.CITY) {
                out.add(m.code());
            }
        }
        return out;
    }

    private static String firstWord(String norm) {
        for (int k = 0; k < norm.length(); k++) {
            if (!Character.isLetterOrDigit(norm.charAt(k))) {
                return norm.substring(0, k);
            }
        }
        return norm;
    }

    /** The {@code ActorNames.key} form of tokens [from, to), built from their already folded norms. */
    private String key(int from, int to) {
        StringBuilder sb = new StringBuilder(24);
        boolean space = false;
        for (int k = from; k < to; k++) {
            String norm = tokens.get(k).norm();
            for (int c = 0; c < norm.length(); c++) {
                char ch = norm.charAt(c);
                if (Character.isLetterOrDigit(ch)) {
                    if (space && !sb.isEmpty()) {
                        sb.append(' ');
                    }
                    space = false;
                    sb.append(ch == '\u0131' ? 'i' : ch == '\u0142' ? 'l' : ch == '\u00f8' ? 'o' : ch);
                } else {
                    space = true;
                }
            }
            space = true;
        }
        return sb.toString();
    }

    Token tok(int i) {
        return tokens.get(i);
    }

    int size() {
        return tokens.size();
    }

    boolean is(int i, String lower) {
        return i >= 0 && i < tokens.size() && tokens.get(i).norm().equals(lower);
    }

    /** The token at i is one of the words of a set (false outside the text). */
    boolean isIn(int i, java.util.Set<String> words) {
        return i >= 0 && i < tokens.size() && words.contains(tokens.get(i).norm());
    }

    /** Country code of a place phrase at i (name or capital), else null. */
    String placeAt(int i) {
        if (i < 0 || i >= countryAt.length) {
            return null;
        }
        Gazetteer.Match m = countryAt[i];
        if (m == null || m.code() == null || m.kind() == Gazetteer.Kind.ADJECTIVE) {
            return null;
        }
        return m.code();
    }

    /** "NEW DELHI (PTI):", "Moscow, May 31 (IANS)", "HÀ NỘI –": a place opening one of the first paragraphs. */
    private String findDateline() {
        String body = bodyDateline();
        if (body != null || titleSentences == 0) {
            return body;
        }
        // "Kenya: Minister Leaves for Talks in Addis": a wire headline filed under the country it is about
        Gazetteer.Match m = countryAt[0];
        if (m != null && m.code() != null && m.kind() == Gazetteer.Kind.NAME && m.to() < tokens.size()
                && tokens.get(m.to()).text().equals(":") && sentenceOf[m.to()] == 0) {
            return m.code();
        }
        return null;
    }

    private String bodyDateline() {
        int paragraphs = 0;
        for (int i = 0; i < tokens.size() && paragraphs < 4; i++) {
            Token t = tokens.get(i);
            if (!t.newlineBefore()) {
                continue;
            }
            paragraphs++;
            if (sentenceOf[i] < titleSentences) {
                continue;
            }
            Gazetteer.Match m = countryAt[i];
            if (m != null && m.code() != null && m.kind() != Gazetteer.Kind.ADJECTIVE && m.to() < tokens.size()) {
                String next = tokens.get(m.to()).text();
                if (next.equals(",") || next.equals("(") || next.equals("/") || next.equals("\u2013")
                        || next.equals("-") || next.equals(":") || next.equals("\u2014")) {
                    return m.code();
                }
            }
        }
        return null;
    }
}
