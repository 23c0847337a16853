package io.newswire.enrich.tagging;

import io.newswire.enrich.tagging.pattern.FrozenWords;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The tagger's named word sets ({@code ARRIVE}, {@code FUTURE}, {@code HONORIFIC}, ...), read once from
 * {@value #RESOURCE}. The file's header describes the format; every set is documented there, next to its words.
 * Code takes a set into a constant ({@code Vocabulary.set("ARRIVE")}), so a misspelt name fails when the class
 * loads rather than quietly matching nothing. The sets are {@link FrozenWords}: the stages ask them about every
 * token, and that lookup is made cheap.
 */
public final class Vocabulary {
    public static final String RESOURCE = "/tagging/vocabulary.txt";
    private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]*");

    /** One named set: its members, in the order the file lists them, and the comment lines that document it. */
    public record WordSet(String name, String doc, Set<String> words) {
    }

    private final Map<String, WordSet> sets;

    private Vocabulary(Map<String, WordSet> sets) {
        this.sets = Collections.unmodifiableMap(sets);
    }

    /** The vocabulary on the class path, loaded on first use. */
    public static Vocabulary standard() {
        return Standard.INSTANCE;
    }

    /** A set of the standard vocabulary: shorthand for {@code standard().words(name)}. */
    static Set<String> set(String name) {
        return standard().words(name);
    }

    /** The members of the named set; an unknown name is a programming error and fails at once. */
    public Set<String> words(String name) {
        return wordSet(name).words();
    }

    public WordSet wordSet(String name) {
        WordSet s = sets.get(name);
        if (s == null) {
            throw new IllegalArgumentException("no word set [" + name + "] in " + RESOURCE + "; it has " + sets.keySet());
        }
        return s;
    }

    /** Every set, in the order of the file. */
    public List<WordSet> all() {
        return List.copyOf(sets.values());
    }

    private static final class Standard {
        static final Vocabulary INSTANCE = load(RESOURCE);
    }

    static Vocabulary load(String resource) {
        InputStream in = Vocabulary.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("tagging resource missing from the class path: " + resource);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse(resource, r.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /**
     * Reads the vocabulary format; any mistake in the file is an {@link IllegalStateException} naming its line. A
     * word written twice into one set (directly, or once directly and once through an include) is a mistake; two
     * included sets may overlap.
     */
    static Vocabulary parse(String source, List<String> lines) {
        return new Parser(source).parse(lines);
    }

    /** The state of reading one file: the set being filled and whether its documentation has ended. */
    private static final class Parser {
        private final String source;
        private final Map<String, WordSet> done = new LinkedHashMap<>();
        private final Map<String, Integer> definedAt = new LinkedHashMap<>();
        private String name;
        private int headerLine;
        private final StringBuilder doc = new StringBuilder();
        private final Set<String> words = new LinkedHashSet<>();
        /** the words written out in the current set, not included from another */
        private final Set<String> explicit = new LinkedHashSet<>();
        private boolean inDoc;
        private int lineNo;

        Parser(String source) {
            this.source = source;
        }

        Vocabulary parse(List<String> lines) {
            for (String raw : lines) {
                lineNo++;
                line(raw.strip());
            }
            finish();
            return new Vocabulary(done);
        }

        private void line(String line) {
            if (line.isEmpty()) {
                inDoc = false;
            } else if (line.startsWith("#")) {
                if (inDoc) {
                    doc.append(doc.isEmpty() ? "" : " ").append(line.substring(1).strip());
                }
            } else if (line.startsWith("[")) {
                header(line);
            } else {
                members(line);
            }
        }

        private void header(String line) {
            finish();
            int close = line.indexOf(']');
            String n = close < 0 ? "" : line.substring(1, close);
            if (!NAME.matcher(n).matches()) {
                throw error("a set header is [NAME], NAME in upper-case letters, digits and _: " + line);
            }
            if (definedAt.containsKey(n)) {
                throw error("set [" + n + "] defined twice (first at line " + definedAt.get(n) + ")");
            }
            String rest = line.substring(close + 1).strip();
            if (!rest.isEmpty() && !rest.startsWith("#")) {
                throw error("only a # comment may follow a set header: " + line);
            }
            name = n;
            headerLine = lineNo;
            definedAt.put(n, lineNo);
            doc.setLength(0);
            words.clear();
            explicit.clear();
            inDoc = true;
            if (!rest.isEmpty()) {
                doc.append(rest.substring(1).strip());
            }
        }

        private void members(String line) {
            if (name == null) {
                throw error("words before the first [SET] header: " + line);
            }
            inDoc = false;
            for (String w : line.split("\\s+")) {
                if (w.startsWith("@")) {
                    WordSet included = done.get(w.substring(1));
                    if (included == null) {
                        throw error("[" + name + "] includes " + w + ", which is not a set defined above");
                    }
                    for (String x : included.words()) {
                        if (explicit.contains(x)) {
                            throw error("[" + name + "] lists \"" + x + "\" twice (also in " + w + ")");
                        }
                    }
                    words.addAll(included.words()); // overlapping sets may be joined
                } else {
                    add(w.replace('_', ' '));
                }
            }
        }

        private void add(String word) {
            if (!explicit.add(word) || !words.add(word)) {
                throw error("[" + name + "] lists \"" + word + "\" twice");
            }
        }

        private void finish() {
            if (name == null) {
                return;
            }
            if (doc.isEmpty()) {
                throw error("set [" + name + "] (line " + headerLine + ") has no # documentation under its header");
            }
            if (words.isEmpty()) {
                throw error("set [" + name + "] (line " + headerLine + ") has no words");
            }
            // file order kept: a set may be a sequence ("one two three": the n-th word is n); FrozenWords keeps it
            done.put(name, new WordSet(name, doc.toString(), FrozenWords.of(words)));
            name = null;
        }

        private IllegalStateException error(String message) {
            return new IllegalStateException(source + ":" + lineNo + ": " + message);
        }
    }
}
