package io.newswire.store.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Reads articles for the API. */
public final class ArticleReader {
    private static final String SUMMARY_COLUMNS =
            "a.id, a.url, a.feed_url, a.feed_title, a.title, a.summary, a.language, a.source_country, a.published_at, a.listed_at, "
            + "a.topics, a.countries";

    private final DataSource dataSource;

    public ArticleReader(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Page<ArticleSummary> list(ArticleQuery q) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT " + SUMMARY_COLUMNS + " FROM articles a WHERE true");
        List<Object> args = new ArrayList<>();
        if (q.text() != null) {
            sql.append(" AND a.search @@ websearch_to_tsquery('simple', ?)");
            args.add(q.text());
        }
        if (q.topic() != null) {
            sql.append(" AND a.topics @> ARRAY[?]::text[]");
            args.add(q.topic());
        }
        appendCountryAndTime(sql, args, q.country(), q.from(), q.before());
        if (q.cursor() != null) {
            sql.append(" AND (a.listed_at, a.id) < (?, ?)");
            args.add(q.cursorTime());
            args.add(q.cursor().id());
        }
        sql.append(" ORDER BY a.listed_at DESC, a.id DESC LIMIT ?");
        args.add(q.limit() + 1);
        return Sql.page(Sql.query(dataSource, sql.toString(), args, rs -> {
            ArticleSummary a = summary(rs);
            return new Sql.Keyed<>(a, ArticleQuery.cursorAfter(a.listedAt(), a.id()));
        }), q.limit());
    }

    public Optional<ArticleDetail> byId(String id) throws SQLException {
        String sql = """
                SELECT a.*, a.enrichment::text AS enrichment_json,
                       ARRAY(SELECT av.visit_id FROM article_visits av WHERE av.article_id = a.id
                             ORDER BY av.visit_id) AS visit_ids
                FROM articles a WHERE a.id = ?
                """;
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            Sql.bind(ps, List.of(id));
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new ArticleDetail(rs.getString("id"), rs.getString("url"), rs.getString("guid"),
                        rs.getString("feed_url"), rs.getString("feed_title"), rs.getString("title"),
                        rs.getString("summary"), rs.getString("body"), rs.getString("language"),
                        rs.getString("source_country"), Sql.strings(rs, "authors"), Sql.strings(rs, "categories"), Sql.instant(rs, "published_at"),
                        Sql.instant(rs, "fetched_at"), rs.getString("content_hash"), Sql.strings(rs, "topics"),
                        Sql.strings(rs, "countries"), rs.getString("enrichment_json"), Sql.strings(rs, "visit_ids"),
                        rs.getInt("revision"), Sql.instant(rs, "stored_at"), Sql.instant(rs, "updated_at")));
            }
        }
    }

    private static ArticleSummary summary(ResultSet rs) throws SQLException {
        return new ArticleSummary(rs.getString("id"), rs.getString("url"), rs.getString("feed_url"),
                rs.getString("feed_title"), rs.getString("title"), rs.getString("summary"), rs.getString("language"),
                rs.getString("source_country"), Sql.instant(rs, "published_at"), Sql.instant(rs, "listed_at"), Sql.strings(rs, "topics"),
                Sql.strings(rs, "countries"));
    }

    /** {@code AND} conditions on {@code articles a}: mentions {@code country}, listed in [from, before); nulls skip. */
    static void appendCountryAndTime(StringBuilder sql, List<Object> args, String country, java.time.Instant from,
            java.time.Instant before) {
        if (country != null) {
            sql.append(" AND a.countries @> ARRAY[?]::text[]");
            args.add(country);
        }
        if (from != null) {
            sql.append(" AND a.listed_at >= ?");
            args.add(from);
        }
        if (before != null) {
            sql.append(" AND a.listed_at < ?");
            args.add(before);
        }
    }
}
