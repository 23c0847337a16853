package io.newswire.enrich.tagging;

import io.newswire.enrich.tagging.pattern.Lexemes;
import io.newswire.enrich.tagging.pattern.WordIndex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Titles of office mapped to short canonical roles ("Secretary of State" and "External Affairs Minister" are both
 * "foreign minister"). Loaded once from {@code tagging/roles.tsv}. A phrase may hold a country slot, as in
 * "Commander of Pakistan's Land Forces", which gives the office holder's country.
 */
final class RoleLexicon {
    static final String SLOT = "{c}";

    /** Whether the holder's travel abroad makes a diplomatic visit (ministers, leaders) or not (ambassadors). */
    enum Rank { VISITOR, OFFICIAL }

    /** A role over tokens {@code [from, to)}; {@code country} comes from the slot or the lexicon, else null. */
    record Match(String role, Rank rank, String country, int from, int to, boolean plural) {
    }

    /**
     * {@code ids}: the words' lexeme ids, so that a token is compared by its id rather than its string;
     * {@code slots}: which words are the country slot
     */
    private record Entry(String[] words, int[] ids, boolean[] slots, String role, Rank rank, String impliedCountry) {
        Entry(String[] words, String role, Rank rank, String impliedCountry) {
            this(words, Arrays.stream(words).mapToInt(Lexemes::idOf).toArray(), slots(words), role, rank,
                    impliedCountry);
        }

        private static boolean[] slots(String[] words) {
            boolean[] out = new boolean[words.length];
            for (int k = 0; k < words.length; k++) {
                out[k] = words[k].equals(SLOT);
            }
            return out;
        }
    }

    /** words that continue an organisation's name after a country: "China Council", "Pakistan Football" */
    private static final Set<String> ORGANISATION_WORDS = Vocabulary.set("ORGANISATION_WORD");

    /**
     * The entries of each first word, and under its plural ("ministers") those of a first word when the plural is
     * no first word itself: one lookup at nearly every token of every article, hence a {@link WordIndex}.
     */
    private final WordIndex<Entry[]> byFirstWord;
    private final Map<String, Rank> rankByRole = new HashMap<>();

    private RoleLexicon(Map<String, Entry[]> byFirstWord) {
        Map<String, Entry[]> withPlurals = new HashMap<>();
        byFirstWord.forEach((word, entries) -> withPlurals.put(word + "s", entries));
        withPlurals.putAll(byFirstWord); // a first word is looked up as itself before as a plural
        this.byFirstWord = WordIndex.of(withPlurals);
        for (Entry[] entries : byFirstWord.values()) {
            for (Entry e : entries) {
                rankByRole.merge(e.role(), e.rank(), (a, b) -> a == Rank.VISITOR || b == Rank.VISITOR ? Rank.VISITOR
                        : a);
            }
        }
    }

    /** Whether a canonical role's holder makes visits, or null for a role the lexicon does not know. */
    Rank rankOf(String role) {
        return rankByRole.get(role);
    }

    static RoleLexicon load(String resource) {
        Map<String, List<Entry>> index = new HashMap<>();
        for (String line : ResourceLines.read(resource)) {
            String[] cols = line.split("\t");
            if (cols.length < 3) {
                throw new IllegalStateException("bad line in " + resource + ": " + line);
            }
            String[] words = cols[0].trim().toLowerCase(Locale.ROOT).split(" +");
            Rank rank = Rank.valueOf(cols[2].trim().toUpperCase(Locale.ROOT));
            String implied = cols.length > 3 && !cols[3].isBlank() ? cols[3].trim() : null;
            index.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Entry(words, cols[1].trim(), rank,
                    implied));
        }
        Map<String, Entry[]> frozen = new HashMap<>();
        index.forEach((k, v) -> {
            v.sort(Comparator.comparingInt((Entry e) -> -e.words().length));
            frozen.put(k, v.toArray(Entry[]::new));
        });
        return new RoleLexicon(frozen);
    }

    /** The longest role starting at token {@code i}, or null. */
    Match match(List<Token> tokens, int i, Gazetteer gazetteer) {
        return match(tokens.toArray(new Token[0]), i, gazetteer);
    }

    /** The longest role starting at token {@code i}, or null. */
    Match match(Token[] tokens, int i, Gazetteer gazetteer) {
        Token first = tokens[i];
        if (!first.word()) {
            return null;
        }
        String key = first.norm();
        Entry[] candidates = byFirstWord.get(first.lexeme(), key); // "ministers" too, without cutting the word
        if (candidates == null) {
            return null;
        }
        for (Entry e : candidates) {
            Match m = fit(e, tokens, i, gazetteer);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    private static Match fit(Entry e, Token[] tokens, int i, Gazetteer gazetteer) {
        int j = i;
        String country = e.impliedCountry();
        boolean plural = false;
        String[] words = e.words();
        for (int k = 0; k < words.length; k++) {
            if (j >= tokens.length) {
                return null;
            }
            if (e.slots()[k]) {
                Gazetteer.Match c = slotCountry(tokens, j, gazetteer);
                if (c == null) {
                    return null;
                }
                int p = c.to() < tokens.length && tokens[c.to()].is("'s") ? c.to() + 1 : c.to();
                // "president of the China Council for ..." names an organisation, not the country's president
                if (k == words.length - 1 && organisationWordAt(tokens, p)) {
                    return null;
                }
                country = c.code();
                j = p;
                continue;
            }
            Token t = tokens[j];
            if (!t.word()) {
                return null;
            }
            if (Lexemes.same(t.lexeme(), t.norm(), e.ids()[k], words[k])) {
                j++;
            } else if (k == words.length - 1 && isPlural(t.norm(), words[k])) {
                plural = true;
                j++;
            } else {
                return null;
            }
        }
        if (words.length == 1 && words[0].length() <= 3 && !tokens[i].allCaps()) {
            return null; // "PM" but not "5 pm"
        }
        return new Match(e.role(), e.rank(), country, i, j, plural);
    }

    /** {@code norm} is {@code word} + "s", compared without building the plural. */
    private static boolean isPlural(String norm, String word) {
        return norm.length() == word.length() + 1 && norm.endsWith("s") && norm.startsWith(word);
    }

    /** The country filling a title's slot at j ("[the] United States"), or null. */
    private static Gazetteer.Match slotCountry(Token[] tokens, int j, Gazetteer gazetteer) {
        int p = tokens[j].is("the") && j + 1 < tokens.length ? j + 1 : j;
        Gazetteer.Match c = gazetteer.match(tokens, p);
        return c == null || c.code() == null ? null : c;
    }

    private static boolean organisationWordAt(Token[] tokens, int p) {
        return p < tokens.length && tokens[p].in(ORGANISATION_WORDS);
    }
}
