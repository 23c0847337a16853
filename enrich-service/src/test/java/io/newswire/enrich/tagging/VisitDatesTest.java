package io.newswire.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The length of a visit ("a three-day visit") as VisitDates reads it from the NUMBER_WORD sequence. */
class VisitDatesTest {
    @Test
    void spelledNumbersCountByTheirPlaceInTheSequence() {
        assertThat(Vocabulary.set("NUMBER_WORD")).startsWith("one", "two", "three").endsWith("ten");
        assertThat(VisitDates.count("one")).isEqualTo(1);
        assertThat(VisitDates.count("three")).isEqualTo(3);
        assertThat(VisitDates.count("ten")).isEqualTo(10);
        assertThat(VisitDates.count("eleven")).isZero();
    }

    @Test
    void writtenNumbersCountAsFarAsTheSequenceGoes() {
        assertThat(VisitDates.count("3")).isEqualTo(3);
        assertThat(VisitDates.count("10")).isEqualTo(10);
        assertThat(VisitDates.count("11")).isZero();
        assertThat(VisitDates.count("0")).isZero();
        assertThat(VisitDates.count("03")).isZero();
        assertThat(VisitDates.count("")).isZero();
        assertThat(VisitDates.count("x")).isZero();
    }

    @Test
    void aVisitOfNDaysEndsOnItsNthDay() {
        // 2024-05-06 is a Monday
        assertThat(Articles.visits("2024-05-06", "Kenyan President Daniel Otieno arrived in Rome on Monday for a "
                + "3-day state visit.")).singleElement().satisfies(v -> {
                    assertThat(v.startDate()).hasToString("2024-05-06");
                    assertThat(v.endDate()).hasToString("2024-05-08");
                });
        assertThat(Articles.visits("2024-05-06", "Kenyan President Daniel Otieno arrived in Rome on Monday for a "
                + "five-day state visit.")).singleElement().satisfies(v -> assertThat(v.endDate())
                        .hasToString("2024-05-10"));
    }
}
