package io.newswire.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.Visit;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class VisitIdsTest {
    @Test
    void theIdNamesVisitorsHostAndStartDate() {
        assertThat(VisitIds.id(List.of("TR"), "PK", LocalDate.of(2025, 7, 9), LocalDate.of(2025, 7, 8)))
                .isEqualTo("TR>PK@2025-07-09");
        assertThat(VisitIds.id(List.of("US", "GB"), "FR", LocalDate.of(2025, 7, 9), null))
                .isEqualTo("GB+US>FR@2025-07-09");
    }

    @Test
    void withoutADateThePublicationMonthStandsIn() {
        assertThat(VisitIds.id(List.of("IN"), "GY", null, LocalDate.of(2018, 10, 20))).isEqualTo("IN>GY@2018-10");
    }

    @Test
    void twoOutletsReportingOneVisitDifferentlyGetOneId() {
        Visit a = Articles.visits("2024-05-15", "Kenyan President Daniel Otieno arrived in Accra on Tuesday.")
                .getFirst();
        Visit b = Articles.visits("2024-05-16", "President Daniel Otieno of Kenya, who landed in Ghana's capital "
                + "on May 14, held talks on trade. The Kenyan president arrived in Ghana on May 14.").getFirst();
        assertThat(a.id()).isEqualTo("KE>GH@2024-05-14").isEqualTo(b.id());
    }
}
