package io.newswire.enrich.tagging;

import io.newswire.model.TopicCode;
import io.newswire.model.TopicTag;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Multi-label topics from weighted phrase lexicons ({@code tagging/topics.tsv}): each topic sums the weights of the
 * phrases an article uses (twice at most each, title counting double) and is reported at or above its threshold,
 * which is set for precision first. The visits found add evidence for bilateral relations.
 */
final class TopicClassifier {
    /** the topic a visit of its own adds evidence for */
    private static final String BILATERAL = "bilateral_relations";
    /** the topic of summits: a visit to one is about the summit, not about relations between two */
    private static final String MULTILATERAL = "multilateral";
    /** "Institute of Science and Technology": lower-case words inside a proper name */
    private static final Set<String> NAME_LINK = Vocabulary.set("NAME_LINK");

    /** One row of the lexicon, numbered in the lexicon's order ({@code id}). */
    private record Phrase(int id, String[] words, boolean[] prefix, double weight, int topic, boolean name) {
    }

    private record Topic(String code, String iptc, double threshold, int distinct) {
    }

    private final List<Topic> topics;
    /** the phrases by id */
    private final Phrase[] phrases;
    private final PhraseStarts starts;

    private TopicClassifier(List<Topic> topics, List<Phrase> phrases) {
        this.topics = topics;
        this.phrases = phrases.toArray(Phrase[]::new);
        PhraseStarts.Builder b = new PhraseStarts.Builder();
        for (Phrase p : phrases) {
            b.add(p.id(), p.words()[0], p.prefix()[0]);
        }
        this.starts = b.build();
    }

    static TopicClassifier load(String resource) {
        List<Topic> topics = new ArrayList<>();
        List<Phrase> phrases = new ArrayList<>();
        for (String line : ResourceLines.read(resource)) {
            String[] cols = line.split("\t");
            if (cols[0].equals("@topic")) {
                topics.add(topic(resource, cols));
                continue;
            }
            if (topics.isEmpty()) {
                throw new IllegalStateException("phrase before the first @topic in " + resource + ": " + line);
            }
            phrases.add(phrase(phrases.size(), cols, topics.size() - 1));
        }
        if (topics.size() != TopicCode.all().size()) {
            throw new IllegalStateException(resource + " defines " + topics.size() + " topics, TopicCode has "
                    + TopicCode.all().size() + ": each code needs exactly one @topic");
        }
        return new TopicClassifier(List.copyOf(topics), phrases);
    }

    /** "@topic code iptc threshold [distinct]": the codes are news-model's TopicCodes, never invented here. */
    private static Topic topic(String resource, String[] cols) {
        // the codes are the public vocabulary (API, subscribe, README): the lexicon cannot invent one
        TopicCode known = TopicCode.of(cols[1]).filter(t -> t.code().equals(cols[1])).orElseThrow(() ->
                new IllegalStateException(resource + ": topic " + cols[1] + " is not a TopicCode ("
                        + TopicCode.codes() + "); add it to news-model's TopicCode first"));
        if (!known.iptc().equals(cols[2])) {
            throw new IllegalStateException(resource + ": topic " + cols[1] + " maps to " + cols[2]
                    + " but TopicCode says " + known.iptc());
        }
        return new Topic(cols[1], cols[2], Double.parseDouble(cols[3]),
                cols.length > 4 ? Integer.parseInt(cols[4].trim()) : 1);
    }

