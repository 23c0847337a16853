package io.newswire.model;

import java.util.List;
import java.util.Objects;

/** The few invariants every event enforces on construction, so a bad event fails where it is made. */
final class Require {
    private Require() {
    }

    static String nonBlank(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value;
    }

    /** Null becomes empty; the copy is immutable and rejects null elements. */
    static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    /** An ISO 3166-1 alpha-2 code (two upper-case letters) or null. */
    static String countryOrNull(String value, String field) {
        if (value != null && !value.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException(field + " must be an ISO 3166-1 alpha-2 code such as \"NG\", got \""
                    + value + "\"");
        }
        return value;
    }

    static <T> T nonNull(T value, String field) {
        return Objects.requireNonNull(value, () -> field + " must not be null");
    }
}
