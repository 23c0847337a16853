package io.newswire.ingest.replay;

import io.newswire.ingest.TopicSetup;
import io.newswire.ingest.feed.FeedFormatException;
import io.newswire.ingest.feed.FeedLimits;
import io.newswire.ingest.feed.ParsedItem;
import io.newswire.ingest.feed.StreamingFeedReader;
import io.newswire.ingest.kafka.TopicScan;
import io.newswire.ingest.publish.ArticlePublisher;
import io.newswire.ingest.publish.SourceCountries;
import io.newswire.model.Article;
import io.newswire.model.Topic;
import io.newswire.runtime.cli.Failures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Publishes the items of archived feed files with their original publication times (record timestamp =
 * publishedAt), reading each file item by item and publishing in batches, so an archive of any size replays in
 * bounded memory. What is already on {@code news.articles.raw} with the same content is skipped: the replay first
 * reads the ids and content hashes published so far (kept in memory, about 100 bytes an article), so a second replay
 * of the same archive adds nothing, and nothing is kept on local disk.
 */
public final class Replayer {
    /**
     * Articles handed to Kafka at a time. The replay reads the next batch while Kafka confirms the last one, so it
     * holds at most two batches.
     */
    private static final int BATCH = 500;

    /** Only items published in [since, until) are replayed; either may be null. */
    public record Options(Instant since, Instant until, boolean dryRun) {
        public static final Options ALL = new Options(null, null, false);
    }

    private final String bootstrapServers;
    private final Topic<String, Article> topic;
    private final Options options;
    private final Consumer<String> progress;
    private final FeedLimits limits;
    private Consumer<ReplayProgress.Counts> counts = c -> { };

    /** @param bootstrapServers may be null for a dry run, which then only dedupes within the archive */
    public Replayer(String bootstrapServers, Topic<String, Article> topic, Options options, Consumer<String> progress) {
        this(bootstrapServers, topic, options, progress, FeedLimits.defaults());
    }

    /** @param limits the caps of items and of {@code .gz} inflation; each refusal goes to {@code progress} */
    public Replayer(String bootstrapServers, Topic<String, Article> topic, Options options, Consumer<String> progress,
            FeedLimits limits) {
        this.bootstrapServers = bootstrapServers;
        this.topic = topic;
        this.options = options;
        this.progress = progress == null ? line -> { } : progress;
        this.limits = limits;
    }

    /**
     * Tells {@code counts} where the replay stands after every item and every file (a {@link ReplayProgress} draws
     * it); the {@code progress} of the constructor then gets only the refusals.
     */
    public Replayer onProgress(Consumer<ReplayProgress.Counts> counts) {
        this.counts = counts;
        return this;
    }

