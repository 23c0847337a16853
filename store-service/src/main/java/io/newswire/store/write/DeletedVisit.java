package io.newswire.store.write;

import java.util.List;

/** A visit row that a tombstone deleted, with the countries a stream filter needs to tell who cares. */
public record DeletedVisit(String id, String hostCountry, List<String> visitorCountries) {
}
