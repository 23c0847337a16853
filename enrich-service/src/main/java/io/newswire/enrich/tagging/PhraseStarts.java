package io.newswire.enrich.tagging;

import io.newswire.enrich.tagging.pattern.WordIndex;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The phrases of a lexicon that a word can open: those whose first word is the word itself, looked up in a
 * {@link WordIndex}, and those whose first word, written as a prefix ("weapon*"), starts it ("weapons"), found in one
 * walk down a character trie of the prefixes. Built once per lexicon. The topic classifier asks it at every word of
 * an article, and most words open no phrase: the walk leaves the trie of prefixes after a character or two, where
 * a {@code startsWith} test of each prefix phrase sharing the word's first letters cost more (#9 speed).
 *
 * <p>Phrases are numbered by the caller (their order in the lexicon); every list given back is in that order.
 */
final class PhraseStarts {
    private static final int[] NONE = {};

    private final WordIndex<int[]> exact;
    /** node k's children are {@code edgeChar/edgeTo[edgeStart[k] .. edgeStart[k + 1])}, sorted by character */
    private final int[] edgeStart;
    private final char[] edgeChar;
    private final int[] edgeTo;
    /** per node, the prefix phrases whose first word is the node's path or a beginning of it */
    private final int[][] prefixed;
    /** the root's children by ASCII character (0 where there is none: the root is no one's child) */
    private final int[] rootAscii = new int[128];
    /**
     * The walk's first two steps for a word opening with two letters a-z (most words), in one array read: the node
     * two letters down, or {@code -node} for the node the walk stops at before (0, the root, or a first letter).
     */
    private final int[] firstTwo = new int[26 * 26];

    private PhraseStarts(Map<String, List<Integer>> exact, List<Node> nodes) {
        Map<String, int[]> byWord = new LinkedHashMap<>();
        exact.forEach((word, ids) -> byWord.put(word, ids(ids)));
        this.exact = WordIndex.of(byWord);
        int n = nodes.size();
        edgeStart = new int[n + 1];
        prefixed = new int[n][];
        int edges = 0;
        for (int k = 0; k < n; k++) {
            edgeStart[k] = edges;
            edges += nodes.get(k).childChars.size();
            prefixed[k] = ids(nodes.get(k).prefixed);
        }
        edgeStart[n] = edges;
        edgeChar = new char[edges];
        edgeTo = new int[edges];
        for (int k = 0; k < n; k++) {
            Node node = nodes.get(k);
            for (int c = 0; c < node.childChars.size(); c++) {
                edgeChar[edgeStart[k] + c] = node.childChars.get(c);
                edgeTo[edgeStart[k] + c] = node.children.get(c);
                if (k == 0 && node.childChars.get(c) < 128) {
                    rootAscii[node.childChars.get(c)] = node.children.get(c);
                }
            }
        }
        for (char a = 'a'; a <= 'z'; a++) {
            int first = rootAscii[a];
            for (char b = 'a'; b <= 'z'; b++) {
                int second = first == 0 ? 0 : childOf(first, b);
                firstTwo[(a - 'a') * 26 + b - 'a'] = second != 0 ? second : -first;
            }
        }
    }

    private static int[] ids(List<Integer> ids) {
        return ids.isEmpty() ? NONE : ids.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    /** A trie node while building: children in order of their characters. */
    private static final class Node {
        final List<Character> childChars = new ArrayList<>();
        final List<Integer> children = new ArrayList<>();
        final List<Integer> prefixed = new ArrayList<>();
    }

    /** Collects the first words of a lexicon's phrases. */
    static final class Builder {
        private final Map<String, List<Integer>> exact = new LinkedHashMap<>();
        private final List<Node> nodes = new ArrayList<>(List.of(new Node()));

        /** Phrase {@code id} opens with {@code firstWord}: the whole word, or (prefix) any word starting with it. */
        Builder add(int id, String firstWord, boolean prefix) {
            if (!prefix) {
                exact.computeIfAbsent(firstWord, w -> new ArrayList<>()).add(id);
                return this;
            }
            int node = 0;
            for (int k = 0; k < firstWord.length(); k++) {
                node = child(node, firstWord.charAt(k));
            }
            nodes.get(node).prefixed.add(id);
            return this;
        }

        private int child(int node, char c) {
            Node parent = nodes.get(node);
            int at = 0;
            while (at < parent.childChars.size() && parent.childChars.get(at) < c) {
                at++;
            }
            if (at < parent.childChars.size() && parent.childChars.get(at) == c) {
                return parent.children.get(at);
            }
            parent.childChars.add(at, c);
            parent.children.add(at, nodes.size());
            nodes.add(new Node());
            return nodes.size() - 1;
        }

        PhraseStarts build() {
            inherit(0, List.of());
            return new PhraseStarts(exact, nodes);
        }

        /** Each node also holds the prefix phrases of the nodes above it: a walk reads one list where it ends. */
        private void inherit(int node, List<Integer> above) {
            Node n = nodes.get(node);
            n.prefixed.addAll(above);
            List<Integer> down = List.copyOf(n.prefixed);
            for (int child : n.children) {
                inherit(child, down);
            }
        }
    }

    /** The phrases whose first word is {@code word} itself. */
    int[] exact(String word) {
        int[] ids = exact.get(word);
        return ids == null ? NONE : ids;
    }

    /** The prefix phrases whose first word starts {@code word}: those of the last node its walk reaches. */
    int[] prefixed(String word) {
        int node = 0;
        int k = 0;
        if (word.length() >= 2) {
            int a = word.charAt(0) - 'a';
            int b = word.charAt(1) - 'a';
            if ((a | b) >= 0 && a < 26 && b < 26) {
                int two = firstTwo[a * 26 + b];
                if (two <= 0) {
                    return prefixed[-two];
                }
                node = two;
                k = 2;
            }
        }
        for (; k < word.length(); k++) {
            int next = childOf(node, word.charAt(k));
            if (next == 0) {
                break;
            }
            node = next;
        }
        return prefixed[node];
    }

    /** The child of {@code node} for character {@code c}, or 0 (the root, no one's child) when there is none. */
    private int childOf(int node, char c) {
        if (node == 0 && c < 128) {
            return rootAscii[c];
        }
        for (int e = edgeStart[node], end = edgeStart[node + 1]; e < end && edgeChar[e] <= c; e++) {
            if (edgeChar[e] == c) {
                return edgeTo[e];
            }
        }
        return 0;
    }
}
