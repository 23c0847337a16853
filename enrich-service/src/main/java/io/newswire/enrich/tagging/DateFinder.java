package io.newswire.enrich.tagging;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Finds the date expressions news uses for when a visit happens, in one left-to-right scan of a sentence. */
final class DateFinder {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
            Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
            Map.entry("sept", 9), Map.entry("sep", 9), Map.entry("october", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));
    private static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
            Map.entry("monday", DayOfWeek.MONDAY), Map.entry("tuesday", DayOfWeek.TUESDAY),
            Map.entry("wednesday", DayOfWeek.WEDNESDAY), Map.entry("thursday", DayOfWeek.THURSDAY),
            Map.entry("friday", DayOfWeek.FRIDAY), Map.entry("saturday", DayOfWeek.SATURDAY),
            Map.entry("sunday", DayOfWeek.SUNDAY));

    private DateFinder() {
    }

    static boolean isMonth(Token t) {
        return t.capitalized() && MONTHS.containsKey(t.norm()) && !(t.norm().equals("may") && !t.text().equals("May"));
    }

    /** The month a month name stands for, 1-12, else 0. */
    static int monthNumber(Token t) {
        return isMonth(t) ? MONTHS.get(t.norm()) : 0;
    }

    static boolean isWeekday(Token t) {
        return WEEKDAYS.containsKey(t.norm());
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
        String w = t.norm();
        if (isWeekday(t)) {
            // "Sunday, August 24": the written date decides
            int j = skip(tokens, i + 1, to, ",");
            if (j < to && isMonth(tokens.get(j))) {
                DateMention cal = calendar(tokens, j, to);
                if (cal != null) {
                    return withFrom(cal, i);
                }
            }
            int shift = 0;
            if (i > 0 && (tokens.get(i - 1).is("last") || tokens.get(i - 1).is("past"))) {
                shift = -1;
            } else if (i > 0 && (tokens.get(i - 1).is("next") || tokens.get(i - 1).is("coming"))) {
                shift = 1;
            }
            return new DateMention(i, i + 1, DateMention.Kind.WEEKDAY, 0, 0, 0, 0, 0, 0, WEEKDAYS.get(w), shift);
        }
        if (isMonth(t)) {
            if (i > 0 && (tokens.get(i - 1).is("early") || tokens.get(i - 1).is("mid") || tokens.get(i - 1).is("late")
                    || tokens.get(i - 1).is("end"))) {
                return null;
            }
            return calendar(tokens, i, to);
        }
        int[] dayRange = dayRange(t);
        if (dayRange != null && i + 1 < to && isMonth(tokens.get(i + 1))) {
            // "9-10 July [2025]"
            int month = MONTHS.get(tokens.get(i + 1).norm());
            int j = skip(tokens, i + 2, to, ".");
            int year = 0;
            if (j < to && isYear(tokens.get(j))) {
                year = Integer.parseInt(tokens.get(j).text());
                j++;
            }
            return new DateMention(i, j, DateMention.Kind.CALENDAR, month, dayRange[0], year, 0, dayRange[1], year,
                    null, 0);
        }
        if (t.isDigits() && t.text().length() <= 2) {
            // 9 July [2025], 20-22 August
            int day = Integer.parseInt(t.text());
            int j = i + 1;
            int endDay = 0;
            if (j + 1 < to && (tokens.get(j).text().equals("-") || tokens.get(j).text().equals("\u2013")
                    || tokens.get(j).is("to") || tokens.get(j).is("and")) && tokens.get(j + 1).isDigits()
                    && tokens.get(j + 1).text().length() <= 2) {
                endDay = Integer.parseInt(tokens.get(j + 1).text());
                j += 2;
            }
            if (j < to && isMonth(tokens.get(j)) && validDay(day)) {
                int month = MONTHS.get(tokens.get(j).norm());
                j = skip(tokens, j + 1, to, ".");
                int year = 0;
                if (j < to && isYear(tokens.get(j))) {
                    year = Integer.parseInt(tokens.get(j).text());
                    j++;
                }
                return new DateMention(i, j, DateMention.Kind.CALENDAR, month, day, year, 0, validDay(endDay)
                        ? endDay : 0, year, null, 0);
            }
            return null;
        }
        switch (w) {
            case "today", "tonight" -> {
                return new DateMention(i, i + 1, DateMention.Kind.DAYS_FROM_PUBLICATION, 0, 0, 0, 0, 0, 0, null, 0);
            }
            case "yesterday" -> {
                return new DateMention(i, i + 1, DateMention.Kind.DAYS_FROM_PUBLICATION, 0, 0, 0, 0, 0, 0, null, -1);
            }
            case "tomorrow" -> {
                return new DateMention(i, i + 1, DateMention.Kind.DAYS_FROM_PUBLICATION, 0, 0, 0, 0, 0, 0, null, 1);
            }
            case "next" -> {
                if (i + 1 < to && tokens.get(i + 1).is("week")) {
                    return new DateMention(i, i + 2, DateMention.Kind.NEXT_WEEK, 0, 0, 0, 0, 0, 0, null, 0);
                }
                return null;
            }
            default -> {
                return null;
            }
        }
    }

    /** MONTH DAY [, YEAR] with an optional range: "March 15 and 16", "from August 20 to 22", "Aug 24 to Aug 25". */
    private static DateMention calendar(List<Token> tokens, int i, int to) {
        int month = MONTHS.get(tokens.get(i).norm());
        int j = skip(tokens, i + 1, to, ".");
        if (j < to) {
            int[] range = dayRange(tokens.get(j));
            if (range != null) { // "May 1-3" is one token
                int year = 0;
                int y = skip(tokens, j + 1, to, ",");
                if (y < to && isYear(tokens.get(y))) {
                    year = Integer.parseInt(tokens.get(y).text());
                    j = y;
                }
                return new DateMention(i, j + 1, DateMention.Kind.CALENDAR, month, range[0], year, 0, range[1], year,
                        null, 0);
            }
        }
        if (j >= to || !tokens.get(j).isDigits() && !ordinal(tokens.get(j))) {
            return null;
        }
        int day = dayOf(tokens.get(j));
        if (!validDay(day)) {
            return null;
        }
        j++;
        int year = 0;
        int k = skip(tokens, j, to, ",");
        if (k < to && isYear(tokens.get(k))) {
            year = Integer.parseInt(tokens.get(k).text());
            j = k + 1;
        }
        int endMonth = 0;
        int endDay = 0;
        int endYear = year;
        int r = skip(tokens, j, to, ",");
        if (r + 1 < to && isRangeWord(tokens.get(r))) {
            int s = r + 1;
            if (isWeekday(tokens.get(s))) {
                s = skip(tokens, s + 1, to, ",");
            }
            if (s < to && isMonth(tokens.get(s))) {
                int s2 = skip(tokens, s + 1, to, ".");
                if (s2 < to && tokens.get(s2).isDigits() && validDay(dayOf(tokens.get(s2)))) {
                    endMonth = MONTHS.get(tokens.get(s).norm());
                    endDay = dayOf(tokens.get(s2));
                    j = s2 + 1;
                }
            } else if (s < to && (tokens.get(s).isDigits() || ordinal(tokens.get(s))) && !isYear(tokens.get(s))
                    && validDay(dayOf(tokens.get(s)))) {
                endDay = dayOf(tokens.get(s));
                j = s + 1;
            }
            if (endDay > 0) {
                int y = skip(tokens, j, to, ",");
                if (y < to && isYear(tokens.get(y))) {
                    endYear = Integer.parseInt(tokens.get(y).text());
                    if (year == 0) {
                        year = endYear;
                    }
                    j = y + 1;
                }
            }
        }
        return new DateMention(i, j, DateMention.Kind.CALENDAR, month, day, year, endMonth, endDay, endYear, null, 0);
    }

    /** "1-3" as one token: the first and last day, or null. */
    private static int[] dayRange(Token t) {
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

    private static boolean isRangeWord(Token t) {
        return t.is("to") || t.is("and") || t.is("until") || t.is("till") || t.is("through") || t.is("-")
                || t.is("\u2013") || t.is("thru");
    }

    private static int skip(List<Token> tokens, int j, int to, String punct) {
        return j < to && tokens.get(j).text().equals(punct) ? j + 1 : j;
    }

    private static boolean ordinal(Token t) {
        String s = t.norm();
        return s.length() >= 3 && s.length() <= 4 && Character.isDigit(s.charAt(0))
                && (s.endsWith("st") || s.endsWith("nd") || s.endsWith("rd") || s.endsWith("th"));
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

    private static boolean isYear(Token t) {
        if (!t.isDigits() || t.text().length() != 4) {
            return false;
        }
        int y = Integer.parseInt(t.text());
        return y >= 1900 && y <= 2100;
    }
}
