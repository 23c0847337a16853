package io.newswire.store.consume;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.EnrichedArticle;
import io.newswire.model.Topics;
import io.newswire.model.Visit;
import io.newswire.model.VisitStatus;
import io.newswire.store.Events;
import io.newswire.store.write.BatchWriter.Item;
import io.newswire.store.write.VisitRow;
import io.newswire.store.write.VisitTombstone;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/** How a poll's records become a batch: tombstones against the upserts of the same key, in log order. */
class BatchDecodeTest {
    private final Topics topics = Topics.named("raw", "enriched", "visits", "dead");
    private final List<ConsumerRecord<byte[], byte[]>> log = new ArrayList<>();

    private void visit(Visit v) {
        append("visits", key(v.id()), topics.visits().valueSerde().serializer().serialize("visits", v));
    }

    private void tombstone(String topic, String id) {
        append(topic, id == null ? null : key(id), null);
    }

    private void article(EnrichedArticle a) {
        append("enriched", key(a.id()),
                topics.articlesEnriched().valueSerde().serializer().serialize("enriched", a));
    }

    private void append(String topic, byte[] key, byte[] value) {
        log.add(new ConsumerRecord<>(topic, 0, log.size(), key, value));
    }

    private static byte[] key(String id) {
        return id.getBytes(StandardCharsets.UTF_8);
    }

    private static Visit completed(Visit v) {
        return new Visit(v.id(), v.visitorCountries(), v.hostCountry(), v.visitors(), v.hosts(), v.startDate(),
                v.endDate(), VisitStatus.COMPLETED, v.cameoCode(), v.evidence(), v.sourceArticleIds());
    }

    private static List<String> ids(List<? extends Item<?, Source>> items) {
        return items.stream().map(i -> i.row() instanceof VisitRow r ? r.id() : ((VisitTombstone) i.row()).id())
                .toList();
    }

    @Test
    void aTombstoneDropsTheEarlierUpsertsOfItsKeyAndLaterUpsertsRecreateIt() {
        Visit a = Events.visit(1);
        Visit b = Events.visit(2);
        Visit c = Events.visit(3);
        visit(a);                        // 0: a, then deleted
        tombstone("visits", a.id());     // 1
        visit(b);                        // 2: b deleted, then re-created as completed
        tombstone("visits", b.id());     // 3
        visit(completed(b));             // 4
        visit(c);                        // 5: c untouched by tombstones
        tombstone("visits", a.id());     // 6: a deleted twice: the later tombstone counts

        Batch batch = Batch.decode(log, topics);

        assertThat(ids(batch.visits())).containsExactly(b.id(), c.id());
        assertThat(batch.visits().get(0).row().status()).isEqualTo("completed");
        assertThat(batch.visits().get(0).row().sourceOffset()).isEqualTo(4);
        assertThat(batch.visitTombstones()).extracting(Item::row).containsExactlyInAnyOrder(
                new VisitTombstone(a.id(), "visits", 0, 6), new VisitTombstone(b.id(), "visits", 0, 3));
        // the stream hears of what survives the batch only
        assertThat(batch.visitEvents()).containsOnlyKeys(b.id(), c.id());
        assertThat(batch.visitEvents().get(b.id()).status()).isEqualTo(VisitStatus.COMPLETED);
        assertThat(batch.tombstones()).isEqualTo(3);
        assertThat(batch.size()).isEqualTo(7);
        assertThat(batch.undecodable()).isEmpty();
        assertThat(batch.nextOffsets().get(new TopicPartition("visits", 0)).offset()).isEqualTo(7);
    }

    @Test
    void anUpsertAfterTheLastTombstoneIsKeptAndOneBeforeItIsNot() {
        Visit v = Events.visit(7);
        tombstone("visits", v.id());
        visit(v);
        assertThat(ids(Batch.decode(log, topics).visits())).containsExactly(v.id());

        tombstone("visits", v.id());
        Batch batch = Batch.decode(log, topics);
        assertThat(batch.visits()).isEmpty();
        assertThat(batch.visitTombstones()).extracting(i -> i.row().sourceOffset()).containsExactly(2L);
    }

    @Test
    void articleTombstonesAreSkippedAndAKeylessVisitTombstoneIsUndecodable() {
        EnrichedArticle a = Events.article(1);
        article(a);
        tombstone("enriched", a.id());
        tombstone("visits", null);

        Batch batch = Batch.decode(log, topics);

        assertThat(batch.articles()).hasSize(1); // articles are never withdrawn: the stored one stays
        assertThat(batch.visitTombstones()).isEmpty();
        assertThat(batch.tombstones()).isEqualTo(2);
        assertThat(batch.undecodable()).singleElement().satisfies(f -> {
            assertThat(f.source().offset()).isEqualTo(2);
            assertThat(f.error()).hasMessageContaining("needs the visit id as its key");
        });
    }
}
