package io.newswire.launcher.subscribe;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.Official;
import io.newswire.model.VisitStatus;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextLineTest {

    @Test
    void visitLineReadsDateRouteStatusAndVisitors() {
        assertThat(TextLine.of(Events.turkeyToPakistan())).isEqualTo(
                "2025-07-09 TR → PK planned  Hakan Fidan (foreign minister), Yaşar Güler (defense minister)");
    }

    @Test
    void severalDaysAreAnIsoIntervalAndSeveralVisitorCountriesAreJoined() {
        var v = Events.visit(List.of("AZ", "TR"), "GE", LocalDate.of(2025, 3, 4), LocalDate.of(2025, 3, 6),
                VisitStatus.ONGOING, List.of(new Official("Leyla Aliyeva", null, "AZ")));
        assertThat(TextLine.of(v)).isEqualTo("2025-03-04/2025-03-06 AZ+TR → GE ongoing  Leyla Aliyeva");
    }

    @Test
    void undatedVisitWithoutNamedVisitorsStillFitsOnOneLine() {
        var v = Events.visit(List.of("FR"), "SN", null, null, VisitStatus.CANCELLED, List.of());
        assertThat(TextLine.of(v)).isEqualTo("undated    FR → SN cancelled");
    }

    @Test
    void articleLineShowsTimeTitleTopicsAndVisits() {
        var a = Events.article("Ministers due in\nIslamabad", List.of("defense", "bilateral_relations"),
                List.of("TR", "PK"), List.of(Events.turkeyToPakistan()));
        assertThat(TextLine.of(a)).isEqualTo("2025-07-08 06:45Z  Ministers due in Islamabad  "
                + "[defense, bilateral_relations]  visits: TR → PK 2025-07-09 planned");
    }

    @Test
    void articleWithoutTopicsOrVisitsIsJustTimeAndTitle() {
        var a = Events.article("Port strike ends", List.of(), List.of(), List.of());
        assertThat(TextLine.of(a)).isEqualTo("2025-07-08 06:45Z  Port strike ends");
    }

    @Test
    void articleLineNamesTheOutletsCountryAndALanguageOtherThanEnglish() {
        var a = Events.article("Port strike ends", List.of(), List.of(), List.of());
        var fromGhana = io.newswire.model.EnrichedArticle.of(a.article().withSourceCountry("GH"), a.enrichment());
        assertThat(TextLine.of(fromGhana)).isEqualTo("2025-07-08 06:45Z  Port strike ends  from GH");
        var french = io.newswire.model.EnrichedArticle.of(new io.newswire.model.Article(a.schemaVersion(), a.id(),
                a.url(), a.guid(), a.feedUrl(), a.feedTitle(), "La grève du port prend fin", a.summary(), a.body(),
                "fr", a.authors(), a.categories(), a.publishedAt(), a.fetchedAt(), a.contentHash(), "SN"),
                a.enrichment());
        assertThat(TextLine.of(french))
                .isEqualTo("2025-07-08 06:45Z  La grève du port prend fin  from SN  language fr");
    }
}
