package io.newswire.launcher.subscribe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newswire.model.EnrichedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventFilterTest {
    private final EnrichedArticle visitArticle = Events.article("Ministers due in Islamabad", List.of("defense"),
            List.of("IN"), List.of(Events.turkeyToPakistan()));
    private final EnrichedArticle tradeArticle = Events.article("Tariff talks", List.of("trade_investment"),
            List.of("BR", "AR"), List.of());

    @Test
    void noCriteriaAcceptsEverything() {
        assertThat(EventFilter.ALL.accepts(Events.turkeyToPakistan())).isTrue();
        assertThat(EventFilter.ALL.accepts(tradeArticle)).isTrue();
    }

    @Test
    void countryMatchesVisitHostOrVisitorNotOthers() {
        assertThat(new EventFilter("pk", null).accepts(Events.turkeyToPakistan())).isTrue();
        assertThat(new EventFilter("TR", null).accepts(Events.turkeyToPakistan())).isTrue();
        assertThat(new EventFilter("MY", null).accepts(Events.turkeyToPakistan())).isFalse();
    }

    @Test
    void countryMatchesArticleMentionsAndTheCountriesOfItsVisits() {
        assertThat(new EventFilter("IN", null).accepts(visitArticle)).isTrue();
        assertThat(new EventFilter("PK", null).accepts(visitArticle)).isTrue();
        assertThat(new EventFilter("AR", null).accepts(tradeArticle)).isTrue();
        assertThat(new EventFilter("PK", null).accepts(tradeArticle)).isFalse();
    }

    @Test
    void topicMatchesArticleTopicCodes() {
        assertThat(new EventFilter(null, "Trade_Investment").accepts(tradeArticle)).isTrue();
        assertThat(new EventFilter(null, "trade_investment").accepts(visitArticle)).isFalse();
    }

    @Test
    void bothCriteriaMustHold() {
        assertThat(new EventFilter("TR", "defense").accepts(visitArticle)).isTrue();
        assertThat(new EventFilter("BR", "defense").accepts(visitArticle)).isFalse();
        assertThat(new EventFilter("TR", "trade_investment").accepts(visitArticle)).isFalse();
    }

    @Test
    void visitsCarryNoTopicsSoATopicFilterDropsThem() {
        assertThat(new EventFilter(null, "defense").accepts(Events.turkeyToPakistan())).isFalse();
    }

    @Test
    void badCriteriaAreRejectedWithTheirFlagNamed() {
        assertThatThrownBy(() -> new EventFilter("Pakistan", null)).hasMessageContaining("--country");
        assertThatThrownBy(() -> new EventFilter(null, "defense; drop table")).hasMessageContaining("--topic");
        assertThat(new EventFilter("  ", "")).isEqualTo(EventFilter.ALL);
    }
}
