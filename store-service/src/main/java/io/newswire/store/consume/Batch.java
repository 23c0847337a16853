package io.newswire.store.consume;

import io.newswire.model.EnrichedArticle;
import io.newswire.model.Topics;
import io.newswire.model.Visit;
import io.newswire.store.write.ArticleRow;
import io.newswire.store.write.BatchWriter.Item;
import io.newswire.store.write.VisitRow;
import io.newswire.store.write.VisitTombstone;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * One poll's records, decoded: the rows to store, the visits to delete, the records that could not be decoded (with
 * why), how many records and tombstones were read, and the offsets to commit once all of that is dealt with.
 *
 * <p>A tombstone on the visits topic deletes its key's visit, in log order with the key's other records: it drops
 * the key's records before it in this batch (the delete would undo them anyway) and the delete runs before the
 * batch's upserts, which hold only records after the key's last tombstone. A tombstone on the enriched-articles
 * topic is skipped: articles are never withdrawn upstream, the store keeps what it was told.
 */
record Batch(
        List<Item<ArticleRow, Source>> articles,
        List<Item<VisitTombstone, Source>> visitTombstones,
        List<Item<VisitRow, Source>> visits,
        Map<String, EnrichedArticle> articleEvents,
        Map<String, Visit> visitEvents,
        List<Failure> undecodable,
        int tombstones,
        int records,
        Map<TopicPartition, OffsetAndMetadata> nextOffsets) {

    record Failure(Source source, Throwable error) {
    }

    static Batch decode(Iterable<ConsumerRecord<byte[], byte[]>> records, Topics topics) {
        List<Item<ArticleRow, Source>> articles = new ArrayList<>();
        Map<String, Item<VisitTombstone, Source>> visitTombstones = new LinkedHashMap<>();
        List<Item<VisitRow, Source>> visits = new ArrayList<>();
        Map<String, EnrichedArticle> articleEvents = new HashMap<>();
        Map<String, ArticleRow> newestArticleRows = new HashMap<>();
        Map<String, Visit> visitEvents = new HashMap<>();
        List<Failure> undecodable = new ArrayList<>();
        Map<TopicPartition, OffsetAndMetadata> next = new HashMap<>();
        int tombstones = 0;
        int read = 0;
        var articleReader = topics.articlesEnriched().valueSerde().deserializer();
        var visitReader = topics.visits().valueSerde().deserializer();
        var visitKeyReader = topics.visits().keySerde().deserializer();
        for (ConsumerRecord<byte[], byte[]> r : records) {
            read++;
            Source source = Source.of(r);
            next.merge(source.topicPartition(), new OffsetAndMetadata(r.offset() + 1),
                    (a, b) -> a.offset() >= b.offset() ? a : b);
            boolean isVisit = r.topic().equals(topics.visits().name());
            if (r.value() == null) {
                tombstones++;
                if (!isVisit) {
                    continue; // articles are not withdrawn upstream: nothing to delete
                }
                String id = r.key() == null ? null : visitKeyReader.deserialize(r.topic(), r.key());
                if (id == null || id.isBlank()) {
                    undecodable.add(new Failure(source,
                            new IllegalArgumentException("a visit tombstone needs the visit id as its key")));
                    continue;
                }
                visits.removeIf(i -> i.row().id().equals(id));
                visitEvents.remove(id);
                visitTombstones.put(id, new Item<>(new VisitTombstone(id, r.topic(), r.partition(), r.offset()),
                        source));
                continue;
            }
            try {
                if (r.topic().equals(topics.articlesEnriched().name())) {
                    EnrichedArticle a = articleReader.deserialize(r.topic(), r.value());
                    ArticleRow row = ArticleRow.of(a);
                    articles.add(new Item<>(row, source));
                    ArticleRow newest = newestArticleRows.get(a.id());
                    if (newest == null || ArticleRow.VERSION_ORDER.compare(row, newest) > 0) {
                        newestArticleRows.put(a.id(), row);
                        articleEvents.put(a.id(), a);
                    }
                } else if (isVisit) {
                    Visit v = visitReader.deserialize(r.topic(), r.value());
                    visits.add(new Item<>(VisitRow.of(v, r.topic(), r.partition(), r.offset()), source));
                    visitEvents.put(v.id(), v); // records of a partition arrive in offset order: the last is newest
                } else {
                    throw new IllegalStateException("not subscribed to " + r.topic());
                }
            } catch (RuntimeException e) {
                undecodable.add(new Failure(source, e));
            }
        }
        return new Batch(articles, List.copyOf(visitTombstones.values()), visits, articleEvents, visitEvents,
                undecodable, tombstones, read, next);
    }

    /** This batch less the records of partitions this consumer no longer owns (the new owner reads them again). */
    Batch without(Set<TopicPartition> revoked) {
        if (revoked.isEmpty()) {
            return this;
        }
        Map<TopicPartition, OffsetAndMetadata> next = new HashMap<>(nextOffsets);
        next.keySet().removeAll(revoked);
        return new Batch(
                articles.stream().filter(i -> !revoked.contains(i.origin().topicPartition())).toList(),
                visitTombstones.stream().filter(i -> !revoked.contains(i.origin().topicPartition())).toList(),
                visits.stream().filter(i -> !revoked.contains(i.origin().topicPartition())).toList(),
                articleEvents, visitEvents,
                undecodable.stream().filter(f -> !revoked.contains(f.source().topicPartition())).toList(),
                tombstones, records, next);
    }

    /** Records read (tombstones and undecodable records included). */
    int size() {
        return records;
    }
}
