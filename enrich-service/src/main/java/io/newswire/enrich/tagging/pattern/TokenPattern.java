package io.newswire.enrich.tagging.pattern;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sequence of token tests, written as text and matched at a given token, in the manner of spaCy's token patterns
 * but as one line. Elements are separated by spaces:
 * <ul>
 * <li>{@code visit}, {@code $ARRIVE}, {@code @PLACE}, {@code _}, {@code a|an|the}, {@code $TRAVEL&!left}: one token
 * (see {@link TokenTest});</li>
 * <li>a suffix {@code ?}, {@code *}, {@code +} or {@code {m,n}} repeats an element (greedily, backing off as
 * needed);</li>
 * <li>{@code ( ... )} groups elements, and takes a suffix too;</li>
 * <li>{@code name=} before an element or group captures the tokens it matched;</li>
 * <li>a lone {@code >} ends the left context: what stands before it must match right before the anchor token;</li>
 * <li>a lone {@code <} ends the matched span: what stands after it must follow but is not part of the span.</li>
 * </ul>
 * {@code the|a > visiting < @ROLE} matches "visiting" (the span) after "the" or "a" and before a role.
 * Matching never looks outside the bounds it is given, so a sentence's patterns stay in the sentence.
 */
public final class TokenPattern {
    private sealed interface Node permits One, Group, Repeat, Capture {
    }

    private record One(TokenTest test) implements Node {
    }

    private record Group(List<Node> nodes) implements Node {
    }

    private record Repeat(Node node, int min, int max) implements Node {
    }

    private record Capture(String name, Node node) implements Node {
    }

    private static final Pattern BOUNDS = Pattern.compile("(.+?)\\{(\\d+)(?:,(\\d*))?}$");
    private static final Pattern CAPTURE = Pattern.compile("^([a-z][a-z_]*)=(.*)$");

    private final String source;
    private final Group before;
    private final Group core;
    private final Group after;
    /** the words the anchor must be, or null: a cheap test (a bit, by the token's lexeme) before any search */
    private final FrozenWords anchorWords;
    /**
     * Tests that every match passes at a fixed offset from the anchor ("in" right after "is" in
     * {@code $BE < in the? @PLACE}): checked before any search, they turn most tries away without one.
     */
    private final int[] fixedOffsets;
    private final TokenTest[] fixedTests;

    private TokenPattern(String source, Group before, Group core, Group after) {
        this.source = source;
        this.before = before;
        this.core = core;
        this.after = after;
        Set<String> anchor = anchorWords(core);
        this.anchorWords = anchor == null ? null : FrozenWords.of(anchor);
        List<int[]> offsets = new ArrayList<>();
        List<TokenTest> tests = new ArrayList<>();
        FixedTests.collect(before, core, after, offsets, tests);
        this.fixedOffsets = offsets.stream().mapToInt(o -> o[0]).toArray();
        this.fixedTests = tests.toArray(TokenTest[]::new);
    }

    /** Compiles a pattern; a syntax error or an unknown word set is an {@link IllegalArgumentException}. */
    public static TokenPattern compile(String pattern, WordSets sets) {
        List<String> parts = new ArrayList<>();
        for (String p : pattern.trim().split("\\s+|(?=\\()|(?<=\\()|(?=\\))")) {
            if (!p.isEmpty()) {
                parts.add(p);
            }
        }
        List<List<Node>> sections = new ArrayList<>(List.of(new ArrayList<>()));
        int[] at = {0};
        int anchor = -1;
        int end = -1;
        while (at[0] < parts.size()) {
            String p = parts.get(at[0]);
            if (p.equals(">") || p.equals("<")) {
                boolean isAnchor = p.equals(">");
                if (isAnchor ? anchor >= 0 || end >= 0 : end >= 0) {
                    throw new IllegalArgumentException("misplaced '" + p + "' in pattern: " + pattern);
                }
                if (isAnchor) {
                    anchor = sections.size();
                } else {
                    end = sections.size();
                }
                sections.add(new ArrayList<>());
                at[0]++;
                continue;
            }
            sections.getLast().add(element(parts, at, sets, pattern));
        }
        List<Node> beforeNodes = anchor >= 0 ? sections.getFirst() : List.of();
        List<Node> coreNodes = sections.get(anchor >= 0 ? anchor : 0);
        List<Node> afterNodes = end >= 0 ? sections.get(end) : List.of();
        if (coreNodes.isEmpty()) {
            throw new IllegalArgumentException("pattern matches no token of its own: " + pattern);
        }
        return new TokenPattern(pattern, new Group(List.copyOf(beforeNodes)), new Group(List.copyOf(coreNodes)),
                new Group(List.copyOf(afterNodes)));
    }

