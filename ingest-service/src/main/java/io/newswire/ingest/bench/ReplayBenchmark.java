package io.newswire.ingest.bench;

import io.newswire.ingest.feed.FeedLimits;
import io.newswire.ingest.replay.ReplaySummary;
import io.newswire.ingest.replay.Replayer;
import io.newswire.model.Topics;
import java.io.BufferedWriter;
import java.io.IOException;
import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Whole-file replay throughput: a generated archive read from disk, item by item, through window and de-duplication
 * (a dry run: no Kafka, so the figure is the reading, not the broker). Reports items per second and the heap: the
 * peak in use, and the peak left after a collection (what the replay really holds; the rest is garbage not yet
 * collected).
 */
public final class ReplayBenchmark {
    /** One replay's figures. */
    public record Result(long items, long fileBytes, double seconds, long peakHeapBytes, long peakLiveBytes,
            long maxHeapBytes) {
        public double itemsPerSecond() {
            return items / seconds;
        }
    }

    private ReplayBenchmark() {
    }

    /** Writes a generated archive of {@code items} items (about 1.3 kB each) to {@code file}. */
    public static void generate(Path file, int items, long seed) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            SyntheticFeed.write(out, items, seed, 2, 25);
        }
    }

    public static Result run(Path archive) throws IOException {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        // the heap as each collection leaves it (every pool, the old generation included): what the replay holds
        AtomicLong peakLive = new AtomicLong();
        NotificationListener afterGc = (notification, handback) -> {
            if (notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                GcInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData())
                        .getGcInfo();
                long used = info.getMemoryUsageAfterGc().values().stream().mapToLong(MemoryUsage::getUsed).sum();
                peakLive.accumulateAndGet(used, Math::max);
            }
        };
        List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
        collectors.forEach(c -> ((NotificationEmitter) c).addNotificationListener(afterGc, null, null));
        long t0 = System.nanoTime();
        ReplaySummary summary = new Replayer(null, Topics.defaults().articlesRaw(),
                new Replayer.Options(null, null, true), null, FeedLimits.defaults()).replay(List.of(archive));
        double seconds = (System.nanoTime() - t0) / 1e9;
        for (GarbageCollectorMXBean c : collectors) {
            try {
                ((NotificationEmitter) c).removeNotificationListener(afterGc);
            } catch (ListenerNotFoundException ignored) {
                // not added: nothing to remove
            }
        }
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        if (!summary.failures().isEmpty()) {
            throw new IOException("the replay failed: " + summary.failures());
        }
        return new Result(summary.itemsRead(), Files.size(archive), seconds, peak, peakLive.get(),
                Runtime.getRuntime().maxMemory());
    }
}
