package io.newswire.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.Enrichment;
import io.newswire.model.Official;
import io.newswire.model.Visit;
import io.newswire.model.VisitStatus;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Several paragraphs written for these tests, mixing a visit with what only looks like one. */
class WholeArticlesTest {
    private static List<Visit> visits(String title, String body) {
        return Articles.TAGGER.tag(Articles.article("w", "2024-06-11", title, body)).visits();
    }

    @Test
    void aPhoneCallStoryThatAnnouncesAVisit() {
        List<Visit> v = visits("Finnish, Estonian ministers talk by phone", """
                Finnish Foreign Minister Elina Virtanen and her Estonian counterpart Mart Kask discussed energy \
                security in a telephone call on Monday, the ministry said.

                Virtanen is due to travel to Tallinn on June 20 for a meeting of Nordic and Baltic ministers.""");
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.visitorCountries()).containsExactly("FI");
            assertThat(x.hostCountry()).isEqualTo("EE");
            assertThat(x.startDate()).isEqualTo(LocalDate.of(2024, 6, 20));
            assertThat(x.status()).isEqualTo(VisitStatus.PLANNED);
        });
    }

    @Test
    void aCurrentVisitWithAnOldOneAsBackground() {
        List<Visit> v = visits("Greek PM arrives in Cairo", """
                Greek Prime Minister Nikos Pappas arrived in Cairo on Tuesday for talks with Egyptian President \
                Adel Mansour.

                It is Pappas's second trip to Egypt; he last visited the country in 2021.""");
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.hostCountry()).isEqualTo("EG");
            assertThat(x.startDate()).isEqualTo(LocalDate.of(2024, 6, 11));
            assertThat(x.status()).isEqualTo(VisitStatus.ONGOING);
            assertThat(x.hosts()).containsExactly(new Official("Adel Mansour", "president", "EG"));
        });
    }

    @Test
    void arrivalsForASummitAreOneVisitPerDelegationToTheHost() {
        List<Visit> v = visits("Leaders gather for summit in Nairobi", """
                Leaders began arriving in Nairobi on Monday for the African Union summit.

                South African President Thabo Nkosi landed on Monday evening and was received by Kenyan Foreign \
                Minister Grace Wanjiru.

                Nigerian President Musa Bello is expected on Tuesday, while Ghana's President Kofi Mensah will \
                arrive on Wednesday.""");
        assertThat(v).extracting(x -> x.visitorCountries().getFirst() + ">" + x.hostCountry() + " "
                + x.status().json() + " " + x.startDate()).containsExactlyInAnyOrder("ZA>KE ongoing 2024-06-10",
                "NG>KE planned 2024-06-11", "GH>KE planned 2024-06-12");
        assertThat(Articles.visit(v, "ZA", "KE").orElseThrow().hosts())
                .containsExactly(new Official("Grace Wanjiru", "foreign minister", "KE"));
    }

    @Test
    void talksAtHomeWithAVisitingCounterpart() {
        List<Visit> v = visits("", "Indian External Affairs Minister Ravi Menon held talks with his visiting Saudi "
                + "counterpart Faisal Al Rashid in New Delhi on Tuesday.");
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.visitorCountries()).containsExactly("SA");
            assertThat(x.hostCountry()).isEqualTo("IN");
            assertThat(x.visitors()).extracting(Official::name).containsExactly("Faisal Al Rashid");
            assertThat(x.hosts()).extracting(Official::name).containsExactly("Ravi Menon");
        });
    }

    @Test
    void theAnnouncingMinistryGivesTheTravellersCountry() {
        List<Visit> v = visits("Rao to visit US next month", "Prime Minister Arjun Rao will visit the United States "
                + "next month, the Indian foreign ministry said on Tuesday. Rao last travelled to Washington in 2023.");
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.visitorCountries()).containsExactly("IN");
            assertThat(x.hostCountry()).isEqualTo("US");
            assertThat(x.startDate()).isNull();
            assertThat(x.id()).isEqualTo("IN>US@2024-06");
        });
    }

    @Test
    void aDelegationsMinistersTravelWithTheLeader() {
        List<Visit> v = visits("", """
                Prime Minister of Fiji Ratu Vuniwai arrived in Seoul on Tuesday for a three-day official visit.

                The Fijian delegation includes Trade Minister Sera Tuilagi, deputy head of the prime minister's \
                office Jone Rabuka and Fiji's ambassador Mere Naivalu.""");
        assertThat(v).singleElement().satisfies(x -> assertThat(x.visitors()).extracting(Official::name)
                .containsExactly("Ratu Vuniwai", "Sera Tuilagi"));
    }

    @Test
    void domesticToursTradeFiguresInspectionsAndFormerLeadersAreNoVisits() {
        assertThat(visits("President tours flood-hit region", "Pakistani President Asif Karim visited flood-hit "
                + "areas of Sindh on Tuesday. He praised relief work by China and Turkey, which sent aid flights "
                + "last week.")).isEmpty();
        assertThat(visits("Trade figures", "Exports from Vietnam to the United States rose 20 percent in May, as "
                + "American buyers turned to Asian suppliers.")).isEmpty();
        assertThat(visits("Minister inspects border", "Interior Minister Ali Hassan inspected border posts near the "
                + "frontier with Iran on Tuesday. Iraqi officials said the visit aimed to curb smuggling.")).isEmpty();
        assertThat(visits("Ex-leader in Tokyo", "Former Australian Prime Minister Tom Baker arrived in Tokyo on "
                + "Tuesday to give a lecture.")).isEmpty();
    }

    @Test
    void titleCaseHeadlines() {
        assertThat(Articles.TAGGER.tag(Articles.article("h", "2024-06-10", "PM Rao To Visit US Next Week",
                "Indian Prime Minister Arjun Rao will hold talks with the US president.")).visits())
                .singleElement().satisfies(x -> {
                    assertThat(x.visitorCountries()).containsExactly("IN");
                    assertThat(x.hostCountry()).isEqualTo("US");
                    assertThat(x.status()).isEqualTo(VisitStatus.PLANNED);
                    assertThat(x.startDate()).isEqualTo(LocalDate.of(2024, 6, 17));
                });
        assertThat(Articles.TAGGER.tag(Articles.article("h", "2024-06-10", "Rao Arrives In Japan On Two-Day Visit",
                "Indian Prime Minister Arjun Rao met business leaders in Tokyo.")).visits())
                .singleElement().satisfies(x -> {
                    assertThat(x.hostCountry()).isEqualTo("JP");
                    assertThat(x.status()).isEqualTo(VisitStatus.ONGOING);
                });
        assertThat(Articles.TAGGER.tag(Articles.article("h", "2024-06-10", "Chinese FM Wraps Up Africa Tour",
                "Chinese Foreign Minister Wang Lei concluded a four-nation tour of Africa in Nigeria on Sunday."))
                .visits()).singleElement().satisfies(x -> {
                    assertThat(x.hostCountry()).isEqualTo("NG");
                    assertThat(x.status()).isEqualTo(VisitStatus.COMPLETED);
                });
    }

    @Test
    void aMinisterAndHisCounterpartMeetingInAThirdCountryBothVisitIt() {
        assertThat(visits("", "Turkish Foreign Minister Ali Demir and his Iranian counterpart Reza Karimi met in Baku "
                + "on Monday.")).extracting(x -> x.visitorCountries().getFirst() + ">" + x.hostCountry())
                .containsExactlyInAnyOrder("TR>AZ", "IR>AZ");
    }

    @Test
    void companionsTravelWithTheLeader() {
        List<Visit> v = visits("", "Kenyan President Daniel Otieno, accompanied by Foreign Minister Grace Wanjiru, "
                + "arrived in Tokyo on Tuesday.");
        assertThat(v).singleElement().satisfies(x -> assertThat(x.visitors()).containsExactly(
                new Official("Daniel Otieno", "president", "KE"), new Official("Grace Wanjiru", "foreign minister",
                        "KE")));
    }

    @Test
    void peopleOfTheArticleAreListed() {
        Enrichment e = Articles.TAGGER.tag(Articles.article("w", "2024-06-11", "", "Greek Prime Minister Nikos "
                + "Pappas arrived in Cairo on Tuesday for talks with Egyptian President Adel Mansour."));
        assertThat(e.people()).containsExactly(new Official("Nikos Pappas", "prime minister", "GR"),
                new Official("Adel Mansour", "president", "EG"));
    }
}
