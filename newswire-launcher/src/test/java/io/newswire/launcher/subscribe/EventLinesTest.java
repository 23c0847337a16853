package io.newswire.launcher.subscribe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.newswire.model.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventLinesTest {

    private static String json(Object event) throws Exception {
        return Json.mapper().writeValueAsString(event);
    }

    @Test
    void jsonFormatPassesTheValueThroughUnchanged() throws Exception {
        String value = json(Events.turkeyToPakistan()).replaceFirst("\\{", "{\"fromANewerWriter\":true,");
        var lines = new EventLines(StreamKind.VISITS, EventFilter.ALL, OutputFormat.JSON);
        assertThat(lines.render(value)).contains(value);
    }

    @Test
    void jsonWrittenOverSeveralLinesIsCompactedToOne() throws Exception {
        String pretty = Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(Events.turkeyToPakistan());
        var line = new EventLines(StreamKind.VISITS, EventFilter.ALL, OutputFormat.JSON).render(pretty).orElseThrow();
        assertThat(line).doesNotContain("\n");
        JsonNode node = Json.mapper().readTree(line);
        assertThat(node.get("hostCountry").asText()).isEqualTo("PK");
    }

    @Test
    void textFormatRendersTheReadableLine() throws Exception {
        var lines = new EventLines(StreamKind.VISITS, EventFilter.ALL, OutputFormat.TEXT);
        assertThat(lines.render(json(Events.turkeyToPakistan()))).contains(TextLine.of(Events.turkeyToPakistan()));
    }

    @Test
    void filteredOutEventsAndTombstonesPrintNothing() throws Exception {
        var onlyMalaysia = new EventLines(StreamKind.VISITS, new EventFilter("MY", null), OutputFormat.TEXT);
        assertThat(onlyMalaysia.render(json(Events.turkeyToPakistan()))).isEmpty();
        assertThat(onlyMalaysia.render(null)).isEmpty();
    }

    @Test
    void articlesAreReadOnTheEnrichedStream() throws Exception {
        var a = Events.article("Tariff talks", List.of("trade_investment"), List.of("BR"), List.of());
        var lines = new EventLines(StreamKind.ENRICHED, new EventFilter("BR", "trade_investment"), OutputFormat.TEXT);
        assertThat(lines.render(json(a))).contains(TextLine.of(a));
    }

    @Test
    void aValueThatIsNotAnEventOfTheStreamIsAnErrorNamingTheStream() throws Exception {
        var visits = new EventLines(StreamKind.VISITS, EventFilter.ALL, OutputFormat.JSON);
        assertThatThrownBy(() -> visits.render("not json")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not a visits event");
        // an article is not a visit: it lacks the host country
        var a = Events.article("Tariff talks", List.of(), List.of(), List.of());
        assertThatThrownBy(() -> visits.render(json(a))).isInstanceOf(IllegalArgumentException.class);
    }
}
