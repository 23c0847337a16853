package io.newswire.enrich.tagging;

import java.util.ArrayList;
import java.util.List;

/**
 * The phrases of a lexicon that a word can open, found in one walk over the word's characters: those whose first
 * word is the word itself, and those whose first word, written as a prefix ("weapon*"), starts it ("weapons"). A
 * character trie of the first words, built once per lexicon. The topic classifier asks it at every word of an
 * article, and most words open no phrase: the walk leaves the trie after a character or two, where a map lookup of
 * the word and a {@code startsWith} test of each prefix phrase sharing its first letters cost more (#9 speed).
 *
 * <p>Phrases are numbered by the caller (their order in the lexicon); both lists of a walk are in that order.
 */
final class PhraseStarts {
    private static final int[] NONE = {};

    /** per node, the characters of its children (sorted) and the children */
    private final char[][] childChars;
    private final int[][] children;
    /** per node, the phrases whose first word is exactly the node's path */
    private final int[][] exact;
    /** per node, the prefix phrases whose first word is the node's path or a beginning of it */
    private final int[][] prefixed;
    /** the root's children by ASCII character (0 where there is none: the root is no one's child) */
    private final int[] rootAscii = new int[128];

    private PhraseStarts(List<Node> nodes) {
        int n = nodes.size();
        childChars = new char[n][];
        children = new int[n][];
        exact = new int[n][];
        prefixed = new int[n][];
        for (int k = 0; k < n; k++) {
            Node node = nodes.get(k);
            childChars[k] = new char[node.childChars.size()];
            children[k] = new int[node.childChars.size()];
            for (int c = 0; c < childChars[k].length; c++) {
                childChars[k][c] = node.childChars.get(c);
                children[k][c] = node.children.get(c);
            }
            exact[k] = ids(node.exact);
            prefixed[k] = ids(node.prefixed);
        }
        for (int c = 0; c < childChars[0].length; c++) {
            if (childChars[0][c] < 128) {
                rootAscii[childChars[0][c]] = children[0][c];
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
        final List<Integer> exact = new ArrayList<>();
        final List<Integer> prefixed = new ArrayList<>();
    }

    /** Collects the first words of a lexicon's phrases. */
    static final class Builder {
        private final List<Node> nodes = new ArrayList<>(List.of(new Node()));

        /** Phrase {@code id} opens with {@code firstWord}, the whole word or (prefix) any word starting with it. */
        Builder add(int id, String firstWord, boolean prefix) {
            int node = 0;
            for (int k = 0; k < firstWord.length(); k++) {
                node = child(node, firstWord.charAt(k));
            }
            (prefix ? nodes.get(node).prefixed : nodes.get(node).exact).add(id);
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
            return new PhraseStarts(nodes);
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

    /**
     * Walks {@code word} down the trie: the node it ends at, or {@code -1 - node} for the last node reached when the
     * word leaves the trie first. Read the phrases with {@link #exact(int)} and {@link #prefixed(int)}.
     */
    int walk(String word) {
        int node = 0;
        for (int k = 0; k < word.length(); k++) {
            int next = childOf(node, word.charAt(k));
            if (next <= 0) {
                return -1 - node;
            }
            node = next;
        }
        return node;
    }

    /** The child of {@code node} for character {@code c}, or 0 (the root, no one's child) when there is none. */
    private int childOf(int node, char c) {
        if (node == 0 && c < 128) {
            return rootAscii[c];
        }
        char[] chars = childChars[node];
        for (int k = 0; k < chars.length && chars[k] <= c; k++) {
            if (chars[k] == c) {
                return children[node][k];
            }
        }
        return 0;
    }

    /** The phrases whose first word is the walked word itself (none when the word left the trie). */
    int[] exact(int walk) {
        return walk < 0 ? NONE : exact[walk];
    }

    /** The prefix phrases whose first word starts the walked word. */
    int[] prefixed(int walk) {
        return prefixed[walk < 0 ? -1 - walk : walk];
    }
}
