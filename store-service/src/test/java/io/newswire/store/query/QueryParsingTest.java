package io.newswire.store.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newswire.model.VisitStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryParsingTest {

    private static Map<String, List<String>> params(String... kv) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.computeIfAbsent(kv[i], k -> new java.util.ArrayList<>()).add(kv[i + 1]);
        }
        return m;
    }

    private static void assertBad(Runnable parse, String parameter) {
        assertThatThrownBy(parse::run).isInstanceOf(BadParameter.class)
                .satisfies(e -> assertThat(((BadParameter) e).parameter()).isEqualTo(parameter));
    }

    @Test
    void articleQueryDefaultsAndNormalises() {
        ArticleQuery q = ArticleQuery.parse(params());
        assertThat(q.limit()).isEqualTo(ArticleQuery.DEFAULT_LIMIT);
        assertThat(q.text()).isNull();
        q = ArticleQuery.parse(params("q", "  summit talks ", "country", "fr", "topic", "bilateral_relations", "limit", "200"));
        assertThat(q.text()).isEqualTo("summit talks");
        assertThat(q.country()).isEqualTo("FR");
        assertThat(q.limit()).isEqualTo(200);
    }

    @Test
    void aDateToMeansTheWholeDayAndAnInstantToIsInclusive() {
        ArticleQuery q = ArticleQuery.parse(params("from", "2025-03-01", "to", "2025-03-01"));
        assertThat(q.from()).isEqualTo(Instant.parse("2025-03-01T00:00:00Z"));
        assertThat(q.before()).isEqualTo(Instant.parse("2025-03-02T00:00:00Z"));
        q = ArticleQuery.parse(params("to", "2025-03-01T12:00:00+01:00"));
        assertThat(q.before()).isEqualTo(Instant.parse("2025-03-01T11:00:00.000001Z"));
    }

    @Test
    void badArticleParametersNameThemselves() {
        assertBad(() -> ArticleQuery.parse(params("limit", "0")), "limit");
        assertBad(() -> ArticleQuery.parse(params("limit", "201")), "limit");
        assertBad(() -> ArticleQuery.parse(params("limit", "1e3")), "limit");
        assertBad(() -> ArticleQuery.parse(params("country", "F1")), "country");
        assertBad(() -> ArticleQuery.parse(params("topic", "' OR 1=1")), "topic");
        assertBad(() -> ArticleQuery.parse(params("from", "+10000-01-01T00:00:00Z")), "from");
        assertBad(() -> ArticleQuery.parse(params("from", "0000-12-31")), "from");
        assertBad(() -> ArticleQuery.parse(params("to", "2025-02-29")), "to");
        assertBad(() -> ArticleQuery.parse(params("from", "2025-03-02", "to", "2025-03-01")), "from");
        assertBad(() -> ArticleQuery.parse(params("q", "a\u0000b")), "q");
        assertBad(() -> ArticleQuery.parse(params("q", "x".repeat(501))), "q");
        assertBad(() -> ArticleQuery.parse(params("q", "a", "q", "b")), "q");
        assertBad(() -> ArticleQuery.parse(params("sort", "title")), "sort");
        assertBad(() -> ArticleQuery.parse(params("", "x")), "");
        assertThat(ArticleQuery.parse(params("", "")).limit()).isEqualTo(ArticleQuery.DEFAULT_LIMIT);
    }

    @Test
    void cursorsRoundTripAndRefuseTampering() {
        Cursor c = ArticleQuery.cursorAfter(Instant.parse("2025-03-01T08:00:00.123456Z"), "art:1");
        ArticleQuery q = ArticleQuery.parse(params("cursor", c.encode()));
        assertThat(q.cursor()).isEqualTo(c);
        assertThat(q.cursorTime()).isEqualTo(Instant.parse("2025-03-01T08:00:00.123456Z"));
        assertBad(() -> ArticleQuery.parse(params("cursor", "not base64 !")), "cursor");
        assertBad(() -> VisitQuery.parse(params("cursor", c.encode())), "cursor");
        String huge = new Cursor(ArticleQuery.KIND, Long.MAX_VALUE, "x").encode();
        assertBad(() -> ArticleQuery.parse(params("cursor", huge)), "cursor");
        String noId = new Cursor(ArticleQuery.KIND, 5, "\u0001").encode();
        assertBad(() -> ArticleQuery.parse(params("cursor", noId)), "cursor");
    }

    @Test
    void visitQueryAndStats() {
        VisitQuery q = VisitQuery.parse(params("host", "de", "visitor", "fr", "status", "Completed", "from",
                "2025-01-01", "to", "2025-01-31"));
        assertThat(q.filter()).isEqualTo(new VisitFilter("DE", "FR", LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 1, 31), VisitStatus.COMPLETED));
        Cursor c = VisitQuery.cursorAfter(LocalDate.of(2025, 2, 3), "visit-1");
        assertThat(VisitQuery.parse(params("cursor", c.encode())).cursorDate()).isEqualTo(LocalDate.of(2025, 2, 3));
        assertBad(() -> VisitQuery.parse(params("status", "postponed")), "status");
        assertBad(() -> VisitQuery.parse(params("from", "2025-02-01", "to", "2025-01-01")), "from");
        assertThat(StatsQuery.parse(params()).groupBy()).isEqualTo(StatsQuery.GroupBy.PAIR);
        assertThat(StatsQuery.parse(params("groupBy", "month")).groupBy()).isEqualTo(StatsQuery.GroupBy.MONTH);
        assertBad(() -> StatsQuery.parse(params("groupBy", "year")), "groupBy");
        assertBad(() -> StatsQuery.parse(params("cursor", "x")), "cursor");
    }

    @Test
    void pathIds() {
        assertThat(Params.id("art-1")).isEqualTo("art-1");
        assertBad(() -> Params.id("x".repeat(513)), "id");
        assertBad(() -> Params.id("a\nb"), "id");
    }

    @Test
    void visitFilterBindsValuesInsteadOfWritingThemIntoSql() {
        VisitFilter f = new VisitFilter("DE", "FR", LocalDate.of(2025, 1, 1), null, VisitStatus.PLANNED);
        StringBuilder sql = new StringBuilder();
        List<Object> args = new java.util.ArrayList<>();
        f.appendTo(sql, args);
        assertThat(sql.toString()).doesNotContain("DE").doesNotContain("FR").doesNotContain("planned");
        assertThat(args).containsExactly("DE", "FR", LocalDate.of(2025, 1, 1), "planned");
    }
}
