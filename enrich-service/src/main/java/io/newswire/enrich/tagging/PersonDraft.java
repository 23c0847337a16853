package io.newswire.enrich.tagging;

import java.util.List;

/**
 * An office holder as the people stage builds it up over an article: the first full mention gives the name, and
 * later mentions ("Fidan", "the Turkish foreign minister") may fill in the role or country. Confined to the people
 * stage of one article, which hands on {@link #freeze() frozen} {@link Person}s.
 */
final class PersonDraft {

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

    PersonDraft(String name, List<String> words, String role, RoleLexicon.Rank rank, String country, int token) {
        this.firstToken = token;
        this.lastToken = token;
        this.name = name;
        this.words = words;
        this.role = role;
        this.rank = rank;
        this.country = country;
    }

    /** Travelling abroad, this person makes a diplomatic visit. */
    boolean canVisit() {
        return role != null && rank == RoleLexicon.Rank.VISITOR && !former;
    }

    /** Same person: one name's words all in the other's, or same surname and first initial; countries agree. */
    boolean sameAs(List<String> otherWords, String otherCountry) {
        if (country != null && otherCountry != null && !country.equals(otherCountry)) {
            return false;
        }
        return Person.namesMatch(words, otherWords);
    }

    /** Fill what is missing from another mention of the same person; the longer name wins. */
    void absorb(String otherName, List<String> otherWords, String otherRole, RoleLexicon.Rank otherRank,
            String otherCountry, int token) {
        if (otherName != null && otherWords.size() > words.size()) {
            this.name = otherName;
            this.words = otherWords;
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

    Person freeze() {
        return new Person(name, words, role, rank, country, former, countryGuessed, firstToken, lastToken);
    }

    @Override
    public String toString() {
        return name + "(" + role + "," + country + ")";
    }
}
