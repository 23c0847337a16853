package io.newswire.ingest.replay;

import io.newswire.ingest.TopicSetup;
import io.newswire.ingest.feed.FeedFormatException;
import io.newswire.ingest.feed.ParsedFeed;
import io.newswire.ingest.feed.ParsedItem;
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
 * publishedAt). What is already on {@code news.articles.raw} with the same content is skipped: the replay first
 * reads the ids and content hashes published so far (kept in memory, about 100 bytes an article), so a second replay
 * of the same archive adds nothing, and nothing is kept on local disk.
 */
public final class Replayer {
    /** Only items published in [since, until) are replayed; either may be null. */
    public record Options(Instant since, Instant until, boolean dryRun) {
        public static final Options ALL = new Options(null, null, false);
    }

    private final String bootstrapServers;
    private final Topic<String, Article> topic;
    private final Options options;
    private final Consumer<ReplayProgress.Counts> progress;

    /**
     * @param bootstrapServers may be null for a dry run, which then only dedupes within the archive
     * @param progress         told where the replay stands after every item and file (a {@link ReplayProgress})
     */
    public Replayer(String bootstrapServers, Topic<String, Article> topic, Options options,
            Consumer<ReplayProgress.Counts> progress) {
        this.bootstrapServers = bootstrapServers;
        this.topic = topic;
        this.options = options;
        this.progress = progress == null ? counts -> { } : progress;
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
        long read = 0;
        long published = 0;
        long duplicates = 0;
        long outside = 0;
        List<ReplaySummary.FileFailure> failures = new ArrayList<>();
        try (ArticlePublisher publisher = options.dryRun() ? null
                : new ArticlePublisher(bootstrapServers, topic, "newswire-ingest-replay")) {
            int done = 0;
            for (Path file : files) {
                ParsedFeed feed;
                try {
                    feed = ArchivedFeeds.parse(file);
                } catch (IOException | FeedFormatException e) {
                    failures.add(new ReplaySummary.FileFailure(file.toString(), Failures.reason(e)));
                    bytesDone += Files.size(file);
                    progress.accept(new ReplayProgress.Counts(++done, files.size(), bytesDone, bytes, read, published,
                            duplicates));
                    continue;
                }
                List<ParsedItem> fresh = new ArrayList<>();
                long fileBytes = Files.size(file);
                int index = 0;
                for (ParsedItem item : SourceCountries.stamp(feed.items(), null)) {
                    read++;
                    progress.accept(new ReplayProgress.Counts(done, files.size(),
                            bytesDone + fileBytes * index++ / feed.items().size(), bytes, read, published + fresh.size(),
                            duplicates));
                    Article a = item.article();
                    if (!inWindow(a.publishedAt())) {
                        outside++;
                    } else if (a.contentHash().equals(seen.get(a.id()))) {
                        duplicates++;
                    } else {
                        seen.put(a.id(), a.contentHash());
                        fresh.add(item);
                    }
                }
                if (publisher != null) {
                    try {
                        publisher.publishAll(fresh);
                    } catch (ArticlePublisher.PublishException e) {
                        failures.add(new ReplaySummary.FileFailure(file.toString(), e.getMessage()));
                        fresh.forEach(i -> seen.remove(i.article().id()));
                        continue;
                    }
                }
                published += fresh.size();
                bytesDone += fileBytes;
                progress.accept(new ReplayProgress.Counts(++done, files.size(), bytesDone, bytes, read, published,
                        duplicates));
            }
        }
        return new ReplaySummary(options.dryRun(), files.size(), read, published, duplicates, outside, failures);
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
