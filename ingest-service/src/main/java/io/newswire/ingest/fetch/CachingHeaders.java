package io.newswire.ingest.fetch;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Reading {@code Retry-After} and {@code Cache-Control: max-age}. */
public final class CachingHeaders {
    private CachingHeaders() {
    }

    /** {@code Retry-After} as seconds or an HTTP date, relative to {@code now}; null when absent or unreadable. */
    public static Duration retryAfter(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            long seconds = Long.parseLong(v);
            return seconds < 0 ? null : Duration.ofSeconds(seconds);
        } catch (NumberFormatException e) {
            try {
                Instant when = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration d = Duration.between(now, when);
                return d.isNegative() ? Duration.ZERO : d;
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    /** {@code max-age} from {@code Cache-Control}; null when absent. {@code no-cache}/{@code no-store} count as 0. */
    public static Duration maxAge(HttpHeaders headers) {
        Duration result = null;
        for (String value : headers.allValues("Cache-Control")) {
            for (String directive : value.split(",")) {
                String d = directive.strip().toLowerCase(Locale.ROOT);
                if (d.startsWith("max-age=")) {
                    try {
                        result = Duration.ofSeconds(Long.parseLong(d.substring(8).replace("\"", "").strip()));
                    } catch (NumberFormatException e) {
                        // unreadable: as if absent
                    }
                } else if (d.equals("no-cache") || d.equals("no-store")) {
                    result = Duration.ZERO;
                }
            }
        }
        return result;
    }
}
