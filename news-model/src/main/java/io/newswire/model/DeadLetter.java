package io.newswire.model;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;

/**
 * How a record that could not be processed is sent to {@code news.deadletter}: its original key and value bytes,
 * untouched, with headers that say why and where it came from, so it can be inspected and replayed.
 */
public final class DeadLetter {
    public static final String ERROR = "newswire.error";
    public static final String ERROR_CLASS = "newswire.error.class";
    public static final String SOURCE_TOPIC = "newswire.source.topic";
    public static final String SOURCE_PARTITION = "newswire.source.partition";
    public static final String SOURCE_OFFSET = "newswire.source.offset";
    public static final String FAILED_IN = "newswire.failed.in";

    private DeadLetter() {
    }

    /** The dead-letter record for one failed input record. */
    public static ProducerRecord<byte[], byte[]> record(String deadLetterTopic, String sourceTopic, int partition,
            long offset, byte[] key, byte[] value, Throwable error, String failedIn) {
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(deadLetterTopic, key, value);
        addHeaders(record.headers(), sourceTopic, partition, offset, error, failedIn);
        return record;
    }

    public static void addHeaders(Headers headers, String sourceTopic, int partition, long offset, Throwable error,
            String failedIn) {
        headers.add(ERROR, utf8(describe(error)));
        headers.add(ERROR_CLASS, utf8(error.getClass().getName()));
        headers.add(SOURCE_TOPIC, utf8(sourceTopic));
        headers.add(SOURCE_PARTITION, utf8(Integer.toString(partition)));
        headers.add(SOURCE_OFFSET, utf8(Long.toString(offset)));
        headers.add(FAILED_IN, utf8(failedIn));
    }

    /** The error's message with its causes, on one line. */
    public static String describe(Throwable error) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (!sb.isEmpty()) {
                sb.append(" <- ");
            }
            sb.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                sb.append(": ").append(t.getMessage().replace('\n', ' '));
            }
        }
        return sb.toString();
    }

    public static String header(Headers headers, String name) {
        var h = headers.lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String s) {
        return (s == null ? "" : s).getBytes(StandardCharsets.UTF_8);
    }
}
