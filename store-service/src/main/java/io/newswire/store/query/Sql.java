package io.newswire.store.query;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** The few JDBC conversions the readers share. */
final class Sql {
    /** Queries are cut off rather than left to hold a connection: the API answers 503 then. */
    static final int QUERY_TIMEOUT_SECONDS = 15;

    private Sql() {
    }

    /** Reads one row. */
    @FunctionalInterface
    interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** A list item with the cursor that points just after it. */
    record Keyed<T>(T item, Cursor cursor) {
    }

    static <T> List<T> query(DataSource dataSource, String sql, List<Object> args, Row<T> row) throws SQLException {
        List<T> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row.read(rs));
                }
            }
        }
        return out;
    }

    /** A page of {@code limit} items from rows fetched with {@code LIMIT limit + 1}: one more means a next page. */
    static <T> Page<T> page(List<Keyed<T>> rows, int limit) {
        List<T> items = rows.stream().limit(limit).map(Keyed::item).toList();
        return new Page<>(items, rows.size() > limit ? rows.get(limit - 1).cursor().encode() : null);
    }

    static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
        ps.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
        for (int i = 0; i < args.size(); i++) {
            Object a = args.get(i);
            ps.setObject(i + 1, a instanceof Instant t ? OffsetDateTime.ofInstant(t, ZoneOffset.UTC) : a);
        }
    }

    static List<String> strings(ResultSet rs, String column) throws SQLException {
        Array a = rs.getArray(column);
        if (a == null) {
            return List.of();
        }
        try {
            return List.of((String[]) a.getArray());
        } finally {
            a.free();
        }
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
