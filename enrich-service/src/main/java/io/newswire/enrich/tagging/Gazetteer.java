package io.newswire.enrich.tagging;

import io.newswire.enrich.tagging.pattern.Lexemes;
import io.newswire.enrich.tagging.pattern.WordIndex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every ISO 3166-1 country with the ways news writes it: names and variants, adjectives and demonyms, capitals and
 * seats of power used as metonyms ("Ankara said", "the Kremlin"). Loaded once from {@code tagging/countries.tsv};
 * matching is a hash lookup on the first word and a check of the few entries that start with it, longest first.
 * The lookup runs at every token of every article, so it goes to a {@link WordIndex}, and a token written without
 * a capital (most of them) is only looked up among the few phrases that can start without one.
 */
final class Gazetteer {
    /** CITY: a place from the city gazetteer ({@code knowledge/cities.tsv}), resolved to its country. */
    enum Kind { NAME, ADJECTIVE, CAPITAL, BLOCKED, CITY }

    /** A match of tokens {@code [from, to)}; {@code code} is null for a blocked phrase (Indian Ocean). */
    record Match(String code, Kind kind, int from, int to) {
    }

    /** {@code ids}: the norms' lexeme ids, so that a token is compared by its id rather than its string */
    private record Entry(String code, Kind kind, String[] norms, int[] ids, String[] texts, boolean exactCase) {
        /** A phrase written with a capital ("Ghana", "UAE") never starts at a token written without one. */
        boolean needsCapital() {
            return Character.isUpperCase(texts[0].codePointAt(0));
        }
    }

    private final WordIndex<Entry[]> byFirstWord;
    /** the entries that may start at a token written without a capital ("(", a lowercase phrase): few or none */
    private final WordIndex<Entry[]> byFirstWordUncapitalised;
    private final Set<String> codes;

    private Gazetteer(Map<String, Entry[]> byFirstWord, Set<String> codes) {
        this.byFirstWord = WordIndex.of(byFirstWord);
        Map<String, Entry[]> uncapitalised = new HashMap<>();
        byFirstWord.forEach((word, entries) -> {
            Entry[] some = Arrays.stream(entries).filter(e -> !e.needsCapital()).toArray(Entry[]::new);
            if (some.length > 0) {
                uncapitalised.put(word, some); // in the same order, longest first
            }
        });
        this.byFirstWordUncapitalised = WordIndex.of(uncapitalised);
        this.codes = codes;
    }

    static Gazetteer load(String resource) {
        Map<String, List<Entry>> index = new HashMap<>();
        Set<String> codes = new TreeSet<>();
        for (String line : ResourceLines.read(resource)) {
            if (line.startsWith("!")) {
                for (String phrase : line.substring(1).trim().split("\\|")) {
                    add(index, null, Kind.BLOCKED, phrase);
                }
                continue;
            }
            String[] cols = line.split("\t", -1);
            String code = cols[0].trim();
            codes.add(code);
            Kind[] kinds = {Kind.NAME, Kind.ADJECTIVE, Kind.CAPITAL};
            for (int c = 1; c < cols.length && c <= 3; c++) {
                for (String phrase : cols[c].split("\\|")) {
                    add(index, code, kinds[c - 1], phrase);
                }
            }
        }
        Map<String, Entry[]> frozen = new HashMap<>();
        index.forEach((k, v) -> {
            v.sort(Comparator.comparingInt((Entry e) -> -e.norms().length));
            frozen.put(k, v.toArray(Entry[]::new));
        });
        return new Gazetteer(frozen, Set.copyOf(codes));
    }

    private static void add(Map<String, List<Entry>> index, String code, Kind kind, String phrase) {
        String p = phrase.trim();
        if (p.isEmpty()) {
            return;
        }
        List<Token> toks = Tokenizer.tokenize(p);
        String[] norms = new String[toks.size()];
        String[] texts = new String[toks.size()];
        int[] ids = new int[toks.size()];
        boolean letters = false;
        boolean exact = true;
        for (int i = 0; i < toks.size(); i++) {
            norms[i] = toks.get(i).norm();
            ids[i] = Lexemes.idOf(norms[i]);
            texts[i] = toks.get(i).text();
            for (char ch : texts[i].toCharArray()) {
                if (Character.isLetter(ch)) {
                    letters = true;
                    if (!Character.isUpperCase(ch)) {
                        exact = false;
                    }
                }
            }
        }
        Entry e = new Entry(code, kind, norms, ids, texts, letters && exact);
        index.computeIfAbsent(norms[0], k -> new ArrayList<>()).add(e);
    }

    /** All ISO 3166-1 alpha-2 codes the gazetteer knows. */
    Set<String> codes() {
        return codes;
    }

    /** The longest country phrase starting at token {@code i}, or null. */
    Match match(List<Token> tokens, int i) {
        return match(tokens.toArray(new Token[0]), i);
    }

    /** The longest country phrase starting at token {@code i}, or null. */
    Match match(Token[] tokens, int i) {
        Token first = tokens[i];
        if (!first.word() && !first.text().equals("(")) {
            return null;
        }
        // the entries needing a capital cannot fit an uncapitalised first token (fits() would turn each away)
        Entry[] candidates = (first.capitalized() ? byFirstWord : byFirstWordUncapitalised).get(first.lexeme(),
                first.norm());
        if (candidates == null) {
            return null;
        }
        for (Entry e : candidates) {
            if (fits(e, tokens, i)) {
                return new Match(e.code(), e.kind(), i, i + e.norms().length);
            }
        }
        return null;
    }

    private static boolean fits(Entry e, Token[] tokens, int i) {
        if (i + e.norms().length > tokens.length) {
            return false;
        }
        for (int k = 0; k < e.norms().length; k++) {
            Token t = tokens[i + k];
            if (!Lexemes.same(t.lexeme(), t.norm(), e.ids()[k], e.norms()[k])) {
                return false;
            }
            if (e.exactCase()) {
                if (!t.text().equals(e.texts()[k])) {
                    return false;
                }
            } else if (Character.isUpperCase(e.texts()[k].codePointAt(0)) && !t.capitalized()) {
                return false;
            }
        }
        return true;
    }
}
