package io.newswire.launcher.bench;

import io.newswire.embedded.kafka.EmbeddedKafka;
import io.newswire.ingest.replay.ReplaySummary;
import io.newswire.ingest.replay.Replayer;
import io.newswire.model.Article;
import io.newswire.model.Topic;
import io.newswire.model.Topics;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The archive published by ingest-service's own {@link Replayer} (as {@code ./newswire replay} and {@code up}
 * run it: the de-duplication read of the topic, streamed parsing, publishing in batches) to an empty raw topic,
 * timed from the call to its return.
 */
final class ReplayRun {
    private ReplayRun() {
    }

    static StageResult run(EmbeddedKafka kafka, Path archive, int partitions, long n) throws IOException {
        String name = "bench.replayed";
        RawKafka.createArticleTopics(kafka, partitions, name);
        Topic<String, Article> topic = Topics.named(name, name + ".e", name + ".v", name + ".d").articlesRaw();
        long t0 = System.nanoTime();
        ReplaySummary summary = new Replayer(kafka.bootstrapServers(), topic, Replayer.Options.ALL, line -> { })
                .replay(List.of(archive));
        double s = RawKafka.seconds(t0);
        if (!summary.failures().isEmpty()) {
            throw new IllegalStateException("the replay of the generated archive failed: " + summary.failures());
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("files", summary.files());
        details.put("items read", summary.itemsRead());
        return new StageResult("replay", "the generated RSS archive published to an empty raw topic by the replay",
                summary.published(), n, s, "produce", details);
    }
}
