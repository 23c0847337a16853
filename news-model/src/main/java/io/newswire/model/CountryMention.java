package io.newswire.model;

/** A country (ISO 3166-1 alpha-2) and how many times the article mentions it. */
public record CountryMention(String code, int mentions) {
    public CountryMention {
        Require.nonBlank(code, "code");
    }
}
