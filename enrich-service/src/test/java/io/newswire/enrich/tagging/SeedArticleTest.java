package io.newswire.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newswire.model.Enrichment;
import io.newswire.model.Official;
import io.newswire.model.Visit;
import io.newswire.model.VisitStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The seed: Türkiye's foreign and defence ministers to Pakistan on 9 July 2025, then the foreign minister
 * on to Malaysia. The real article is read from ../shared when it is there; an article written for this test,
 * reporting a visit the same ways in other words, always runs.
 */
class SeedArticleTest {
    private static final Path SEED = Path.of("../../shared/seed/seed-article.txt");

    @Test
    void sharedSeedArticle() throws IOException {
        assumeTrue(Files.isReadable(SEED), "../shared is not here");
        String raw = Files.readString(SEED, StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("^\\s*date (\\d{4}-\\d{2}-\\d{2}) (.*)$", Pattern.MULTILINE).matcher(raw);
        assertThat(m.find()).isTrue();
        String body = raw.substring(m.end());
        Enrichment e = Articles.TAGGER.tag(Articles.article("seed", m.group(1), m.group(2), body));

        Visit pk = Articles.visit(e.visits(), "TR", "PK").orElseThrow();
        assertThat(pk.startDate()).isEqualTo(LocalDate.of(2025, 7, 9));
        assertThat(pk.status()).isEqualTo(VisitStatus.PLANNED);
        assertThat(names(pk.visitors())).containsExactlyInAnyOrder("Hakan Fidan", "Yaşar Güler");
        assertThat(names(pk.hosts())).containsExactlyInAnyOrder("Shehbaz Sharif", "Ishaq Dar", "Asim Munir");
        assertThat(pk.hosts()).contains(new Official("Asim Munir", "army chief", "PK"));

        Visit my = Articles.visit(e.visits(), "TR", "MY").orElseThrow();
        assertThat(my.startDate()).isEqualTo(LocalDate.of(2025, 7, 10));
        assertThat(names(my.visitors())).containsExactly("Hakan Fidan");
        assertThat(e.visits()).hasSize(2);
    }

    @Test
    void seedLikeArticleInOtherWords() {
        String title = "Chilean foreign, trade ministers due in Argentina for talks";
        String body = """
                Chilean Foreign Minister Lucia Herrera and Trade Minister Tomas Vega will make a one-day visit to \
                Argentina on March 4 to deepen economic ties between the neighbours.

                Diplomatic sources said Herrera and Vega will meet Argentine President Martin Rojas, Foreign \
                Minister Sofia Paz and Commander of Argentina's Land Forces Gen. Diego Funes.

                The visit by Herrera and Vega follows months of tension over fishing rights. Herrera, Chile's \
                foreign minister, is expected to stress cooperation on security.

                The Chilean foreign minister will then leave for Uruguay from Argentina to attend a regional \
                ministerial meeting on March 5.
                """;
        Enrichment e = Articles.TAGGER.tag(Articles.article("own-seed", "2026-03-03", title, body));

        Visit ar = Articles.visit(e.visits(), "CL", "AR").orElseThrow();
        assertThat(ar.startDate()).isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(ar.endDate()).isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(ar.status()).isEqualTo(VisitStatus.PLANNED);
        assertThat(ar.visitors()).containsExactlyInAnyOrder(
                new Official("Lucia Herrera", "foreign minister", "CL"),
                new Official("Tomas Vega", "trade minister", "CL"));
        assertThat(ar.hosts()).containsExactlyInAnyOrder(
                new Official("Martin Rojas", "president", "AR"),
                new Official("Sofia Paz", "foreign minister", "AR"),
                new Official("Diego Funes", "army chief", "AR"));
        assertThat(ar.id()).isEqualTo("CL>AR@2026-03-04");

        Visit uy = Articles.visit(e.visits(), "CL", "UY").orElseThrow();
        assertThat(uy.startDate()).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(names(uy.visitors())).containsExactly("Lucia Herrera");
        assertThat(uy.status()).isEqualTo(VisitStatus.PLANNED);
        assertThat(e.visits()).hasSize(2);
    }

    private static List<String> names(List<Official> officials) {
        return officials.stream().map(Official::name).toList();
    }
}
