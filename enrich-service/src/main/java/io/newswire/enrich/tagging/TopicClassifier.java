package io.newswire.enrich.tagging;

import io.newswire.model.TopicTag;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Multi-label topics from weighted phrase lexicons ({@code tagging/topics.tsv}): each topic sums the weights of the
 * phrases an article uses (twice at most each, title counting double) and is reported at or above its threshold,
 * which is set for precision first. The visits found add evidence for bilateral relations.
 */
final class TopicClassifier {
    private record Phrase(String[] words, boolean[] prefix, double weight, int topic) {
    }

    private record Topic(String code, String iptc, double threshold) {
    }

    private final List<Topic> topics;
    private final Map<String, List<Phrase>> byFirstWord;
    private final Map<String, List<Phrase>> prefixFirst;

    private TopicClassifier(List<Topic> topics, Map<String, List<Phrase>> byFirstWord,
            Map<String, List<Phrase>> prefixFirst) {
        this.topics = topics;
        this.byFirstWord = byFirstWord;
        this.prefixFirst = prefixFirst;
    }

    static TopicClassifier load(String resource) {
        List<Topic> topics = new ArrayList<>();
        Map<String, List<Phrase>> exact = new HashMap<>();
        Map<String, List<Phrase>> prefix = new HashMap<>();
        for (String line : ResourceLines.read(resource)) {
            String[] cols = line.split("\t");
            if (cols[0].equals("@topic")) {
                topics.add(new Topic(cols[1], cols[2], Double.parseDouble(cols[3])));
                continue;
            }
            if (topics.isEmpty()) {
                throw new IllegalStateException("phrase before the first @topic in " + resource + ": " + line);
            }
            double weight = Double.parseDouble(cols[0]);
            List<Token> toks = Tokenizer.tokenize(cols[1].trim());
            List<String> words = new ArrayList<>();
            List<Boolean> prefixes = new ArrayList<>();
            for (int i = 0; i < toks.size(); i++) {
                Token t = toks.get(i);
                if (t.text().equals("*")) {
                    prefixes.set(prefixes.size() - 1, true);
                    continue;
                }
                words.add(t.norm());
                prefixes.add(false);
            }
            boolean[] p = new boolean[prefixes.size()];
            for (int i = 0; i < p.length; i++) {
                p[i] = prefixes.get(i);
            }
            Phrase phrase = new Phrase(words.toArray(String[]::new), p, weight, topics.size() - 1);
            if (p[0]) {
                // index prefixes by their first three letters so lookup stays one hash probe
                prefix.computeIfAbsent(key3(words.getFirst()), k -> new ArrayList<>()).add(phrase);
            } else {
                exact.computeIfAbsent(words.getFirst(), k -> new ArrayList<>()).add(phrase);
            }
        }
        return new TopicClassifier(List.copyOf(topics), exact, prefix);
    }

    private static String key3(String w) {
        return w.length() <= 3 ? w : w.substring(0, 3);
    }

    /** Topic evidence sums, indexed like {@link #topics}. */
    List<TopicTag> classify(Doc doc, int visitCount, boolean bilateralVisit) {
        double[] score = new double[topics.size()];
        Map<Phrase, Integer> seen = new HashMap<>();
        int titleEnd = doc.titleSentences > 0 ? doc.sentences.get(doc.titleSentences - 1).to() : 0;
        List<Token> tokens = doc.tokens;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.word()) {
                continue;
            }
            List<Phrase> exact = byFirstWord.get(t.norm());
            if (exact != null) {
                for (Phrase p : exact) {
                    count(p, tokens, i, i < titleEnd, score, seen);
                }
            }
            List<Phrase> pre = prefixFirst.get(key3(t.norm()));
            if (pre != null) {
                for (Phrase p : pre) {
                    count(p, tokens, i, i < titleEnd, score, seen);
                }
            }
        }
        List<TopicTag> out = new ArrayList<>();
        for (int k = 0; k < topics.size(); k++) {
            Topic topic = topics.get(k);
            double s = score[k];
            if (topic.code().equals("bilateral_relations") && bilateralVisit) {
                s += topic.threshold();
            }
            if (s >= topic.threshold()) {
                double conf = Math.min(1.0, 0.5 + 0.5 * (s - topic.threshold()) / (2 * topic.threshold()));
                out.add(new TopicTag(topic.code(), topic.iptc(), Math.round(conf * 100) / 100.0));
            }
        }
        return out;
    }

    private static void count(Phrase p, List<Token> tokens, int i, boolean inTitle, double[] score,
            Map<Phrase, Integer> seen) {
        if (i + p.words().length > tokens.size()) {
            return;
        }
        for (int k = 0; k < p.words().length; k++) {
            String w = tokens.get(i + k).norm();
            if (p.prefix()[k] ? !w.startsWith(p.words()[k]) : !w.equals(p.words()[k])) {
                return;
            }
        }
        int n = seen.merge(p, 1, Integer::sum);
        if (n <= 2) {
            score[p.topic()] += inTitle ? 2 * p.weight() : p.weight();
        }
    }
}
