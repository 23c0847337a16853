package io.newswire.store.query;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A request's query parameters, checked against the names an endpoint accepts. Every accessor either returns a
 * usable value (null when absent) or throws {@link BadParameter}, so nothing a client sends reaches SQL unchecked.
 */
public final class Params {
    /** Years PostgreSQL and ISO-8601 agree on without surprises. */
    static final int MIN_YEAR = 1;
    static final int MAX_YEAR = 9999;
    private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}");

    private final Map<String, List<String>> values;

    private Params(Map<String, List<String>> values) {
        this.values = values;
    }

    /** Rejects unknown names (a typo should not silently return everything) and parameters given twice. */
    public static Params of(Map<String, List<String>> raw, Set<String> accepted) {
        for (var e : raw.entrySet()) {
            if (e.getKey().isEmpty() && e.getValue().stream().allMatch(String::isEmpty)) {
                continue; // a stray '&' or '?&' in a hand-written URL
            }
            if (!accepted.contains(e.getKey())) {
                throw new BadParameter(e.getKey(), "unknown parameter; accepted: "
                        + String.join(", ", new TreeSet<>(accepted)));
            }
            if (e.getValue().size() > 1) {
                throw new BadParameter(e.getKey(), "given more than once");
            }
        }
        return new Params(raw);
    }

    /** The trimmed value, null when absent or blank. */
    public String text(String name, int maxLength) {
        List<String> v = values.get(name);
        if (v == null || v.isEmpty()) {
            return null;
        }
        String s = v.get(0).strip();
        if (s.isEmpty()) {
            return null;
        }
        if (s.length() > maxLength) {
            throw new BadParameter(name, "longer than " + maxLength + " characters");
        }
        if (s.chars().anyMatch(Character::isISOControl)) {
            throw new BadParameter(name, "contains control characters");
        }
        return s;
    }

    public int integer(String name, int defaultValue, int min, int max) {
        String s = text(name, 20);
        if (s == null) {
            return defaultValue;
        }
        try {
            int n = Integer.parseInt(s);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below with the accepted range
        }
        throw new BadParameter(name, "must be an integer from " + min + " to " + max);
    }

    /** An ISO 3166-1 alpha-2 code, upper case. */
    public String country(String name) {
        String s = text(name, 2);
        if (s != null && !COUNTRY.matcher(s).matches()) {
            throw new BadParameter(name, "must be an ISO 3166-1 alpha-2 country code, e.g. FR");
        }
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }

    /** A topic code: letters, digits and {@code _ . : -}. */
    public String code(String name) {
        String s = text(name, 64);
        if (s != null && !CODE.matcher(s).matches()) {
            throw new BadParameter(name, "must be a code of letters, digits and _.:-");
        }
        return s;
    }

    /** A topic code of {@link io.newswire.model.TopicCode}; an unknown one is a 400 that lists the valid codes. */
    public String topic(String name) {
        String s = code(name);
        if (s == null) {
            return null;
        }
        return io.newswire.model.TopicCode.of(s).map(io.newswire.model.TopicCode::code).orElseThrow(() ->
                new BadParameter(name, "unknown topic code '" + s + "': use one of "
                        + io.newswire.model.TopicCode.codes() + " (GET /api/topics describes them)"));
    }

    public <E extends Enum<E>> E choice(String name, Class<E> type, E defaultValue) {
        String s = text(name, 32);
        if (s == null) {
            return defaultValue;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(s)) {
                return e;
            }
        }
        throw new BadParameter(name, "must be one of " + String.join("|", java.util.Arrays.stream(
                type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT)).toList()));
    }

    public LocalDate date(String name) {
        String s = text(name, 10);
        if (s == null) {
            return null;
        }
        try {
            return inRange(name, LocalDate.parse(s));
        } catch (DateTimeException e) {
            throw new BadParameter(name, "must be a date YYYY-MM-DD");
        }
    }

    /**
     * A point in time: an ISO-8601 instant with offset ({@code 2025-03-01T12:00:00Z}) or a date, which means the
     * start of that day (UTC), or with {@code endOfDay} the start of the next.
     */
    public Instant instant(String name, boolean endOfDay) {
        String s = text(name, 40);
        if (s == null) {
            return null;
        }
        try {
            if (s.length() == 10) {
                LocalDate d = inRange(name, LocalDate.parse(s));
                return (endOfDay ? d.plusDays(1) : d).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            OffsetDateTime t = OffsetDateTime.parse(s);
            inRange(name, t.toLocalDate());
            Instant i = t.toInstant().truncatedTo(ChronoUnit.MICROS);
            return endOfDay ? i.plus(1, ChronoUnit.MICROS) : i;
        } catch (DateTimeException e) {
            throw new BadParameter(name, "must be an ISO-8601 date (2025-03-01) or instant (2025-03-01T12:00:00Z)");
        }
    }

    private static LocalDate inRange(String name, LocalDate d) {
        if (d.getYear() < MIN_YEAR || d.getYear() > MAX_YEAR) {
            throw new BadParameter(name, "year must be from " + MIN_YEAR + " to " + MAX_YEAR);
        }
        return d;
    }

    /** A path identifier: unknown ones are 404s, but ones no row can have are the client's mistake. */
    public static String id(String raw) {
        if (raw == null || raw.isBlank() || raw.length() > 512 || raw.chars().anyMatch(Character::isISOControl)) {
            throw new BadParameter("id", "must be 1 to 512 characters without control characters");
        }
        return raw;
    }
}
