package io.newswire.model;

import java.time.Instant;
import java.util.List;

/** What the enricher found in one article. */
public record Enrichment(
        List<Visit> visits,
        List<TopicTag> topics,
        List<CountryMention> countries,
        List<Official> people,
        String enricherVersion,
        Instant enrichedAt) {

    public Enrichment {
        visits = Require.list(visits);
        topics = Require.list(topics);
        countries = Require.list(countries);
        people = Require.list(people);
    }
}
