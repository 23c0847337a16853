package io.newswire.store.query;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A visit as lists show it; {@code visitors} and {@code hosts} are the {@code Official} objects of the event,
 * {@code outlets} the number of different feeds among its stored source articles.
 */
public record VisitSummary(String id, List<String> visitorCountries, String hostCountry, @JsonRawValue String visitors,
        @JsonRawValue String hosts, LocalDate startDate, LocalDate endDate, String status, String cameoCode,
        List<String> sourceArticleIds, int outlets, Instant updatedAt) {
}
