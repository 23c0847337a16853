package io.newswire.launcher.subscribe;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.model.EnrichedArticle;
import io.newswire.model.Json;
import io.newswire.model.Visit;
import java.util.Optional;

/** Turns one record value of a stream into the line a subscriber prints, or nothing when the filter drops it. */
public record EventLines(StreamKind stream, EventFilter filter, OutputFormat format) {
    private static final ObjectMapper JSON = Json.mapper();

    /**
     * @param value the record's JSON value
     * @return the line to print, empty when the filter does not accept the event
     * @throws IllegalArgumentException when the value is not an event of this stream
     */
    public Optional<String> render(String value) {
        if (value == null) {
            // a tombstone: nothing happened that a subscriber could print
            return Optional.empty();
        }
        try {
            return switch (stream) {
                case VISITS -> {
                    Visit visit = JSON.readValue(value, Visit.class);
                    yield filter.accepts(visit) ? Optional.of(line(value, TextLine.of(visit))) : Optional.empty();
                }
                case ENRICHED -> {
                    EnrichedArticle article = JSON.readValue(value, EnrichedArticle.class);
                    yield filter.accepts(article) ? Optional.of(line(value, TextLine.of(article))) : Optional.empty();
                }
            };
        } catch (JsonProcessingException | RuntimeException e) {
            throw new IllegalArgumentException("not a " + stream.name().toLowerCase(java.util.Locale.ROOT)
                    + " event: " + firstLine(e.getMessage()), e);
        }
    }

    private String line(String value, String text) throws JsonProcessingException {
        if (format == OutputFormat.TEXT) {
            return text;
        }
        // JSON lines: a value written over several lines by some other producer is compacted, unknown fields kept
        return value.indexOf('\n') < 0 && value.indexOf('\r') < 0 ? value : JSON.writeValueAsString(JSON.readTree(value));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
