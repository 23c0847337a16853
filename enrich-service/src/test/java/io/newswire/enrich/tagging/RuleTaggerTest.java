package io.newswire.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.Article;
import io.newswire.model.CountryMention;
import io.newswire.model.Enrichment;
import io.newswire.model.Evidence;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class RuleTaggerTest {
    private static final String TITLE = "Kenyan leader lands in Ghana";
    private static final String BODY = "Kenyan President Daniel Otieno arrived in Accra on Tuesday. Otieno will meet "
            + "Ghana's President Kofi Mensah. Ghana and Kenya signed a trade pact.";

    @Test
    void evidenceOffsetsPointIntoTitleBlankLineBody() {
        Article a = Articles.article("a1", "2024-05-15", TITLE, BODY);
        Enrichment e = Articles.TAGGER.tag(a);
        String text = TITLE + "\n\n" + BODY;
        assertThat(e.visits()).hasSize(1);
        for (Evidence ev : e.visits().getFirst().evidence()) {
            assertThat(text.substring(ev.start(), ev.end())).isEqualTo(ev.text());
        }
        assertThat(e.visits().getFirst().evidence()).extracting(Evidence::text).contains(TITLE,
                "Kenyan President Daniel Otieno arrived in Accra on Tuesday.");
        assertThat(e.visits().getFirst().sourceArticleIds()).containsExactly("a1");
    }

    @Test
    void countsCountriesAndListsPeople() {
        Enrichment e = Articles.TAGGER.tag(Articles.article("a1", "2024-05-15", TITLE, BODY));
        assertThat(e.countries()).contains(new CountryMention("GH", 4), new CountryMention("KE", 3));
        assertThat(e.people()).extracting(o -> o.name()).containsExactly("Daniel Otieno", "Kofi Mensah");
        assertThat(e.enricherVersion()).isEqualTo(RuleTagger.VERSION);
        assertThat(e.enrichedAt()).isEqualTo(Instant.parse("2030-01-01T00:00:00Z"));
    }

    @Test
    void toleratesMissingTitleBodyAndDate() {
        Article bare = new Article(1, "x", null, null, null, null, null, null, null, null, List.of(), List.of(),
                null, null, null);
        Enrichment e = RuleTagger.standard().tag(bare);
        assertThat(e.visits()).isEmpty();
        assertThat(e.topics()).isEmpty();
        Article summaryOnly = new Article(1, "y", null, null, null, null, "", "Kenyan President Daniel Otieno "
                + "arrived in Accra on Tuesday.", null, null, List.of(), List.of(), null,
                Instant.parse("2024-05-15T10:00:00Z"), null);
        assertThat(RuleTagger.standard().tag(summaryOnly).visits()).hasSize(1);
    }

    @Test
    void anyCutOfAnArticleIsTaggedWithoutFailing() {
        String text = TITLE + "\n\n" + BODY + " He left for Peru on May 1-3. The visit by Otieno, Kenya's president, "
                + "was postponed; ACCRA, May 2 - he arrived here.";
        for (int cut = 0; cut <= text.length(); cut += 3) {
            Article a = Articles.article("c" + cut, "2024-02-29", "", text.substring(0, cut));
            Enrichment e = Articles.TAGGER.tag(a);
            String read = text.substring(0, cut).strip();
            for (var v : e.visits()) {
                for (Evidence ev : v.evidence()) {
                    assertThat(read.substring(ev.start(), ev.end())).isEqualTo(ev.text());
                }
            }
        }
    }

    @Test
    void oneTaggerServesManyThreadsWithTheSameResults() throws Exception {
        Article a = Articles.article("a1", "2024-05-15", TITLE, BODY);
        Enrichment expected = Articles.TAGGER.tag(a);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Enrichment>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 200; i++) {
                results.add(pool.submit(() -> Articles.TAGGER.tag(a)));
            }
            for (Future<Enrichment> f : results) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
