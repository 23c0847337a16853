package io.newswire.ingest.publish;

import io.newswire.ingest.feed.ParsedItem;
import io.newswire.ingest.kafka.ClientSettings;
import io.newswire.model.Article;
import io.newswire.model.Topic;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * Publishes articles to {@code news.articles.raw} with an idempotent producer ({@code acks=all}, compressed),
 * keyed by article id and timestamped with the publication time. Thread-safe: the pollers share one.
 */
public final class ArticlePublisher implements AutoCloseable {
    private final Topic<String, Article> topic;
    private final KafkaProducer<String, Article> producer;

    /** The pollers' publisher: zstd (small, rare batches: the best ratio costs little), Kafka's batch size. */
    public ArticlePublisher(String bootstrapServers, Topic<String, Article> topic, String clientId) {
        this(bootstrapServers, topic, clientId, "zstd", 16 * 1024);
    }

    private ArticlePublisher(String bootstrapServers, Topic<String, Article> topic, String clientId,
            String compression, int batchBytes) {
        this.topic = topic;
        Properties p = ClientSettings.reliableProducer(bootstrapServers, clientId);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, compression);
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, batchBytes);
        producer = new KafkaProducer<>(p, topic.keySerde().serializer(), topic.valueSerde().serializer());
    }

    /**
     * The replay's publisher: thousands of articles a second, so lz4 (zstd cost the replay 2 to 4 times its
     * throughput on two cores, and the enricher decompresses every record again) and 256 KB batches (fewer, larger
     * requests); figures in the README's "Replay throughput".
     */
    public static ArticlePublisher forReplay(String bootstrapServers, Topic<String, Article> topic, String clientId) {
        return new ArticlePublisher(bootstrapServers, topic, clientId, "lz4", 256 * 1024);
    }

    /** Sends all and waits until Kafka has every one; throws on the first that failed. */
    public void publishAll(List<ParsedItem> items) throws PublishException {
        sendAll(items).await();
    }

    /**
     * Sends all without waiting for Kafka: the caller reads on while they travel and calls {@link Sent#await()}
     * before it counts them as published. Records of one key keep their order (one idempotent producer).
     */
    public Sent sendAll(List<ParsedItem> items) {
        List<Future<RecordMetadata>> sent = new ArrayList<>(items.size());
        for (ParsedItem item : items) {
            sent.add(producer.send(ArticleHeaders.record(topic.name(), item)));
        }
        return new Sent(topic.name(), sent);
    }

    /** Articles handed to the producer, until Kafka has confirmed them. */
    public static final class Sent {
        private final String topic;
        private final List<Future<RecordMetadata>> futures;

        private Sent(String topic, List<Future<RecordMetadata>> futures) {
            this.topic = topic;
            this.futures = futures;
        }

        /** Waits until Kafka has every one; throws on the first that failed. */
        public void await() throws PublishException {
            for (Future<RecordMetadata> f : futures) {
                try {
                    f.get(2, TimeUnit.MINUTES);
                } catch (ExecutionException | TimeoutException e) {
                    throw new PublishException("cannot publish to " + topic + ": "
                            + (e.getCause() == null ? e : e.getCause()).getMessage(), e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new PublishException("interrupted while publishing", e);
                }
            }
        }
    }

    /** Kafka refused or did not confirm a record. */
    public static final class PublishException extends Exception {
        PublishException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
