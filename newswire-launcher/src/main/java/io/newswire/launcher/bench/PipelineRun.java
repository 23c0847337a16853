package io.newswire.launcher.bench;

import com.zaxxer.hikari.HikariDataSource;
import io.newswire.enrich.EnrichConfig;
import io.newswire.ingest.IngestTopics;
import io.newswire.launcher.up.DataDir;
import io.newswire.launcher.up.LocalStack;
import io.newswire.model.TopicSpecs;
import io.newswire.model.Topics;
import io.newswire.store.schema.Database;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * What {@code ./newswire up --fresh --archive DIR} does, in this process: the {@link LocalStack} (broker, PostgreSQL,
 * the three services, the replay of the archive) on a fresh data folder with free ports, timed from the launch to the
 * moment the store holds a row for every article of the archive.
 */
final class PipelineRun {
    private static final Duration POLL = Duration.ofMillis(250);

    private PipelineRun() {
    }

    /** Raw articles the enrich topology has committed as processed: the sum of its group's offsets on the topic. */
    private static long enriched(Admin admin) {
        try {
            String raw = Topics.defaults().articlesRaw().name();
            return admin.listConsumerGroupOffsets(EnrichConfig.DEFAULT_APPLICATION_ID).partitionsToOffsetAndMetadata()
                    .get(5, TimeUnit.SECONDS).entrySet().stream()
                    .filter(e -> e.getKey().topic().equals(raw) && e.getValue() != null)
                    .mapToLong(e -> e.getValue().offset()).sum();
        } catch (ExecutionException | TimeoutException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    static StageResult run(Path dataRoot, Path archive, int partitions, long n, Duration timeout) throws Exception {
        DataDir data = new DataDir(dataRoot);
        data.wipe();
        LocalStack.Options options = new LocalStack.Options(data, 0, 0,
                new TopicSpecs.Partitions(partitions, TopicSpecs.DEFAULT_FEEDS_PARTITIONS), null, Duration.ofMinutes(5),
                false, List.of(), List.of(archive), Topics.defaults(), IngestTopics.defaults());
        Map<String, Object> details = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        List<String> steps = List.of("broker and database ready after s", "services started after s");
        int[] step = {0};
        Consumer<String> progress = line -> {
            if (step[0] < steps.size()) {
                details.put(steps.get(step[0]++), TopologyRun.round(RawKafka.seconds(t0)));
            }
        };
        try (CpuByPart cpu = new CpuByPart(Duration.ofMillis(200));
                LocalStack stack = LocalStack.start(options, progress)) {
            details.put("replay done after s", TopologyRun.round(RawKafka.seconds(t0)));
            long published = stack.replaySummary().map(s -> s.published()).orElse(0L);
            details.put("replayed", published);
            cpu.watchPostgres(stack.postgresProcess());
            long stored = 0;
            double storedAt = 0;
            Double enrichedAt = null;
            Double halfStoredAt = null;
            long deadline = t0 + timeout.toNanos();
            try (HikariDataSource db = Database.pool(stack.jdbcUrl(), stack.jdbcUser(), "", 1);
                    Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                            stack.bootstrapServers()))) {
                while (System.nanoTime() < deadline) {
                    long now = StoreRun.count(db);
                    if (now > stored) {
                        stored = now;
                        storedAt = RawKafka.seconds(t0);
                    }
                    if (halfStoredAt == null && stored >= n / 2) {
                        halfStoredAt = TopologyRun.round(RawKafka.seconds(t0));
                    }
                    if (enrichedAt == null && enriched(admin) >= published) {
                        enrichedAt = TopologyRun.round(RawKafka.seconds(t0));
                    }
                    if (stored >= n) {
                        break;
                    }
                    Thread.sleep(POLL.toMillis());
                }
            }
            if (stored < n) {
                storedAt = RawKafka.seconds(t0); // out of time: the rate so far
            }
            details.put("every article enriched after s (at most a poll late)", enrichedAt);
            details.put("half stored after s", halfStoredAt);
            details.put("stored", stored);
            details.put("poll interval ms", POLL.toMillis());
            details.put("CPU s by part (PostgreSQL from its start)", cpu.seconds());
            return new StageResult("pipeline", "`up --fresh --archive`: from the launch (broker and PostgreSQL "
                    + "start included) to the last article stored", stored, n, storedAt, "topology", details);
        }
    }
}
