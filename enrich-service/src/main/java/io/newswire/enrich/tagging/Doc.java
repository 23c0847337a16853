package io.newswire.enrich.tagging;

import io.newswire.enrich.knowledge.City;
import io.newswire.enrich.knowledge.Places;
import io.newswire.enrich.tagging.pattern.FrozenWords;
import io.newswire.enrich.tagging.pattern.Lexemes;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One article prepared for tagging: its text (title, a blank line, then body: the text evidence offsets point
 * into), tokens, sentences, and the countries and roles found at each token. Built once per article.
 */
final class Doc {
    /** words before a city that leave it a place: "in Lahore", "Visits Lahore" */
    private static final Set<String> CITY_LEAD = Vocabulary.set("CITY_LEAD");
    /** punctuation after the place of a dateline: "NEW DELHI (PTI) -", "Moscow, May 31" */
    private static final Set<String> DATELINE_END = Vocabulary.set("DATELINE_END");
    final String text;
    final List<Token> tokens;
    /** the same tokens as an array: every stage reads them by index, most often through {@link #tok} */
    private final Token[] tokenArray;
    /**
     * each token's lexeme code and norm hash, side by side: the word tests at every token ({@link #isIn},
     * {@link #is}, the patterns' anchors) read these dense arrays rather than a Token object each
     */
    private final int[] lexemes;
    private final int[] normHashes;
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
        this.text = joined(t, body == null ? "" : body.strip());
        this.published = published;
        this.tokens = Tokenizer.tokenize(text);
        this.tokenArray = tokens.toArray(new Token[0]);
        this.lexemes = new int[tokenArray.length];
        this.normHashes = new int[tokenArray.length];
        for (int i = 0; i < tokenArray.length; i++) {
            lexemes[i] = tokenArray[i].lexeme();
            normHashes[i] = tokenArray[i].normHash();
        }
        this.sentences = SentenceSplitter.split(tokenArray);
        int n = tokenArray.length;
        this.countryAt = new Gazetteer.Match[n];
        this.inCountry = new boolean[n];
        this.roleAt = new RoleLexicon.Match[n];
        this.sentenceOf = new int[n];
        for (Sentence s : sentences) {
            Arrays.fill(sentenceOf, s.from(), s.to(), s.index());
        }
        findCountries(gazetteer);
        findRoles(roles, gazetteer);
        findCities(places);
        this.titleSentences = titleSentences(t.length());
        this.datelineCountry = findDateline();
    }

    /** Title, a blank line, body; either alone when the other is empty. */
    private static String joined(String title, String body) {
        if (title.isEmpty()) {
            return body;
        }
        return body.isEmpty() ? title : title + "\n\n" + body;
    }

    private void findCountries(Gazetteer gazetteer) {
        for (int i = 0; i < tokenArray.length; i++) {
            Gazetteer.Match m = gazetteer.match(tokenArray, i);
            if (m != null) {
                countryAt[i] = m;
                Arrays.fill(inCountry, m.from(), m.to(), true);
                i = m.to() - 1;
            }
        }
    }

    private void findRoles(RoleLexicon roles, Gazetteer gazetteer) {
        for (int i = 0; i < tokenArray.length; i++) {
            if (!inCountry[i]) { // a country phrase is never the start of a title of office
                roleAt[i] = roles.match(tokenArray, i, gazetteer);
            }
        }
    }

    /** The number of sentences the title (its first {@code titleLength} characters) spans. */
    private int titleSentences(int titleLength) {
        int ts = 0;
        for (Sentence s : sentences) {
            if (s.start() < titleLength) {
                ts = s.index() + 1;
            }
        }
        return titleLength == 0 ? 0 : ts;
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
        for (int i = 0; i < tokenArray.length; i++) {
            int to = mayStartCity(i, places) ? cityEnd(i, places) : -1;
            if (to < 0) {
                continue;
            }
            if (named == null) {
                named = mentionedCountries();
            }
            List<City> found = places.named(key(i, to));
            countryAt[i] = new Gazetteer.Match(cityCountry(found, to, named), Gazetteer.Kind.CITY, i, to);
            i = to - 1;
        }
    }

    /** A capitalised word no country or title covers, no date, and not the second word of a proper noun. */
    private boolean mayStartCity(int i, Places places) {
        Token t = tokenArray[i];
        // the cheap tests (flags, lexeme bits) before the gazetteer's string lookup
        return !inCountry[i] && roleAt[i] == null && t.capitalized() && t.end() - t.start() >= 3
                && !DateFinder.isWeekday(t) && !DateFinder.isMonth(t) && !(i > 0 && properNounBefore(i))
                && places.startsName(firstWord(t.norm()));
    }

    /** The end of the longest city name from token i (four words at most, within its sentence), else -1. */
    private int cityEnd(int i, Places places) {
        int n = tokenArray.length;
        for (int len = Math.min(places.longestName(), 4); len >= 1; len--) {
            int to = i + len;
            if (to > n || sentenceOf[to - 1] != sentenceOf[i] || !tokenArray[to - 1].capitalized()
                    || places.named(key(i, to)).isEmpty()) {
                continue;
            }
            return partOfLongerName(i, to) ? -1 : to;
        }
        return -1;
    }

    /** "Lahore High Court": a capitalised word after the name in its sentence, no country, date or acronym. */
    private boolean partOfLongerName(int i, int to) {
        if (to >= tokenArray.length) {
            return false;
        }
        Token next = tokenArray[to];
        return next.capitalized() && countryAt[to] == null && sentenceOf[to] == sentenceOf[i]
                && !DateFinder.isWeekday(next) && !DateFinder.isMonth(next) && !next.allCaps();
    }

    private boolean properNounBefore(int i) {
        Token p = tokenArray[i - 1];
        if (!p.capitalized() || inCountry[i - 1] || roleAt[i - 1] != null) {
            return false;
        }
        return !(p.in(CITY_LEAD) || sentenceStart(i - 1));
    }

    private boolean sentenceStart(int i) {
        return i == 0 || sentenceOf[i - 1] != sentenceOf[i];
    }

    private String cityCountry(List<City> found, int to, Set<String> named) {
        if (to + 1 < tokenArray.length && tokenArray[to].text().equals(",") && countryAt[to + 1] != null
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
            String norm = tokenArray[k].norm();
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
        return tokenArray[i];
    }

    int size() {
        return tokenArray.length;
    }

    /** The lexeme code of token i's norm (see {@link Lexemes}). */
    int lexeme(int i) {
        return lexemes[i];
    }

    boolean is(int i, String lower) {
        return i >= 0 && i < tokenArray.length && normHashes[i] == lower.hashCode()
                && tokenArray[i].norm().equals(lower);
    }

    /** The token at i is one of the words of a set (false outside the text): a bit test on its lexeme. */
    boolean isIn(int i, Set<String> words) {
        if (i < 0 || i >= tokenArray.length) {
            return false;
        }
        if (words instanceof FrozenWords frozen) {
            int known = frozen.answer(lexemes[i]);
            if (known != Lexemes.ASK_WORD) {
                return known == Lexemes.YES;
            }
        }
        return words.contains(tokenArray[i].norm());
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
        if (m != null && m.code() != null && m.kind() == Gazetteer.Kind.NAME && m.to() < tokenArray.length
                && tokenArray[m.to()].text().equals(":") && sentenceOf[m.to()] == 0) {
            return m.code();
        }
        return null;
    }

    private String bodyDateline() {
        int paragraphs = 0;
        for (int i = 0; i < tokenArray.length && paragraphs < 4; i++) {
            if (!tokenArray[i].newlineBefore()) {
                continue;
            }
            paragraphs++;
            String code = sentenceOf[i] < titleSentences ? null : datelineAt(i);
            if (code != null) {
                return code;
            }
        }
        return null;
    }

    /** The country of a place at i followed by the punctuation that ends a dateline, else null. */
    private String datelineAt(int i) {
        Gazetteer.Match m = countryAt[i];
        if (m == null || m.code() == null || m.kind() == Gazetteer.Kind.ADJECTIVE || m.to() >= tokenArray.length) {
            return null;
        }
        return DATELINE_END.contains(tokenArray[m.to()].text()) ? m.code() : null;
    }
}
