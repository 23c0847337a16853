package io.newswire.store.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newswire.model.EnrichedArticle;
import io.newswire.model.Visit;
import io.newswire.model.VisitStatus;
import io.newswire.store.Events;
import io.newswire.store.query.BadParameter;
import io.newswire.store.write.DeletedVisit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StreamFilterTest {
    private final EnrichedArticle article = Events.article(1, "t", Events.T0, List.of("trade_investment"), List.of("FR", "de"));
    private final Visit visit = Events.visit(1, "US", "JP", null, VisitStatus.PLANNED, List.of());

    @Test
    void noFilterPassesEverything() {
        StreamFilter f = StreamFilter.parse(Map.of());
        assertThat(f.matches(article)).isTrue();
        assertThat(f.matches(visit)).isTrue();
    }

    @Test
    void topicKeepsArticlesWithItAndNoVisits() {
        assertThat(StreamFilter.parse(Map.of("topic", List.of("trade_investment"))).matches(article)).isTrue();
        assertThat(StreamFilter.parse(Map.of("topic", List.of("health"))).matches(article)).isFalse();
        assertThat(StreamFilter.parse(Map.of("topic", List.of("trade_investment"))).matches(visit)).isFalse();
    }

    @Test
    void countryKeepsArticlesMentioningItAndVisitsItMakesOrHosts() {
        assertThat(StreamFilter.parse(Map.of("country", List.of("de"))).matches(article)).isTrue();
        assertThat(StreamFilter.parse(Map.of("country", List.of("US"))).matches(article)).isFalse();
        assertThat(StreamFilter.parse(Map.of("country", List.of("us"))).matches(visit)).isTrue();
        assertThat(StreamFilter.parse(Map.of("country", List.of("JP"))).matches(visit)).isTrue();
        assertThat(StreamFilter.parse(Map.of("country", List.of("FR"))).matches(visit)).isFalse();
    }

    @Test
    void aDeletedVisitIsFilteredLikeTheVisitItWas() {
        DeletedVisit deleted = new DeletedVisit(visit.id(), "JP", List.of("US"));
        assertThat(StreamFilter.parse(Map.of()).matches(deleted)).isTrue();
        assertThat(StreamFilter.parse(Map.of("country", List.of("us"))).matches(deleted)).isTrue();
        assertThat(StreamFilter.parse(Map.of("country", List.of("JP"))).matches(deleted)).isTrue();
        assertThat(StreamFilter.parse(Map.of("country", List.of("FR"))).matches(deleted)).isFalse();
        assertThat(StreamFilter.parse(Map.of("topic", List.of("trade_investment"))).matches(deleted)).isFalse();
    }

    @Test
    void badFiltersAreRefused() {
        assertThatThrownBy(() -> StreamFilter.parse(Map.of("country", List.of("FRA"))))
                .isInstanceOf(BadParameter.class);
        assertThatThrownBy(() -> StreamFilter.parse(Map.of("from", List.of("now"))))
                .isInstanceOf(BadParameter.class);
    }
}