    /** "weight phrase [name]": a word ending in {@code *} matches as a prefix ("weapon*"). */
    private static Phrase phrase(int id, String[] cols, int topic) {
        double weight = Double.parseDouble(cols[0]);
        List<String> words = new ArrayList<>();
        List<Boolean> prefixes = new ArrayList<>();
        for (Token t : Tokenizer.tokenize(cols[1].trim())) {
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
        // "name": the phrase is itself a proper name ("Shanghai Cooperation Organisation", "SCO Summit"), so it
        // counts inside capitalised names, where ordinary topic words ("Institute of Science and Technology") do not
        boolean name = cols.length > 2 && cols[2].trim().equals("name");
        return new Phrase(id, words.toArray(String[]::new), p, weight, topic, name);
    }

    /** The topics an article substantially discusses; a visit found counts for bilateral relations. */
    List<TopicTag> classify(Doc doc, boolean bilateralVisit) {
        Tally tally = new Tally(topics.size(), phrases.length);
        List<Phrase> hits = new ArrayList<>();
        for (Sentence sentence : doc.sentences) {
            boolean title = sentence.index() < doc.titleSentences;
            hits.clear();
            findPhrases(doc.tokens, sentence, title, hits);
            // the news lead, first sentence of the body, states the theme as the title does
            tally.add(hits, title, sentence.index() == doc.titleSentences);
        }
        return tags(tally, bilateralVisit);
    }

    /** The phrases of one sentence, in order; outside the title, only name phrases count inside a proper name. */
    private void findPhrases(List<Token> tokens, Sentence sentence, boolean title, List<Phrase> hits) {
        for (int i = sentence.from(); i < sentence.to(); i++) {
            Token t = tokens.get(i);
            if (!t.word()) {
                continue;
            }
            int[] exact = starts.exact(t.norm());
            int[] prefixed = starts.prefixed(t.norm());
            if (exact.length + prefixed.length == 0) {
                continue; // most words open no phrase
            }
            boolean namesOnly = !title && partOfName(tokens, sentence, i);
            hitAll(exact, namesOnly, tokens, i, sentence.to(), hits);
            hitAll(prefixed, namesOnly, tokens, i, sentence.to(), hits);
        }
    }

    /** The phrases opened at token i (their first word matches it) that go on to match the tokens after it. */
    private void hitAll(int[] opened, boolean namesOnly, List<Token> tokens, int i, int end, List<Phrase> hits) {
        for (int id : opened) {
            Phrase p = phrases[id];
            if ((p.name() || !namesOnly) && rest(p, tokens, i, end)) {
                hits.add(p);
            }
        }
    }

    /** Per topic over an article: weighted score, distinct phrases, sentences with a hit, and a hit up front. */
    private static final class Tally {
        final double[] score;
        final int[] distinct;
        final int[] sentences;
        final boolean[] inTitle;
        private final double[] sentenceScore;
        /** how often each phrase (by id) has been seen in the article so far, up to 3 (only 1, 2 and more matter) */
        private final byte[] seen;

        Tally(int topics, int phrases) {
            seen = new byte[phrases];
            score = new double[topics];
            distinct = new int[topics];
            sentences = new int[topics];
            inTitle = new boolean[topics];
            sentenceScore = new double[topics];
        }

        /** One sentence's phrases: each phrase counts twice at most in an article, the title's twice as much. */
        void add(List<Phrase> hits, boolean title, boolean lead) {
            Arrays.fill(sentenceScore, 0);
            int topicsHere = 0;
            for (Phrase p : hits) {
                int count = seen[p.id()] < 3 ? ++seen[p.id()] : 3;
                if (count == 1) {
                    distinct[p.topic()] += p.weight() > 0 ? 1 : -1; // "bilateral trade" takes "bilateral" back
                }
                if (count <= 2) {
                    if (sentenceScore[p.topic()] == 0) {
                        topicsHere++;
                    }
                    sentenceScore[p.topic()] += title ? 2 * p.weight() : p.weight();
                }
            }
            // "cooperation in politics, defence, trade, technology and climate": a list, not a discussion
            double factor = topicsHere >= 4 ? 0.4 : 1.0;
            for (int k = 0; k < score.length; k++) {
                score[k] += factor * sentenceScore[k];
                if (sentenceScore[k] > 0) {
                    sentences[k]++;
                    inTitle[k] |= title || lead;
                }
            }
        }
    }

    private List<TopicTag> tags(Tally tally, boolean bilateralVisit) {
        boolean summit = false;
        for (int k = 0; k < topics.size(); k++) {
            Topic topic = topics.get(k);
            summit |= topic.code().equals(MULTILATERAL) && tally.score[k] >= topic.threshold()
                    && tally.distinct[k] >= topic.distinct();
        }
        // a visit to a summit is about the summit; only a visit of its own is about relations between two
        boolean ownVisit = bilateralVisit && !summit;
        List<TopicTag> out = new ArrayList<>();
        for (int k = 0; k < topics.size(); k++) {
            TopicTag tag = tag(topics.get(k), tally, k, ownVisit);
            if (tag != null) {
                out.add(tag);
            }
        }
        return out;
    }

    private static TopicTag tag(Topic topic, Tally tally, int k, boolean ownVisit) {
        double s = tally.score[k];
        int d = tally.distinct[k];
        boolean visitCounts = ownVisit && topic.code().equals(BILATERAL);
        if (visitCounts) {
            s += topic.threshold();
            d += topic.distinct();
        }
        // one sentence deep in the body is a passing mention ("exports of coal and renewable energy"), not a
        // theme; the headline and the lead sentence state what the article is about
        boolean substantial = tally.sentences[k] >= 2 || tally.inTitle[k] || topic.distinct() == 1 || visitCounts;
        if (s < topic.threshold() || d < topic.distinct() || !substantial) {
            return null;
        }
        double conf = Math.min(1.0, 0.5 + 0.5 * (s - topic.threshold()) / (2 * topic.threshold()));
        return new TopicTag(topic.code(), topic.iptc(), Math.round(conf * 100) / 100.0);
    }

    /** A capitalised word inside a proper name ("Institute of Science and Technology") is not the topic. */
    private static boolean partOfName(List<Token> tokens, Sentence s, int i) {
        Token t = tokens.get(i);
        if (!t.capitalized() || i == s.from()) {
            return false;
        }
        boolean prevCap = tokens.get(i - 1).capitalized() && i - 1 > s.from();
        boolean nextCap = i + 1 < s.to() && tokens.get(i + 1).capitalized();
        boolean afterLink = i - 2 >= s.from() && NAME_LINK.contains(tokens.get(i - 1).norm())
                && tokens.get(i - 2).capitalized();
        return prevCap || nextCap || afterLink;
    }

    /** The words of the phrase after its first (which {@link #starts} matched) match the tokens after i. */
    private static boolean rest(Phrase p, List<Token> tokens, int i, int end) {
        String[] words = p.words();
        if (i + words.length > end) {
            return false;
        }
        for (int k = 1; k < words.length; k++) {
            String w = tokens.get(i + k).norm();
            if (p.prefix()[k] ? !w.startsWith(words[k]) : !w.equals(words[k])) {
                return false;
            }
        }
        return true;
    }
}
