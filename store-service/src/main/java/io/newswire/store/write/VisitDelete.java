package io.newswire.store.write;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Deletes the visits that tombstones name, with their {@code article_visits} links, in one statement and in the
 * caller's transaction.
 *
 * <p>A tombstone deletes only a row it is newer than, by the visits' rule: a stored row read later in the same topic
 * partition (the visit was re-created after the tombstone) survives. So a redelivered batch deletes nothing that a
 * later record put back, and deleting a row that is not there is a no-op.
 */
public final class VisitDelete {
    private static final String SQL = """
            WITH gone AS (
                DELETE FROM visits v
                USING json_to_recordset(?::json) AS t(id text, "sourceTopic" text, "sourcePartition" integer,
                        "sourceOffset" bigint)
                WHERE v.id = t.id
                  AND NOT (v.source_topic = t."sourceTopic" AND v.source_partition = t."sourcePartition"
                           AND v.source_offset > t."sourceOffset")
                RETURNING v.id, v.host_country, v.visitor_countries),
            unlinked AS (
                DELETE FROM article_visits av USING gone WHERE av.visit_id = gone.id)
            SELECT id, host_country, visitor_countries FROM gone ORDER BY id
            """;

    /** Deletes what {@code tombstones} (at most one per id) are newer than; returns the rows deleted. */
    public List<DeletedVisit> delete(Connection c, List<VisitTombstone> tombstones) throws SQLException {
        if (tombstones.isEmpty()) {
            return List.of();
        }
        List<DeletedVisit> deleted = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(SQL)) {
            // id order, like the upserts, so that overlapping batches of two instances lock rows in the same order
            ps.setString(1, Upsert.json(
                    tombstones.stream().sorted(Comparator.comparing(VisitTombstone::id)).toList()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Array visitors = rs.getArray(3);
                    deleted.add(new DeletedVisit(rs.getString(1), rs.getString(2),
                            List.of((String[]) visitors.getArray())));
                    visitors.free();
                }
            }
        }
        return deleted;
    }
}
