package io.newswire.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.Visit;
import io.newswire.model.VisitStatus;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Dates resolved against the publication date, and where a visit stands, on sentences written for these tests. */
class DatesAndStatusTest {
    private static Visit only(String published, String text) {
        var visits = Articles.visits(published, text);
        assertThat(visits).as(text).hasSize(1);
        return visits.getFirst();
    }

    @Test
    void aWeekdayIsThePastOneForWhatHappenedAndTheNextOneForWhatWill() {
        // 2024-05-15 is a Wednesday
        assertThat(only("2024-05-15", "Cuban President Jorge Diaz arrived in Hanoi on Monday.").startDate())
                .isEqualTo(LocalDate.of(2024, 5, 13));
        assertThat(only("2024-05-15", "Cuban President Jorge Diaz will arrive in Hanoi on Monday.").startDate())
                .isEqualTo(LocalDate.of(2024, 5, 20));
        assertThat(only("2024-05-15", "Cuban President Jorge Diaz arrived in Hanoi on Wednesday.").startDate())
                .isEqualTo(LocalDate.of(2024, 5, 15));
    }

    @Test
    void aMonthAndDayTakeTheYearNearestThePublication() {
        assertThat(only("2024-12-28", "Thai Prime Minister Anan Chai will visit Laos on January 3.").startDate())
                .isEqualTo(LocalDate.of(2025, 1, 3));
        assertThat(only("2025-01-02", "Thai Prime Minister Anan Chai visited Laos on December 30.").startDate())
                .isEqualTo(LocalDate.of(2024, 12, 30));
        assertThat(only("2024-06-01", "Thai Prime Minister Anan Chai will visit Laos on 9 July 2025.").startDate())
                .isEqualTo(LocalDate.of(2025, 7, 9));
    }

    @Test
    void relativeDays() {
        assertThat(only("2024-05-15", "Norway's foreign minister Kari Lund travels to Beijing tomorrow.").startDate())
                .isEqualTo(LocalDate.of(2024, 5, 16));
        assertThat(only("2024-05-15", "Norway's foreign minister Kari Lund arrived in Beijing yesterday.").startDate())
                .isEqualTo(LocalDate.of(2024, 5, 14));
        assertThat(only("2024-05-15", "Norway's foreign minister Kari Lund will visit Beijing next week.").startDate())
                .isEqualTo(LocalDate.of(2024, 5, 20));
    }

    @Test
    void theLengthOfAVisitGivesItsEnd() {
        Visit v = only("2024-05-15", "Irish Taoiseach Sean Kelly begins a three-day visit to Canada on Thursday.");
        assertThat(v.startDate()).isEqualTo(LocalDate.of(2024, 5, 16));
        assertThat(v.endDate()).isEqualTo(LocalDate.of(2024, 5, 18));
    }

    @Test
    void aWrittenRangeGivesBothEnds() {
        Visit v = only("2024-05-15", "Polish President Jan Zielinski will visit Chile from June 3 to 6.");
        assertThat(v.startDate()).isEqualTo(LocalDate.of(2024, 6, 3));
        assertThat(v.endDate()).isEqualTo(LocalDate.of(2024, 6, 6));
    }

    @Test
    void theDateOfASaidVerbIsNotTheVisitsDate() {
        Visit v = only("2024-05-14", "Russian President Ivan Petrov will visit North Korea soon, the Kremlin said "
                + "on Tuesday.");
        assertThat(v.startDate()).isNull();
    }

    @Test
    void unknownDateStaysUnknown() {
        Visit v = only("2024-05-14", "Indian Prime Minister Arjun Rao will no longer visit Guyana in early December.");
        assertThat(v.startDate()).isNull();
        assertThat(v.status()).isEqualTo(VisitStatus.CANCELLED);
    }

    @Test
    void postponedCalledOffAndOnHoldAreCancelled() {
        assertThat(only("2024-05-14", "The Greek prime minister Nikos Pappas postponed his trip to Cyprus.").status())
                .isEqualTo(VisitStatus.CANCELLED);
        assertThat(only("2024-05-14", "Greek Prime Minister Nikos Pappas called off his visit to Cyprus.").status())
                .isEqualTo(VisitStatus.CANCELLED);
        assertThat(only("2024-05-14", "Greek Prime Minister Nikos Pappas's visit to Cyprus was put on hold.")
                .status()).isEqualTo(VisitStatus.CANCELLED);
    }

    @Test
    void aVisitThatWillNotTakePlaceOrIsRescheduledIsCancelled() {
        Visit v = only("2024-06-10", "Hungarian Prime Minister Gabor Toth was to visit Vienna on Friday. The visit "
                + "will not take place, his office said.");
        assertThat(v.status()).isEqualTo(VisitStatus.CANCELLED);
        assertThat(v.startDate()).isEqualTo(LocalDate.of(2024, 6, 14));
        assertThat(only("2024-06-10", "Polish President Jan Zielinski's trip to Chile has been rescheduled.")
                .status()).isEqualTo(VisitStatus.CANCELLED);
    }

    @Test
    void newsOfTheCancellationBeforeTheVisitIsNamedStillCancelsIt() {
        Visit v = only("2024-03-11", "Secretary of Defense Ray Holt's visit has been cancelled. Mr. Holt was "
                + "scheduled to visit Jakarta on March 17 and 18. Ray Holt is the US defense secretary.");
        assertThat(v.hostCountry()).isEqualTo("ID");
        assertThat(v.status()).isEqualTo(VisitStatus.CANCELLED);
        assertThat(v.startDate()).isEqualTo(LocalDate.of(2024, 3, 17));
        assertThat(v.endDate()).isEqualTo(LocalDate.of(2024, 3, 18));
    }

    @Test
    void aTourGivesOneVisitPerHostWithLaterLegsPlanned() {
        var visits = Articles.visits("2021-12-07", "Omani Sultan Said bin Harith arrived in Qatar on Monday. The "
                + "visit is part of a tour that will take him to Kuwait, Bahrain and Jordan.");
        assertThat(visits).extracting(Visit::hostCountry).containsExactly("QA", "KW", "BH", "JO");
        assertThat(Articles.visit(visits, "OM", "QA").orElseThrow().status()).isEqualTo(VisitStatus.ONGOING);
        assertThat(Articles.visit(visits, "OM", "JO").orElseThrow().status()).isEqualTo(VisitStatus.PLANNED);
    }

    @Test
    void leavingTheHostCountryCompletesTheVisit() {
        Visit v = only("2025-11-01", "President Wen Hao departed Busan on Saturday after concluding his state visit "
                + "to South Korea. Officials saw off the Chinese leader.");
        assertThat(v.visitorCountries()).containsExactly("CN");
        assertThat(v.status()).isEqualTo(VisitStatus.COMPLETED);
        assertThat(v.endDate()).isEqualTo(LocalDate.of(2025, 11, 1));
    }
}
