package io.newswire.store.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/** Reads visits, their sources and their statistics for the API. */
public final class VisitReader {
    private static final String SUMMARY_COLUMNS = "v.id, v.visitor_countries, v.host_country, v.visitors::text AS "
            + "visitors_json, v.hosts::text AS hosts_json, v.start_date, v.end_date, v.listed_on, v.status, "
            + "v.cameo_code, v.source_article_ids, v.updated_at, (SELECT count(DISTINCT coalesce(a.feed_title, "
            + "a.feed_url)) FROM articles a WHERE a.id = ANY(v.source_article_ids)) AS outlets";

    private final DataSource dataSource;

    public VisitReader(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Page<VisitSummary> list(VisitQuery q) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT " + SUMMARY_COLUMNS + " FROM visits v WHERE true");
        List<Object> args = new ArrayList<>();
        q.filter().appendTo(sql, args);
        if (q.cursor() != null) {
            sql.append(" AND (v.listed_on, v.id) < (?, ?)");
            args.add(q.cursorDate());
            args.add(q.cursor().id());
        }
        sql.append(" ORDER BY v.listed_on DESC, v.id DESC LIMIT ?");
        args.add(q.limit() + 1);
        return Sql.page(Sql.query(dataSource, sql.toString(), args, rs -> new Sql.Keyed<>(summary(rs),
                VisitQuery.cursorAfter(rs.getObject("listed_on", LocalDate.class), rs.getString("id")))), q.limit());
    }

    public Optional<VisitDetail> byId(String id) throws SQLException {
        String sql = "SELECT " + SUMMARY_COLUMNS + ", v.evidence::text AS evidence_json, v.revision, v.stored_at "
                + "FROM visits v WHERE v.id = ?";
        String sources = """
                SELECT s.article_id, a.id IS NOT NULL AS stored, a.title, a.url, a.feed_title, a.published_at
                FROM visits v
                CROSS JOIN LATERAL unnest(v.source_article_ids) WITH ORDINALITY AS s(article_id, n)
                LEFT JOIN articles a ON a.id = s.article_id
                WHERE v.id = ?
                ORDER BY s.n
                """;
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql);
                PreparedStatement src = c.prepareStatement(sources)) {
            Sql.bind(ps, List.of(id));
            VisitSummary visit;
            String evidence;
            int revision;
            java.time.Instant storedAt;
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                visit = summary(rs);
                evidence = rs.getString("evidence_json");
                revision = rs.getInt("revision");
                storedAt = Sql.instant(rs, "stored_at");
            }
            List<VisitDetail.SourceArticle> found = new ArrayList<>();
            Sql.bind(src, List.of(id));
            try (ResultSet rs = src.executeQuery()) {
                while (rs.next()) {
                    found.add(new VisitDetail.SourceArticle(rs.getString("article_id"), rs.getBoolean("stored"),
                            rs.getString("title"), rs.getString("url"), rs.getString("feed_title"),
                            Sql.instant(rs, "published_at")));
                }
            }
            return Optional.of(new VisitDetail(visit, evidence, revision, storedAt, found));
        }
    }

    /** Counts, largest first; by month in calendar order (undated visits are left out of months). */
    public List<Map<String, Object>> stats(StatsQuery q) throws SQLException {
        StringBuilder sql = new StringBuilder();
        List<String> keys;
        String groupOrder;
        switch (q.groupBy()) {
            case PAIR -> {
                sql.append("SELECT vc AS visitor, v.host_country AS host, count(*) AS n FROM visits v, "
                        + "unnest(v.visitor_countries) AS vc WHERE true");
                keys = List.of("visitor", "host");
                groupOrder = " GROUP BY vc, v.host_country ORDER BY n DESC, visitor, host";
            }
            case HOST -> {
                sql.append("SELECT v.host_country AS host, count(*) AS n FROM visits v WHERE true");
                keys = List.of("host");
                groupOrder = " GROUP BY v.host_country ORDER BY n DESC, host";
            }
            case VISITOR -> {
                sql.append("SELECT vc AS visitor, count(*) AS n FROM visits v, unnest(v.visitor_countries) AS vc "
                        + "WHERE true");
                keys = List.of("visitor");
                groupOrder = " GROUP BY vc ORDER BY n DESC, visitor";
            }
            case MONTH -> {
                sql.append("SELECT to_char(v.start_date, 'YYYY-MM') AS month, count(*) AS n FROM visits v "
                        + "WHERE v.start_date IS NOT NULL");
                keys = List.of("month");
                groupOrder = " GROUP BY 1 ORDER BY month";
            }
            default -> throw new IllegalStateException("unhandled " + q.groupBy());
        }
        List<Object> args = new ArrayList<>();
        q.filter().appendTo(sql, args);
        if (q.filter().visitor() != null && keys.contains("visitor")) {
            // a visit of several countries counts once for the asked-for visitor, not for its companions
            sql.append(" AND vc = ?");
            args.add(q.filter().visitor());
        }
        sql.append(groupOrder).append(" LIMIT ?");
        args.add(q.limit());
        return Sql.query(dataSource, sql.toString(), args, rs -> {
            Map<String, Object> g = new LinkedHashMap<>();
            for (String k : keys) {
                g.put(k, rs.getString(k));
            }
            g.put("count", rs.getLong("n"));
            return g;
        });
    }

    private static VisitSummary summary(ResultSet rs) throws SQLException {
        return new VisitSummary(rs.getString("id"), Sql.strings(rs, "visitor_countries"), rs.getString("host_country"),
                rs.getString("visitors_json"), rs.getString("hosts_json"), rs.getObject("start_date", LocalDate.class),
                rs.getObject("end_date", LocalDate.class), rs.getString("status"), rs.getString("cameo_code"),
                Sql.strings(rs, "source_article_ids"), rs.getInt("outlets"), Sql.instant(rs, "updated_at"));
    }
}
