package io.newswire.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.Official;
import io.newswire.model.Visit;
import io.newswire.model.VisitStatus;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How trips end, go on and who travels: sentences written for these tests. */
class TripsAndDelegationsTest {
    private static List<String> visitorNames(Visit v) {
        return v.visitors().stream().map(Official::name).toList();
    }

    @Test
    void goingHomeEndsTheVisitAndIsNoVisitOfItsOwn() {
        List<Visit> visits = Articles.visits("2024-05-07", "MADRID, May 7 - Irish Prime Minister Ciara Walsh held "
                + "talks in Madrid on Tuesday with Spanish Prime Minister Pablo Ortega. Walsh, who was accompanied "
                + "by Finance Minister Declan Burke, also met Spanish business leaders before returning to Dublin "
                + "in the evening.");
        assertThat(visits).extracting(Visit::hostCountry).containsExactly("ES");
        Visit v = visits.getFirst();
        assertThat(v.status()).isEqualTo(VisitStatus.COMPLETED);
        assertThat(v.startDate()).isEqualTo(LocalDate.of(2024, 5, 7));
        assertThat(visitorNames(v)).containsExactlyInAnyOrder("Ciara Walsh", "Declan Burke");
        assertThat(v.visitors()).allSatisfy(o -> assertThat(o.country()).isEqualTo("IE"));
    }

    @Test
    void aReturnStillAheadLeavesTheVisitAsItIs() {
        Visit v = Articles.visits("2024-05-07", "Irish Prime Minister Ciara Walsh will hold talks in Madrid on "
                + "Friday with Spanish Prime Minister Pablo Ortega before returning to Dublin.").getFirst();
        assertThat(v.hostCountry()).isEqualTo("ES");
        assertThat(v.status()).isEqualTo(VisitStatus.PLANNED);
    }

    @Test
    void laterLegsOfATourUnderWayAreAheadAndTheirWeekdaysToo() {
        // 2024-03-03 is a Sunday
        List<Visit> visits = Articles.visits("2024-03-03", "Indian Foreign Minister Arjun Rao began a tour of "
                + "Peru, Chile and Argentina on Sunday, arriving in Lima for talks on mining. He will then fly to "
                + "Santiago on Wednesday before ending the trip in Buenos Aires on Friday.");
        Visit peru = Articles.visit(visits, "IN", "PE").orElseThrow();
        Visit chile = Articles.visit(visits, "IN", "CL").orElseThrow();
        Visit argentina = Articles.visit(visits, "IN", "AR").orElseThrow();
        assertThat(peru.status()).isEqualTo(VisitStatus.ONGOING);
        assertThat(chile.status()).isEqualTo(VisitStatus.PLANNED);
        assertThat(chile.startDate()).isEqualTo(LocalDate.of(2024, 3, 6));
        assertThat(argentina.status()).isEqualTo(VisitStatus.PLANNED);
        assertThat(argentina.startDate()).isEqualTo(LocalDate.of(2024, 3, 8));
    }

    @Test
    void anOnwardLegIsTravelToo() {
        // 2024-09-09 is a Monday
        List<Visit> visits = Articles.visits("2024-09-09", "Brazilian Foreign Minister Paulo Costa arrived in "
                + "Accra on Monday. Costa is expected to continue on to Togo on Wednesday, officials said.");
        Visit togo = Articles.visit(visits, "BR", "TG").orElseThrow();
        assertThat(togo.status()).isEqualTo(VisitStatus.PLANNED);
        assertThat(togo.startDate()).isEqualTo(LocalDate.of(2024, 9, 11));
        assertThat(Articles.visits("2024-09-09", "Talks between Brazilian Foreign Minister Paulo Costa and his "
                + "Ghanaian counterpart will continue next month.")).isEmpty();
    }

    @Test
    void royalsWithRegnalNumbersAndTheirConsortsTravelTogether() {
        Visit v = Articles.visits("2024-04-10", "Norway's King Haakon VIII and Queen Ingrid arrived in Lisbon on "
                + "Wednesday for a state visit to Portugal. Norway's Minister for Foreign Trade Ola Berg is "
                + "travelling with the king.").getFirst();
        assertThat(v.hostCountry()).isEqualTo("PT");
        assertThat(v.startDate()).isEqualTo(LocalDate.of(2024, 4, 10));
        assertThat(visitorNames(v)).containsExactlyInAnyOrder("Haakon VIII", "Ingrid", "Ola Berg");
        assertThat(v.visitors()).filteredOn(o -> o.name().equals("Ola Berg")).extracting(Official::role)
                .containsExactly("trade minister");
    }

