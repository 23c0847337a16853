package io.newswire.enrich.tagging;

import io.newswire.enrich.tagging.pattern.Match;
import io.newswire.enrich.tagging.pattern.TokenPattern;
import io.newswire.enrich.tagging.pattern.WordIndex;
import io.newswire.enrich.tagging.pattern.WordSets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows of {@value #RESOURCE}: visit triggers and look-alikes as token patterns, each with an invented sentence
 * it matches and one it must not. Loaded once; the file's header describes the format.
 */
final class VisitPatterns {
    static final String RESOURCE = "/tagging/visit-patterns.tsv";
    /** The group of rows that stop a trigger word from being one. */
    static final String NOT_A_TRIGGER = "NOT_A_TRIGGER";

    /** One row of the file. */
    record Row(String group, String name, TokenPattern pattern, String example, String counterexample) {
        @Override
        public String toString() {
            return group + " " + name + ": " + pattern;
        }
    }

    /**
     * The rows of one group that is no trigger (a look-alike or companion group), with the words their spans can
     * start at: null when some row can start at any word. {@code index} numbers the article's groups from 0, for
     * {@link VisitWords}.
     */
    record Group(String name, int index, List<Row> rows, Set<String> anchors) {
    }

    private static final class Standard {
        static final VisitPatterns INSTANCE = load(RESOURCE, Vocabulary.standard()::words);
    }

    private final List<Row> rows;
    /** the trigger rows each word may start, in file order */
    private final WordIndex<List<Row>> triggersByWord;
    private final Map<String, Group> groups;
    /** what each word the visit stages know is to them: see {@link VisitWords} */
    private final WordIndex<VisitWords.Entry> lexicon;

    private VisitPatterns(List<Row> rows) {
        this.rows = List.copyOf(rows);
        Map<String, List<Row>> byWord = new HashMap<>();
        for (Row r : rows) {
            if (isTriggerGroup(r.group())) {
                for (String w : r.pattern().anchorWords()) {
                    byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(r);
                }
            }
        }
        byWord.replaceAll((w, list) -> List.copyOf(list));
        this.triggersByWord = WordIndex.of(byWord); // looked up at every token
        this.groups = groups(this.rows);
        this.lexicon = lexicon(byWord, groups.values());
    }

    private static Map<String, Group> groups(List<Row> rows) {
        Map<String, List<Row>> byName = new LinkedHashMap<>();
        for (Row r : rows) {
            if (!isTriggerGroup(r.group())) {
                byName.computeIfAbsent(r.group(), k -> new ArrayList<>()).add(r);
            }
        }
        if (byName.size() > Integer.SIZE) {
            throw new IllegalStateException("at most " + Integer.SIZE + " groups besides the triggers: " + byName.keySet());
        }
        Map<String, Group> out = new LinkedHashMap<>();
        byName.forEach((name, members) -> {
            Set<String> anchors = new LinkedHashSet<>();
            for (Row r : members) {
                Set<String> words = r.pattern().anchorWords();
                if (words == null) {
                    anchors = null;
                    break;
                }
                anchors.addAll(words);
            }
            out.put(name, new Group(name, out.size(), List.copyOf(members), anchors == null ? null : Set.copyOf(anchors)));
        });
        return Map.copyOf(out);
    }

    /** Every word that starts a trigger or group row or is in a {@link VisitWords.Word} set, with what it is. */
    private static WordIndex<VisitWords.Entry> lexicon(Map<String, List<Row>> triggers, Iterable<Group> groups) {
        Map<String, Integer> groupBits = new HashMap<>();
        for (Group g : groups) {
            if (g.anchors() != null) {
                g.anchors().forEach(w -> groupBits.merge(w, 1 << g.index(), (a, b) -> a | b));
            }
        }
        Map<String, Long> wordBits = new HashMap<>();
        for (VisitWords.Word w : VisitWords.Word.values()) {
            w.words().forEach(word -> wordBits.merge(word, w.bit, (a, b) -> a | b));
        }
        Set<String> all = new HashSet<>(triggers.keySet());
        all.addAll(groupBits.keySet());
        all.addAll(wordBits.keySet());
        Map<String, VisitWords.Entry> entries = new HashMap<>();
        for (String word : all) {
            entries.put(word, new VisitWords.Entry(triggers.get(word), groupBits.getOrDefault(word, 0),
                    wordBits.getOrDefault(word, 0L)));
        }
        return WordIndex.of(entries);
    }

    /** What the word is to the visit stages, or null when nothing. */
    VisitWords.Entry entry(String norm) {
        return lexicon.get(norm);
    }

    /** What a token's word is to the visit stages, or null: by its lexeme code, as every word set answers a token. */
    VisitWords.Entry entry(Token token) {
        return lexicon.get(token.lexeme(), token.norm());
    }

    /** The rows of a group that is no trigger, as one {@link Group}; an unknown name throws. */
    Group rowGroup(String name) {
        Group g = groups.get(name);
        if (g == null) {
            throw new IllegalArgumentException("no group " + name + " in " + RESOURCE + "; it has " + groups.keySet());
        }
        return g;
    }

    static VisitPatterns standard() {
        return Standard.INSTANCE;
    }

    static VisitPatterns load(String resource, WordSets sets) {
        List<Row> rows = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (String line : ResourceLines.read(resource)) {
            String[] f = line.split("\t", -1);
            if (f.length != 5) {
                throw new IllegalStateException(resource + ": a row has 5 tab-separated columns (group, name, "
                        + "pattern, matches, not): " + line);
            }
            if (!names.add(f[1])) {
                throw new IllegalStateException(resource + ": row name used twice: " + f[1]);
            }
            TokenPattern p;
            try {
                p = TokenPattern.compile(f[2], sets);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(resource + ": row " + f[1] + ": " + e.getMessage(), e);
            }
            if (isTriggerGroup(f[0]) && p.anchorWords() == null) {
                throw new IllegalStateException(resource + ": trigger row " + f[1]
                        + " must start its span with words or word sets, so that it is only tried at them");
            }
            rows.add(new Row(f[0], f[1], p, f[3], f[4]));
        }
        return new VisitPatterns(rows);
    }

    private static boolean isTriggerGroup(String group) {
        if (group.equals(NOT_A_TRIGGER)) {
            return true;
        }
        for (Trigger.Kind k : Trigger.Kind.values()) {
            if (k.name().equals(group)) {
                return true;
            }
        }
        return false;
    }

    List<Row> rows() {
        return rows;
    }

    /** The rows of one look-alike group, in file order. */
    List<Row> group(String group) {
        return rows.stream().filter(r -> r.group().equals(group)).toList();
    }

    /**
     * Whether any row of the group matches with its span starting at a token of {@code [from, to)}; the rows read
     * the whole sentence around it.
     */
    boolean anyIn(List<Row> group, DocTokens view, Sentence s, int from, int to) {
        for (int i = Math.max(s.from(), from); i < Math.min(s.to(), to); i++) {
            if (anyAt(group, view, s, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first token of {@code [from, to)} where a row of the group matches, reading no token outside
     * {@code [from, to)}; -1 when there is none.
     */
    int firstIn(List<Row> group, DocTokens view, int from, int to) {
        for (int i = from; i < to; i++) {
            for (Row r : group) {
                if (r.pattern().matchAt(view, i, from, to) != null) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** Whether any row of the group matches with its span starting at token {@code i} of the sentence. */
    boolean anyAt(List<Row> group, DocTokens view, Sentence s, int i) {
        for (Row r : group) {
            if (r.pattern().matchAt(view, i, s.from(), s.to()) != null) {
                return true;
            }
        }
        return false;
    }

    /** As {@link #anyIn(List, DocTokens, Sentence, int, int)}, trying rows only where {@code words} says one may start. */
    boolean anyIn(Group group, VisitWords words, Sentence s, int from, int to) {
        for (int i = Math.max(s.from(), from); i < Math.min(s.to(), to); i++) {
            if (anyAt(group, words, s, i)) {
                return true;
            }
        }
        return false;
    }

    /** As {@link #firstIn(List, DocTokens, int, int)}, trying rows only where {@code words} says one may start. */
    int firstIn(Group group, VisitWords words, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!words.mayStart(group, i)) {
                continue;
            }
            for (Row r : group.rows()) {
                if (r.pattern().matchAt(words.view(), i, from, to) != null) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** As {@link #anyAt(List, DocTokens, Sentence, int)}, trying rows only where {@code words} says one may start. */
    boolean anyAt(Group group, VisitWords words, Sentence s, int i) {
        return words.mayStart(group, i) && anyAt(group.rows(), words.view(), s, i);
    }

    /**
     * The triggers of one sentence, as {@link #triggers(DocTokens, Sentence)} finds them, with the words looked up
     * once per article.
     */
    List<Trigger> triggers(VisitWords words, Sentence s) {
        List<Trigger> out = new ArrayList<>();
        for (int i = s.from(); i < s.to(); i++) {
            List<Row> candidates = words.triggerRows(i);
            Decision d = candidates == null ? null : decide(candidates, words.view(), s, i);
            if (d != null && !d.row().group().equals(NOT_A_TRIGGER)) {
                out.add(new Trigger(Trigger.Kind.valueOf(d.row().group()), i, d.match().end()));
            }
        }
        return out;
    }

    /** The triggers of one sentence, in token order: at each word, the first trigger row matching there decides. */
    List<Trigger> triggers(DocTokens view, Sentence s) {
        List<Trigger> out = new ArrayList<>();
        for (int i = s.from(); i < s.to(); i++) {
            Decision d = decide(view, s, i);
            if (d != null && !d.row().group().equals(NOT_A_TRIGGER)) {
                out.add(new Trigger(Trigger.Kind.valueOf(d.row().group()), i, d.match().end()));
            }
        }
        return out;
    }

    /** The trigger row that decides at token {@code i}, with its match; null when no row applies. */
    Decision decide(DocTokens view, Sentence s, int i) {
        Token tok = view.doc().tok(i);
        List<Row> candidates = triggersByWord.get(tok.lexeme(), tok.norm()); // by lexeme: a bit of the token
        return candidates == null ? null : decide(candidates, view, s, i); // one lookup rules out almost every word
    }

    private static Decision decide(List<Row> candidates, DocTokens view, Sentence s, int i) {
        if (!view.doc().tok(i).word()) {
            return null;
        }
        for (Row r : candidates) {
            Match m = r.pattern().matchAt(view, i, s.from(), s.to());
            if (m != null) {
                return new Decision(r, m);
            }
        }
        return null;
    }

    /** The row deciding at a word, and how it matched. */
    record Decision(Row row, Match match) {
    }
}
