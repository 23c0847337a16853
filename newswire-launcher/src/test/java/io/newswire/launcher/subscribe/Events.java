package io.newswire.launcher.subscribe;

import io.newswire.model.CountryMention;
import io.newswire.model.EnrichedArticle;
import io.newswire.model.Enrichment;
import io.newswire.model.Evidence;
import io.newswire.model.Official;
import io.newswire.model.TopicTag;
import io.newswire.model.Visit;
import io.newswire.model.VisitStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Events for the subscriber's unit tests. */
final class Events {
    private Events() {
    }

    static Visit visit(List<String> from, String host, LocalDate start, LocalDate end, VisitStatus status,
            List<Official> visitors) {
        return new Visit("v-" + host + start, from, host, visitors,
                List.of(new Official("Amira Haddad", "prime minister", host)), start, end, status, Visit.CAMEO_MAKE_VISIT,
                List.of(new Evidence("The ministers will travel on Wednesday.", 0, 39)), List.of("a1"));
    }

    static Visit turkeyToPakistan() {
        return visit(List.of("TR"), "PK", LocalDate.of(2025, 7, 9), null, VisitStatus.PLANNED, List.of(
                new Official("Hakan Fidan", "foreign minister", "TR"),
                new Official("Yaşar Güler", "defense minister", "TR")));
    }

    static EnrichedArticle article(String title, List<String> topics, List<String> countries, List<Visit> visits) {
        return new EnrichedArticle(1, "a-" + Math.abs(title.hashCode()), "https://example.org/a", null,
                "https://example.org/feed", "Example Wire", title, "summary", null, "en", List.of(), List.of(),
                Instant.parse("2025-07-08T06:45:00Z"), Instant.parse("2025-07-08T07:00:00Z"), "h1",
                new Enrichment(visits, topics.stream().map(c -> new TopicTag(c, "medtop:1", 0.9)).toList(),
                        countries.stream().map(c -> new CountryMention(c, 2)).toList(), List.of(), "test",
                        Instant.parse("2025-07-08T07:00:01Z")));
    }
}
