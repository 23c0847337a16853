package io.newswire.enrich.tagging;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * A date expression over tokens {@code [from, to)}, resolved against the publication date on demand because a bare
 * weekday means the past one in "arrived on Monday" and the coming one in "will arrive on Monday".
 */
record DateMention(int from, int to, Kind kind, int month, int day, int year, int endMonth, int endDay,
        int endYear, DayOfWeek weekday, int shift) {

    enum Kind {
        /** month and day written out (July 9, 9 July, March 15 and 16) */
        CALENDAR,
        /** a weekday (on Tuesday, last Monday); shift -1 = last, +1 = next, 0 = plain */
        WEEKDAY,
        /** today, yesterday, tomorrow: shift in days */
        DAYS_FROM_PUBLICATION,
        /** next week: the Monday after the publication date */
        NEXT_WEEK
    }

    enum Tense { PAST, FUTURE, UNKNOWN }

    LocalDate start(LocalDate published, Tense tense) {
        return switch (kind) {
            case CALENDAR -> calendar(published, year, month, day, tense);
            case WEEKDAY -> weekday(published, tense);
            case DAYS_FROM_PUBLICATION -> published.plusDays(shift);
            case NEXT_WEEK -> published.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        };
    }

    /** The end of a written range (March 15 and 16, from August 20 to 22), else null; read in no tense. */
    LocalDate end(LocalDate published) {
        return end(published, Tense.UNKNOWN);
    }

    /**
     * The end of a written range (March 15 and 16, from August 20 to 22), else null: the first day of that month
     * and day on or after the range's {@link #start start} in the same tense, so a range never ends before it
     * begins ("June 15 and 16" read in the future is 15-16 June of the same year).
     */
    LocalDate end(LocalDate published, Tense tense) {
        if (kind != Kind.CALENDAR || endDay == 0) {
            return null;
        }
        LocalDate start = calendar(published, year, month, day, tense);
        LocalDate end = calendar(published, endYear, endMonth == 0 ? month : endMonth, endDay, tense);
        if (start == null || end == null) {
            return null;
        }
        while (end.isBefore(start)) {
            end = end.plusYears(1);
        }
        while (endYear == 0 && !end.minusYears(1).isBefore(start) && end.minusYears(1).getDayOfMonth() == endDay) {
            end = end.minusYears(1);
        }
        return end;
    }

    /**
     * A date written without its year is the one nearest the publication date, looking forward for what "will"
     * happen and back for what did (a few days' grace either way for late or early reports).
     */
    private static LocalDate calendar(LocalDate published, int year, int month, int day, Tense tense) {
        if (year > 0) {
            return safe(year, month, day);
        }
        LocalDate best = null;
        for (int y = published.getYear() - 1; y <= published.getYear() + 1; y++) {
            LocalDate d = safe(y, month, day);
            if (d == null || tense == Tense.FUTURE && d.isBefore(published.minusDays(3))
                    || tense == Tense.PAST && d.isAfter(published.plusDays(3))) {
                continue;
            }
            if (best == null || Math.abs(ChronoUnit.DAYS.between(published, d))
                    < Math.abs(ChronoUnit.DAYS.between(published, best))) {
                best = d;
            }
        }
        return best != null || tense == Tense.UNKNOWN ? best : calendar(published, 0, month, day, Tense.UNKNOWN);
    }

    private static LocalDate safe(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private LocalDate weekday(LocalDate published, Tense tense) {
        if (shift < 0) {
            return published.with(TemporalAdjusters.previous(weekday));
        }
        if (shift > 0) {
            return published.with(TemporalAdjusters.next(weekday));
        }
        LocalDate past = published.with(TemporalAdjusters.previousOrSame(weekday));
        LocalDate future = published.with(TemporalAdjusters.nextOrSame(weekday));
        return switch (tense) {
            case PAST -> past;
            case FUTURE -> future;
            case UNKNOWN -> ChronoUnit.DAYS.between(past, published) <= ChronoUnit.DAYS.between(published, future)
                    ? past : future;
        };
    }
}
