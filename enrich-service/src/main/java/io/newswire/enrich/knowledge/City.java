package io.newswire.enrich.knowledge;

/** A populated place: its name, ISO 3166-1 alpha-2 country, population, and whether it is a capital or seat. */
public record City(String name, String country, long population, boolean seat) {
}
