package io.newswire.enrich.tagging;

import io.newswire.model.Official;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An office holder as the tagger builds it up over an article: the first full mention gives the name, and later
 * mentions ("Fidan", "the Turkish foreign minister") may fill in the role or country. Confined to one tagging call.
 */
final class Person {
    /** words that decorate a name rather than being part of it, for comparing two names */
    static final Set<String> HONORIFIC_WORDS = Vocabulary.set("HONORIFIC");
    static final Set<String> CONNECTORS = Vocabulary.set("NAME_PARTICLE");

    String name;
    List<String> words;
    String role;
    RoleLexicon.Rank rank;
    String country;
    boolean former;
    /** the country is only the dateline's, which a delegation's own country outranks */
    boolean countryGuessed;
    /** index of the first token where the person is mentioned */
    final int firstToken;
    /** index of the latest token where the person is mentioned, for "the most recent president" */
    int lastToken;

    Person(String name, String role, RoleLexicon.Rank rank, String country, int token) {
        this.firstToken = token;
        this.lastToken = token;
        setName(name);
        this.role = role;
        this.rank = rank;
        this.country = country;
    }

    void setName(String name) {
        this.name = name;
        this.words = nameWords(name);
    }

    /** Travelling abroad, this person makes a diplomatic visit. */
    boolean canVisit() {
        return role != null && rank == RoleLexicon.Rank.VISITOR && !former;
    }

    /** Same person: one name's words all in the other's, or same surname and first initial; countries agree. */
    boolean sameAs(String otherName, String otherCountry) {
        if (country != null && otherCountry != null && !country.equals(otherCountry)) {
            return false;
        }
        return namesMatch(words, nameWords(otherName));
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

    /** Fill what is missing from another mention of the same person; the longer name wins. */
    void absorb(String otherName, String otherRole, RoleLexicon.Rank otherRank, String otherCountry, int token) {
        if (otherName != null && nameWords(otherName).size() > words.size()) {
            setName(otherName);
        }
        if (role == null && otherRole != null) {
            role = otherRole;
            rank = otherRank;
        }
        if (country == null && otherCountry != null) {
            country = otherCountry;
        }
        lastToken = Math.max(lastToken, token);
    }

    Official toOfficial() {
        return new Official(name, role, country);
    }

    @Override
    public String toString() {
        return name + "(" + role + "," + country + ")";
    }
}
