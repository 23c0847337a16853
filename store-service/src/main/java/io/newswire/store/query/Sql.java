package io.newswire.store.query;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** The few JDBC conversions the readers share. */
final class Sql {
    /** Queries are cut off rather than left to hold a connection: the API answers 503 then. */
    static final int QUERY_TIMEOUT_SECONDS = 15;

    private Sql() {
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