    private static Node element(List<String> parts, int[] at, WordSets sets, String pattern) {
        String p = parts.get(at[0]++);
        String name = null;
        Matcher named = CAPTURE.matcher(p);
        if (named.matches()) {
            name = named.group(1);
            p = named.group(2);
            if (p.isEmpty() && at[0] < parts.size() && parts.get(at[0]).equals("(")) {
                p = parts.get(at[0]++);
            }
        }
        Node node;
        String suffix;
        if (p.equals("(")) {
            List<Node> inner = new ArrayList<>();
            while (at[0] < parts.size() && !parts.get(at[0]).startsWith(")")) {
                inner.add(element(parts, at, sets, pattern));
            }
            if (at[0] >= parts.size()) {
                throw new IllegalArgumentException("unclosed '(' in pattern: " + pattern);
            }
            suffix = parts.get(at[0]++).substring(1);
            node = new Group(List.copyOf(inner));
        } else {
            String[] split = splitSuffix(p);
            node = new One(TokenTest.parse(split[0], sets));
            suffix = split[1];
        }
        node = repeat(node, suffix, pattern);
        return name == null ? node : new Capture(name, node);
    }

    /** {@code word?} into {@code word} and {@code ?}; a lone "?" or "+" is a literal. */
    private static String[] splitSuffix(String p) {
        Matcher b = BOUNDS.matcher(p);
        if (b.matches()) {
            return new String[] {b.group(1), p.substring(b.group(1).length())};
        }
        char last = p.charAt(p.length() - 1);
        if (p.length() > 1 && (last == '?' || last == '*' || last == '+')) {
            return new String[] {p.substring(0, p.length() - 1), String.valueOf(last)};
        }
        return new String[] {p, ""};
    }

    private static Node repeat(Node node, String suffix, String pattern) {
        return switch (suffix) {
            case "" -> node;
            case "?" -> new Repeat(node, 0, 1);
            case "*" -> new Repeat(node, 0, Integer.MAX_VALUE);
            case "+" -> new Repeat(node, 1, Integer.MAX_VALUE);
            default -> {
                Matcher b = Pattern.compile("\\{(\\d+)(?:(,)(\\d*))?}").matcher(suffix);
                if (!b.matches()) {
                    throw new IllegalArgumentException("unknown repeat '" + suffix + "' in pattern: " + pattern);
                }
                int min = Integer.parseInt(b.group(1));
                int max = b.group(2) == null ? min
                        : b.group(3).isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(b.group(3));
                if (max < min) {
                    throw new IllegalArgumentException("repeat {" + min + "," + max + "} in pattern: " + pattern);
                }
                yield new Repeat(node, min, max);
            }
        };
    }

    /**
     * The match whose span starts at token {@code anchor}, reading no token before {@code lo} or from {@code hi} on;
     * null if there is none. Of several, the one with the longest repeats wins.
     */
    public Match matchAt(TokenView view, int anchor, int lo, int hi) {
        if (anchor < lo || anchor >= hi || anchorWords != null && !anchorFits(view, anchor)) {
            return null;
        }
        for (int k = 0; k < fixedTests.length; k++) {
            int i = anchor + fixedOffsets[k];
            if (i < lo || i >= hi || !fixedTests[k].test(view, i)) {
                return null;
            }
        }
        Search s = new Search(view, lo, hi);
        int[] result = new int[3];
        boolean found = s.match(before, anchor, -1, from -> s.match(core, anchor, 1, end -> s.match(after, end, 1,
                any -> {
                    result[0] = from;
                    result[1] = end;
                    s.result = s.captures == null ? Map.of() : Map.copyOf(s.captures);
                    return true;
                })));
        return found ? new Match(result[0], anchor, result[1], s.result) : null;
    }

    /** The anchor token is one of the anchor words: by its lexeme code, by its word when the code cannot say. */
    private boolean anchorFits(TokenView view, int anchor) {
        int known = anchorWords.answer(view.lexeme(anchor));
        return known == Lexemes.ASK_WORD ? anchorWords.contains(view.norm(anchor)) : known == Lexemes.YES;
    }

