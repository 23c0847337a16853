package io.newswire.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One real-world diplomatic visit: officials of {@code visitorCountries} travelling to {@code hostCountry}.
 * The value of {@code news.visits}, keyed by {@code id}, which is derived from visitor countries, host and date so
 * that reports of the same visit by different outlets share it.
 */
public record Visit(
        String id,
        List<String> visitorCountries,
        String hostCountry,
        List<Official> visitors,
        List<Official> hosts,
        LocalDate startDate,
        LocalDate endDate,
        VisitStatus status,
        String cameoCode,
        List<Evidence> evidence,
        List<String> sourceArticleIds) {

    /** CAMEO event code 042, "Make a visit". */
    public static final String CAMEO_MAKE_VISIT = "042";

    public Visit {
        Require.nonBlank(id, "id");
        visitorCountries = Require.list(visitorCountries);
        Require.nonBlank(hostCountry, "hostCountry");
        visitors = Require.list(visitors);
        hosts = Require.list(hosts);
        Require.nonNull(status, "status");
        evidence = Require.list(evidence);
        sourceArticleIds = Require.list(sourceArticleIds);
    }
}
