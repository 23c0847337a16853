package io.newswire.store.write;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.newswire.model.Json;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of an event's canonical JSON (the shared mapping, so unknown fields and formatting do not count):
 * equal digests mean nothing changed, and the upserts skip the write.
 */
final class Digest {
    private Digest() {
    }

    static String of(Object event) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(Json.mapper().writeValueAsBytes(event)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialise " + event.getClass().getSimpleName(), e);
        }
    }
}
