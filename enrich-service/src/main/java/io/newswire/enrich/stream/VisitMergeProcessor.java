package io.newswire.enrich.stream;

import io.newswire.enrich.visits.CountryPair;
import io.newswire.enrich.visits.PairReport;
import io.newswire.enrich.visits.PairVisits;
import io.newswire.enrich.visits.VisitReport;
import io.newswire.enrich.visits.VisitWindows;
import io.newswire.model.Visit;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Merges visit reports into visits, one country pair at a time (its input is keyed by the pair, so one task sees
 * all of a pair's reports). The pair's reports live in {@link EnrichTopology#VISIT_REPORTS_STORE}, one row each;
 * its published visits in {@link EnrichTopology#VISITS_STORE}, by visit id. Each report re-decides the pair's visits
 * with {@link PairVisits} and forwards only what changed: a visit's new state under its id, or a tombstone for an
 * id that another visit absorbed or whose last source withdrew.
 */
final class VisitMergeProcessor implements Processor<String, PairReport, String, Visit> {
    /** Between the pair and the report's own key in a report row's key; no pair or article id contains it. */
    static final char SEPARATOR = '\u001f';
    private static final StringSerializer KEYS = new StringSerializer();

    private final PairVisits pairVisits;
    private final EnrichCounters counters;
    private ProcessorContext<String, Visit> context;
    private KeyValueStore<String, VisitReport> reports;
    private KeyValueStore<String, Visit> visits;

    VisitMergeProcessor(VisitWindows windows, EnrichCounters counters) {
        this.pairVisits = new PairVisits(windows);
        this.counters = counters;
    }

    @Override
    public void init(ProcessorContext<String, Visit> context) {
        this.context = context;
        this.reports = context.getStateStore(EnrichTopology.VISIT_REPORTS_STORE);
        this.visits = context.getStateStore(EnrichTopology.VISITS_STORE);
    }

    @Override
    public void process(Record<String, PairReport> record) {
        PairReport incoming = record.value();
        if (incoming == null) {
            return;
        }
        String pair = incoming.pair();
        String rowPrefix = pair + SEPARATOR;
        Map<String, VisitReport> stored = new HashMap<>();
        try (KeyValueIterator<String, VisitReport> it = reports.prefixScan(rowPrefix, KEYS)) {
            it.forEachRemaining(kv -> stored.put(kv.key.substring(rowPrefix.length()), kv.value));
        }
        Map<String, Visit> published = new HashMap<>();
        try (KeyValueIterator<String, Visit> it = visits.prefixScan(CountryPair.idPrefix(pair), KEYS)) {
            it.forEachRemaining((KeyValue<String, Visit> kv) -> published.put(kv.key, kv.value));
        }

        PairVisits.Update update = pairVisits.apply(incoming, stored, published);

        update.forgotten().forEach(key -> reports.delete(rowPrefix + key));
        for (VisitReport r : incoming.reports()) {
            if (update.reports().containsKey(r.key())) {
                reports.put(rowPrefix + r.key(), r);
            }
        }
        update.retired().forEach(visits::delete);
        for (PairVisits.Change change : update.changes()) {
            if (change.tombstone()) {
                visits.delete(change.visitId());
            } else {
                visits.put(change.visitId(), change.visit());
            }
            counters.visitsEmitted().increment();
            context.forward(record.withKey(change.visitId()).withValue(change.visit()));
        }
    }
}
