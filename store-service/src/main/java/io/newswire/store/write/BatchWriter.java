package io.newswire.store.write;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Stores one batch of articles and visits, and deletes the visits its tombstones name, in one transaction. The
 * deletes run before the visit upserts: a batch carries for each visit only its records after its last tombstone, so
 * deleting first and upserting then is the log's order for every key. When the batch fails because of its data, it
 * is stored again row by row, each under a savepoint, so that the rows the database rejects are reported (to be
 * dead-lettered) and every other row is stored. Any other failure is thrown, and nothing of the batch is kept.
 *
 * @param <O> where a row came from, handed back with its rejection
 */
public final class BatchWriter<O> {
    private final DataSource dataSource;
    private final ArticleUpsert articleUpsert = new ArticleUpsert();
    private final VisitUpsert visitUpsert = new VisitUpsert();
    private final VisitDelete visitDelete = new VisitDelete();

    public BatchWriter(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public record Item<R, O>(R row, O origin) {
    }

    public record Rejected<O>(O origin, SQLException error) {
    }

    public record Written<O>(List<Change> articles, List<Change> visits, List<DeletedVisit> deletedVisits,
            List<Rejected<O>> rejected) {
    }

    public Written<O> write(List<Item<ArticleRow, O>> articles, List<Item<VisitTombstone, O>> visitTombstones,
            List<Item<VisitRow, O>> visits) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                List<Change> a = articleUpsert.upsert(c, rows(articles));
                List<DeletedVisit> d = visitDelete.delete(c, rows(visitTombstones));
                List<Change> v = visitUpsert.upsert(c, rows(visits));
                c.commit();
                return new Written<>(a, v, d, List.of());
            } catch (SQLException e) {
                rollbackQuietly(c, e);
                if (!SqlErrors.isRecordError(e)) {
                    throw e;
                }
            }
            List<Rejected<O>> rejected = new ArrayList<>();
            List<Change> a = oneByOne(c, articleUpsert, articles, rejected);
            // a delete has no data the database could reject: the tombstones stay one statement
            List<DeletedVisit> d = visitDelete.delete(c, rows(visitTombstones));
            List<Change> v = oneByOne(c, visitUpsert, visits, rejected);
            c.commit();
            return new Written<>(a, v, d, rejected);
        }
    }

    private static <R, O> List<Change> oneByOne(Connection c, Upsert<R> upsert, List<Item<R, O>> items,
            List<Rejected<O>> rejected) throws SQLException {
        List<Change> changes = new ArrayList<>();
        for (Item<R, O> item : items) {
            Savepoint sp = c.setSavepoint();
            try {
                changes.addAll(upsert.upsert(c, List.of(item.row())));
                c.releaseSavepoint(sp);
            } catch (SQLException e) {
                if (!SqlErrors.isRecordError(e)) {
                    throw e;
                }
                c.rollback(sp);
                rejected.add(new Rejected<>(item.origin(), e));
            }
        }
        return changes;
    }

    private static <R> List<R> rows(List<? extends Item<R, ?>> items) {
        return items.stream().<R>map(Item::row).toList();
    }

    private static void rollbackQuietly(Connection c, SQLException cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
