package io.newswire.enrich.stream;

import io.newswire.enrich.visits.PairReport;
import io.newswire.enrich.visits.PairRows;
import io.newswire.enrich.visits.PairVisits;
import io.newswire.enrich.visits.VisitReport;
import io.newswire.enrich.visits.VisitWindows;
import io.newswire.model.Visit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Merges visit reports into visits, one country pair at a time (its input is keyed by the pair, so one task sees
 * all of a pair's reports). Each record is one article's reports of one pair; {@link PairVisits} re-decides the
 * visits near them and this processor applies its writes to three stores and forwards what changed on the visits
 * topic: a visit's new state under its id, or a tombstone for an id that another visit absorbed or whose last source
 * withdrew.
 * <ul>
 * <li>{@link EnrichTopology#VISIT_REPORTS_STORE}: {@code pair␟day␟article␟n} → the report, so the reports near a day
 *     are one range scan;</li>
 * <li>{@link EnrichTopology#VISITS_STORE}: visit id → the visit as last published.</li>
 * </ul>
 * Which rows an article's new report replaces comes with the report ({@link PairReport#previousKeys()}, from the
 * repeat filter's memory of the article), so no index of articles is kept and changelogged here; only for a report
 * that does not know them (written before they were remembered) are the pair's rows searched for the article.
 */
final class VisitMergeProcessor implements Processor<String, PairReport, String, byte[]> {
    /** Between the pair and the rest of a row's key; no pair, date or article id contains it. */
    static final char SEPARATOR = '\u001f';
    /** Decoded rows kept per task and store: a pair's recent rows are read again for every report near them. */
    static final int DECODED_REPORTS = 4096;

    private final PairVisits pairVisits;
    private final EnrichCounters counters;
    private final Serializer<VisitReport> reportWriter = EnrichTopology.VISIT_REPORT_SERDE.serializer();
    private final DecodedRows<VisitReport> decoded =
            new DecodedRows<>(EnrichTopology.VISIT_REPORT_SERDE.deserializer(), DECODED_REPORTS);
    private ProcessorContext<String, byte[]> context;
    private KeyValueStore<String, byte[]> reports;
    private final Serializer<Visit> visitWriter;
    private final DecodedRows<Visit> decodedVisits;
    private KeyValueStore<String, byte[]> visits;

    VisitMergeProcessor(VisitWindows windows, EnrichCounters counters, Serde<Visit> visitSerde) {
        this.pairVisits = new PairVisits(windows);
        this.counters = counters;
        this.visitWriter = visitSerde.serializer();
        this.decodedVisits = new DecodedRows<>(visitSerde.deserializer(), DECODED_REPORTS);
    }

    @Override
    public void init(ProcessorContext<String, byte[]> context) {
        this.context = context;
        this.reports = context.getStateStore(EnrichTopology.VISIT_REPORTS_STORE);
        this.visits = context.getStateStore(EnrichTopology.VISITS_STORE);
        // a revived task (after a rolled-back transaction) is initialised again; start from what the store holds
        decoded.clear();
        decodedVisits.clear();
    }

    @Override
    public void close() {
        decoded.clear();
        decodedVisits.clear();
    }

    @Override
    public void process(Record<String, PairReport> record) {
        PairReport incoming = record.value();
        if (incoming == null) {
            return;
        }
        String rowPrefix = incoming.pair() + SEPARATOR;
        PairVisits.Update update = pairVisits.apply(incoming, new StoreRows(incoming, rowPrefix));

        update.deleted().forEach(key -> {
            reports.delete(rowPrefix + key);
            decoded.deleted(rowPrefix + key);
        });
        for (VisitReport r : update.put()) {
            byte[] bytes = reportWriter.serialize(EnrichTopology.VISIT_REPORTS_STORE, r);
            reports.put(rowPrefix + r.key(), bytes);
            decoded.written(rowPrefix + r.key(), bytes, r);
        }
        for (PairVisits.Change change : update.changes()) {
            byte[] bytes = null;
            if (change.tombstone()) {
                visits.delete(change.visitId());
                decodedVisits.deleted(change.visitId());
            } else {
                bytes = visitWriter.serialize(EnrichTopology.VISITS_STORE, change.visit());
                visits.put(change.visitId(), bytes);
                decodedVisits.written(change.visitId(), bytes, change.visit());
            }
            counters.visitsEmitted().increment();
            // the store holds the visits topic's JSON: the same bytes go out, encoded once
            context.forward(record.withKey(change.visitId()).withValue(bytes));
        }
    }

    /** One pair's rows in the stores, read by range scans over keys that sort by day. */
    private final class StoreRows implements PairRows {
        private final PairReport incoming;
        private final String pair;
        private final String rowPrefix;

        StoreRows(PairReport incoming, String rowPrefix) {
            this.incoming = incoming;
            this.pair = incoming.pair();
            this.rowPrefix = rowPrefix;
        }

        @Override
        public Map<String, VisitReport> reportsOnDays(LocalDate from, LocalDate to) {
            Map<String, VisitReport> out = new HashMap<>();
            // ' ' sorts after the separator that follows the day, and before any later day
            try (KeyValueIterator<String, byte[]> it = reports.range(rowPrefix + from, rowPrefix + to + ' ')) {
                it.forEachRemaining(kv -> out.put(kv.key.substring(rowPrefix.length()), decoded.decode(kv.key,
                        kv.value)));
            }
            return out;
        }

        @Override
        public List<String> keysOf(String articleId) {
            if (incoming.articleId().equals(articleId) && incoming.previousKeys() != null) {
                return incoming.previousKeys();
            }
            // not known: every row of the pair, keyed day␟article␟n, tells whose it is
            String infix = SEPARATOR + articleId + SEPARATOR;
            List<String> keys = new ArrayList<>();
            try (KeyValueIterator<String, byte[]> it = reports.prefixScan(rowPrefix, new StringSerializer())) {
                it.forEachRemaining(kv -> {
                    String key = kv.key.substring(rowPrefix.length());
                    if (key.contains(infix)) {
                        keys.add(key);
                    }
                });
            }
            return keys;
        }

        @Override
        public VisitReport report(String key) {
            return decoded.decode(rowPrefix + key, reports.get(rowPrefix + key));
        }

        @Override
        public Map<String, Visit> visitsOnDays(LocalDate from, LocalDate to) {
            Map<String, Visit> out = new HashMap<>();
            // ids are pair@day, or pair@day~n: DEL sorts after '~'
            try (KeyValueIterator<String, byte[]> it = visits.range(PairVisits.idOf(pair, from),
                    PairVisits.idOf(pair, to) + '\u007f')) {
                it.forEachRemaining((KeyValue<String, byte[]> kv) -> out.put(kv.key,
                        decodedVisits.decode(kv.key, kv.value)));
            }
            return out;
        }
    }
}
