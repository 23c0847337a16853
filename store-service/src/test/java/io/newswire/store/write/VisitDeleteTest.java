package io.newswire.store.write;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.newswire.embedded.junit.WithInfra;
import io.newswire.embedded.postgres.PostgresServer;
import io.newswire.model.Visit;
import io.newswire.model.VisitStatus;
import io.newswire.store.Events;
import io.newswire.store.Infra;
import io.newswire.store.write.BatchWriter.Item;
import io.newswire.store.write.BatchWriter.Written;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Tombstone deletes on the real database: with their links, idempotent, never undoing a later record. */
@WithInfra
class VisitDeleteTest {
    private static final String TOPIC = "news.visits";

    private HikariDataSource db;
    private BatchWriter<Long> writer;

    @BeforeEach
    void setUp(PostgresServer pg) {
        db = Infra.database(pg);
        writer = new BatchWriter<>(db);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private static Item<VisitRow, Long> upsert(Visit v, long offset) {
        return new Item<>(VisitRow.of(v, TOPIC, 0, offset), offset);
    }

    private static Item<VisitTombstone, Long> tombstone(String id, long offset) {
        return new Item<>(new VisitTombstone(id, TOPIC, 0, offset), offset);
    }

    private Written<Long> write(List<Item<VisitTombstone, Long>> tombstones, List<Item<VisitRow, Long>> visits)
            throws Exception {
        return writer.write(List.of(), tombstones, visits);
    }

    private static Visit visit(int i, VisitStatus status, String... sources) {
        return Events.visit(i, "FR", "DE", LocalDate.of(2025, 3, 1), status, List.of(sources));
    }

    @Test
    void aTombstoneDeletesTheRowAndItsLinksAndARedeliveryChangesNothing() throws Exception {
        Visit a = visit(1, VisitStatus.PLANNED, "art-a1", "art-a2");
        Visit b = visit(2, VisitStatus.PLANNED, "art-b1");
        Visit kept = visit(3, VisitStatus.PLANNED, "art-k1");
        write(List.of(), List.of(upsert(a, 1), upsert(b, 2), upsert(kept, 3)));
        assertThat(Infra.count(db, "SELECT count(*) FROM article_visits")).isEqualTo(4);

        // a deleted and re-created with other sources, b deleted, an unknown id deleted: in one transaction
        Visit recreated = visit(1, VisitStatus.COMPLETED, "art-a3");
        List<Item<VisitTombstone, Long>> tombstones = List.of(tombstone(a.id(), 10), tombstone(b.id(), 11),
                tombstone("visit-unknown", 12));
        Written<Long> written = write(tombstones, List.of(upsert(recreated, 13)));

        assertThat(written.deletedVisits()).containsExactly(new DeletedVisit(a.id(), "DE", List.of("FR")),
                new DeletedVisit(b.id(), "DE", List.of("FR")));
        assertThat(written.visits()).containsExactly(new Change(a.id(), true));
        Map<String, String> status = Infra.column(db, "SELECT id, status FROM visits");
        assertThat(status).containsOnly(Map.entry(a.id(), "completed"), Map.entry(kept.id(), "planned"));
        Map<String, String> links = Infra.column(db, "SELECT article_id, visit_id FROM article_visits");
        assertThat(links).containsOnly(Map.entry("art-a3", a.id()), Map.entry("art-k1", kept.id()));
        assertThat(Infra.count(db, "SELECT revision FROM visits WHERE id = '" + a.id() + "'")).isEqualTo(1);
        String storedAt = Infra.column(db, "SELECT id, stored_at::text FROM visits").get(a.id());

        // the same batch again (a crash before the offset commit): the re-created row is newer than its tombstone
        Written<Long> again = write(tombstones, List.of(upsert(recreated, 13)));
        assertThat(again.deletedVisits()).isEmpty();
        assertThat(again.visits()).isEmpty();
        assertThat(Infra.column(db, "SELECT id, stored_at::text FROM visits").get(a.id())).isEqualTo(storedAt);
        assertThat(Infra.count(db, "SELECT count(*) FROM article_visits")).isEqualTo(2);
    }

    @Test
    void aTombstoneOlderThanTheStoredRowDeletesNothingAndANewerOneDeletes() throws Exception {
        Visit v = visit(5, VisitStatus.ONGOING, "art-5");
        write(List.of(), List.of(upsert(v, 20)));

        assertThat(write(List.of(tombstone(v.id(), 19)), List.of()).deletedVisits()).isEmpty();
        assertThat(Infra.count(db, "SELECT count(*) FROM visits")).isEqualTo(1);

        assertThat(write(List.of(tombstone(v.id(), 21)), List.of()).deletedVisits()).extracting(DeletedVisit::id)
                .containsExactly(v.id());
        assertThat(Infra.count(db, "SELECT count(*) FROM visits")).isZero();
        assertThat(Infra.count(db, "SELECT count(*) FROM article_visits")).isZero();
        // deleting what is gone is a no-op
        assertThat(write(List.of(tombstone(v.id(), 21)), List.of()).deletedVisits()).isEmpty();
    }
}
