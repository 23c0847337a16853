package io.newswire.enrich.tagging;

import io.newswire.enrich.tagging.pattern.FrozenWords;
import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The words of the date stage that carry a value, read once from {@value #RESOURCE} (its header describes the
 * format): month names and abbreviations, weekdays, days counted from publication ("yesterday"), the words that
 * pick the last or next occurrence of a weekday, and the phrases naming the coming week.
 */
final class CalendarWords {
    static final String RESOURCE = "/tagging/calendar.tsv";

    /** month name or abbreviation → 1..12 */
    final Map<String, Integer> months;
    final Map<String, DayOfWeek> weekdays;
    /** word → days from the publication date */
    final Map<String, Integer> days;
    /** word before a weekday → -1 (the last one) or +1 (the next one) */
    final Map<String, Integer> weekdayShifts;
    /** phrases ("next week") naming the week after the publication date's */
    final Set<String> nextWeek;
    /** the first words of {@link #nextWeek}'s phrases: a cheap test before joining two tokens */
    final Set<String> nextWeekStarts;
    /**
     * the keys of {@link #months}, {@link #weekdays} and {@link #days} as {@link FrozenWords}: the date stage asks
     * whether a token is one of them at nearly every word, and a token answers by its lexeme
     */
    final FrozenWords monthWords;
    final FrozenWords weekdayWords;
    final FrozenWords dayWords;

    private CalendarWords(Map<String, Map<String, String>> byKind) {
        this.months = Map.copyOf(values(byKind, "month", Integer::valueOf));
        this.weekdays = Map.copyOf(values(byKind, "weekday", DayOfWeek::valueOf));
        this.days = Map.copyOf(values(byKind, "day", Integer::valueOf));
        this.weekdayShifts = Map.copyOf(values(byKind, "weekday_shift", Integer::valueOf));
        this.nextWeek = Set.copyOf(byKind.get("week").keySet());
        this.nextWeekStarts = FrozenWords.of(nextWeek.stream().map(p -> p.substring(0, p.indexOf(' '))).toList());
        this.monthWords = FrozenWords.of(months.keySet());
        this.weekdayWords = FrozenWords.of(weekdays.keySet());
        this.dayWords = FrozenWords.of(days.keySet());
    }

    static CalendarWords standard() {
        return Standard.INSTANCE;
    }

    private static final class Standard {
        static final CalendarWords INSTANCE = parse(RESOURCE, ResourceLines.read(RESOURCE));
    }

    private static final List<String> KINDS = List.of("month", "weekday", "day", "weekday_shift", "week");

    /** Reads the format of {@value #RESOURCE}; a mistake is an {@link IllegalStateException} naming the line. */
    static CalendarWords parse(String source, List<String> lines) {
        Map<String, Map<String, String>> byKind = new HashMap<>();
        KINDS.forEach(k -> byKind.put(k, new HashMap<>()));
        for (String line : lines) {
            String[] cols = line.split("\t");
            if (cols.length != 3 || !byKind.containsKey(cols[0])) {
                throw new IllegalStateException(source + ": a row is kind <TAB> value <TAB> words, kind one of "
                        + KINDS + ": " + line);
            }
            check(source, cols[0], cols[1].strip(), line);
            for (String w : cols[2].strip().split(" +")) {
                if (cols[0].equals("week") != w.contains("_")) {
                    throw new IllegalStateException(source + ": a week phrase is two words or more, joined by _, "
                            + "and only a week phrase is: " + line);
                }
                if (byKind.get(cols[0]).put(w.replace('_', ' '), cols[1].strip()) != null) {
                    throw new IllegalStateException(source + ": " + cols[0] + " word \"" + w + "\" given twice: "
                            + line);
                }
            }
        }
        return new CalendarWords(byKind);
    }

    private static void check(String source, String kind, String value, String line) {
        boolean ok;
        try {
            ok = switch (kind) {
                case "month" -> Integer.parseInt(value) >= 1 && Integer.parseInt(value) <= 12;
                case "weekday" -> DayOfWeek.valueOf(value) != null;
                case "weekday_shift" -> Math.abs(Integer.parseInt(value)) == 1;
                case "week" -> Integer.parseInt(value) == 1;
                default -> Integer.parseInt(value) == Integer.parseInt(value);
            };
        } catch (IllegalArgumentException e) {
            ok = false;
        }
        if (!ok) {
            throw new IllegalStateException(source + ": \"" + value + "\" is no " + kind + " value: " + line);
        }
    }

    private static <T> Map<String, T> values(Map<String, Map<String, String>> byKind, String kind,
            Function<String, T> parse) {
        Map<String, T> out = new HashMap<>();
        byKind.get(kind).forEach((w, v) -> out.put(w, parse.apply(v)));
        return out;
    }
}
