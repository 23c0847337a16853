package io.newswire.store.write;

import io.newswire.model.Evidence;
import io.newswire.model.Official;
import io.newswire.model.Visit;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The {@code visits} row of one visit record, with where it was read from.
 *
 * <p>{@code news.visits} carries the enricher's merged record of each visit, so the latest record of a key is its
 * current state. Newer therefore means later in the log: a higher offset in the same topic partition. A record from
 * another partition or topic (the topic was re-partitioned or replaced) wins when its content differs. An identical
 * record is never newer, so a redelivery writes nothing.
 */
public record VisitRow(
        String id,
        List<String> visitorCountries,
        String hostCountry,
        List<Official> visitors,
        List<Official> hosts,
        LocalDate startDate,
        LocalDate endDate,
        LocalDate listedOn,
        String status,
        String cameoCode,
        List<Evidence> evidence,
        List<String> sourceArticleIds,
        String digest,
        String sourceTopic,
        int sourcePartition,
        long sourceOffset) {

    /** Undated visits sort after every dated one (lists are newest first). */
    public static final LocalDate UNDATED = LocalDate.of(1, 1, 1);

    /** Orders records of one visit from oldest to newest within a batch (a batch reads each partition in order). */
    public static final Comparator<VisitRow> VERSION_ORDER = Comparator.comparingLong(VisitRow::sourceOffset);

    public static VisitRow of(Visit v, String topic, int partition, long offset) {
        LocalDate listedOn = v.startDate() != null ? v.startDate() : v.endDate() != null ? v.endDate() : UNDATED;
        return new VisitRow(v.id(),
                v.visitorCountries().stream().map(c -> c.toUpperCase(Locale.ROOT)).distinct().toList(),
                v.hostCountry().toUpperCase(Locale.ROOT), v.visitors(), v.hosts(), v.startDate(), v.endDate(),
                listedOn, v.status().json(), v.cameoCode(), v.evidence(), v.sourceArticleIds(), Digest.of(v), topic,
                partition, offset);
    }
}
