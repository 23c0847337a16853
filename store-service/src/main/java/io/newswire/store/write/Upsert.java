package io.newswire.store.write;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One idempotent batch upsert: the rows travel as one JSON array that {@code json_to_recordset} turns into a row
 * set, so a batch of any size is one statement and one round trip. Its {@code ON CONFLICT ... DO UPDATE ... WHERE}
 * writes a row only when the incoming version is newer, and {@code RETURNING} reports what was written.
 */
public abstract class Upsert<R> {
    private final Function<R, String> id;
    private final Comparator<R> versionOrder;

    protected Upsert(Function<R, String> id, Comparator<R> versionOrder) {
        this.id = id;
        this.versionOrder = versionOrder;
    }

    /** The INSERT ... SELECT FROM json_to_recordset(?::json) ... RETURNING id, inserted statement. */
    protected abstract String sql();

    /** What must change with the rows that were written, in the same transaction. */
    protected void afterWrite(Connection c, List<Change> changes) throws SQLException {
    }

    public String id(R row) {
        return id.apply(row);
    }

    /**
     * Writes the newest version of each row among {@code rows} and whatever is stored, in the caller's transaction.
     * Rows are written in id order so that two instances writing overlapping batches lock rows in the same order.
     */
    public List<Change> upsert(Connection c, List<R> rows) throws SQLException {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Change> changes = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql())) {
            ps.setString(1, json(newestPerId(rows)));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    changes.add(new Change(rs.getString(1), rs.getBoolean(2)));
                }
            }
        }
        if (!changes.isEmpty()) {
            afterWrite(c, changes);
        }
        return changes;
    }

    /** A statement cannot update one row twice, and only the newest version of a row in a batch matters anyway. */
    List<R> newestPerId(List<R> rows) {
        Map<String, R> newest = new LinkedHashMap<>();
        for (R r : rows) {
            newest.merge(id.apply(r), r, (a, b) -> versionOrder.compare(a, b) >= 0 ? a : b);
        }
        return newest.values().stream().sorted(Comparator.comparing(id)).toList();
    }

    static String json(List<?> rows) {
        try {
            return StoredText.MAPPER.writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialise rows: " + e.getOriginalMessage(), e);
        }
    }
}
