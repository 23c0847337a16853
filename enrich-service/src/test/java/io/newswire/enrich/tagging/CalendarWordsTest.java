package io.newswire.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The format of {@code tagging/calendar.tsv} and what the bundled file says. */
class CalendarWordsTest {
    private static CalendarWords parse(String... rows) {
        return CalendarWords.parse("test.tsv", List.of(rows));
    }

    @Test
    void readsEachKindOfRow() {
        CalendarWords w = parse("month\t3\tmarch mar", "weekday\tSUNDAY\tsunday sun", "day\t-1\tyesterday",
                "weekday_shift\t1\tnext coming", "week\t1\tnext_week the_coming_week");
        assertThat(w.months).containsExactlyInAnyOrderEntriesOf(java.util.Map.of("march", 3, "mar", 3));
        assertThat(w.weekdays).containsEntry("sun", DayOfWeek.SUNDAY).hasSize(2);
        assertThat(w.days).containsExactlyEntriesOf(java.util.Map.of("yesterday", -1));
        assertThat(w.weekdayShifts).containsEntry("coming", 1).containsEntry("next", 1).hasSize(2);
        assertThat(w.nextWeek).containsExactlyInAnyOrder("next week", "the coming week");
        assertThat(w.nextWeekStarts).containsExactlyInAnyOrder("next", "the");
    }

    @Test
    void rejectsMistakesNamingTheRow() {
        assertThatThrownBy(() -> parse("month\t13\tundecember")).hasMessageContaining("no month value")
                .hasMessageContaining("undecember");
        assertThatThrownBy(() -> parse("weekday\tMOONDAY\tmoonday")).hasMessageContaining("no weekday value");
        assertThatThrownBy(() -> parse("weekday_shift\t2\tafter_next")).hasMessageContaining("no weekday_shift");
        assertThatThrownBy(() -> parse("fortnight\t1\tnext")).hasMessageContaining("kind one of");
        assertThatThrownBy(() -> parse("month\t1 january")).hasMessageContaining("kind <TAB> value <TAB> words");
        assertThatThrownBy(() -> parse("month\t1\tjan", "month\t6\tjan")).hasMessageContaining("\"jan\" given twice");
        assertThatThrownBy(() -> parse("week\t1\tnext")).hasMessageContaining("week phrase");
        assertThatThrownBy(() -> parse("day\t0\tto_day")).hasMessageContaining("week phrase");
    }

    @Test
    void theBundledFileNamesEveryMonthAndWeekday() {
        CalendarWords w = CalendarWords.standard();
        assertThat(w.months.values()).containsOnly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)
                .contains(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        assertThat(w.months).containsEntry("sept", 9).containsEntry("sep", 9).containsEntry("may", 5);
        assertThat(w.weekdays.values()).containsExactlyInAnyOrder(DayOfWeek.values());
        assertThat(w.days).containsEntry("today", 0).containsEntry("tonight", 0).containsEntry("tomorrow", 1);
        assertThat(w.weekdayShifts).containsEntry("last", -1).containsEntry("past", -1).containsEntry("next", 1);
        assertThat(w.nextWeek).containsExactly("next week");
    }

    @Test
    void aMonthThatIsAlsoAWordIsOnlyReadWithItsCapital() {
        List<Token> t = Tokenizer.tokenize("May may MAY March MARCH march");
        assertThat(t).extracting(DateFinder::monthNumber).containsExactly(5, 0, 0, 3, 3, 0);
    }
}