    @Test
    void anEnvoysBriefIsNotTheirCountry() {
        Visit v = Articles.visits("2024-04-13", "Kenya's special envoy for Libya, Amina Waweru, arrived in Tripoli "
                + "on Saturday for talks.").getFirst();
        assertThat(v.visitorCountries()).containsExactly("KE");
        assertThat(v.hostCountry()).isEqualTo("LY");
        assertThat(visitorNames(v)).containsExactly("Amina Waweru");
    }

    @Test
    void anArrivalWithNoPlaceGoesWhereTheSummitIsNotWhereTheNewsCameFrom() {
        // 2024-07-06 is a Saturday
        List<Visit> visits = Articles.visits("2024-07-06", "ACCRA, July 6 - Senegalese President Awa Diallo "
                + "arrived in Accra on Saturday for a regional summit. Nigerian President Musa Bello is expected to "
                + "arrive on Sunday, his office in Abuja said.");
        Visit bello = Articles.visit(visits, "NG", "GH").orElseThrow();
        assertThat(bello.status()).isEqualTo(VisitStatus.PLANNED);
        assertThat(bello.startDate()).isEqualTo(LocalDate.of(2024, 7, 7));
        assertThat(Articles.visit(visits, "SN", "GH")).isPresent();
    }

    @Test
    void aStopInsideTheHostCountryDoesNotDateTheVisit() {
        // 2024-10-02 is a Wednesday
        Visit v = Articles.visits("2024-10-02", "Danish Queen Margit arrived in Peru for a four-day state visit. "
                + "The queen is also expected to visit the Colca Canyon on Saturday.").getFirst();
        assertThat(v.hostCountry()).isEqualTo("PE");
        assertThat(v.status()).isEqualTo(VisitStatus.ONGOING);
        assertThat(v.startDate()).as("Saturday is the side trip's day, and the arrival has none").isNull();
    }

    @Test
    void onwardLegsReadInSeveralWays() {
        // 2024-05-15 is a Wednesday
        for (String verb : List.of("move on to", "go on to", "head on to", "continue to")) {
            List<Visit> visits = Articles.visits("2024-05-15", "Kenyan President Daniel Otieno arrived in Oslo on "
                    + "Monday. He will " + verb + " Sweden on Friday.");
            assertThat(Articles.visit(visits, "KE", "SE")).as(verb).hasValueSatisfying(v -> {
                assertThat(v.status()).isEqualTo(VisitStatus.PLANNED);
                assertThat(v.startDate()).isEqualTo(LocalDate.of(2024, 5, 17));
            });
        }
        assertThat(Articles.visits("2024-05-15", "Kenyan President Daniel Otieno went on to say that Norway was a "
                + "friend.")).isEmpty();
    }

    @Test
    void companionsJoinInOtherWordsToo() {
        Visit along = Articles.visits("2024-05-15", "Kenyan President Daniel Otieno arrived in Oslo on Monday "
                + "along with Foreign Minister Peter Kamau.").getFirst();
        assertThat(visitorNames(along)).containsExactlyInAnyOrder("Daniel Otieno", "Peter Kamau");
        Visit accompanying = Articles.visits("2024-05-15", "OSLO, May 13 - Kenyan President Daniel Otieno arrived "
                + "on Monday. Trade Minister Jane Wambui is accompanying the president.").getFirst();
        assertThat(accompanying.visitors()).extracting(Official::country).containsOnly("KE");
        assertThat(visitorNames(accompanying)).contains("Jane Wambui");
    }

    @Test
    void aLegToldAsComingThenStartsAfterTheLegBeforeIt() {
        // 2024-05-15 is a Wednesday: the next Monday is the 20th, the Thursday after it the 23rd
        List<Visit> visits = Articles.visits("2024-05-15", "Ghanaian President Kofi Mensah will fly to Lima on "
                + "Monday and then travel to Chile on Thursday.");
        assertThat(Articles.visit(visits, "GH", "PE").orElseThrow().startDate()).isEqualTo(LocalDate.of(2024, 5, 20));
        assertThat(Articles.visit(visits, "GH", "CL").orElseThrow().startDate()).isEqualTo(LocalDate.of(2024, 5, 23));
    }

    @Test
    void theDayOfTheReturnIsTheLastDay() {
        // 2024-05-15 is a Wednesday
        Visit v = Articles.visits("2024-05-15", "Kenyan President Daniel Otieno arrived in Oslo on Monday and "
                + "returned home on Wednesday.").getFirst();
        assertThat(v.startDate()).isEqualTo(LocalDate.of(2024, 5, 13));
        assertThat(v.endDate()).isEqualTo(LocalDate.of(2024, 5, 15));
        assertThat(v.status()).isEqualTo(VisitStatus.COMPLETED);
    }
}
