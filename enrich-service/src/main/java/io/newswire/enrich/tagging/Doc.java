package io.newswire.enrich.tagging;

import java.time.LocalDate;
import java.util.List;

/**
 * One article prepared for tagging: its text (title, a blank line, then body: the text evidence offsets point
 * into), tokens, sentences, and the countries and roles found at each token. Built once per article.
 */
final class Doc {
    final String text;
    final List<Token> tokens;
    final List<Sentence> sentences;
    final LocalDate published;
    /** the country phrase starting at each token, or null */
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

    Doc(String title, String body, LocalDate published, Gazetteer gazetteer, RoleLexicon roles) {
        String t = title == null ? "" : title.strip();
        String b = body == null ? "" : body.strip();
        this.text = t.isEmpty() ? b : b.isEmpty() ? t : t + "\n\n" + b;
        this.published = published;
        this.tokens = Tokenizer.tokenize(text);
        this.sentences = SentenceSplitter.split(tokens);
        int n = tokens.size();
        this.countryAt = new Gazetteer.Match[n];
        this.inCountry = new boolean[n];
        this.roleAt = new RoleLexicon.Match[n];
        this.sentenceOf = new int[n];
        for (Sentence s : sentences) {
            for (int i = s.from(); i < s.to(); i++) {
                sentenceOf[i] = s.index();
            }
        }
        for (int i = 0; i < n; i++) {
            Gazetteer.Match m = gazetteer.match(tokens, i);
            if (m != null) {
                countryAt[i] = m;
                for (int k = m.from(); k < m.to(); k++) {
                    inCountry[k] = true;
                }
                i = m.to() - 1;
            }
        }
        for (int i = 0; i < n; i++) {
            if (inCountry[i]) {
                continue; // a country phrase is never the start of a title of office
            }
            RoleLexicon.Match m = roles.match(tokens, i, gazetteer);
            if (m != null) {
                roleAt[i] = m;
            }
        }
        int titleEnd = t.length();
        int ts = 0;
        for (Sentence s : sentences) {
            if (s.start() < titleEnd) {
                ts = s.index() + 1;
            }
        }
        this.titleSentences = t.isEmpty() ? 0 : ts;
        this.datelineCountry = findDateline();
    }

    Token tok(int i) {
        return tokens.get(i);
    }

    int size() {
        return tokens.size();
    }

    boolean is(int i, String lower) {
        return i >= 0 && i < tokens.size() && tokens.get(i).norm().equals(lower);
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
        int paragraphs = 0;
        for (int i = 0; i < tokens.size() && paragraphs < 4; i++) {
            Token t = tokens.get(i);
            if (!t.newlineBefore()) {
                continue;
            }
            paragraphs++;
            if (sentenceOf[i] < titleSentences) {
                continue;
            }
            Gazetteer.Match m = countryAt[i];
            if (m != null && m.code() != null && m.kind() != Gazetteer.Kind.ADJECTIVE && m.to() < tokens.size()) {
                String next = tokens.get(m.to()).text();
                if (next.equals(",") || next.equals("(") || next.equals("/") || next.equals("\u2013")
                        || next.equals("-") || next.equals(":") || next.equals("\u2014")) {
                    return m.code();
                }
            }
        }
        return null;
    }
}
