package io.newswire.model;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;

/**
 * The one JSON mapping of Newswire's events: ISO-8601 instants and dates, unknown fields tolerated so that older
 * readers keep working when a newer writer adds a field.
 *
 * <p>Blackbird: every article passes through this mapping several times in the enrich topology (the raw article in,
 * the enriched article and the visit reports out, the state stores), and with plain reflection a record's accessors
 * and canonical constructor were a visible part of it (reflective calls and casts in the stream threads' profile).
 * The module binds them once to generated lambdas; the JSON is the same.
 */
public final class Json {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new BlackbirdModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .build();

    private Json() {
    }

    /** Shared and thread-safe; do not reconfigure it. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
