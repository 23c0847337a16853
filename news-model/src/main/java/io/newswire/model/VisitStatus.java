package io.newswire.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where a visit stands at the time of the report; postponed, called off and on-hold visits count as cancelled. */
public enum VisitStatus {
    PLANNED, ONGOING, COMPLETED, CANCELLED;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static VisitStatus fromJson(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}
