package io.newswire.store;

import io.newswire.model.Topics;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything the store-service needs to run; {@code store-service run} builds it from flags and environment, the
 * launcher builds it in code.
 *
 * @param bootstrapServers Kafka bootstrap servers
 * @param groupId          the consumer group: instances that share it share the partitions
 * @param topics           topic names (the service reads the enriched articles and visits, writes dead letters)
 * @param jdbcUrl          the PostgreSQL database, e.g. {@code jdbc:postgresql://localhost:5432/newswire}
 * @param jdbcUser         database user
 * @param jdbcPassword     database password (may be empty)
 * @param httpPort         the HTTP API's port; 0 picks a free one (see {@link StoreService#httpPort()})
 * @param batchSize        records stored per transaction at most (the consumer's {@code max.poll.records})
 * @param dbPoolSize       database connections, shared by the consumer (one) and the API
 * @param maxRetryBackoff  the longest wait between two attempts to store a batch while the database is away
 * @param groupInstanceId  this instance's static group membership id ({@code group.instance.id}), or null for a
 *                         dynamic member: a static member that restarts takes its partitions back at once, instead
 *                         of waiting out the session of its past self; each instance needs its own (with
 *                         several {@code consumers}, the second and later add {@code -2}, {@code -3}, ...)
 * @param consumers        consumers run in this process, in the group, each with its own database connection and
 *                         its share of the partitions: PostgreSQL computes a row's full-text vector on the core of
 *                         the connection that inserts it, so two writers store about twice as fast on two cores
 */
public record StoreConfig(
        String bootstrapServers,
        String groupId,
        Topics topics,
        String jdbcUrl,
        String jdbcUser,
        String jdbcPassword,
        int httpPort,
        int batchSize,
        int dbPoolSize,
        Duration maxRetryBackoff,
        String groupInstanceId,
        int consumers) {

    public static final String DEFAULT_BOOTSTRAP_SERVERS = "localhost:9092";
    public static final String DEFAULT_GROUP_ID = "newswire-store";
    public static final String DEFAULT_JDBC_URL = "jdbc:postgresql://localhost:5432/newswire";
    public static final String DEFAULT_JDBC_USER = "newswire";
    public static final int DEFAULT_HTTP_PORT = 8080;
    public static final int DEFAULT_BATCH_SIZE = 500;
    public static final int DEFAULT_DB_POOL_SIZE = 8;
    public static final Duration DEFAULT_MAX_RETRY_BACKOFF = Duration.ofSeconds(5);
    public static final int DEFAULT_CONSUMERS = 2;

    public StoreConfig {
        requireText(bootstrapServers, "bootstrapServers");
        requireText(groupId, "groupId");
        Objects.requireNonNull(topics, "topics");
        requireText(jdbcUrl, "jdbcUrl");
        jdbcPassword = jdbcPassword == null ? "" : jdbcPassword;
        if (httpPort < 0 || httpPort > 65535) {
            throw new IllegalArgumentException("httpPort must be 0..65535, not " + httpPort);
        }
        if (batchSize < 1 || batchSize > 10_000) {
            throw new IllegalArgumentException("batchSize must be 1..10000, not " + batchSize);
        }
        Objects.requireNonNull(maxRetryBackoff, "maxRetryBackoff");
        if (maxRetryBackoff.isNegative() || maxRetryBackoff.isZero()) {
            throw new IllegalArgumentException("maxRetryBackoff must be positive");
        }
        groupInstanceId = groupInstanceId == null || groupInstanceId.isBlank() ? null : groupInstanceId.strip();
        if (consumers < 1 || consumers > 64) {
            throw new IllegalArgumentException("consumers must be 1..64, not " + consumers);
        }
        if (dbPoolSize < consumers + 1) {
            throw new IllegalArgumentException("dbPoolSize must be at least consumers + 1 (one connection for each "
                    + "consumer and one for the API), not " + dbPoolSize + " for " + consumers + " consumers");
        }
    }

    /** The defaults: local broker and database, default topic names, port 8080. */
    public static StoreConfig defaults() {
        return new StoreConfig(DEFAULT_BOOTSTRAP_SERVERS, DEFAULT_GROUP_ID, Topics.defaults(), DEFAULT_JDBC_URL,
                DEFAULT_JDBC_USER, "", DEFAULT_HTTP_PORT, DEFAULT_BATCH_SIZE, DEFAULT_DB_POOL_SIZE,
                DEFAULT_MAX_RETRY_BACKOFF, null, DEFAULT_CONSUMERS);
    }

    public StoreConfig withKafka(String bootstrapServers, String groupId) {
        return new StoreConfig(bootstrapServers, groupId, topics, jdbcUrl, jdbcUser, jdbcPassword, httpPort,
                batchSize, dbPoolSize, maxRetryBackoff, groupInstanceId, consumers);
    }

    public StoreConfig withTopics(Topics topics) {
        return new StoreConfig(bootstrapServers, groupId, topics, jdbcUrl, jdbcUser, jdbcPassword, httpPort,
                batchSize, dbPoolSize, maxRetryBackoff, groupInstanceId, consumers);
    }

    public StoreConfig withDatabase(String jdbcUrl, String jdbcUser, String jdbcPassword) {
        return new StoreConfig(bootstrapServers, groupId, topics, jdbcUrl, jdbcUser, jdbcPassword, httpPort,
                batchSize, dbPoolSize, maxRetryBackoff, groupInstanceId, consumers);
    }

    public StoreConfig withHttpPort(int httpPort) {
        return new StoreConfig(bootstrapServers, groupId, topics, jdbcUrl, jdbcUser, jdbcPassword, httpPort,
                batchSize, dbPoolSize, maxRetryBackoff, groupInstanceId, consumers);
    }

    public StoreConfig withBatchSize(int batchSize) {
        return new StoreConfig(bootstrapServers, groupId, topics, jdbcUrl, jdbcUser, jdbcPassword, httpPort,
                batchSize, dbPoolSize, maxRetryBackoff, groupInstanceId, consumers);
    }

    public StoreConfig withMaxRetryBackoff(Duration maxRetryBackoff) {
        return new StoreConfig(bootstrapServers, groupId, topics, jdbcUrl, jdbcUser, jdbcPassword, httpPort,
                batchSize, dbPoolSize, maxRetryBackoff, groupInstanceId, consumers);
    }

    public StoreConfig withGroupInstanceId(String groupInstanceId) {
        return new StoreConfig(bootstrapServers, groupId, topics, jdbcUrl, jdbcUser, jdbcPassword, httpPort,
                batchSize, dbPoolSize, maxRetryBackoff, groupInstanceId, consumers);
    }

    public StoreConfig withConsumers(int consumers) {
        return new StoreConfig(bootstrapServers, groupId, topics, jdbcUrl, jdbcUser, jdbcPassword, httpPort,
                batchSize, Math.max(dbPoolSize, consumers + 1), maxRetryBackoff, groupInstanceId, consumers);
    }

    /** The password stays out of logs. */
    @Override
    public String toString() {
        return "StoreConfig[bootstrapServers=" + bootstrapServers + ", groupId=" + groupId + ", topics="
                + topics.articlesEnriched() + "," + topics.visits() + "->" + topics.deadLetter() + ", jdbcUrl="
                + jdbcUrl + ", jdbcUser=" + jdbcUser + ", httpPort=" + httpPort + ", batchSize=" + batchSize
                + ", dbPoolSize=" + dbPoolSize + ", maxRetryBackoff=" + maxRetryBackoff + ", groupInstanceId="
                + groupInstanceId + ", consumers=" + consumers + "]";
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
