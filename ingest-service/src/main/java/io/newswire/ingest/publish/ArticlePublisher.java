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
 * Publishes articles to {@code news.articles.raw} with an idempotent producer ({@code acks=all}, zstd compression),
 * keyed by article id and timestamped with the publication time. Thread-safe: the pollers share one.
 */
public final class ArticlePublisher implements AutoCloseable {
    private final Topic<String, Article> topic;
    private final KafkaProducer<String, Article> producer;

    public ArticlePublisher(String bootstrapServers, Topic<String, Article> topic, String clientId) {
        this.topic = topic;
        Properties p = ClientSettings.reliableProducer(bootstrapServers, clientId);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        producer = new KafkaProducer<>(p, topic.keySerde().serializer(), topic.valueSerde().serializer());
    }

    /** Sends all and waits until Kafka has every one; throws on the first that failed. */
    public void publishAll(List<ParsedItem> items) throws PublishException {
        List<Future<RecordMetadata>> sent = new ArrayList<>(items.size());
        for (ParsedItem item : items) {
            sent.add(producer.send(ArticleHeaders.record(topic.name(), item)));
        }
        for (Future<RecordMetadata> f : sent) {
            try {
                f.get(2, TimeUnit.MINUTES);
            } catch (ExecutionException | TimeoutException e) {
                throw new PublishException("cannot publish to " + topic.name() + ": "
                        + (e.getCause() == null ? e : e.getCause()).getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PublishException("interrupted while publishing", e);
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
