package io.newswire.enrich.knowledge;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One person's term in one office: "TR, president, Recep Tayyip Erdoğan, since 2014-08-28". {@code to} is null
 * while the term runs. {@code variants} are the other ways news writes the name (surname alone, given name and
 * surname, a nickname, an ASCII spelling).
 */
public record OfficeHolder(String country, String role, String name, List<String> variants, LocalDate from,
        LocalDate to) {
    public OfficeHolder {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(name, "name");
        variants = List.copyOf(variants);
    }

    /** In office on {@code day}, give or take {@code marginDays} at either end of the term. */
    public boolean inOffice(LocalDate day, int marginDays) {
        return (from == null || !day.isBefore(from.minusDays(marginDays)))
                && (to == null || !day.isAfter(to.plusDays(marginDays)));
    }
}
