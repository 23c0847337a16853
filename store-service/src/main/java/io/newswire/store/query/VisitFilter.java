package io.newswire.store.query;

import io.newswire.model.VisitStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The visit filters that the list and the statistics share: {@code host} and {@code visitor} country, a date range
 * that a visit must overlap, {@code status}, {@code country} (made or hosted by it) and {@code q} (words in the
 * officials' names, roles or the evidence).
 */
public record VisitFilter(String host, String visitor, LocalDate from, LocalDate to, VisitStatus status,
        String country, String q) {
    public static final List<String> PARAMETERS = List.of("host", "visitor", "from", "to", "status", "country", "q");
    public static final int MAX_TEXT = 200;

    public VisitFilter(String host, String visitor, LocalDate from, LocalDate to, VisitStatus status) {
        this(host, visitor, from, to, status, null, null);
    }

    public static VisitFilter parse(Params p) {
        VisitFilter f = new VisitFilter(p.country("host"), p.country("visitor"), p.date("from"), p.date("to"),
                p.choice("status", VisitStatus.class, null), p.country("country"), p.text("q", MAX_TEXT));
        if (f.from != null && f.to != null && f.from.isAfter(f.to)) {
            throw new BadParameter("from", "must not be after to");
        }
        return f;
    }

    /** Appends {@code AND ...} conditions on the {@code visits} table aliased {@code v}, binding values to args. */
    public void appendTo(StringBuilder sql, List<Object> args) {
        if (host != null) {
            sql.append(" AND v.host_country = ?");
            args.add(host);
        }
        if (visitor != null) {
            sql.append(" AND v.visitor_countries @> ARRAY[?]::text[]");
            args.add(visitor);
        }
        if (from != null) {
            sql.append(" AND coalesce(v.end_date, v.start_date) >= ?");
            args.add(from);
        }
        if (to != null) {
            sql.append(" AND v.start_date <= ?");
            args.add(to);
        }
        if (status != null) {
            sql.append(" AND v.status = ?");
            args.add(status.name().toLowerCase(Locale.ROOT));
        }
        if (country != null) {
            sql.append(" AND (v.host_country = ? OR v.visitor_countries @> ARRAY[?]::text[])");
            args.add(country);
            args.add(country);
        }
        if (q != null) {
            // a substring, case-insensitive, of the JSON text: names, roles and evidence sentences alike
            String like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            sql.append(" AND (v.visitors::text ILIKE ? OR v.hosts::text ILIKE ? OR v.evidence::text ILIKE ?)");
            args.add(like);
            args.add(like);
            args.add(like);
        }
    }
}
