package io.newswire.enrich.stream;

import io.newswire.model.Article;
import io.newswire.model.Enrichment;
import io.newswire.model.Evidence;
import io.newswire.model.Official;
import io.newswire.model.TopicTag;
import io.newswire.model.Visit;
import io.newswire.model.VisitStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Articles, visits and officials for the stream tests, written out so each test shows what it feeds in. */
final class Fixtures {
    static final Instant T0 = Instant.parse("2025-07-08T06:00:00Z");
    static final String TR_PK = "TR>PK@2025-07-09";

    static final Official FIDAN = new Official("Hakan Fidan", "foreign minister", "TR");
    static final Official GULER = new Official("Yaşar Güler", "defense minister", "TR");
    static final Official SHARIF = new Official("Shehbaz Sharif", "prime minister", "PK");
    static final Official DAR = new Official("Ishaq Dar", "foreign minister", "PK");
    static final Official MUNIR = new Official("Asim Munir", "army chief", "PK");

    private Fixtures() {
    }

    static Article article(String id, String contentHash, Instant publishedAt, String body) {
        return new Article(Article.SCHEMA_VERSION, id, "https://news.example/" + id, id, "https://news.example/feed",
                "Example News", "Title of " + id, null, body, "en", List.of(), List.of("world"), publishedAt,
                publishedAt.plusSeconds(60), contentHash);
    }

    static Visit visit(String id, VisitStatus status, List<Official> visitors, List<Official> hosts,
            LocalDate start, String evidence) {
        return new Visit(id, List.of("TR"), "PK", visitors, hosts, start, null, status, Visit.CAMEO_MAKE_VISIT,
                List.of(new Evidence(evidence, 0, evidence.length())), List.of());
    }

    static Enrichment enrichment(List<Visit> visits) {
        return new Enrichment(visits, List.of(new TopicTag("diplomacy", "medtop:20000638", 0.9)), List.of(),
                List.of(), "test-tagger", T0);
    }
}
