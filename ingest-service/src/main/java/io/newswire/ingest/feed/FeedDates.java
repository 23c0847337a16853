package io.newswire.ingest.feed;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as feeds really write them, for the cases Rome leaves undated: RFC 3339, and RFC 822 with the day name in
 * any language (or none), month names in any case, and the old US zone names.
 */
public final class FeedDates {
    private static final Pattern RFC822 = Pattern.compile(
            "^(?:[^\\d\\s,]+,?\\s*)?(\\d{1,2})\\s+([A-Za-z]{3})[A-Za-z]*\\.?\\s+(\\d{2,4})\\s+(\\d{1,2}):(\\d{2})"
                    + "(?::(\\d{2}))?\\s*([A-Za-z]+|[+-]\\d{2}:?\\d{2})?\\s*$");
    private static final Pattern ISO_START = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern COMPACT_OFFSET = Pattern.compile("[+-]\\d{4}$");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));
    private static final Map<String, Integer> ZONES = Map.ofEntries(Map.entry("ut", 0), Map.entry("utc", 0),
            Map.entry("gmt", 0), Map.entry("z", 0), Map.entry("est", -5), Map.entry("edt", -4), Map.entry("cst", -6),
            Map.entry("cdt", -5), Map.entry("mst", -7), Map.entry("mdt", -6), Map.entry("pst", -8),
            Map.entry("pdt", -7));

    private FeedDates() {
    }

    /** The instant the text states, or null when it states none we can read. */
    public static Instant parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip();
        if (ISO_START.matcher(s).lookingAt()) {
            return iso(s);
        }
        Matcher m = RFC822.matcher(s);
        if (!m.matches()) {
            return null;
        }
        Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
        if (month == null) {
            return null;
        }
        int year = Integer.parseInt(m.group(3));
        if (m.group(3).length() == 2) {
            year += year < 50 ? 2000 : 1900;
        }
        try {
            LocalDateTime local = LocalDateTime.of(year, month, Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
            return local.toInstant(offset(m.group(7)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** RFC 3339 and the W3C profile of ISO 8601: a missing offset is UTC, a date alone is its midnight UTC. */
    private static Instant iso(String text) {
        String s = text.length() > 10 && (text.charAt(10) == ' ' || text.charAt(10) == 't')
                ? text.substring(0, 10) + 'T' + text.substring(11) : text;
        Matcher compactOffset = COMPACT_OFFSET.matcher(s);
        if (compactOffset.find()) {
            s = s.substring(0, compactOffset.start() + 3) + ":" + s.substring(compactOffset.start() + 3);
        }
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            // no offset, or a date alone
        }
        try {
            return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            // a date alone?
        }
        try {
            return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static ZoneOffset offset(String zone) {
        if (zone == null) {
            return ZoneOffset.UTC;
        }
        Integer hours = ZONES.get(zone.toLowerCase(Locale.ROOT));
        if (hours != null) {
            return ZoneOffset.ofHours(hours);
        }
        if (zone.startsWith("+") || zone.startsWith("-")) {
            return ZoneOffset.of(zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3) : zone);
        }
        return ZoneOffset.UTC;
    }
}
