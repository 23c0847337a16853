package io.newswire.launcher.subscribe;

import io.newswire.model.CountryMention;
import io.newswire.model.EnrichedArticle;
import io.newswire.model.TopicCode;
import io.newswire.model.Visit;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which events a subscriber wants: a country (ISO 3166-1 alpha-2) it must involve, a topic code it must carry.
 * A null criterion accepts everything.
 */
public record EventFilter(String country, String topic) {
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    public static final EventFilter ALL = new EventFilter(null, null);

    public EventFilter {
        country = blankToNull(country);
        topic = blankToNull(topic);
        if (country != null) {
            country = country.toUpperCase(Locale.ROOT);
            if (!COUNTRY.matcher(country).matches()) {
                throw new IllegalArgumentException("--country must be a two-letter ISO 3166-1 code such as PK, got '"
                        + country + "'");
            }
        }
        if (topic != null) {
            String given = topic;
            topic = TopicCode.of(given).map(TopicCode::code).orElseThrow(() -> new IllegalArgumentException(
                    "--topic: unknown topic code '" + given + "'; use one of " + TopicCode.codes()));
        }
    }

    /** A visit involves a country as its host or as one of its visitors' countries; visits carry no topics. */
    public boolean accepts(Visit visit) {
        if (topic != null) {
            return false;
        }
        return country == null || involves(visit);
    }

    /** An article involves a country it mentions or a country of one of the visits it reports. */
    public boolean accepts(EnrichedArticle article) {
        var enrichment = article.enrichment();
        if (topic != null && enrichment.topics().stream().noneMatch(t -> topic.equals(t.code()))) {
            return false;
        }
        if (country == null) {
            return true;
        }
        return enrichment.countries().stream().map(CountryMention::code).anyMatch(country::equals)
                || enrichment.visits().stream().anyMatch(this::involves);
    }

    private boolean involves(Visit visit) {
        return country.equals(visit.hostCountry()) || visit.visitorCountries().contains(country);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
