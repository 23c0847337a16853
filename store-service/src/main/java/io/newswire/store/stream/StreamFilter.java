package io.newswire.store.stream;

import io.newswire.model.EnrichedArticle;
import io.newswire.model.Visit;
import io.newswire.store.query.Params;
import io.newswire.store.write.ArticleRow;
import io.newswire.store.write.DeletedVisit;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one stream client asked for. {@code topic} keeps articles with that topic (visits carry no topics, so a
 * topic filter leaves them out); {@code country} keeps articles that mention the country and visits that it makes
 * or hosts (deleted visits too). No filter: everything.
 */
public record StreamFilter(String topic, String country) {
    public static final Set<String> PARAMETERS = Set.of("topic", "country");

    public static StreamFilter parse(Map<String, List<String>> raw) {
        Params p = Params.of(raw, PARAMETERS);
        return new StreamFilter(p.topic("topic"), p.country("country"));
    }

    public boolean matches(EnrichedArticle a) {
        return (topic == null || ArticleRow.topicCodes(a.enrichment()).contains(topic))
                && (country == null || ArticleRow.countryCodes(a.enrichment()).contains(country));
    }

    public boolean matches(Visit v) {
        return matchesVisit(v.hostCountry(), v.visitorCountries());
    }

    public boolean matches(DeletedVisit v) {
        return matchesVisit(v.hostCountry(), v.visitorCountries());
    }

    private boolean matchesVisit(String host, List<String> visitors) {
        return topic == null
                && (country == null || country.equalsIgnoreCase(host)
                        || visitors.stream().anyMatch(country::equalsIgnoreCase));
    }
}
