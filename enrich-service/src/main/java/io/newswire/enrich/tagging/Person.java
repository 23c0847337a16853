package io.newswire.enrich.tagging;

import io.newswire.model.Official;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An office holder of an article as the people stage found them: name, office, country and where they are
 * mentioned. Immutable, so no later stage can change what the people stage said; a stage that concludes more (the
 * visit stage learning a host's country) keeps that to itself. Two mentions of one person share one instance, so
 * identity is what "the same person" means here.
 */
final class Person {
    /** words that decorate a name rather than being part of it, for comparing two names */
    static final Set<String> HONORIFIC_WORDS = Vocabulary.set("HONORIFIC");
    static final Set<String> CONNECTORS = Vocabulary.set("NAME_PARTICLE");

    final String name;
    final List<String> words;
    final String role;
    final RoleLexicon.Rank rank;
    final String country;
    final boolean former;
    /** the country is only the dateline's, which a delegation's own country outranks */
    final boolean countryGuessed;
    /** index of the first token where the person is mentioned */
    final int firstToken;
    /** index of the latest token where the person is mentioned, for "the most recent president" */
    final int lastToken;

    /** A person known from one mention. */
    Person(String name, String role, RoleLexicon.Rank rank, String country, int token) {
        this(name, role, rank, country, false, false, token, token);
    }

    Person(String name, String role, RoleLexicon.Rank rank, String country, boolean former, boolean countryGuessed,
            int firstToken, int lastToken) {
        this(name, List.copyOf(nameWords(name)), role, rank, country, former, countryGuessed, firstToken, lastToken);
    }

    /** {@code words}: the {@link #nameWords} of {@code name}, already known (not worked out again). */
    Person(String name, List<String> words, String role, RoleLexicon.Rank rank, String country, boolean former,
            boolean countryGuessed, int firstToken, int lastToken) {
        this.name = name;
        this.words = List.copyOf(words);
        this.role = role;
        this.rank = rank;
        this.country = country;
        this.former = former;
        this.countryGuessed = countryGuessed;
        this.firstToken = firstToken;
        this.lastToken = lastToken;
    }

    /** This person with the country another stage concluded (a certain one, not the dateline's guess). */
    Person withCountry(String c) {
        return new Person(name, words, role, rank, c, former, false, firstToken, lastToken);
    }

    /** Travelling abroad, this person makes a diplomatic visit. */
    boolean canVisit() {
        return role != null && rank == RoleLexicon.Rank.VISITOR && !former;
    }

    static boolean namesMatch(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if (a.containsAll(b) || b.containsAll(a)) {
            return true;
        }
        return a.size() > 1 && b.size() > 1 && a.getLast().equals(b.getLast())
                && a.getFirst().charAt(0) == b.getFirst().charAt(0);
    }

    static List<String> nameWords(String name) {
        List<String> out = new ArrayList<>(4);
        String n = Tokenizer.normalize(name);
        int start = -1;
        for (int i = 0; i <= n.length(); i++) {
            char c = i < n.length() ? n.charAt(i) : ' ';
            boolean part = Character.isLetterOrDigit(c) || c == '\'' || c == '-';
            if (part && start < 0) {
                start = i;
            } else if (!part && start >= 0) {
                String w = n.substring(start, i);
                if (!HONORIFIC_WORDS.contains(w) && !CONNECTORS.contains(w)) {
                    out.add(w);
                }
                start = -1;
            }
        }
        return out;
    }

    Official toOfficial() {
        return new Official(name, role, country);
    }

    @Override
    public String toString() {
        return name + "(" + role + "," + country + ")";
    }
}