    public ReplaySummary replay(List<Path> paths) throws IOException {
        List<Path> files = ArchivedFeeds.find(paths);
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }
        long bytesDone = 0;
        if (bootstrapServers != null && !options.dryRun()) {
            TopicSetup.ensureArticles(bootstrapServers, topic.name());
        }
        Map<String, String> seen = bootstrapServers == null ? new HashMap<>() : published();
        Tally tally = new Tally();
        List<ReplaySummary.FileFailure> failures = new ArrayList<>();
        try (ArticlePublisher publisher = options.dryRun() ? null
                : ArticlePublisher.forReplay(bootstrapServers, topic, "newswire-ingest-replay")) {
            int done = 0;
            for (Path file : files) {
                FileReplay replay = new FileReplay(seen, publisher, tally, done, files.size(), bytesDone, bytes);
                try {
                    try {
                        ArchivedFeeds.stream(file, limits, replay);
                    } finally {
                        replay.finish(); // the items read before a failure are good: they go out too
                    }
                } catch (IOException | FeedFormatException e) {
                    failures.add(new ReplaySummary.FileFailure(file.toString(), Failures.reason(e)));
                } catch (PublishFailed e) {
                    failures.add(new ReplaySummary.FileFailure(file.toString(), e.getMessage()));
                }
                bytesDone += Files.size(file);
                counts.accept(new ReplayProgress.Counts(++done, files.size(), bytesDone, bytes, tally.read,
                        tally.published, tally.duplicates));
            }
        }
        return new ReplaySummary(options.dryRun(), files.size(), tally.read, tally.published, tally.duplicates,
                tally.outside, failures, tally.refused);
    }

    /** Counts over all files. */
    private static final class Tally {
        long read;
        long published;
        long duplicates;
        long outside;
        long refused;
    }

    /** Kafka refused a batch: the file fails, the replay goes on with the next. */
    private static final class PublishFailed extends RuntimeException {
        PublishFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * The items of one file as they are read: window, de-duplication, and publication in batches, so memory holds
     * two batches rather than the file: the one being read and the one Kafka has not confirmed yet. Reading on while
     * Kafka confirms keeps the parser and the broker busy at once, instead of taking turns.
     */
    private final class FileReplay implements StreamingFeedReader.Sink {
        private final Map<String, String> seen;
        private final ArticlePublisher publisher;
        private final Tally tally;
        private List<ParsedItem> batch = new ArrayList<>(BATCH);
        /** Sent and not yet confirmed by Kafka, or null. */
        private InFlight inFlight;

        private final int filesDone;
        private final int files;
        private final long bytesDone;
        private final long bytes;

        FileReplay(Map<String, String> seen, ArticlePublisher publisher, Tally tally, int filesDone, int files,
                long bytesDone, long bytes) {
            this.seen = seen;
            this.publisher = publisher;
            this.tally = tally;
            this.filesDone = filesDone;
            this.files = files;
            this.bytesDone = bytesDone;
            this.bytes = bytes;
        }

        @Override
        public void item(ParsedItem read) {
            tally.read++;
            counts.accept(new ReplayProgress.Counts(filesDone, files, bytesDone, bytes, tally.read,
                    tally.published + batch.size() + (inFlight == null ? 0 : inFlight.items.size()),
                    tally.duplicates));
            ParsedItem item = SourceCountries.stamp(List.of(read), null).get(0);
            Article a = item.article();
            if (!inWindow(a.publishedAt())) {
                tally.outside++;
            } else if (a.contentHash().equals(seen.get(a.id()))) {
                tally.duplicates++;
            } else {
                seen.put(a.id(), a.contentHash());
                batch.add(item);
                if (batch.size() >= BATCH) {
                    send();
                }
            }
        }

        @Override
        public void refused(String message) {
            tally.refused++;
            progress.accept(message);
        }

        /** Hands the batch read so far to Kafka, then waits for the one sent before it. */
        private void send() {
            if (batch.isEmpty()) {
                return;
            }
            List<ParsedItem> items = batch;
            batch = new ArrayList<>(BATCH);
            if (publisher == null) {
                tally.published += items.size();
                return;
            }
            InFlight previous = inFlight;
            inFlight = new InFlight(items, publisher.sendAll(items));
            if (previous != null) {
                confirm(previous);
            }
        }

        /** Sends what is left of the file and waits until Kafka has confirmed all of it. */
        void finish() {
            try {
                send();
            } finally {
                InFlight last = inFlight;
                inFlight = null;
                if (last != null) {
                    confirm(last);
                }
            }
        }

        private void confirm(InFlight sent) {
            try {
                sent.sent.await();
                tally.published += sent.items.size();
            } catch (ArticlePublisher.PublishException e) {
                sent.items.forEach(i -> seen.remove(i.article().id()));
                throw new PublishFailed(e.getMessage(), e);
            }
        }
    }

    private record InFlight(List<ParsedItem> items, ArticlePublisher.Sent sent) {
    }

    private boolean inWindow(Instant t) {
        return (options.since() == null || !t.isBefore(options.since()))
                && (options.until() == null || t.isBefore(options.until()));
    }

    /**
     * id → content hash of everything on the topic now. A record that is no article (any client can write to the
     * topic) is logged and skipped: it blocks no replay, and enrich-service dead-letters it.
     */
    private Map<String, String> published() {
        Map<String, String> seen = new HashMap<>();
        TopicScan.readToEnd(bootstrapServers, topic, "newswire-ingest-replay", "replay de-duplication",
                (id, article) -> {
                    if (article != null) {
                        seen.put(id, article.contentHash());
                    }
                });
        return seen;
    }
}
