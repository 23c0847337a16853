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
    /** W3C-DTF's partial dates: a year, or a year and month. */
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})(?:-(\\d{2}))?");
    /** ISO 8601 basic format, e.g. 20040105T151710Z. */
    private static final Pattern ISO_BASIC = Pattern.compile(
            "(\\d{4})(\\d{2})(\\d{2})(?:T(\\d{2}):?(\\d{2})(?::?(\\d{2}))?(?:\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?");
    private static final Pattern COMPACT_OFFSET = Pattern.compile("[+-]\\d{4}$");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));
    private static final Map<String, Integer> ZONES = Map.ofEntries(Map.entry("ut", 0), Map.entry("utc", 0),
            Map.entry("gmt", 0), Map.entry("z", 0), Map.entry("est", -5), Map.entry("edt", -4), Map.entry("cst", -6),
            Map.entry("cdt", -5), Map.entry("mst", -7), Map.entry("mdt", -6), Map.entry("pst", -8),
            Map.entry("pdt", -7), Map.entry("akst", -9), Map.entry("akdt", -8), Map.entry("hst", -10),
            Map.entry("ast", -4), Map.entry("adt", -3), Map.entry("nzst", 12), Map.entry("nzdt", 13),
            Map.entry("bst", 1), Map.entry("ist", 1), Map.entry("wet", 0), Map.entry("west", 1), Map.entry("cet", 1),
            Map.entry("cest", 2), Map.entry("met", 1), Map.entry("mest", 2), Map.entry("eet", 2), Map.entry("eest", 3),
            Map.entry("msk", 3), Map.entry("jst", 9), Map.entry("kst", 9), Map.entry("hkt", 8), Map.entry("sgt", 8),
            Map.entry("aest", 10), Map.entry("aedt", 11), Map.entry("acst", 9), Map.entry("awst", 8),
            Map.entry("a", 1), Map.entry("m", 12), Map.entry("n", -1), Map.entry("y", -12));

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
        Matcher partial = YEAR_MONTH.matcher(s);
        if (partial.matches()) {
            int month = partial.group(2) == null ? 1 : Integer.parseInt(partial.group(2));
            return month < 1 || month > 12 ? null
                    : LocalDate.of(Integer.parseInt(partial.group(1)), month, 1).atStartOfDay(ZoneOffset.UTC)
                            .toInstant();
        }
        Matcher basic = ISO_BASIC.matcher(s);
        if (basic.matches()) {
            return basic(basic);
        }
        Matcher m = RFC822.matcher(s);
        if (!m.matches()) {
            return others(s);
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

    private static Instant basic(Matcher m) {
        try {
            LocalDateTime local = LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), m.group(4) == null ? 0 : Integer.parseInt(m.group(4)),
                    m.group(5) == null ? 0 : Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
            return local.toInstant(m.group(7) == null || m.group(7).equals("Z") ? ZoneOffset.UTC : offset(m.group(7)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The formats Rome's date parser knows beyond ours (asctime, dotted and slashed dates, ...). */
    private static Instant others(String s) {
        try {
            java.util.Date d = com.rometools.rome.io.impl.DateParser.parseDate(s, Locale.US);
            return d == null ? null : d.toInstant();
        } catch (RuntimeException e) {
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
