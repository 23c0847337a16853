package io.newswire.runtime.kafka;

/**
 * Kafka did not answer at the configured address: a setting or a stopped broker, not a bug, so command lines report
 * it in one line (the message names the address, why, and the fix) without a stack trace.
 */
public final class KafkaUnreachableException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public KafkaUnreachableException(String message) {
        super(message);
    }
}
