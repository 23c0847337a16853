package io.newswire.enrich.tagging;

import io.newswire.model.Article;
import io.newswire.model.Enrichment;
import io.newswire.model.Visit;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Test articles and a fixed-clock tagger. */
final class Articles {
    static final RuleTagger TAGGER = RuleTagger.withClock(Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"),
            ZoneOffset.UTC));

    private Articles() {
    }

    static Article article(String id, String published, String title, String body) {
        return new Article(Article.SCHEMA_VERSION, id, null, null, null, null, title, null, body, "en", List.of(),
                List.of(), LocalDate.parse(published).atStartOfDay(ZoneOffset.UTC).toInstant(), null, null);
    }

    static Enrichment tag(String published, String body) {
        return TAGGER.tag(article("t", published, "", body));
    }

    static List<Visit> visits(String published, String body) {
        return tag(published, body).visits();
    }

    static Optional<Visit> visit(List<Visit> visits, String visitor, String host) {
        return visits.stream().filter(v -> v.visitorCountries().contains(visitor) && host.equals(v.hostCountry()))
                .findFirst();
    }
}
