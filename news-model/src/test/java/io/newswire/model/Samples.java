package io.newswire.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Sample events for the contract tests, written for them. */
final class Samples {
    private Samples() {
    }

    static Article article() {
        return new Article(Article.SCHEMA_VERSION, "a1b2c3", "https://news.example/world/ministers-visit",
                "urn:example:1234", "https://news.example/feed.xml", "Example World News",
                "Ministers due in Islamabad", "Two ministers travel to Pakistan on Wednesday.",
                "The foreign and defence ministers of Türkiye will travel to Islamabad on Wednesday.", "en",
                List.of("Desk Editor"), List.of("World", "Diplomacy"), Instant.parse("2025-07-08T06:30:00Z"),
                Instant.parse("2025-07-08T06:45:12.345Z"), "sha256:9f2c");
    }

    static Visit visit() {
        return new Visit("visit-tr-pk-2025-07-09", List.of("TR"), "PK",
                List.of(new Official("Hakan Fidan", "foreign minister", "TR"),
                        new Official("Yaşar Güler", "defense minister", "TR")),
                List.of(new Official("Shehbaz Sharif", "prime minister", "PK")),
                LocalDate.parse("2025-07-09"), LocalDate.parse("2025-07-09"), VisitStatus.PLANNED,
                Visit.CAMEO_MAKE_VISIT,
                List.of(new Evidence("The ministers will travel to Islamabad on Wednesday.", 0, 52)),
                List.of("a1b2c3"));
    }

    static EnrichedArticle enriched() {
        Enrichment e = new Enrichment(List.of(visit()),
                List.of(new TopicTag("defense", "medtop:20000065", 0.8),
                        new TopicTag("bilateral_relations", "medtop:20000638", 0.9)),
                List.of(new CountryMention("TR", 3), new CountryMention("PK", 2)),
                List.of(new Official("Hakan Fidan", "foreign minister", "TR")), "test-1",
                Instant.parse("2025-07-08T06:45:13Z"));
        return EnrichedArticle.of(article(), e);
    }
}
