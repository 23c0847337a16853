package io.newswire.store.query;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** The aggregates the dashboard draws: visits over time, topics over time, and what a selection holds. */
public final class StatsReader {
    private final DataSource dataSource;

    public StatsReader(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** {@code [{"start": "2025-07-07", "status": "planned", "count": 3}, ...]} by bucket, then status. */
    public List<Map<String, Object>> timeline(TimelineQuery q) throws SQLException {
        // the field is one of the enum's names, never client text
        StringBuilder sql = new StringBuilder("SELECT date_trunc('" + q.interval().sqlField() + "', v.start_date)"
                + "::date AS bucket, v.status, count(*) AS n FROM visits v WHERE v.start_date IS NOT NULL");
        List<Object> args = new ArrayList<>();
        q.filter().appendTo(sql, args);
        return buckets(sql, args, "status");
    }

    /** {@code [{"start": "2025-07-07", "topic": "diplomacy", "count": 5}, ...]} by bucket, then topic. */
    public List<Map<String, Object>> topics(TopicTrendQuery q) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT date_trunc('" + q.interval().sqlField() + "', a.listed_at AT "
                + "TIME ZONE 'UTC')::date AS bucket, t AS topic, count(*) AS n FROM articles a, unnest(a.topics) t "
                + "WHERE true");
        List<Object> args = new ArrayList<>();
        ArticleReader.appendCountryAndTime(sql, args, q.country(), q.from(), q.before());
        return buckets(sql, args, "topic");
    }

    /** Runs a query of (bucket, KEY, n) grouped by its first two columns, in their order. */
    private List<Map<String, Object>> buckets(StringBuilder sql, List<Object> args, String key) throws SQLException {
        sql.append(" GROUP BY 1, 2 ORDER BY 1, 2");
        return Sql.query(dataSource, sql.toString(), args, rs -> {
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("start", rs.getObject("bucket", LocalDate.class));
            b.put(key, rs.getString(key));
            b.put("count", rs.getLong("n"));
            return b;
        });
    }

    /**
     * What a selection holds: {@code visits} matching the filter, {@code sourceArticles} (the distinct articles they
     * cite), {@code articles} (stored articles published in the period that mention each country asked for),
     * {@code firstDate} and {@code lastDate} (the period asked for, else the span of the visits' dates) and
     * {@code undated} (matching visits without dates).
     */
    public Map<String, Object> summary(VisitFilter f) throws SQLException {
        StringBuilder visits = new StringBuilder("WITH m AS (SELECT v.start_date, v.end_date, v.source_article_ids "
                + "FROM visits v WHERE true");
        List<Object> visitArgs = new ArrayList<>();
        f.appendTo(visits, visitArgs);
        visits.append(") SELECT count(*) AS n, count(*) FILTER (WHERE start_date IS NULL) AS undated, "
                + "min(start_date) AS first, max(coalesce(end_date, start_date)) AS last, "
                + "(SELECT count(DISTINCT s) FROM m, unnest(m.source_article_ids) s) AS sources FROM m");
        Map<String, Object> out = new LinkedHashMap<>();
        Sql.query(dataSource, visits.toString(), visitArgs, rs -> {
            out.put("visits", rs.getLong("n"));
            out.put("undated", rs.getLong("undated"));
            out.put("sourceArticles", rs.getLong("sources"));
            out.put("firstDate", f.from() != null ? f.from() : rs.getObject("first", LocalDate.class));
            out.put("lastDate", f.to() != null ? f.to() : rs.getObject("last", LocalDate.class));
            return null;
        });
        StringBuilder articles = new StringBuilder("SELECT count(*) AS n FROM articles a WHERE true");
        List<Object> articleArgs = new ArrayList<>();
        for (String country : new String[] {f.country(), f.host(), f.visitor()}) {
            ArticleReader.appendCountryAndTime(articles, articleArgs, country, null, null);
        }
        ArticleReader.appendCountryAndTime(articles, articleArgs, null,
                f.from() == null ? null : f.from().atStartOfDay(ZoneOffset.UTC).toInstant(),
                f.to() == null ? null : f.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        out.put("articles", Sql.query(dataSource, articles.toString(), articleArgs, rs -> rs.getLong("n")).get(0));
        return out;
    }
}
