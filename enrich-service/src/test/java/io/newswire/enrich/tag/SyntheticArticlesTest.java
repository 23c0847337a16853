package io.newswire.enrich.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newswire.model.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyntheticArticlesTest {
    private static boolean visitReport(Article a) {
        return a.body().contains("-day official visit");
    }

    @Test
    void theShareOfVisitReportsIsSpreadEvenly() {
        List<Article> articles = SyntheticArticles.generate(1000, 42, 0.25);
        assertThat(articles).hasSize(1000);
        assertThat(articles.stream().filter(SyntheticArticlesTest::visitReport)).hasSize(250);
        // evenly: every block of four has exactly one
        for (int i = 0; i < 1000; i += 4) {
            assertThat(articles.subList(i, i + 4).stream().filter(SyntheticArticlesTest::visitReport)).hasSize(1);
        }
    }

    @Test
    void otherNewsIsAsLongAsAVisitReport() {
        List<Article> articles = SyntheticArticles.generate(400, 7, 0.5);
        double visits = articles.stream().filter(SyntheticArticlesTest::visitReport)
                .mapToInt(a -> a.body().length()).average().orElseThrow();
        double others = articles.stream().filter(a -> !visitReport(a))
                .mapToInt(a -> a.body().length()).average().orElseThrow();
        assertThat(others).isBetween(visits * 0.8, visits * 1.25);
    }

    @Test
    void allVisitReportsByDefaultAndTheSameForTheSameSeed() {
        assertThat(SyntheticArticles.generate(50, 3)).allMatch(SyntheticArticlesTest::visitReport)
                .isEqualTo(SyntheticArticles.generate(50, 3, 1.0));
        assertThat(SyntheticArticles.generate(50, 3, 0.0)).noneMatch(SyntheticArticlesTest::visitReport);
        assertThatThrownBy(() -> SyntheticArticles.generate(1, 1, 1.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
