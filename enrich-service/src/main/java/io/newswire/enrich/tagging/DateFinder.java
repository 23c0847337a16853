package io.newswire.enrich.tagging;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the date expressions news uses for when a visit happens, in one left-to-right scan of a sentence. At each
 * token the forms are tried in turn: a weekday ("Sunday, August 24", "last Monday"), a month first ("July 9",
 * "March 15 and 16", "Aug 24 to Aug 25", "May 1-3, 2025"), a day first ("9 July", "20-22 August", "9-10 July
 * 2025"), a day counted from publication ("yesterday") and "next week". The words come from
 * {@code tagging/calendar.tsv} ({@link CalendarWords}) and the sets named below in {@code vocabulary.txt}.
 */
final class DateFinder {
    private static final CalendarWords WORDS = CalendarWords.standard();
    /** "early March": a part of a month, no day in it */
    private static final Set<String> MONTH_PART = Vocabulary.set("MONTH_PART");
    /** "May": a month only when written with a capital and lower case */
    private static final Set<String> MONTH_ALSO_WORD = Vocabulary.set("MONTH_ALSO_WORD");
    /** "20-22 August", "9 and 10 July" */
    private static final Set<String> DAY_SPAN_LINK = Vocabulary.set("DAY_SPAN_LINK");
    /** "March 15 and 16", "from August 20 to 22", "May 3 until May 5" */
    private static final Set<String> DATE_RANGE = Vocabulary.set("DATE_RANGE");
    private static final Set<String> ORDINAL_SUFFIX = Vocabulary.set("ORDINAL_SUFFIX");

    private DateFinder() {
    }

    static boolean isMonth(Token t) {
        return t.capitalized() && t.in(WORDS.monthWords)
                && !(t.in(MONTH_ALSO_WORD) && !t.text().equals(titleCase(t.norm())));
    }

    /** The month a month name stands for, 1-12, else 0. */
    static int monthNumber(Token t) {
        return isMonth(t) ? WORDS.months.get(t.norm()) : 0;
    }

    static boolean isWeekday(Token t) {
        return t.in(WORDS.weekdayWords);
    }

    static List<DateMention> find(List<Token> tokens, int from, int to) {
        List<DateMention> out = new ArrayList<>(2);
        int i = from;
        while (i < to) {
            DateMention m = at(tokens, i, to);
            if (m != null) {
                out.add(m);
                i = m.to();
            } else {
                i++;
            }
        }
        return out;
    }

    private static DateMention at(List<Token> tokens, int i, int to) {
        Token t = tokens.get(i);
        if (!t.word()) {
            return null;
        }
        if (isWeekday(t)) {
            return weekday(tokens, i, to);
        }
        if (isMonth(t)) {
            return i > 0 && tokens.get(i - 1).in(MONTH_PART) ? null : monthFirst(tokens, i, to);
        }
        int[] dayRange = dayRange(t);
        if (dayRange != null && i + 1 < to && isMonth(tokens.get(i + 1))) {
            return dayRangeFirst(tokens, i, to, dayRange);
        }
        if (isShortNumber(t)) {
            return dayFirst(tokens, i, to);
        }
        return relative(tokens, i, to);
    }

    /** "Sunday, August 24" (the written date decides), "on Tuesday", "last Monday", "next Friday". */
    private static DateMention weekday(List<Token> tokens, int i, int to) {
        int j = skip(tokens, i + 1, to, ",");
        if (j < to && isMonth(tokens.get(j))) {
            DateMention cal = monthFirst(tokens, j, to);
            if (cal != null) {
                return withFrom(cal, i);
            }
        }
        int shift = i > 0 ? WORDS.weekdayShifts.getOrDefault(tokens.get(i - 1).norm(), 0) : 0;
        return new DateMention(i, i + 1, DateMention.Kind.WEEKDAY, 0, 0, 0, 0, 0, 0,
                WORDS.weekdays.get(tokens.get(i).norm()), shift);
    }

    /** "9-10 July [2025]": a day range written as one token before the month. */
    private static DateMention dayRangeFirst(List<Token> tokens, int i, int to, int[] dayRange) {
        int month = monthNumber(tokens.get(i + 1));
        int j = skip(tokens, i + 2, to, ".");
        int year = yearAt(tokens, j, to);
        if (year > 0) {
            j++;
        }
        return new DateMention(i, j, DateMention.Kind.CALENDAR, month, dayRange[0], year, 0, dayRange[1], year,
                null, 0);
    }

    /** "9 July [2025]", "20-22 August", "9 and 10 July": the day before the month. */
    private static DateMention dayFirst(List<Token> tokens, int i, int to) {
        int day = Integer.parseInt(tokens.get(i).text());
        int j = i + 1;
        int endDay = 0;
        if (j + 1 < to && tokens.get(j).in(DAY_SPAN_LINK) && tokens.get(j + 1).isDigits()
                && tokens.get(j + 1).text().length() <= 2) {
            endDay = Integer.parseInt(tokens.get(j + 1).text());
            j += 2;
        }
        if (j >= to || !isMonth(tokens.get(j)) || !validDay(day)) {
            return null;
        }
        int month = monthNumber(tokens.get(j));
        j = skip(tokens, j + 1, to, ".");
        int year = yearAt(tokens, j, to);
        if (year > 0) {
            j++;
        }
        return new DateMention(i, j, DateMention.Kind.CALENDAR, month, day, year, 0, validDay(endDay) ? endDay : 0,
                year, null, 0);
    }

    /** "today", "yesterday", "tomorrow" (days from publication) and "next week". */
    private static DateMention relative(List<Token> tokens, int i, int to) {
        Token t = tokens.get(i);
        String w = t.norm();
        Integer days = t.in(WORDS.dayWords) ? WORDS.days.get(w) : null;
        if (days != null) {
            return new DateMention(i, i + 1, DateMention.Kind.DAYS_FROM_PUBLICATION, 0, 0, 0, 0, 0, 0, null, days);
        }
        if (i + 1 < to && t.in(WORDS.nextWeekStarts)
                && WORDS.nextWeek.contains(w + " " + tokens.get(i + 1).norm())) {
            return new DateMention(i, i + 2, DateMention.Kind.NEXT_WEEK, 0, 0, 0, 0, 0, 0, null, 0);
        }
        return null;
    }

    /** MONTH DAY [, YEAR] with an optional range: "March 15 and 16", "from August 20 to 22", "Aug 24 to Aug 25". */
    private static DateMention monthFirst(List<Token> tokens, int i, int to) {
        int month = monthNumber(tokens.get(i));
        int j = skip(tokens, i + 1, to, ".");
        int[] range = j < to ? dayRange(tokens.get(j)) : null;
        if (range != null) {
            return monthThenDayRange(tokens, i, j, to, range);
        }
        if (j >= to || !tokens.get(j).isDigits() && !ordinal(tokens.get(j))) {
            return null;
        }
        int day = dayOf(tokens.get(j));
        if (!validDay(day)) {
            return null;
        }
        j++;
        int k = skip(tokens, j, to, ",");
        int year = yearAt(tokens, k, to);
        if (year > 0) {
            j = k + 1;
        }
        return withRangeEnd(tokens, new DateMention(i, j, DateMention.Kind.CALENDAR, month, day, year, 0, 0, year,
                null, 0), to);
    }

    /** "May 1-3[, 2025]": the range is one token after the month. */
    private static DateMention monthThenDayRange(List<Token> tokens, int i, int j, int to, int[] range) {
        int end = j;
        int y = skip(tokens, j + 1, to, ",");
        int year = yearAt(tokens, y, to);
        if (year > 0) {
            end = y;
        }
        return new DateMention(i, end + 1, DateMention.Kind.CALENDAR, monthNumber(tokens.get(i)), range[0], year, 0,
                range[1], year, null, 0);
    }

    /**
     * The end of a range after a first day, if one follows: "and 16", "to 22, 2025", "to Monday, August 25". A year
     * written after the end is the start's too when the start has none.
     */
    private static DateMention withRangeEnd(List<Token> tokens, DateMention start, int to) {
        int r = skip(tokens, start.to(), to, ",");
        if (r + 1 >= to || !tokens.get(r).in(DATE_RANGE)) {
            return start;
        }
        int s = r + 1;
        if (isWeekday(tokens.get(s))) {
            s = skip(tokens, s + 1, to, ",");
        }
        int[] end = s < to && isMonth(tokens.get(s)) ? monthDayEnd(tokens, s, to) : dayEnd(tokens, s, to);
        if (end == null) {
            return start;
        }
        int j = end[2];
        int year = start.year();
        int endYear = start.year();
        int y = skip(tokens, j, to, ",");
        int written = yearAt(tokens, y, to);
        if (written > 0) {
            endYear = written;
            year = year == 0 ? written : year;
            j = y + 1;
        }
        return new DateMention(start.from(), j, DateMention.Kind.CALENDAR, start.month(), start.day(), year, end[0],
                end[1], endYear, null, 0);
    }

    /** "Aug 25" ending a range: {month, day, the token after}, or null. */
    private static int[] monthDayEnd(List<Token> tokens, int s, int to) {
        int d = skip(tokens, s + 1, to, ".");
        if (d < to && tokens.get(d).isDigits() && validDay(dayOf(tokens.get(d)))) {
            return new int[] {monthNumber(tokens.get(s)), dayOf(tokens.get(d)), d + 1};
        }
        return null;
    }

    /** "22" or "22nd" ending a range in the start's month: {0, day, the token after}, or null. */
    private static int[] dayEnd(List<Token> tokens, int s, int to) {
        if (s < to && (tokens.get(s).isDigits() || ordinal(tokens.get(s))) && !isYear(tokens.get(s))
                && validDay(dayOf(tokens.get(s)))) {
            return new int[] {0, dayOf(tokens.get(s)), s + 1};
        }
        return null;
    }

    /** "1-3" as one token: the first and last day, or null. */
    private static int[] dayRange(Token t) {
        int length = t.end() - t.start(); // the text's length, without reading the text
        if (length < 3 || length > 5) {
            return null;
        }
        String w = t.text();
        int dash = w.indexOf('-');
        if (dash < 1 || dash > 2 || w.length() - dash - 1 < 1 || w.length() - dash - 1 > 2) {
            return null;
        }
        for (int k = 0; k < w.length(); k++) {
            if (k != dash && !Character.isDigit(w.charAt(k))) {
                return null;
            }
        }
        int a = Integer.parseInt(w.substring(0, dash));
        int b = Integer.parseInt(w.substring(dash + 1));
        return validDay(a) && validDay(b) && b > a ? new int[] {a, b} : null;
    }

    private static DateMention withFrom(DateMention m, int from) {
        return new DateMention(from, m.to(), m.kind(), m.month(), m.day(), m.year(), m.endMonth(), m.endDay(),
                m.endYear(), m.weekday(), m.shift());
    }

    private static int skip(List<Token> tokens, int j, int to, String punct) {
        return j < to && tokens.get(j).text().equals(punct) ? j + 1 : j;
    }

    private static boolean isShortNumber(Token t) {
        return t.end() - t.start() <= 2 && t.isDigits();
    }

    private static boolean ordinal(Token t) {
        String s = t.norm();
        return s.length() >= 3 && s.length() <= 4 && Character.isDigit(s.charAt(0))
                && ORDINAL_SUFFIX.contains(s.substring(s.length() - 2));
    }

    private static int dayOf(Token t) {
        String s = t.norm();
        int n = 0;
        for (int i = 0; i < s.length() && Character.isDigit(s.charAt(i)); i++) {
            n = n * 10 + (s.charAt(i) - '0');
            if (n > 99) {
                return 0;
            }
        }
        return n;
    }

    private static boolean validDay(int d) {
        return d >= 1 && d <= 31;
    }

    /** The year written at token j (1900-2100), else 0. */
    private static int yearAt(List<Token> tokens, int j, int to) {
        return j < to && isYear(tokens.get(j)) ? Integer.parseInt(tokens.get(j).text()) : 0;
    }

    private static boolean isYear(Token t) {
        if (!t.isDigits() || t.text().length() != 4) {
            return false;
        }
        int y = Integer.parseInt(t.text());
        return y >= 1900 && y <= 2100;
    }

    private static String titleCase(String lower) {
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