    /** The first match (by anchor) whose span starts in {@code [lo, hi)}, bounded as {@link #matchAt}; or null. */
    public Match find(TokenView view, int lo, int hi) {
        for (int i = lo; i < hi; i++) {
            Match m = matchAt(view, i, lo, hi);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    /** The words the anchor token must be one of, for indexing patterns by word; null when it may be any word. */
    public Set<String> anchorWords() {
        return anchorWords == null ? null : Set.copyOf(anchorWords);
    }

    private static Set<String> anchorWords(Group core) {
        Node first = core.nodes().getFirst();
        while (true) {
            switch (first) {
                case One one -> {
                    return one.test().words();
                }
                case Capture c -> first = c.node();
                case Repeat r when r.min() > 0 -> first = r.node();
                case Group g when !g.nodes().isEmpty() -> first = g.nodes().getFirst();
                default -> {
                    return null;
                }
            }
        }
    }

    @Override
    public String toString() {
        return source;
    }

    /**
     * The single-token tests of a pattern that stand at a fixed distance from the anchor: walking out from the
     * anchor (leftward through the left context, rightward through the span and, when the span has a fixed
     * length, the right context) up to the first element whose length varies.
     */
    private static final class FixedTests {
        /** what {@link #walk} returns past an element whose length varies */
        private static final int VARIES = Integer.MIN_VALUE;

        private FixedTests() {
        }

        static void collect(Group before, Group core, Group after, List<int[]> offsets, List<TokenTest> tests) {
            walk(before, 0, -1, offsets, tests);
            int width = walk(core, 0, 1, offsets, tests);
            if (width != VARIES) {
                walk(after, width, 1, offsets, tests);
            }
        }

        /**
         * Adds the tests of {@code node} from boundary {@code pos} going {@code dir}; returns the boundary after
         * it, or {@link #VARIES} (to stop the walk) when its length varies. A token test at boundary pos going
         * left reads token pos - 1, as the search does.
         */
        private static int walk(Node node, int pos, int dir, List<int[]> offsets, List<TokenTest> tests) {
            switch (node) {
                case One one -> {
                    offsets.add(new int[] {dir > 0 ? pos : pos - 1});
                    tests.add(one.test());
                    return pos + dir;
                }
                case Capture c -> {
                    return walk(c.node(), pos, dir, offsets, tests);
                }
                case Group g -> {
                    int at = pos;
                    for (int k = 0; k < g.nodes().size(); k++) {
                        at = walk(g.nodes().get(dir > 0 ? k : g.nodes().size() - 1 - k), at, dir, offsets, tests);
                        if (at == VARIES) {
                            return VARIES;
                        }
                    }
                    return at;
                }
                case Repeat r -> {
                    return VARIES;
                }
            }
        }
    }

    /** One attempt: backtracking by continuations, captures recorded on the way and undone on failure. */
    private static final class Search {
        final TokenView view;
        final int lo;
        final int hi;
        /** made on the first capture: most patterns have none */
        Map<String, Match.Span> captures;
        Map<String, Match.Span> result = Map.of();

        Search(TokenView view, int lo, int hi) {
            this.view = view;
            this.lo = lo;
            this.hi = hi;
        }

        /** Matches {@code node} from boundary {@code pos} going {@code dir} (1 right, -1 left), then {@code k}. */
        boolean match(Node node, int pos, int dir, IntPredicate k) {
            return switch (node) {
                case One one -> {
                    int i = dir > 0 ? pos : pos - 1;
                    yield i >= lo && i < hi && one.test().test(view, i) && k.test(pos + dir);
                }
                case Group g -> sequence(g.nodes(), dir > 0 ? 0 : g.nodes().size() - 1, pos, dir, k);
                case Repeat r -> repeat(r, 0, pos, dir, k);
                case Capture c -> match(c.node(), pos, dir, e -> {
                    if (e == pos) {
                        return k.test(e); // an optional part that matched nothing captures nothing
                    }
                    if (captures == null) {
                        captures = new HashMap<>(4);
                    }
                    Match.Span old = captures.put(c.name(),
                            new Match.Span(Math.min(pos, e), Math.max(pos, e)));
                    if (k.test(e)) {
                        return true;
                    }
                    if (old == null) {
                        captures.remove(c.name());
                    } else {
                        captures.put(c.name(), old);
                    }
                    return false;
                });
            };
        }

        private boolean sequence(List<Node> nodes, int k, int pos, int dir, IntPredicate cont) {
            if (k < 0 || k >= nodes.size()) {
                return cont.test(pos);
            }
            return match(nodes.get(k), pos, dir, e -> sequence(nodes, k + dir, e, dir, cont));
        }

        private boolean repeat(Repeat r, int count, int pos, int dir, IntPredicate k) {
            if (count < r.max() && match(r.node(), pos, dir, e -> e != pos && repeat(r, count + 1, e, dir, k))) {
                return true;
            }
            return count >= r.min() && k.test(pos);
        }
    }
}
