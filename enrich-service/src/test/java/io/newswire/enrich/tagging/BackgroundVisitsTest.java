package io.newswire.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.Visit;
import io.newswire.model.VisitStatus;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Old visits told as background are no visits; visits the article reports as news still are, even when an old one is
 * mentioned next to them. Sentences written for these tests. Columns: publication date | text | visitor | host.
 */
class BackgroundVisitsTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // the time anchor sits in the clause before the visit ("last travelled ... in 2023, when he visited")
        "2026-11-20|German Chancellor Karl Becker called off his trip to Nigeria. Becker last travelled to West Africa in 2023, when he visited Senegal.|DE|SN",
        "2026-11-20|Becker has postponed the tour. German Chancellor Karl Becker last went to the region in 2022, when he visited Senegal and Mali.|DE|ML",
        // a bare month name months before publication
        "2026-11-20|Turkish President Omer Celik spoke by phone with the Egyptian leader on Thursday. Egyptian Foreign Minister Sameh Adel visited Ankara in March.|EG|TR",
        "2026-10-15|The two ministers spoke by telephone. Egyptian Foreign Minister Sameh Adel travelled to Turkey in May to discuss trade.|EG|TR",
        // relative anchors and words that place the visit in the past
        "2026-11-20|Japanese Prime Minister Ken Sato visited Canberra last year to sign a defence pact.|JP|AU",
        "2026-11-20|Indian Prime Minister Ravi Rao visited Cairo two years ago.|IN|EG",
        "2026-11-20|Canadian Prime Minister Ann Lee visited Mexico in her first term.|CA|MX",
        "2026-11-20|The last time a French president visited Algeria was during the previous government.|FR|DZ",
        "2026-11-20|Brazilian President Paulo Costa's previous visit to Angola was cut short by protests.|BR|AO",
    })
    void oldVisitsToldAsBackgroundAreNoVisits(String published, String text, String visitor, String host) {
        assertThat(Articles.visit(Articles.visits(published, text), visitor, host)).isEmpty();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "2026-11-20|Kenyan President Daniel Otieno visited Ghana on Tuesday, his first trip abroad since 2023.|KE|GH|completed",
        "2026-11-20|Japanese Prime Minister Ken Sato returned home from a three-day visit to Australia last week.|JP|AU|completed",
        "2026-11-20|Indian Prime Minister Ravi Rao wrapped up a visit to Egypt on Wednesday.|IN|EG|completed",
        "2026-03-24|Egyptian Foreign Minister Sameh Adel visited Ankara in March for talks on trade.|EG|TR|completed",
        "2026-11-20|German Chancellor Karl Becker arrived in Senegal on Thursday. He last visited Senegal in 2023.|DE|SN|ongoing",
    })
    void newsVisitsStayVisits(String published, String text, String visitor, String host, String status) {
        List<Visit> visits = Articles.visits(published, text);
        assertThat(Articles.visit(visits, visitor, host)).get().extracting(Visit::status)
                .isEqualTo(VisitStatus.valueOf(status.toUpperCase()));
    }
}
